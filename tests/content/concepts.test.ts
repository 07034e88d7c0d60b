/**
 * The concept files themselves: enough of them, the required ones, and facts of their origins.
 * The rules every concept keeps (schema, definition length, origin against the records,
 * evidence passages) are checked for all of them in tests/content/checks.test.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConceptMatcher } from '../../src/lib/concepts/matcher';
import { conceptTerms } from '../../src/lib/content/files';
import { readContent } from '../../src/lib/content/read-content';
import { corpusPlace } from '../../src/lib/concepts/origin';
import { missingOriginalDates } from '../../src/lib/checks/bibliography';

const dir = join(process.cwd(), 'src/content/concepts');
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

describe('concepts', () => {
  it('number at least 30 and include every concept the brief names', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const required = [
      'deterritorialisation',
      'street-level-bureaucracy',
      'triple-movement',
      'double-movement',
      'hyper-normalisation',
      'mutual-aid',
      'global-ethnography',
      'new-managerialism',
      'neoliberalism',
      'individualisation',
      'depoliticisation',
      'casework-model',
      'solidarity',
      'support-time-relationship-model',
      'the-personal-is-political',
      'capitalist-realism',
      'relationship-based-practice',
      'poverty-aware-social-work',
      'ecological-systems-theory',
      'use-of-self',
      'intersectionality',
      'feminist-social-work',
      'radical-social-work',
      'social-identity-approach',
      'digital-divide',
      'care-and-control',
      'thematic-analysis',
    ];
    for (const slug of required) expect(files, slug).toContain(`${slug}.mdx`);
  });

  it('list spelling variants that the matcher finds', () => {
    const matcher = buildConceptMatcher(conceptTerms());
    const found = (t: string) => matcher.find(t).map((m) => m.slug);
    expect(found('deterritorialization')).toEqual(['deterritorialisation']);
    expect(found('street-level bureaucrats')).toEqual(['street-level-bureaucracy']);
    expect(found('Fraser’s triple movement')).toEqual(['triple-movement']);
    expect(found('hyper-normalization')).toEqual(['hyper-normalisation']);
    expect(found('radical social work')).toEqual(['radical-social-work']);
  });
});

/** Every concept and record read through the real schemas, as the build reads them. */
const { content } = readContent();
const concepts = content.concepts;
const records = content.works;

describe('concept origins', () => {
  it('every concept credits someone but those whose originator no text names or the bibliography lacks', () => {
    // Use of self: Verity Clarke's essay cites Ingram and Smith (2018) and Hennessey (2011) only
    // for summaries of the idea; crediting them as its origin would teach students a wrong origin.
    // The others (tests/content/theory-map-coverage.test.ts) credit no one rather than a work the
    // bibliography does not hold (Galtung on structural violence, Garland on responsibilisation).
    expect(concepts.filter((c) => c.origin.length === 0).map((c) => c.slug)).toEqual([
      'austerity',
      'family-group-conferences',
      'medical-model',
      'participation',
      'practice-wisdom',
      'responsibilisation',
      'social-model',
      'structural-violence',
      'use-of-self',
    ]);
  });

  it('give the original year for street-level bureaucracy and say that the corpus cites the 2010 updated edition', () => {
    const lipsky = concepts.find((c) => c.slug === 'street-level-bureaucracy')!.origin[0]!;
    expect(lipsky.work).toMatchObject({ year: 1980, cited: 'lipsky2010' });
    expect(corpusPlace(lipsky.work, records).sentence).toBe('The corpus cites the 2010 updated edition, not the original of 1980.');
  });

  it('credit nobody with the Frontiers paper, whose source names no author', () => {
    for (const c of concepts) for (const o of c.origin) expect([o.work.cited, ...o.works], `${c.slug}: ${o.name}`).not.toContain('frontiersnd');
    expect(
      concepts
        .filter((c) => c.unattributedWorks.includes('frontiersnd'))
        .map((c) => c.slug)
        .sort(),
    ).toEqual(['collective-psychosocial-resilience', 'social-identity-approach']);
  });

  it('name a later edition whose record lacks its original-date (lipsky2010 without 1980)', () => {
    const { 'original-date': _dropped, ...lipsky } = records.get('lipsky2010')!;
    const planted = new Map(records).set('lipsky2010', lipsky);
    expect(missingOriginalDates(concepts, planted)).toEqual([expect.objectContaining({ key: 'lipsky2010', originalYear: 1980, issuedYear: 2010 })]);
  });
});
