import { describe, expect, it } from 'vitest';
import { referenceListProblems } from '../../../../src/lib/checks/reference-lists';
import { formatProblem } from '../../../../src/lib/checks/problems';

describe('referenceListProblems', () => {
  it('accepts a list named after its document and names the file of one that is not', () => {
    expect(referenceListProblems([{ id: 'doc-a', document: 'doc-a' }])).toEqual([]);
    expect(referenceListProblems([{ id: 'doc-a', document: 'doc-b' }]).map(formatProblem)).toEqual([
      'src/content/reference-lists/doc-a.json: document: "doc-b", but the file is named doc-a.json; name the file after its document (doc-b.json), or correct "document"',
    ]);
  });
});
