/**
 * The reader's lists in localStorage: read, write, and hear about changes made by another
 * tab or another part of the page. Storage can be missing or refused (private modes, full
 * quota); callers are told, so the page can say the list cannot be kept.
 *
 * Nothing stored is lost: a stored value that cannot be read in full is copied aside (under
 * KEPT_PREFIX) before anything is written over it, and a write that cannot first keep it
 * aside is refused. The first format (one flat list) is migrated into the new one and
 * removed only once the new one is stored.
 */
import { currentList, migrateV1, parseState, serialiseState, updateList, type ListsState, type MyList } from '../../lib/reading-list/lists';
import { CHANGED_EVENT, KEPT_PREFIX, LISTS_KEY, V1_KEY } from './storage-key';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function storageAvailable(): boolean {
  const s = storage();
  if (!s) return false;
  try {
    const probe = `${LISTS_KEY}:probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** Stored data kept aside because it could not be read. */
export interface KeptData {
  key: string;
  /** When it was kept aside (ISO 8601). */
  kept: string;
  /** What could not be read, in plain words. */
  problems: string[];
  /** The stored text exactly as it was. */
  raw: string;
}

export function keptData(): KeptData[] {
  const s = storage();
  if (!s) return [];
  const out: KeptData[] = [];
  try {
    for (let n = 0; n < s.length; n += 1) {
      const key = s.key(n);
      if (!key?.startsWith(KEPT_PREFIX)) continue;
      const value = s.getItem(key) ?? '';
      try {
        const v = JSON.parse(value) as Partial<KeptData>;
        out.push({
          key,
          kept: String(v.kept ?? ''),
          problems: Array.isArray(v.problems) ? v.problems.map(String) : [],
          raw: typeof v.raw === 'string' ? v.raw : value,
        });
      } catch {
        out.push({ key, kept: '', problems: [], raw: value });
      }
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** Copies stored text aside, once; false when the browser would not keep it. */
function keepAside(raw: string, problems: string[], from: string): boolean {
  const s = storage();
  if (!s) return false;
  if (keptData().some((k) => k.raw === raw)) return true;
  const kept = new Date().toISOString();
  try {
    s.setItem(`${KEPT_PREFIX}${kept}`, JSON.stringify({ kept, from, problems, raw }));
    return true;
  } catch {
    return false;
  }
}

export function forgetKept(key: string): void {
  if (!key.startsWith(KEPT_PREFIX)) return;
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: it stays, which loses nothing.
  }
  window.dispatchEvent(new Event(CHANGED_EVENT));
}

export interface LoadedState {
  state: ListsState;
  /** What could not be read this time (the stored text is kept aside). */
  problems: string[];
}

export function readState(): LoadedState {
  const s = storage();
  let raw: string | null;
  let old: string | null;
  try {
    raw = s?.getItem(LISTS_KEY) ?? null;
    old = raw === null ? (s?.getItem(V1_KEY) ?? null) : null;
  } catch {
    return parseState(null);
  }
  if (raw === null && old !== null) {
    const migrated = migrateV1(old);
    if (migrated.problems.length > 0 && !keepAside(old, migrated.problems, V1_KEY)) return migrated;
    try {
      s!.setItem(LISTS_KEY, serialiseState(migrated.state));
      // Only once the lists are stored, and read back the same, is the old list removed.
      if (s!.getItem(LISTS_KEY) === serialiseState(migrated.state)) s!.removeItem(V1_KEY);
    } catch {
      // Not stored: the old list stays where it is and is migrated next time.
    }
    return migrated;
  }
  const parsed = parseState(raw);
  if (parsed.problems.length > 0 && raw !== null) keepAside(raw, parsed.problems, LISTS_KEY);
  return parsed;
}

/** Saves the lists; false when the browser would not store them, or stored data that cannot be read could not first be kept aside. */
export function writeState(state: ListsState): boolean {
  const s = storage();
  if (!s) return false;
  try {
    const raw = s.getItem(LISTS_KEY);
    if (raw !== null) {
      const { problems } = parseState(raw);
      if (problems.length > 0 && !keepAside(raw, problems, LISTS_KEY)) return false;
    }
    s.setItem(LISTS_KEY, serialiseState(state));
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(CHANGED_EVENT));
  return true;
}

/** Changes the current list (what Save buttons save to) and saves; the new list, or undefined when it could not be stored. */
export function changeCurrent(change: (list: MyList) => MyList): MyList | undefined {
  const { state } = readState();
  const next = updateList(state, currentList(state).id, change);
  return writeState(next) ? currentList(next) : undefined;
}
