/**
 * How the quick checks print what src/lib/checks/ and the schemas found: the problems of the
 * files asked about (or all, when none are named), and how many there are elsewhere.
 */
import { formatProblem, type ContentProblem } from '../../src/lib/checks/index.ts';

/** Prints the problems of `files` (all when empty); returns how many it printed. */
export function reportProblems(problems: readonly ContentProblem[], files: readonly string[]): number {
  const asked = new Set(files.map((f) => f.replace(/^\.\//, '')));
  const mine = asked.size === 0 ? problems : problems.filter((p) => asked.has(p.file) || (p.concerns !== undefined && asked.has(p.concerns)));
  for (const p of mine) console.error(`✗ ${formatProblem(p)}`);
  const elsewhere = problems.length - mine.length;
  if (elsewhere > 0) console.error(`(${elsewhere} more problem${elsewhere === 1 ? '' : 's'} in other files: run without file names to see them)`);
  return mine.length;
}
