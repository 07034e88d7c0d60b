/** Asking Zotero's translation-server (started by zotero-server.ts) what Zotero makes of a page or a file. */
import { inject } from 'vitest';

/** One item as Zotero's translators produce it (Zotero JSON): itemType, creators, title, date… */
export interface ZoteroItem {
  itemType: string;
  creators?: { firstName?: string; lastName?: string; name?: string; creatorType: string }[];
  [field: string]: unknown;
}

export type WebResult = { kind: 'items'; items: ZoteroItem[] } | { kind: 'choices'; choices: Record<string, string>; session: string; raw: unknown };

/**
 * What "Save to Zotero" saves from a page: its items, or, for a page listing several works
 * (COinS), the pick-list Zotero offers (HTTP 300).
 */
export async function zoteroWeb(pageUrl: string): Promise<WebResult> {
  const res = await fetch(`${inject('zoteroOrigin')}/web`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: pageUrl });
  if (res.status === 300) {
    const raw = (await res.json()) as { items: Record<string, string>; session: string };
    return { kind: 'choices', choices: raw.items, session: raw.session, raw };
  }
  if (!res.ok) throw new Error(`Zotero /web answered ${res.status} for ${pageUrl}: ${await res.text()}`);
  return { kind: 'items', items: (await res.json()) as ZoteroItem[] };
}

/** The items Zotero saves after the reader ticks every choice of a pick-list. */
export async function zoteroWebSelectAll(pageUrl: string, choices: Extract<WebResult, { kind: 'choices' }>): Promise<ZoteroItem[]> {
  const body = { ...(choices.raw as object), items: choices.choices };
  const res = await fetch(`${inject('zoteroOrigin')}/web`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: pageUrl, ...body }),
  });
  if (!res.ok) throw new Error(`Zotero /web (selection) answered ${res.status} for ${pageUrl}: ${await res.text()}`);
  return (await res.json()) as ZoteroItem[];
}

/** The items Zotero imports from a BibTeX, RIS or CSL-JSON file. */
export async function zoteroImport(body: string): Promise<ZoteroItem[]> {
  const res = await fetch(`${inject('zoteroOrigin')}/import`, { method: 'POST', body });
  if (!res.ok) throw new Error(`Zotero /import answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as ZoteroItem[];
}
