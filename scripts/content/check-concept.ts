/**
 * Quick check of concept files without a full build: frontmatter against the schema, the
 * definition's length, and that every relation's evidence passage exists in the built
 * document (run `npm run build` first so that dist/ has the documents).
 *
 *   npx node scripts/content/check-concept.ts src/content/concepts/<slug>.mdx [...]
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'astro/zod';
import { select } from 'hast-util-select';
import { conceptSchema } from '../../src/content/schemas/concepts.ts';
import { bibliographyKeys, conceptSlugs, documentSlugs } from '../../src/lib/content/files.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { definitionProblems } from '../../src/lib/concepts/definition.ts';
import { readPage } from '../../tests/helpers/dist.ts';

const known = (set: Set<string>, what: string) => z.string().refine((v) => set.has(v), { error: (i) => `unknown ${what} "${String(i.input)}"` });
const schema = conceptSchema({ concept: known(conceptSlugs(), 'concept'), work: known(bibliographyKeys(), 'work'), document: known(documentSlugs(), 'document') });

let failed = false;
for (const file of process.argv.slice(2)) {
  const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
  const problems: string[] = [];
  const parsed = schema.safeParse(data);
  if (!parsed.success) for (const i of parsed.error.issues) problems.push(`${file}: field "${i.path.join('.')}": ${i.message}`);
  problems.push(...definitionProblems(file, body));
  for (const [n, r] of (parsed.success ? parsed.data.relations : []).entries()) {
    if (r.target === basename(file, '.mdx')) problems.push(`${file}: relations[${n}] points at itself`);
    const page = readPage(`/documents/${r.evidence.document}/`);
    if (!select(`.prose #${r.evidence.passage}`, page)) problems.push(`${file}: relations[${n}].evidence: ${r.evidence.document} has no passage ${r.evidence.passage}`);
  }
  for (const p of problems) console.error(`✗ ${p}`);
  if (problems.length) failed = true;
  else console.log(`✓ ${file}`);
}
process.exit(failed ? 1 : 0);
