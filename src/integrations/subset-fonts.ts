/**
 * Trims the self-hosted text face to the characters a page of English prose uses, so that
 * a reading page with fonts stays within its size budget. The fonts come from Fontsource;
 * subsetting is done by harfbuzz (the `subset-font` package). The character set is fixed,
 * not taken from the corpus, so font files stay the same size as the corpus grows;
 * characters outside it fall through to Fontsource's other subsets or the fallback serif.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import type { AstroIntegration } from 'astro';

/**
 * Code point ranges kept: Basic Latin; from Latin-1 the no-break space, £ § © « ° · » and the
 * accented letters (names such as García, Zürich); œ/Œ; general punctuation (spaces, dashes,
 * quotes, ellipsis, bullet, ‰, ‹ ›); €. Every extra glyph costs every reader, so rarer signs
 * fall through to the fallback serif.
 */
export const CORE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xa0],
  [0xa3, 0xa3],
  [0xa7, 0xa7],
  [0xa9, 0xa9],
  [0xab, 0xab],
  [0xb0, 0xb0],
  [0xb7, 0xb7],
  [0xbb, 0xbb],
  [0xc0, 0xff],
  [0x152, 0x153],
  [0x2000, 0x200a],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
];

export function charactersOf(ranges: readonly (readonly [number, number])[]): string {
  let out = '';
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) out += String.fromCodePoint(c);
  return out;
}

/** CSS unicode-range value for the ranges, e.g. "U+20-7E, U+A0-FF". */
export function unicodeRange(ranges: readonly (readonly [number, number])[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase();
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

export interface FontFace {
  family: string;
  /** Fontsource file name, e.g. "source-serif-4-latin-400-normal.woff2". */
  file: string;
  weight: number;
  style: 'normal' | 'italic';
}

function fontFaceRule(face: FontFace, file: string, range: string): string {
  return (
    `@font-face {\n  font-family: '${face.family}';\n  font-style: ${face.style};\n  font-weight: ${face.weight};\n  font-display: swap;\n` +
    `  src: url('./${file}') format('woff2');\n  unicode-range: ${range};\n}`
  );
}

export async function subsetWoff2(input: Buffer, characters: string): Promise<Buffer> {
  // noLayoutClosure: leave out glyphs reachable only through OpenType substitutions
  // (ligatures, alternates) that prose set in this face does not need.
  return subsetFont(input, characters, { targetFormat: 'woff2', noLayoutClosure: true });
}

/**
 * The unicode-range Fontsource gives a subset in its combined stylesheet (its single-subset
 * stylesheets leave the range out, which would make browsers fetch them for every page).
 */
export function fontsourceRange(combinedCss: string, blockName: string): string {
  const block = new RegExp(`/\\* ${blockName} \\*/\\s*@font-face\\s*\\{[^}]*unicode-range:\\s*([^;]+);`).exec(combinedCss);
  if (!block) throw new Error(`subset-fonts: no unicode-range for ${blockName} in Fontsource's stylesheet`);
  return block[1]!.trim();
}

export function subsetFonts(options: {
  packageName: string;
  faces: FontFace[];
  /** Fontsource subsets served as they are, with their own unicode-range (e.g. "latin-ext"). */
  extraSubsets?: string[];
  outDir: string;
}): AstroIntegration {
  return {
    name: 'solidarity-atlas:subset-fonts',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const require = createRequire(import.meta.url);
        const filesDir = join(require.resolve(`${options.packageName}/package.json`), '..', 'files');
        mkdirSync(options.outDir, { recursive: true });
        const characters = charactersOf(CORE_RANGES);
        const rules: string[] = [];
        for (const face of options.faces) {
          const outName = face.file.replace('-latin-', '-core-');
          const outPath = join(options.outDir, outName);
          // Regenerated every time (≈0.1 s a face) so a changed character set never leaves a stale file.
          const input = readFileSync(join(filesDir, face.file));
          const output = await subsetWoff2(input, characters);
          writeFileSync(outPath, output);
          logger.debug(`${outName}: ${input.length} → ${output.length} bytes`);
          rules.push(fontFaceRule(face, outName, unicodeRange(CORE_RANGES)));
          const combinedCss = readFileSync(join(filesDir, '..', `${face.weight}${face.style === 'italic' ? '-italic' : ''}.css`), 'utf8');
          for (const subset of options.extraSubsets ?? []) {
            const file = face.file.replace('-latin-', `-${subset}-`);
            const range = fontsourceRange(combinedCss, file.replace('.woff2', ''));
            writeFileSync(join(options.outDir, file), readFileSync(join(filesDir, file)));
            rules.push(fontFaceRule(face, file, range));
          }
        }
        writeFileSync(join(options.outDir, 'fonts.css'), `/* Generated by src/integrations/subset-fonts.ts; do not edit. */\n${rules.join('\n')}\n`);
      },
    },
  };
}
