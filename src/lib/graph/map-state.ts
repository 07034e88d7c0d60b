/**
 * The theory map's view in its address, so that a view can be shared and comes back on
 * reload: the selected node (?node=), the text filter (?text=, a text's node id or a group,
 * "group:essays") and the kinds of node and link unticked (?hide=thinker,document,
 * ?hide-links=appears-in). Only what differs from the map as it opens is written, so the
 * plain address stays /graph/. A concept page links to ?focus=<slug>, which selects that
 * concept and is replaced by ?node= once the map is up. Pure: the map (client/graph/map.ts)
 * reads and writes it with history.replaceState.
 */
import { CONCEPT_PREFIX } from './layers.ts';

export interface MapState {
  /** The node to select, by id. */
  node?: string;
  /** The text filter's value ('' for every text). */
  text: string;
  /** Node kinds unticked. */
  hiddenKinds: string[];
  /** Link kinds unticked. */
  hiddenLinks: string[];
}

/** The query parameters the map reads; an address with any of them opens the map at once. */
export const MAP_STATE_PARAMS = ['node', 'focus', 'text', 'hide', 'hide-links'] as const;

const list = (value: string | null): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function readMapState(params: URLSearchParams): MapState {
  const focus = params.get('focus');
  const node = params.get('node') || (focus ? `${CONCEPT_PREFIX}${focus}` : undefined);
  return { ...(node ? { node } : {}), text: params.get('text') ?? '', hiddenKinds: list(params.get('hide')), hiddenLinks: list(params.get('hide-links')) };
}

/** The address with the map's state written into it (other parameters and the fragment kept). */
export function writeMapState(url: URL, state: MapState): URL {
  const out = new URL(url);
  const set = (name: string, value: string) => (value ? out.searchParams.set(name, value) : out.searchParams.delete(name));
  out.searchParams.delete('focus');
  set('node', state.node ?? '');
  set('text', state.text);
  set('hide', state.hiddenKinds.join(','));
  set('hide-links', state.hiddenLinks.join(','));
  return out;
}
