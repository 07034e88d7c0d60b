import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import {
  LIST_PARAM,
  MAX_PAYLOAD,
  decodeList,
  decodeSharedList,
  encodeList,
  encodeSharedList,
  packList,
  unpackList,
} from '../../../../src/lib/reading-list/shared-list';
import { IMPORTANCE, type ListItem, type MyList } from '../../../../src/lib/reading-list/lists';
import { itemCode } from '../../../../src/lib/reading-list/item-code';
import type { SavedItem } from '../../../../src/lib/reading-list/list';

const now = new Date('2026-11-23T12:00:00.000Z');
const items: SavedItem[] = [
  {
    id: 'work:lipsky2010',
    label: 'Lipsky, M. (2010)',
    reference: [{ text: 'Lipsky, M. (2010) ' }, { text: 'Street-Level Bureaucracy', italic: true }, { text: '.' }],
    added: '2025-01-01T00:00:00.000Z',
    read: true,
  },
  {
    id: 'document:essay-charlotte-pitt',
    label: 'Essay by Charlotte Pitt',
    reference: [{ text: 'Pitt, C. (no date) ‘Working better together’. Available at: ' }, { text: 'https://x.org/', href: 'https://x.org/' }],
    added: '2025-01-02T00:00:00.000Z',
    read: false,
  },
];

