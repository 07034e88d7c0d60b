/**
 * Where each concept appears, derived once per build from the corpus (load.ts): by concept,
 * the texts naming it with their passages and sentences (lib/concepts/page.ts). The concept
 * pages and their passages pages (/concepts/<slug>/passages/) take it from here.
 */
import type { PaginateFunction } from 'astro';
import { loadCorpus } from './load';
import { appearancesByConcept, firstRowOfText, passageRows, type Appearance } from '../lib/concepts/page';
import { HUB_LIMITS } from '../lib/site/hub-limits';
import { pageHref, pageOfIndex } from '../lib/site/pagination';

let appearances: Promise<Map<string, Appearance[]>> | undefined;

/** Every concept's appearances, by slug (a concept no text names has none). */
export function loadConceptAppearances(): Promise<Map<string, Appearance[]>> {
  appearances ??= loadCorpus().then(({ documents }) =>
    appearancesByConcept(documents.map((d) => ({ id: d.entry.id, label: d.label, mentions: d.facts.conceptMentions }))),
  );
  return appearances;
}

/** getStaticPaths of the passages pages: for each concept a text names, its passages in pages (Astro's paginate()). */
export async function conceptPassagePages(paginate: PaginateFunction) {
  const { concepts, documents } = await loadCorpus();
  const byConcept = await loadConceptAppearances();
  return concepts.flatMap(({ entry }) => {
    const found = byConcept.get(entry.id) ?? [];
    if (found.length === 0) return [];
    const rows = passageRows(found);
    return paginate(rows, {
      pageSize: HUB_LIMITS.passagesPerConceptPage,
      params: { slug: entry.id },
      props: {
        name: entry.data.name,
        mentions: found.reduce((n, a) => n + a.count, 0),
        texts: found.length,
        documentCount: documents.length,
      },
    });
  });
}

/** The page of a concept's passages where each text's passages start: for "all its passages" links. */
export function passagesPageOfText(found: readonly Appearance[]): Map<string, number> {
  return new Map([...firstRowOfText(passageRows(found))].map(([doc, i]) => [doc, pageOfIndex(i, HUB_LIMITS.passagesPerConceptPage)]));
}

/**
 * For each concept whose page shows only some of the texts naming it: where each text's
 * passages are, by its old id on the concept page (`appears-<slug>`; MovedAnchors.astro).
 */
export async function movedAppearances(): Promise<{ slug: string; moved: Record<string, string> }[]> {
  const byConcept = await loadConceptAppearances();
  return [...byConcept]
    .filter(([, found]) => found.length > HUB_LIMITS.conceptTextsShown)
    .map(([slug, found]) => ({
      slug,
      moved: Object.fromEntries(
        [...passagesPageOfText(found)].map(([doc, page]) => [`appears-${doc}`, `${pageHref(`/concepts/${slug}/passages/`, page)}#appears-${doc}`]),
      ),
    }));
}
