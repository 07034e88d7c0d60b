/**
 * Bad content must stop the build with a message naming the file and the field.
 * Runs `astro sync` (the content-validation step of every build) on a throwaway copy of the
 * project's content configuration holding one broken document.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'atlas-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function syncWith(files: Record<string, string>, command: 'sync' | 'build' = 'sync'): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(work, 'p-'));
  // The whole project configuration and code, with only the test's documents and concepts as
  // content (no reference lists or concepts of the project's own, which name the real
  // documents and their passages).
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src']) {
    cpSync(join(root, f), join(dir, f), { recursive: true, filter: (src) => !src.includes('/src/generated') });
  }
  for (const d of ['src/content/documents', 'src/content/reference-lists', 'src/content/concepts', 'src/content/reading-lists']) {
    rmSync(join(dir, d), { recursive: true, force: true });
    mkdirSync(join(dir, d), { recursive: true });
  }
  // The project's packages, but caches of its own: Astro keeps parsed entries in
  // node_modules/.astro, which must neither vouch for this copy's files (a cached entry is not
  // checked again) nor be overwritten with them.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!['.astro', '.vite', '.vite-temp', '.vitest-cache'].includes(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    // CI may force colour on; the assertions read the words, so colour codes are removed
    // (and colour is asked off) whatever the environment says.
    const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
    const output = execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
      env,
    });
    return { ok: true, output: stripVTControlCharacters(output) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stripVTControlCharacters(`${e.stdout ?? ''}${e.stderr ?? ''}`) };
  }
}

/** The reference list of the fixture document "good", with these entries. */
const referenceListOfGood = (entries: { key: string; line: number; printed: string }[]) =>
  JSON.stringify({ document: 'good', source: 'sources/002_ec3275e224bb4d7d.txt', heading: 'References', entries });

const valid = `---
title: A text
authors: []
issued: null
type: blog-post
summary: One. Two.
source:
  file: sources/002_ec3275e224bb4d7d.txt
order: 1
---

Body.
`;

