/**
 * Quick check of concept files without a build: each file against its schema, and the rules
 * across collections (src/lib/checks/: the definition's length, the origin against the
 * bibliography, every evidence passage present in its document), with the documents read
 * from their MDX as the build reads them. Prints every problem of the files named (of all the
 * content when none is), each with its file, field and what to do.
 *
 *   node scripts/content/check-concept.ts src/content/concepts/<slug>.mdx [...]
 */
import { checkContent } from '../../src/lib/checks/index.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { reportProblems } from './report-problems.ts';

const files = process.argv.slice(2);
const { content, problems } = readContent();
const found = reportProblems([...problems, ...checkContent(content)], files);
if (found === 0) console.log(files.length ? files.map((f) => `✓ ${f}`).join('\n') : '✓ all content');
process.exit(found ? 1 : 0);
