/**
 * The texts of a big map, by cluster (src/lib/graph/layers.ts): loads a cluster's file the
 * first time it is opened, keeps which clusters are open and why (the view's zoom, which may
 * close them again, or the reader on purpose: a tap, a filter, a search), and loads the names
 * of all clustered texts when the reader starts to search. On a map that draws every text
 * there are no clusters and nothing here loads.
 */
import { drawnGraph, readTextIndex, type DrawnGraph, type MapNode, type MapOverview, type TextChunk, type TextIndex } from '../../lib/graph/layers';
import { loadJson } from './browser';

export type TextNames = Map<string, { label: string; cluster: string }>;

export function textLayer(overview: MapOverview) {
  const clusters: MapNode[] = overview.nodes.filter((n) => n.file);
  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  const chunks = new Map<string, TextChunk>();
  const open = new Set<string>();
  const openedByZoom = new Set<string>();
  let names: TextNames | undefined;
  let namesLoading: Promise<TextNames> | undefined;

  return {
    /** The clusters of the map, open or not, with their positions in layout units. */
    clusters,
    /** What the map draws now. */
    graph: (): DrawnGraph => drawnGraph(overview, chunks, open),
    isOpen: (id: string) => open.has(id),
    openedByZoom: openedByZoom as ReadonlySet<string>,
    /**
     * Opens clusters, loading their files as needed; resolves to those it opened. Opened on
     * purpose, a cluster stays open until the map is reset, even if the zoom opened it first.
     */
    async open(ids: readonly string[], how: 'zoom' | 'purpose'): Promise<string[]> {
      const wanted = ids.filter((id) => clusterById.has(id));
      await Promise.all(
        wanted
          .filter((id) => !chunks.has(id))
          .map(async (id) => {
            chunks.set(id, await loadJson<TextChunk>(clusterById.get(id)!.file!));
          }),
      );
      const opened: string[] = [];
      for (const id of wanted) {
        if (how === 'purpose') openedByZoom.delete(id);
        if (open.has(id)) continue;
        open.add(id);
        if (how === 'zoom') openedByZoom.add(id);
        opened.push(id);
      }
      return opened;
    },
    close(ids: Iterable<string>) {
      for (const id of ids) {
        open.delete(id);
        openedByZoom.delete(id);
      }
    },
    /** Turns clusters the zoom opened into clusters opened on purpose (so the zoom does not close them). */
    keep(ids: Iterable<string>) {
      for (const id of ids) openedByZoom.delete(id);
    },
    closeAll() {
      open.clear();
      openedByZoom.clear();
    },
    /** The clusters of a reading-list group. */
    clustersOf: (group: string) => clusters.filter((c) => c.group === group).map((c) => c.id),
    /** The node ids of an open cluster's texts. */
    textsOf: (id: string): string[] => chunks.get(id)?.nodes.map((n) => n.id) ?? [],
    /** The cluster a text belongs to, from the files loaded or the names. */
    clusterOf(textId: string): string | undefined {
      for (const [id, chunk] of chunks) if (chunk.nodes.some((n) => n.id === textId)) return id;
      return names?.get(textId)?.cluster;
    },
    /** The names of every clustered text, loaded once on first call (empty on a map that draws every text). */
    names(): Promise<TextNames> {
      if (!overview.textIndex) return Promise.resolve<TextNames>(new Map());
      namesLoading ??= loadJson<TextIndex>(overview.textIndex).then(
        (index) => (names = readTextIndex(index)),
        (error: unknown) => {
          namesLoading = undefined;
          throw error;
        },
      );
      return namesLoading;
    },
    /** The names, if loaded. */
    loadedNames: (): TextNames | undefined => names,
  };
}

export type TextLayer = ReturnType<typeof textLayer>;
