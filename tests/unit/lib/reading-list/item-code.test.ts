import { describe, expect, it } from 'vitest';
import { CODE_BITS, codeShard, itemCode, itemCodeTable } from '../../../../src/lib/reading-list/item-code';

const coded = (id: string) => ({ id, label: id, reference: [{ text: id }] });

describe('share-link item codes', () => {
  it('are stable: the same id always has the same code (links made today open tomorrow)', () => {
    // Fixed values: changing the hash would break every link already shared.
    expect(itemCode('work:lipsky2010')).toBe(980703645);
    expect(itemCode('document:the-personal-is-political')).toBe(109515946);
  });

  it('fit in 30 bits and name one of 256 lookup files', () => {
    for (const id of ['work:a', 'concept:ü', 'document:x'.repeat(50)]) {
      const code = itemCode(id);
      expect(code).toBeGreaterThanOrEqual(0);
      expect(code).toBeLessThan(2 ** CODE_BITS);
      expect(codeShard(code)).toMatch(/^[0-9a-f]{2}$/);
    }
  });

  it('put each id in its lookup file by code', () => {
    const table = itemCodeTable(['work:a', 'work:b', 'concept:c'].map(coded));
    const all = [...table.values()].flatMap((t) => Object.entries(t));
    expect(all.map(([code, item]) => [Number(code), item.id]).sort()).toEqual(['work:a', 'work:b', 'concept:c'].map((id) => [itemCode(id), id]).sort());
    for (const [shard, t] of table) for (const code of Object.keys(t)) expect(codeShard(Number(code))).toBe(shard);
  });

  it('stay apart for 5,000 ids like the corpus’s, and the lookup files stay small', () => {
    const ids = Array.from({ length: 5_000 }, (_, n) => `work:author${n}${1950 + (n % 75)}`);
    const table = itemCodeTable(ids.map(coded));
    const sizes = [...table.values()].map((t) => Object.keys(t).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(5_000);
    expect(Math.max(...sizes)).toBeLessThan(50);
  });

  it('fail the build, naming both ids, when two share a code', () => {
    // Find a real collision in a 30-bit space by brute force over a small family of ids.
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let n = 0; !pair; n += 1) {
      const id = `work:k${n}`;
      const code = itemCode(id);
      const other = seen.get(code);
      if (other) pair = [other, id];
      seen.set(code, id);
    }
    expect(() => itemCodeTable(pair.map(coded))).toThrow(`"${pair[0]}" and "${pair[1]}" have the same share-link code`);
  });
});
