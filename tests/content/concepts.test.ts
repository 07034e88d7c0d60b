/** The concept files themselves: enough of them, the required ones, definitions of the right length. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { definitionProblems } from '../../src/lib/concepts/definition';
import { buildConceptMatcher } from '../../src/lib/concepts/matcher';
import { bibliographyKeys, BIBLIOGRAPHY_DIR, conceptSlugs, conceptTerms, documentSlugs } from '../../src/lib/content/files';
import { z } from 'astro/zod';
import { conceptSchema } from '../../src/content/schemas/concepts';
import type { CslItem } from '../../src/content/schemas/bibliography';
import { corpusPlace, missingOriginalDates, originProblems } from '../../src/lib/concepts/origin';

const dir = join(process.cwd(), 'src/content/concepts');
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

describe('concepts', () => {
  it('number at least 30 and include every concept the brief names', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const required = [
      'deterritorialisation', 'street-level-bureaucracy', 'triple-movement', 'double-movement', 'hyper-normalisation', 'mutual-aid',
      'global-ethnography', 'new-managerialism', 'neoliberalism', 'individualisation', 'depoliticisation', 'casework-model', 'solidarity',
      'support-time-relationship-model', 'the-personal-is-political', 'capitalist-realism', 'relationship-based-practice',
      'poverty-aware-social-work', 'ecological-systems-theory', 'use-of-self', 'intersectionality', 'feminist-social-work',
      'radical-social-work', 'social-identity-approach', 'digital-divide', 'care-and-control', 'thematic-analysis',
    ];
    for (const slug of required) expect(files, slug).toContain(`${slug}.mdx`);
  });

  it.each(files)('%s has a definition of 80–200 words', (file) => {
    const { body } = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
    expect(definitionProblems(file, body)).toEqual([]);
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

/** Every concept file read through the real schema, with the real keys, as the build reads it. */
const inSet = (set: Set<string>) => z.string().refine((v) => set.has(v), { error: (i) => `unknown "${String(i.input)}"` });
const schema = conceptSchema({ concept: inSet(conceptSlugs()), work: inSet(bibliographyKeys()), document: inSet(documentSlugs()) });
const concepts = files.map((file) => {
  const parsed = schema.safeParse(splitFrontmatter(readFileSync(join(dir, file), 'utf8')).data);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { slug: file.slice(0, -'.mdx'.length), ...parsed.data };
});
const records = new Map<string, CslItem>([...bibliographyKeys()].map((k) => [k, JSON.parse(readFileSync(join(BIBLIOGRAPHY_DIR, `${k}.json`), 'utf8')) as CslItem]));

describe('concept origins', () => {
  it.each(concepts.filter((c) => c.origin.length > 0).map((c) => [c.slug, c] as const))('%s: every origin names its original work, the year, and where the corpus has it', (_, c) => {
    for (const o of c.origin) {
      expect(o.work.title.length, o.name).toBeGreaterThan(0);
      expect(Number.isInteger(o.work.year) && o.work.year >= 1500 && o.work.year <= 2026, `${o.name}: ${o.work.year}`).toBe(true);
      // Exactly one of: the edition the corpus cites, a text on the site, outside the corpus.
      expect([o.work.cited, o.work.document, o.work.outsideCorpus].filter((x) => x !== undefined), o.name).toHaveLength(1);
    }
  });

  it('every concept credits someone but austerity and use of self (no text names an originator, and none is certain)', () => {
    // Use of self: Verity Clarke's essay cites Ingram and Smith (2018) and Hennessey (2011) only
    // for summaries of the idea; crediting them as its origin would teach students a wrong origin.
    expect(concepts.filter((c) => c.origin.length === 0).map((c) => c.slug)).toEqual(['austerity', 'use-of-self']);
  });

  it('agree with the bibliography records (years, original dates, authorless works)', () => {
    expect(concepts.flatMap((c) => originProblems(`src/content/concepts/${c.slug}.mdx`, c.origin, records))).toEqual([]);
  });

  it('give the original year for street-level bureaucracy and say that the corpus cites the 2010 updated edition', () => {
    const lipsky = concepts.find((c) => c.slug === 'street-level-bureaucracy')!.origin[0]!;
    expect(lipsky.work).toMatchObject({ year: 1980, cited: 'lipsky2010' });
    expect(corpusPlace(lipsky.work, records).sentence).toBe('The corpus cites the 2010 updated edition, not the original of 1980.');
  });

  it('credit nobody with the Frontiers paper, whose source names no author', () => {
    for (const c of concepts) for (const o of c.origin) expect([o.work.cited, ...o.works], `${c.slug}: ${o.name}`).not.toContain('frontiersnd');
    expect(concepts.filter((c) => c.unattributedWorks.includes('frontiersnd')).map((c) => c.slug).sort()).toEqual(['collective-psychosocial-resilience', 'social-identity-approach']);
  });

  it('leave no later edition the corpus cites without its original-date', () => {
    expect(missingOriginalDates(concepts, records)).toEqual([]);
  });

  it('name a later edition whose record lacks its original-date (lipsky2010 without 1980)', () => {
    const { 'original-date': _dropped, ...lipsky } = records.get('lipsky2010')!;
    const planted = new Map(records).set('lipsky2010', lipsky);
    expect(missingOriginalDates(concepts, planted)).toEqual([expect.objectContaining({ key: 'lipsky2010', originalYear: 1980, issuedYear: 2010 })]);
  });
});
