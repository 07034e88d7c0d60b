import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_RANGES, charactersOf, fontsourceRange, subsetWoff2, unicodeRange } from '../../../src/integrations/subset-fonts';

const fontsource = join(createRequire(import.meta.url).resolve('@fontsource/source-serif-4/package.json'), '..');

describe('subset-fonts', () => {
  it('writes CSS unicode-range from code point ranges', () => {
    expect(
      unicodeRange([
        [0x20, 0x7e],
        [0x20ac, 0x20ac],
      ]),
    ).toBe('U+20-7E, U+20AC');
  });
  it('keeps the characters of English prose: letters, Latin-1 accents, curly quotes, dashes, ellipsis', () => {
    const chars = charactersOf(CORE_RANGES);
    for (const c of 'aZ09é£’“”–—…•€') expect(chars, c).toContain(c);
    expect(chars).not.toContain('Ł');
  });
  it("reads a subset's unicode-range from Fontsource's combined stylesheet", () => {
    const css = readFileSync(join(fontsource, '400.css'), 'utf8');
    expect(fontsourceRange(css, 'source-serif-4-latin-ext-400-normal')).toMatch(/^U\+0100-02BA/);
    expect(() => fontsourceRange(css, 'no-such-subset')).toThrow(/no unicode-range/);
  });
  it('produces a smaller WOFF2 file', async () => {
    const input = readFileSync(join(fontsource, 'files', 'source-serif-4-latin-400-normal.woff2'));
    const output = await subsetWoff2(input, charactersOf(CORE_RANGES));
    expect(output.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(output.length).toBeLessThan(input.length * 0.85);
    expect(output.length).toBeGreaterThan(5_000);
  });
});
