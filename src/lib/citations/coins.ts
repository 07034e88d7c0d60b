/**
 * COinS (ContextObjects in Spans, OpenURL 1.0 KEV in `<span class="Z3988" title="…">`): how a
 * page that lists several works lets Zotero offer them as a pick-list and save each with its
 * own type and fields. Written from our CSL records for what Zotero's reader
 * (Zotero.Utilities.parseContextObject, used by its COinS translator) understands:
 *
 * - journal articles in the journal format (`genre=article`, `atitle`, `jtitle`, volume,
 *   issue, pages);
 * - books, chapters and reports in the book format (`genre=book|bookitem|report`, `btitle`,
 *   `atitle` for a chapter, place, publisher, edition, series);
 * - theses in the dissertation format (`title`, `inst`, `degree`);
 * - every other type (web pages, blog posts, newspaper and magazine articles, documents) in
 *   the Dublin Core format with `rft.type` set to Zotero's item type, which Zotero reads back
 *   as that type (its own COinS export does the same), with the website, blog, newspaper or
 *   magazine as `rft.source`.
 *
 * Authors go out as `rft.aulast`/`rft.aufirst` (see `creators`); DOIs and addresses as `rft_id`.
 * What OpenURL has no key for (editors, access dates) cannot be carried: see
 * docs/exports-and-zotero.md.
 *
 * Not for a page that is itself a work (a document page): Zotero's COinS translator takes
 * precedence over the page's own metadata, so COinS there would replace the page's item.
 */
import type { CslItem } from '../../content/schemas/bibliography.ts';
import { cslDateToIso } from './csl-dates.ts';

/** Zotero's item type for the CSL types that go out in the Dublin Core format (CSL-JSON mapping of Zotero's schema). */
const DC_TYPES: Partial<Record<CslItem['type'], string>> = {
  webpage: 'webpage',
  'post-weblog': 'blogPost',
  post: 'forumPost',
  'article-newspaper': 'newspaperArticle',
  'article-magazine': 'magazineArticle',
  manuscript: 'manuscript',
  document: 'document',
};

type Pair = [key: string, value: string | number | undefined];

/** The date as Zotero reads it: "2020-01-28" from its parts, else as the record writes it. */
const coinsDate = (date: CslItem['issued']): string | undefined => cslDateToIso(date) ?? date?.literal ?? date?.raw;

/**
 * Every author as `rft.aulast` (and `rft.aufirst`): Zotero places these by their position
 * among the others, so the order holds. Its `rft.aucorp` would keep an organisation whole too,
 * but Zotero puts such names first, in reverse order (BASW and CWIP became CWIP and BASW), and
 * its `rft.au` splits "British Association of Social Workers" into a given and a family name.
 */
function creators(item: CslItem): Pair[] {
  return (item.author ?? []).flatMap((n): Pair[] => {
    if (n.literal) return [['rft.aulast', n.literal]];
    const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
    return [
      ['rft.aulast', family],
      ['rft.aufirst', n.given],
    ];
  });
}

function pages(page: string | undefined): Pair[] {
  if (!page) return [];
  const range = /^(\S+?)\s*[–-]+\s*(\S+)$/.exec(page);
  return range
    ? [
        ['rft.spage', range[1]],
        ['rft.epage', range[2]],
      ]
    : [['rft.pages', page]];
}

/** The record's OpenURL ContextObject (KEV) for a COinS span's title; nothing for a work without a title. */
export function coinsContextObject(item: CslItem): string | undefined {
  // Zotero's COinS reader offers only works with a title (without one it looks the work up
  // elsewhere); a work known only by author and year is left out rather than given one.
  if (!item.title) return undefined;
  const pairs: Pair[] = [['ctx_ver', 'Z39.88-2004']];
  const ids: Pair[] = [
    ['rft_id', item.DOI ? `info:doi/${item.DOI}` : undefined],
    ['rft_id', item.URL],
  ];
  const common: Pair[] = [...creators(item), ['rft.date', coinsDate(item.issued)]];
  switch (item.type) {
    case 'article-journal':
      pairs.push(
        ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
        ...ids,
        ['rft.genre', 'article'],
        ['rft.atitle', item.title],
        ['rft.jtitle', item['container-title']],
        ['rft.volume', item.volume],
        ['rft.issue', item.issue],
        ...pages(item.page),
        ['rft.issn', item.ISSN],
        ...common,
      );
      break;
    case 'book':
    case 'chapter':
    case 'report': {
      const genre = item.type === 'book' ? 'book' : item.type === 'chapter' ? 'bookitem' : 'report';
      pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'], ...ids, ['rft.genre', genre]);
      if (item.type === 'chapter') pairs.push(['rft.atitle', item.title], ['rft.btitle', item['container-title']], ...pages(item.page));
      else pairs.push(['rft.btitle', item.title]);
      pairs.push(
        ['rft.place', item['publisher-place']],
        ['rft.pub', item.publisher],
        ['rft.edition', item.edition],
        ['rft.series', item['collection-title']],
        ['rft.isbn', item.ISBN],
        ...common,
      );
      break;
    }
    case 'thesis':
      pairs.push(
        ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dissertation'],
        ...ids,
        ['rft.title', item.title],
        ['rft.inst', item.publisher],
        ['rft.degree', item.genre],
        ['rft.place', item['publisher-place']],
        ...common,
      );
      break;
    default:
      pairs.push(
        ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
        ...ids,
        ['rft.type', DC_TYPES[item.type] ?? 'document'],
        ['rft.title', item.title],
        ['rft.source', item['container-title']],
        ['rft.publisher', item.publisher],
        ['rft.place', item['publisher-place']],
        ['rft.volume', item.volume],
        ['rft.issue', item.issue],
        ...pages(item.page),
        ...common,
      );
  }
  return pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
}
