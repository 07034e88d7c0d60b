/**
 * The concepts added so that the theory map covers the ideas the texts rely on (issue 12):
 * each is used by a text, has a definition, credits only works the bibliography holds (or no
 * one, where no work of the originator is there), and is tied to the map by a relation whose
 * passage names both sides. Also: no name or alias belongs to two concepts, and the ideas left
 * out stay out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content';
import { buildConceptMatcher } from '../../src/lib/concepts/matcher';
import { conceptTerms } from '../../src/lib/content/files';
import { countWords } from '../../src/lib/documents/display';
import { DEFINITION_WORDS } from '../../src/lib/checks/concepts';

const ADDED = [
  'structural-violence',
  'embedded-liberalism',
  'responsibilisation',
  'ethical-stress',
  'practice-wisdom',
  'social-model',
  'medical-model',
  'dialogue',
  'power-and-resistance',
  'family-group-conferences',
  'participation',
  'empathy',
];

/**
 * No work of the person usually credited is in the bibliography (Galtung; Garland; the New
 * Zealand law of 1989; the authors of the social model of disability), or no text credits
 * anyone (practice wisdom, participation, the medical model): these pages credit no one rather
 * than credit a work the corpus lacks.
 */
const WITHOUT_ORIGIN = [
  'family-group-conferences',
  'medical-model',
  'participation',
  'practice-wisdom',
  'responsibilisation',
  'social-model',
  'structural-violence',
];

/** The one passage naming Freire's dialogue (The personal is political p-30) ties it to no other concept. */
const WITHOUT_RELATION = ['dialogue'];

const { content } = readContent();
const bySlug = new Map(content.concepts.map((c) => [c.slug, c]));
/** Which concepts each passage mentions, as the build's plugins record them. */
const mentionsAt = new Map<string, Set<string>>();
for (const d of content.documents)
  for (const m of d.mentions as readonly { concept: string; passage: string }[]) {
    const key = `${d.id}#${m.passage}`;
    mentionsAt.set(key, (mentionsAt.get(key) ?? new Set()).add(m.concept));
  }

describe('the concepts added for issue 12', () => {
  it('exist and are each mentioned in some text', () => {
    const mentioned = new Set(content.documents.flatMap((d) => d.mentions.map((m) => m.concept)));
    for (const slug of ADDED) {
      expect(bySlug.has(slug), slug).toBe(true);
      expect(mentioned.has(slug), `${slug}: no text mentions it`).toBe(true);
      expect(bySlug.get(slug)!.absentBecause, slug).toBeUndefined();
    }
  });

  it('each have a definition of the set length', () => {
    for (const slug of ADDED) {
      const words = countWords(bySlug.get(slug)!.body);
      expect(words, slug).toBeGreaterThanOrEqual(DEFINITION_WORDS.min);
      expect(words, slug).toBeLessThanOrEqual(DEFINITION_WORDS.max);
    }
  });

  it('credit only works the bibliography holds, with the year its record gives, or no one', () => {
    for (const slug of ADDED) {
      const { origin } = bySlug.get(slug)!;
      if (WITHOUT_ORIGIN.includes(slug)) {
        expect(origin, slug).toEqual([]);
        continue;
      }
      expect(origin.length, slug).toBeGreaterThan(0);
      for (const o of origin) {
        expect(o.work.outsideCorpus, `${slug}: ${o.name}`).toBeUndefined();
        const record = content.works.get(o.work.cited!);
        expect(record, `${slug}: ${o.name} (${o.work.cited})`).toBeDefined();
        const year = record!['original-date']?.['date-parts']?.[0]?.[0] ?? record!.issued?.['date-parts']?.[0]?.[0];
        expect(Number(year), `${slug}: ${o.name}`).toBe(o.work.year);
        expect(o.creditedIn, `${slug}: ${o.name} is credited in no passage`).toBeDefined();
        for (const key of o.works) expect(content.works.has(key), `${slug}: ${key}`).toBe(true);
      }
    }
  });

  it('are tied to the map by a relation whose passage mentions both concepts', () => {
    const relations = content.concepts.flatMap((c) => c.relations.map((r) => ({ from: c.slug, ...r })));
    for (const slug of ADDED) {
      const own = relations.filter((r) => r.from === slug || r.target === slug);
      const backed = own.filter((r) => {
        const named = mentionsAt.get(`${r.evidence.document}#${r.evidence.passage}`) ?? new Set();
        return named.has(r.from) && named.has(r.target);
      });
      if (WITHOUT_RELATION.includes(slug)) expect(own, slug).toEqual([]);
      else expect(backed.length, `${slug}: no relation whose passage names both sides`).toBeGreaterThan(0);
    }
  });

  it('link the mentions meant, and not ordinary words', () => {
    const matcher = buildConceptMatcher(conceptTerms());
    const found = (t: string) => matcher.find(t).map((m) => m.slug);
    expect(found('relational and restorative practices placing emphasis on responsabilisation')).toEqual(['responsibilisation']);
    expect(found('the post-war embedded liberal period')).toEqual(['embedded-liberalism']);
    expect(found('Wherever a power relationship occurs resistance can be observed')).toEqual(['power-and-resistance']);
    expect(found('demonstrate empathetic understanding')).toEqual(['empathy']);
    expect(found('this could increase participation (Symonds, 2018)')).toEqual(['participation']);
    expect(found('a good platform for this is Family Group Conferences')).toEqual(['family-group-conferences']);
    // Ordinary prose that names none of them (Solidarity is not a dirty word, p-13 and p-15).
    expect(found('the cornerstones of human participation in social work')).toEqual([]);
    expect(found('the voice that tells us that resistance is futile')).toEqual([]);
    expect(found('a social worker and a family met in a conference')).toEqual([]);
  });
});

describe('concept names', () => {
  it('no name or alias belongs to two concepts', () => {
    const owner = new Map<string, string>();
    for (const c of content.concepts)
      for (const n of [c.name, ...c.aliases]) {
        const key = n.toLowerCase().replace(/[\s\-\u2010-\u2015]+/g, ' ');
        expect(owner.get(key) ?? c.slug, `"${n}" is a name of ${owner.get(key)} and ${c.slug}`).toBe(c.slug);
        owner.set(key, c.slug);
      }
  });

  it('leave out the ideas no text names: anti-oppressive practice, conscientisation (a text that names one should get its page)', () => {
    const dir = join(process.cwd(), 'src/content/documents');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(/anti[\s-]?oppressive|conscienti[sz]ation/i.test(text), file).toBe(false);
    }
  });
});
