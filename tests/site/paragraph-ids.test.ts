/**
 * Passage links must survive rebuilds: the ids of every document's paragraphs, with the
 * first words they point at, are kept in a snapshot. A change to the text or to the
 * numbering shows up here; accept it only if the change is meant (`vitest -u`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, paragraphIds, readPage } from '../helpers/dist';

const slugs = readdirSync(join(DIST, 'documents')).sort();

describe('paragraph ids', () => {
  it('builds eight document pages', () => {
    expect(slugs).toHaveLength(8);
  });
  it.each(slugs)('%s keeps its paragraph ids', async (slug) => {
    const ids = paragraphIds(readPage(`/documents/${slug}/`));
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids.map((l) => l.split(':')[0])).size).toBe(ids.length);
    await expect(ids.join('\n') + '\n').toMatchFileSnapshot(`./__snapshots__/paragraph-ids/${slug}.txt`);
  });
});
