/**
 * Fidelity between a source text in `sources/` and the pages built from it.
 *
 * Each source has a manifest (`sources/<file>.manifest.json`) that assigns every line of
 * the source either to a page (the text must reach that page) or to "excluded" with a
 * reason (a repository cover sheet, platform furniture). The test then checks that every
 * sentence of every page-assigned range appears in the page's text, comparing after
 * normalising only whitespace, quote marks and dashes.
 */
import { toPlainText } from '../content/plain-text.ts';

export interface ManifestPart {
  /** First and last line (1-based, inclusive). */
  lines: [number, number];
  /** Site path of the page the text must reach, e.g. "/documents/x/". */
  page?: string;
  /** Why these lines are not published as body text. Required when there is no page. */
  excluded?: string;
  /** Lines inside this part left out of the comparison, each with a reason. */
  omit?: { lines: [number, number]; reason: string }[];
  /**
   * Errors in the source that the page corrects. The page marks each correction; the
   * comparison applies it to the source before looking for the sentence.
   */
  corrections?: { line: number; from: string; to: string; note: string }[];
}

export interface SourceManifest {
  file: string;
  parts: ManifestPart[];
}

const QUOTES_SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const QUOTES_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Normalise only what the fidelity rule allows: whitespace, quote marks and dashes. */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFC')
    .replace(QUOTES_SINGLE, "'")
    .replace(QUOTES_DOUBLE, '"')
    .replace(DASHES, '-')
    .replace(/[\s\u00A0\u200B]+/g, ' ')
    .trim();
}

/**
 * Split text into sentences. Deliberately simple: a line break ends a sentence (blocks are
 * compared separately), and so does . ! or ? (optionally
 * followed by a closing quote or bracket) before whitespace. Over-splitting is harmless
 * (each piece must still appear), so abbreviations like "et al." need no special case.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n|(?<=[.!?]['")\]]?)\s+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The source lines a page must show, with omissions and corrections applied. */
export function partSourceText(sourceLines: string[], part: ManifestPart): string {
  const [first, last] = part.lines;
  const kept: string[] = [];
  for (let n = first; n <= last; n++) {
    const omitted = part.omit?.some((o) => n >= o.lines[0] && n <= o.lines[1]);
    let line = omitted ? '' : (sourceLines[n - 1] ?? '');
    for (const c of part.corrections ?? []) if (c.line === n) line = line.split(c.from).join(c.to);
    kept.push(line);
  }
  // The sources carry a little Markdown from their extraction: markup, not text.
  return toPlainText(kept.join('\n'), 'markdown');
}

interface MissingSentence {
  sentence: string;
  /** "missing": not on the page; "out of order": only earlier than the sentence before it. */
  problem: 'missing' | 'out of order';
}

/**
 * Every sentence of `sourceText` that does not occur in `pageText`, both normalised. The
 * sentences must also appear in the source's order: each is looked for after the place
 * where the previous one was found, so a short fragment cannot be satisfied by a chance
 * match elsewhere on the page, and a moved or dropped passage shows.
 */
export function findMissingSentences(sourceText: string, pageText: string): MissingSentence[] {
  const page = normaliseForComparison(pageText);
  const out: MissingSentence[] = [];
  let cursor = 0;
  for (const sentence of splitSentences(sourceText).map(normaliseForComparison)) {
    const at = page.indexOf(sentence, cursor);
    if (at >= 0) {
      cursor = at + sentence.length;
      continue;
    }
    out.push({ sentence, problem: page.includes(sentence) ? 'out of order' : 'missing' });
  }
  return out;
}

/**
 * Structural problems of a manifest: parts must cover every line of the source exactly
 * once, in order, and each part must either name a page or say why it is excluded.
 */
export function manifestProblems(manifest: SourceManifest, lineCount: number): string[] {
  const problems: string[] = [];
  let expected = 1;
  for (const [i, part] of manifest.parts.entries()) {
    const [a, b] = part.lines;
    const where = `${manifest.file} part ${i + 1} (lines ${a}-${b})`;
    if (a !== expected) problems.push(`${where}: starts at line ${a}, expected ${expected} (gap or overlap)`);
    if (b < a) problems.push(`${where}: ends before it starts`);
    if (!part.page && !part.excluded) problems.push(`${where}: names neither a page nor a reason for exclusion`);
    if (part.page && part.excluded) problems.push(`${where}: names both a page and an exclusion`);
    for (const o of part.omit ?? []) {
      if (o.lines[0] < a || o.lines[1] > b) problems.push(`${where}: omitted lines ${o.lines.join('-')} fall outside the part`);
      if (!o.reason.trim()) problems.push(`${where}: omitted lines ${o.lines.join('-')} have no reason`);
    }
    for (const c of part.corrections ?? []) {
      if (c.line < a || c.line > b) problems.push(`${where}: correction on line ${c.line} falls outside the part`);
    }
    expected = b + 1;
  }
  if (expected - 1 !== lineCount) problems.push(`${manifest.file}: parts end at line ${expected - 1}, the file has ${lineCount} lines`);
  return problems;
}
