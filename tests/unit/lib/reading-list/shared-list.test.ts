import { describe, expect, it } from 'vitest';
import { MAX_PAYLOAD, decodeSharedList, encodeSharedList } from '../../../../src/lib/reading-list/shared-list';
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