describe('a list shared as a link', () => {
  it('comes back with the same items, references and order, received now and unread', async () => {
    const payload = await encodeSharedList(items);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeSharedList(payload, now)).toEqual({
      items: items.map((i) => ({ ...i, added: now.toISOString(), read: false })),
      unreadable: 0,
    });
  });

  it('is compressed: a link for 100 varied references stays short', async () => {
    const words = 'social work solidarity care control policy practice community radical theory austerity welfare'.split(' ');
    const many: SavedItem[] = Array.from({ length: 100 }, (_, n) => ({
      id: `work:w${n}x${(n * 7919) % 1000}`,
      label: `Author${n}, A. (${1990 + (n % 35)})`,
      reference: [
        { text: `Author${n}, A. (${1990 + (n % 35)}) ` },
        { text: Array.from({ length: 8 }, (_, k) => words[(n * 3 + k * 5) % words.length]).join(' '), italic: true },
        { text: `. ${['London', 'Bristol', 'Leeds'][n % 3]}: Press ${n}.` },
      ],
      added: '2025-01-01T00:00:00.000Z',
      read: false,
    }));
    const payload = await encodeSharedList(many);
    expect(payload.length).toBeLessThan(MAX_PAYLOAD / 4);
    expect((await decodeSharedList(payload, now)).items).toHaveLength(100);
  });

  it('refuses a small link that unpacks to something huge', async () => {
    const bomb = new TextEncoder().encode(JSON.stringify({ v: 1, items: [{ id: 'work:x', label: 'X', reference: [{ text: ' '.repeat(5_000_000) }] }] }));
    const packed = new Uint8Array(await new Response(new Blob([bomb]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    let binary = '';
    for (const b of packed) binary += String.fromCharCode(b);
    const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(payload.length).toBeLessThan(MAX_PAYLOAD);
    expect(await decodeSharedList(payload, now)).toEqual({ items: [], unreadable: 1 });
  });

  it('reads a damaged, foreign or oversized link as unreadable, without throwing', async () => {
    const payload = await encodeSharedList(items);
    for (const bad of ['', 'not base64!', payload.slice(0, -6), 'AAAA', 'x'.repeat(70_000)]) {
      expect(await decodeSharedList(bad, now), bad.slice(0, 20)).toEqual({ items: [], unreadable: 1 });
    }
  });

  it('checks every item as the stored list is checked', async () => {
    const tampered = [
      ...items,
      { id: 'work:x', label: 'X', reference: [{ text: 'x', href: 'javascript:alert(1)' }] },
      { id: 'film:y', label: 'Y', reference: [] },
    ];
    const decoded = await decodeSharedList(await encodeSharedList(tampered as SavedItem[]), now);
    expect(decoded.items.map((i) => i.id)).toEqual(['work:lipsky2010', 'document:essay-charlotte-pitt', 'work:x']);
    expect(decoded.items[2]!.reference).toEqual([{ text: 'x' }]);
    expect(decoded.unreadable).toBe(1);
  });
});

describe('a list shared as a link, second format (codes, title, sections, notes)', () => {
  const item = (id: string, extra: Partial<ListItem> = {}): ListItem => ({
    id,
    label: id,
    reference: [{ text: id }],
    added: now.toISOString(),
    read: false,
    ...extra,
  });
  const list: MyList = {
    id: 'l1',
    title: 'SW1001: week by week',
    sections: [
      { id: 's1', title: 'Week 1: what social work is for' },
      { id: 's2', title: 'Week 2 – Solidarität' },
    ],
    items: [
      item('document:the-personal-is-political', { section: 's2', importance: 'essential', note: 'Read first; ✓ ünïcode' }),
      item('work:lipsky2010', { importance: 'further' }),
      item('concept:mutual-aid', { section: 's1', importance: 'recommended' }),
    ],
  };

  it('carries the title, sections, importance, notes and item codes, in reading order', async () => {
    const payload = await encodeList(list);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeList(payload)).toEqual({
      title: 'SW1001: week by week',
      sections: ['Week 1: what social work is for', 'Week 2 – Solidarität'],
      items: [
        { code: itemCode('work:lipsky2010'), section: -1, importance: 'further' },
        { code: itemCode('concept:mutual-aid'), section: 0, importance: 'recommended' },
        { code: itemCode('document:the-personal-is-political'), section: 1, importance: 'essential', note: 'Read first; ✓ ünïcode' },
      ],
    });
  });

  it('carries no formatted text: a reference changed in the list does not change the link', async () => {
    const other = { ...list, items: list.items.map((i) => ({ ...i, reference: [{ text: 'something else entirely, much longer '.repeat(20) }], label: 'x' })) };
    expect(await encodeList(other)).toBe(await encodeList(list));
  });

  it('puts twenty real items, with a title, four sections and their importance, in a link of under 300 characters', async () => {
    const ids = [
      ...readdirSync('src/content/documents').map((f) => `document:${f.replace(/\.mdx?$/, '')}`),
      ...readdirSync('src/content/concepts').map((f) => `concept:${f.replace(/\.mdx?$/, '')}`),
      ...readdirSync('src/content/bibliography').map((f) => `work:${f.replace(/\.json$/, '')}`),
    ];
    // Every ninth id, so the twenty are spread over texts, concepts and works.
    const twenty = ids.filter((_, n) => n % 9 === 0).slice(0, 20);
    expect(new Set(twenty.map((id) => id.slice(0, id.indexOf(':')))).size).toBe(3);
    const sections = ['Week 1: foundations', 'Week 2: solidarity', 'Week 3: poverty', 'Week 4: practice'].map((title, n) => ({ id: `s${n + 1}`, title }));
    const long: MyList = {
      id: 'l1',
      title: 'SW1001 Foundations of social work',
      sections,
      items: twenty.map((id, n) => item(id, { section: `s${(n % 4) + 1}`, importance: IMPORTANCE[n % 3]! })),
    };
    const link = async (l: MyList) => `https://atlas.example.ac.uk/my-list/#${LIST_PARAM}=${await encodeList(l)}`;
    const plain = await link(long);
    const noted = await link({ ...long, items: long.items.map((i, n) => (n < 2 ? { ...i, note: 'Start here.' } : i)) });
    // The lengths are reported in docs/my-list.md; a note costs its own length.
    console.info(`share link for 20 items: ${plain.length} characters; with two notes: ${noted.length}`);
    expect(plain.length).toBeLessThanOrEqual(300);
    const back = await decodeList(plain.slice(plain.indexOf('=') + 1));
    expect(back?.items.map((i) => i.code).sort()).toEqual(twenty.map(itemCode).sort());
    expect(back?.sections).toEqual(sections.map((s) => s.title));
  });

  it('reads damaged, foreign, oversized or non-UTF-8 links as unreadable, without throwing', async () => {
    const payload = await encodeList(list);
    const raw = (bytes: number[]) =>
      btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    const bad = [
      '',
      'not base64!',
      payload.slice(0, -4),
      `${payload}AAAA`,
      'x'.repeat(70_000),
      raw([9, 1, 65]), // unknown format byte
      raw([2, 2, 0xc3, 0x28, 0, 0, 0]), // title bytes that are not UTF-8
      raw([2, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f]), // a count of billions
      raw([2, 0, 0, 1, 0, 0, 0, 4, 0, 7]), // trailing bytes (an unknown field)
      raw([2, 0, 0, 1, 0, 0, 0, 4, 1, 5, 0]), // a note on an item that is not there
    ];
    for (const b of bad) expect(await decodeList(b), b.slice(0, 20)).toBeUndefined();
    expect(() => unpackList(new Uint8Array([0, 0, 0, 0]))).not.toThrow();
  });

  it('refuses a small link that unpacks to something huge', async () => {
    const bomb = new Uint8Array(3_000_000);
    const packed = new Uint8Array(await new Response(new Blob([bomb]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    let binary = String.fromCharCode(3);
    for (const b of packed) binary += String.fromCharCode(b);
    const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(payload.length).toBeLessThan(MAX_PAYLOAD);
    expect(await decodeList(payload)).toBeUndefined();
  });

  it('cuts an overlong title or note to the stored limits rather than refusing the list', () => {
    const bytes = packList({ ...list, title: 'T'.repeat(150), items: [item('work:lipsky2010', { note: 'n'.repeat(1_500) })] });
    const back = unpackList(bytes);
    expect(back.title).toHaveLength(150);
    expect(back.items[0]!.note).toHaveLength(1_500);
    // Beyond the limits a link is not one this site made.
    expect(() => unpackList(packList({ ...list, title: 'T'.repeat(1_000) }))).toThrow();
  });
});
