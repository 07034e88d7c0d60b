/**
 * The store's promise, with a stand-in localStorage: stored data that cannot be read is
 * kept aside before anything is written over it, and a write that cannot keep it is refused.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrent, keptData, readState, writeState } from '../../../../src/client/reading-list/store';
import { KEPT_PREFIX, LISTS_KEY, V1_KEY } from '../../../../src/client/reading-list/storage-key';
import { emptyState } from '../../../../src/lib/reading-list/lists';

/** A Storage whose setItem can be made to fail, as a full quota does. */
class FakeStorage {
  data = new Map<string, string>();
  full = false;
  get length() {
    return this.data.size;
  }
  key(n: number) {
    return [...this.data.keys()][n] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
  vi.stubGlobal('window', { localStorage: storage, dispatchEvent: () => true });
});
afterEach(() => vi.unstubAllGlobals());

const item = { id: 'work:lipsky2010', label: 'Lipsky, M. (2010)', reference: [{ text: 'Lipsky, M. (2010)' }], added: '2026-01-01T00:00:00.000Z', read: false };

describe('the stored lists', () => {
  it('keep unreadable data aside, exactly as it was, before the next write', () => {
    storage.data.set(LISTS_KEY, '{"v":2,"lists":[{broken');
    const { state, problems } = readState();
    expect(state).toEqual(emptyState());
    expect(problems).toEqual(['the saved lists are not in a form this site can read']);
    expect(keptData().map((k) => k.raw)).toEqual(['{"v":2,"lists":[{broken']);
    expect(changeCurrent((l) => ({ ...l, items: [item] }))?.items).toEqual([item]);
    // Read and written again: still one copy, the same.
    readState();
    expect(keptData().map((k) => k.raw)).toEqual(['{"v":2,"lists":[{broken']);
  });

  it('refuse a write over unreadable data they could not keep aside', () => {
    storage.data.set(LISTS_KEY, 'not json');
    storage.full = true;
    readState();
    expect(writeState(emptyState())).toBe(false);
    expect(storage.getItem(LISTS_KEY)).toBe('not json');
    storage.full = false;
    expect(writeState(emptyState())).toBe(true);
    expect(keptData().map((k) => k.raw)).toEqual(['not json']);
  });

  it('migrate the first format, removing it only once the new one is stored', () => {
    storage.data.set(V1_KEY, JSON.stringify([item]));
    storage.full = true;
    expect(readState().state.lists[0]!.items).toEqual([item]);
    expect(storage.getItem(V1_KEY)).not.toBeNull();
    storage.full = false;
    expect(readState().state.lists[0]!.items).toEqual([item]);
    expect(storage.getItem(V1_KEY)).toBeNull();
    expect(JSON.parse(storage.getItem(LISTS_KEY)!).lists[0].items).toEqual([item]);
  });

  it('keep the first format aside when some of it cannot be read', () => {
    const raw = JSON.stringify([item, { id: 'work:broken' }]);
    storage.data.set(V1_KEY, raw);
    expect(readState().problems).toEqual(['1 saved entry of your earlier list could not be read']);
    expect([...storage.data.keys()].filter((k) => k.startsWith(KEPT_PREFIX))).toHaveLength(1);
    expect(keptData()[0]!.raw).toBe(raw);
  });
});