describe('content validation', () => {
  it('accepts a valid document', () => {
    const result = syncWith({ 'src/content/documents/good.mdx': valid });
    expect(result.output).not.toMatch(/InvalidContentEntryDataError/);
    expect(result.ok).toBe(true);
  });

  it('fails on a missing title, naming the file and the field', () => {
    const result = syncWith({ 'src/content/documents/no-title.mdx': valid.replace('title: A text\n', '') });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/no-title/);
    expect(result.output).toMatch(/title\W+Required|title.*(required|expected string)/i);
  });

  it('fails on a malformed DOI and an unknown field, naming each', () => {
    const result = syncWith({
      'src/content/documents/bad-doi.mdx': valid.replace('order: 1', 'order: 1\ndoi: "https://doi.org/10.1/x"\nyear: 2020'),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/bad-doi/);
    expect(result.output).toMatch(/doi: expected a bare DOI/);
    // The unknown field is named as the path of its own error, not as an empty "****" path.
    expect(result.output).toMatch(/\byear: not a field of a document: check its spelling/);
    expect(result.output).not.toMatch(/\*\*\*\*/);
  });

  it('fails when the date is left out instead of given as null (n.d. must be explicit)', () => {
    const result = syncWith({ 'src/content/documents/no-date.mdx': valid.replace('issued: null\n', '') });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/no-date/);
    expect(result.output).toMatch(/issued/);
  });

  it('fails on a reference list naming a work with no record, naming the file', () => {
    const result = syncWith({
      'src/content/documents/good.mdx': valid,
      'src/content/reference-lists/good.json': referenceListOfGood([{ key: 'nosuchwork2020', line: 3, printed: 'Nobody (2020) Nothing.' }]),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/reference-lists|good/);
    expect(result.output).toMatch(/nosuchwork2020/);
  });

  it('fails on a doubt about a misspelt field, naming the file, the path and the fields allowed', () => {
    const record = { id: 'baddoubt2020', type: 'book', title: 'X', custom: { doubts: [{ field: 'DOl', note: 'Looks cut short.' }] } };
    const result = syncWith({ 'src/content/bibliography/baddoubt2020.json': JSON.stringify(record) });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/baddoubt2020/);
    expect(result.output).toMatch(/custom\.doubts\.0\.field: "DOl" is not a CSL field name: use one of [^\n]*\bDOI\b/);
  });

  it('fails on a concept origin whose original year is not a number, naming the file and the field', () => {
    const concept = `---
name: Bad origin
domain: practice
summary: A concept whose origin gives the year of the original work as text.
origin:
  - name: Michael Lipsky
    role: coined
    work:
      title: Street-Level Bureaucracy
      year: "1980"
updated: 2026-11-23
---

Body.
`;
    const result = syncWith({ 'src/content/documents/good.mdx': valid, 'src/content/concepts/bad-origin.mdx': concept });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/bad-origin/);
    expect(result.output).toMatch(/origin\.0\.work\.year: expected the year the work first appeared, as a number \(e\.g\. 1980\)/);
  });

  it('fails on a reference list whose entries leave the source order, naming the file and the entry', () => {
    const entry = (line: number) => ({ key: 'lipsky2010', line, printed: 'Lipsky, M. (2010) Street-level bureaucracy.' });
    const result = syncWith({
      'src/content/documents/good.mdx': valid,
      'src/content/reference-lists/good.json': referenceListOfGood([entry(5), entry(3)]),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/reference-lists\/good\.json|\bgood\b/);
    expect(result.output).toMatch(/entries\.1\.line: line 3 comes before the previous entry's line 5: keep the entries in the source's order/);
  });

  it('fails the build on the rules across collections, listing every problem with its file, field and hint', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const concept = (name: string, extra: string, body: string) =>
      `---\nname: ${name}\ndomain: practice\nsummary: A concept written for this test of the content rules.\n${extra}updated: 2026-11-23\n---\n\n${body}\n`;
    const result = syncWith(
      {
        'src/content/documents/good.mdx': valid,
        // Too short a definition, evidence past the document's last passage, and no text names it.
        'src/content/concepts/lonely.mdx': concept(
          'Lonely idea',
          'relations:\n  - type: extends\n    target: other-idea\n    evidence: { document: good, passage: p-9 }\n',
          'Too short a definition.',
        ),
        'src/content/concepts/other-idea.mdx': concept('Other idea', 'absentBecause: It is here for the test.\n', words(90)),
      },
      'build',
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/The content has 3 problems/);
    expect(result.output).toContain('src/content/concepts/lonely.mdx: definition (the MDX body): has 4 words; write 80–200');
    expect(result.output).toContain('src/content/concepts/lonely.mdx: relations[0].evidence.passage: "good" has no passage p-9 (it has p-1 to p-1)');
    expect(result.output).toContain(
      'src/content/concepts/lonely.mdx: aliases: no document mentions "Lonely idea" by name or alias; add an alias that the texts use',
    );
  });

  it('fails on a reading list naming an unknown text, naming the file and the field', () => {
    const list = (item: string) =>
      `title: T\nmodule: M\naudience: A\nauthor: E\nrevised: "2026-11-28"\nintroduction: Why.\nsections:\n  - title: Week 1\n    items:\n      - ${item}\n        importance: essential\n`;
    const unknown = syncWith({ 'src/content/documents/good.mdx': valid, 'src/content/reading-lists/bad.yaml': list('document: nope') });
    expect(unknown.ok).toBe(false);
    expect(unknown.output).toMatch(/reading-lists\/bad\.yaml|\bbad\b/);
    expect(unknown.output).toContain('unknown document "nope": no src/content/documents/nope.mdx');
    const passage = syncWith(
      { 'src/content/documents/good.mdx': valid, 'src/content/reading-lists/bad.yaml': list('passage: { document: good, paragraph: p-9 }') },
      'build',
    );
    expect(passage.ok).toBe(false);
    expect(passage.output).toContain(
      'src/content/reading-lists/bad.yaml: sections[0].items[0].passage.paragraph: "p-9" is not a passage of good, which numbers its passages p-1 to p-1',
    );
  });

  it('fails the build on an unknown citation key, naming the file, line and key', () => {
    const result = syncWith({ 'src/content/documents/bad-cite.mdx': `${valid}\nAs [Nobody (2020)](cite:nosuchwork2020) says.\n` }, 'build');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/bad-cite\.mdx:\d+:\d+: unknown citation key "nosuchwork2020"/);
  });
});
