/**
 * The content on disk as the quick checks read it (src/lib/content/read-content.ts): every file passes
 * its schema and every rule across collections (src/lib/checks/), as the build requires.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/checks';
import { readContent } from '../../src/lib/content/read-content';

const { content, problems } = readContent();

describe('the content', () => {
  it('is read whole: every document, concept, record and reference list', () => {
    expect(content.documents).toHaveLength(8);
    expect(content.concepts.length).toBeGreaterThanOrEqual(30);
    expect(content.works.size).toBeGreaterThan(100);
    expect(content.referenceLists).toHaveLength(8);
  });

  it('passes every schema', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('keeps every rule across collections (definitions, origins, evidence passages, mentions, original dates, list names)', () => {
    expect(checkContent(content).map(formatProblem)).toEqual([]);
  });
});
