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

export function appearances(slug: string, documents: readonly DocumentLike[]): Appearance[] {
  return documents
    .map((d) => {
      const ms = d.mentions.filter((m) => m.concept === slug);
      const passages = new Map<string, Set<string>>();
      for (const m of ms) {
        if (!m.passage) continue;
        if (!passages.has(m.passage)) passages.set(m.passage, new Set());
        passages.get(m.passage)!.add(m.sentence);
      }
      return {
        document: d.id,
        documentLabel: d.label,
        count: ms.length,
        passages: [...passages].map(([passage, sentences]) => ({ passage, url: `/documents/${d.id}/#${passage}`, sentences: [...sentences] })),
      };
    })
    .filter((a) => a.count > 0);
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
