/**
 * What a concept page shows, computed from the concepts and the documents' recorded
 * mentions: related concepts grouped by relation (both directions), and every passage where
 * the concept appears, with its sentence.
 */
import { RELATION_TYPE_NAMES, RELATION_TYPES, type RelationType } from './relation-types.ts';
import type { ConceptMention } from '../../plugins/document-facts.ts';
import type { OriginEntry } from './origin.ts';

interface ConceptLike {
  slug: string;
  name: string;
  relations: { type: RelationType; target: string; evidence: { document: string; passage: string }; note?: string | undefined }[];
}

interface DocumentLike {
  id: string;
  label: string;
  mentions: readonly ConceptMention[];
}

export interface RelatedConcept {
  slug: string;
  name: string;
  evidence: { document: string; documentLabel: string; passage: string; url: string };
  note: string | undefined;
}

export interface RelationGroup {
  /** e.g. "extends", or the inverse "extended by" for relations that point here. */
  label: string;
  type: RelationType;
  direction: 'outgoing' | 'incoming';
  concepts: RelatedConcept[];
}

export interface Appearance {
  document: string;
  documentLabel: string;
  /** Mentions in this document. */
  count: number;
  passages: { passage: string; url: string; sentences: string[] }[];
}

export function relationGroups(slug: string, concepts: readonly ConceptLike[], documents: readonly DocumentLike[]): RelationGroup[] {
  const byId = new Map(concepts.map((c) => [c.slug, c]));
  const labelOf = (doc: string) => documents.find((d) => d.id === doc)?.label ?? doc;
  const groups = new Map<string, RelationGroup>();
  const add = (type: RelationType, direction: RelationGroup['direction'], other: string, r: ConceptLike['relations'][number]) => {
    const label = direction === 'outgoing' ? RELATION_TYPES[type].label : RELATION_TYPES[type].inverse;
    const key = `${direction}:${type}`;
    if (!groups.has(key)) groups.set(key, { label, type, direction, concepts: [] });
    groups.get(key)!.concepts.push({
      slug: other,
      name: byId.get(other)?.name ?? other,
      evidence: {
        document: r.evidence.document,
        documentLabel: labelOf(r.evidence.document),
        passage: r.evidence.passage,
        url: `/documents/${r.evidence.document}/#${r.evidence.passage}`,
      },
      note: r.note,
    });
  };
  for (const r of byId.get(slug)?.relations ?? []) add(r.type, 'outgoing', r.target, r);
  for (const c of concepts) for (const r of c.relations) if (r.target === slug) add(r.type, 'incoming', c.slug, r);
  return [...groups.values()].sort(
    (a, b) => RELATION_TYPE_NAMES.indexOf(a.type) - RELATION_TYPE_NAMES.indexOf(b.type) || (a.direction === 'outgoing' ? -1 : 1),
  );
}

/**
 * Every concept's appearances, in one pass over the documents' mentions: by concept, the
 * documents (in reading order) with their count and passages, each passage with its
 * distinct sentences.
 */
export function appearancesByConcept(documents: readonly DocumentLike[]): Map<string, Appearance[]> {
  const byConcept = new Map<string, Appearance[]>();
  for (const d of documents) {
    const here = new Map<string, { appearance: Appearance; passages: Map<string, Set<string>> }>();
    for (const m of d.mentions) {
      let found = here.get(m.concept);
      if (!found) {
        found = { appearance: { document: d.id, documentLabel: d.label, count: 0, passages: [] }, passages: new Map() };
        here.set(m.concept, found);
      }
      found.appearance.count += 1;
      if (!m.passage) continue;
      if (!found.passages.has(m.passage)) found.passages.set(m.passage, new Set());
      found.passages.get(m.passage)!.add(m.sentence);
    }
    for (const [concept, { appearance, passages }] of here) {
      appearance.passages = [...passages].map(([passage, sentences]) => ({ passage, url: `/documents/${d.id}/#${passage}`, sentences: [...sentences] }));
      if (!byConcept.has(concept)) byConcept.set(concept, []);
      byConcept.get(concept)!.push(appearance);
    }
  }
  return byConcept;
}

export function appearances(slug: string, documents: readonly DocumentLike[]): Appearance[] {
  return appearancesByConcept(documents).get(slug) ?? [];
}

/** A text on a concept's page: how often it names the concept, and its first few sentences doing so. */
export interface TextAppearance {
  document: string;
  documentLabel: string;
  count: number;
  /** Passages naming the concept in this text. */
  passageCount: number;
  /** The first passages naming it, each with its first sentence doing so. */
  excerpts: { passage: string; url: string; sentence: string }[];
}

/**
 * What a concept's page shows of where it appears: the texts that name it most (ties in
 * reading order), at most `texts` of them, each with its first `sentences` passages naming
 * it and the first sentence of each (several passages say more of a text than several
 * sentences of one); the full list of passages is on the concept's passages pages.
 */
export function appearanceSummary(
  found: readonly Appearance[],
  limits: { texts: number; sentences: number },
): { shown: TextAppearance[]; moreTexts: number; mentions: number; passages: number } {
  const ranked = [...found].sort((a, b) => b.count - a.count);
  const shown = ranked.slice(0, limits.texts).map((a): TextAppearance => ({
    document: a.document,
    documentLabel: a.documentLabel,
    count: a.count,
    passageCount: a.passages.length,
    excerpts: a.passages.slice(0, limits.sentences).map((p) => ({ passage: p.passage, url: p.url, sentence: p.sentences[0] ?? '' })),
  }));
  return {
    shown,
    moreTexts: found.length - shown.length,
    mentions: found.reduce((n, a) => n + a.count, 0),
    passages: found.reduce((n, a) => n + a.passages.length, 0),
  };
}

/** One passage of a concept's full list, with its text, for pages of passages grouped by text. */
export interface PassageRow {
  document: string;
  documentLabel: string;
  /** Mentions in the whole text. */
  count: number;
  passage: string;
  url: string;
  sentences: string[];
}

/** Every passage naming a concept, text by text in reading order. */
export function passageRows(found: readonly Appearance[]): PassageRow[] {
  return found.flatMap((a) => a.passages.map((p): PassageRow => ({ document: a.document, documentLabel: a.documentLabel, count: a.count, ...p })));
}

/** The 0-based position of each text's first passage in passageRows: where its passages start. */
export function firstRowOfText(rows: readonly PassageRow[]): Map<string, number> {
  const first = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!first.has(r.document)) first.set(r.document, i);
  });
  return first;
}

interface OriginGroup extends Omit<OriginEntry, 'name'> {
  names: string[];
}

/**
 * People who share a role, the same original work, the same other works and the same
 * crediting passage are named together ("Gilles Deleuze and Félix Guattari coined the term").
 */
export function groupOrigin(origin: readonly OriginEntry[]): OriginGroup[] {
  const groups = new Map<string, OriginGroup>();
  for (const o of origin) {
    const key = JSON.stringify([o.role, o.work, [...o.works].sort(), o.creditedIn ?? null]);
    if (!groups.has(key)) groups.set(key, { names: [], role: o.role, work: o.work, works: [...o.works], creditedIn: o.creditedIn });
    groups.get(key)!.names.push(o.name);
  }
  return [...groups.values()];
}
