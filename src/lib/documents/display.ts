/**
 * Presentation facts about documents, computed from collection data: how a document is
 * grouped on the reading list, how its authors, year and venue read, and its reading time.
 * Pages render these; they never work them out themselves.
 */
import type { DocumentData } from '../../content/schemas/documents.ts';

type DocumentType = DocumentData['type'];

export const TYPE_LABELS: Record<DocumentType, string> = {
  'journal-article': 'Journal article',
  'author-manuscript': "Authors' manuscript",
  'blog-post': 'Blog post',
  'student-essay': 'Student essay',
};

interface DocumentGroup {
  id: 'research' | 'practice' | 'essays';
  label: string;
  description: string;
  types: readonly DocumentType[];
}

const DOCUMENT_GROUPS: readonly DocumentGroup[] = [
  {
    id: 'research',
    label: 'Research',
    description: 'Peer-reviewed research and authors’ manuscripts from ethnographic study of social work practice.',
    types: ['journal-article', 'author-manuscript'],
  },
  {
    id: 'practice',
    label: 'Practice writing',
    description: 'Writing by practitioners and citizens for the wider social work community.',
    types: ['blog-post'],
  },
  {
    id: 'essays',
    label: 'Student essays',
    description: 'Prize-winning essays from the Social Workers Union’s World Social Work Day competition.',
    types: ['student-essay'],
  },
];

/** Group items by `DOCUMENT_GROUPS`, in reading-list order; every type belongs to one group. */
export function groupDocuments<T extends { data: Pick<DocumentData, 'type' | 'order'> }>(docs: readonly T[]): { group: DocumentGroup; docs: T[] }[] {
  const sorted = [...docs].sort((a, b) => a.data.order - b.data.order);
  return DOCUMENT_GROUPS.map((group) => ({
    group,
    docs: sorted.filter((d) => group.types.includes(d.data.type)),
  })).filter((g) => g.docs.length > 0);
}

/** "A", "A and B", "A, B and C" (British style, no serial comma); empty → "No author given". */
export function formatAuthorNames(authors: readonly { name: string }[]): string {
  const names = authors.map((a) => a.name);
  if (names.length === 0) return 'No author given';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

interface DisplayYear {
  /** What to print: a year, or "n.d." when neither the text nor a published version is dated. */
  text: string;
  /** Why, when the year is not the text's own (e.g. the published version's year). */
  note?: string;
}

/**
 * The year a text is shown and cited under, the same everywhere (lists, search, citations,
 * metadata). An undated manuscript of a published article takes the published version's
 * year, because that is the version it is cited as; the note says the manuscript is undated.
 */
export function displayYear(data: Pick<DocumentData, 'issued' | 'publishedVersion'>): DisplayYear {
  if (data.issued) return { text: data.issued.slice(0, 4) };
  if (data.publishedVersion) {
    return { text: data.publishedVersion.issued.slice(0, 4), note: 'manuscript undated; year of the published version' };
  }
  return { text: 'n.d.', note: 'no date given' };
}

/**
 * The date line of a document's title block: the text's own date, or for an undated
 * manuscript of a published article, that it is undated and when the article was published.
 */
export function dateStatement(data: Pick<DocumentData, 'issued' | 'publishedVersion'>): { text: string; missing: boolean } {
  if (data.issued) return { text: formatIssued(data.issued), missing: false };
  if (data.publishedVersion) {
    return { text: `Manuscript undated; published ${formatIssued(data.publishedVersion.issued)}, and cited by that date`, missing: false };
  }
  return { text: formatIssued(null), missing: true };
}

/**
 * The page's meta description: the site's summary, labelled as the site's. Zotero saves a
 * page's meta description as the abstract of a text that has no author's abstract
 * (docs/zotero-metadata.md), so it must never pass for the authors' words.
 */
export function pageDescription(data: Pick<DocumentData, 'summary'>): string {
  return `Solidarity Atlas summary: ${data.summary}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "14 August 2020", "August 2020", "2020", or "No date given". */
export function formatIssued(issued: string | null): string {
  if (!issued) return 'No date given';
  const [y, m, d] = issued.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "Critical and Radical Social Work, 23(6), pp. 969–979", with only the parts that exist. */
export function formatVenue(v: {
  container?: string | undefined;
  volume?: string | undefined;
  issue?: string | undefined;
  pages?: string | undefined;
}): string {
  const parts: string[] = [];
  if (v.container) parts.push(v.container);
  if (v.volume) parts.push(v.issue ? `${v.volume}(${v.issue})` : v.volume);
  else if (v.issue) parts.push(`issue ${v.issue}`);
  if (v.pages) parts.push(/[–-]/.test(v.pages) ? `pp. ${v.pages.replace('-', '–')}` : `p. ${v.pages}`);
  return parts.join(', ');
}

/** Words of running text in an MDX body, ignoring import lines, tags and Markdown markup. */
export function countWords(mdxBody: string): number {
  const text = mdxBody
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#>*_`[\]|]/g, ' ')
    // A hyphen joins a word ("street-level"); a dash or a bullet on its own is not a word.
    .replace(/(^|\s)-+(?=\s|$)/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes at 230 words a minute (adult reading of academic prose), at least 1. */
export function readingMinutes(mdxBody: string, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(countWords(mdxBody) / wordsPerMinute));
}

/** The documents before and after `id` in reading-list order. */
export function neighbours<T extends { id: string; data: { order: number } }>(docs: readonly T[], id: string) {
  const sorted = [...docs].sort((a, b) => a.data.order - b.data.order);
  const i = sorted.findIndex((d) => d.id === id);
  return { previous: i > 0 ? sorted[i - 1] : undefined, next: i >= 0 && i < sorted.length - 1 ? sorted[i + 1] : undefined };
}

/**
 * How a document is named in lists. Student essays answer one shared question, so most of
 * them carry the same printed title: they are named by their author, with their own title
 * (when they have one) after it. Other documents are named by their title.
 */
export function listLabel(data: Pick<DocumentData, 'type' | 'title' | 'subtitle' | 'prompt' | 'authors'>): {
  name: string;
  ownTitle?: string;
} {
  const fullTitle = data.subtitle ? `${data.title}: ${data.subtitle}` : data.title;
  if (data.type === 'student-essay' && data.authors.length > 0) {
    const name = formatAuthorNames(data.authors);
    return data.title === data.prompt ? { name } : { name, ownTitle: fullTitle };
  }
  return { name: fullTitle };
}

/**
 * The document's name in a sentence ("Saved … to My list"): its list name, with an essay
 * that has no title of its own called "Essay by <author>".
 */
export function shortName(data: Pick<DocumentData, 'type' | 'title' | 'subtitle' | 'prompt' | 'authors'>): string {
  const label = listLabel(data);
  return data.type === 'student-essay' && !label.ownTitle ? `Essay by ${label.name}` : label.name;
}
