/**
 * The downloads of a whole curated list: the three export formats and the Harvard list as
 * text, each a static file beside the list's page (/lists/<slug>.ris …). A download that
 * cannot be made stops the build with the list, the format and what failed.
 */
import { listToBibtex, listToCslJson, listToRis, type ListIdentity } from './exports.ts';
import { harvardListText, type HarvardListHeader } from './harvard.ts';
import type { ResolvedSection } from './items.ts';

export const LIST_DOWNLOADS = {
  ris: { label: 'RIS', hint: 'EndNote, Zotero, Mendeley, reading-list systems', type: 'application/x-research-info-systems; charset=utf-8' },
  bib: { label: 'BibTeX', hint: 'LaTeX (biblatex), Zotero', type: 'application/x-bibtex; charset=utf-8' },
  json: { label: 'CSL-JSON', hint: 'Zotero, citation-js, pandoc', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  txt: { label: 'Harvard list', hint: 'plain text, to paste or print', type: 'text/plain; charset=utf-8' },
} as const;
export type ListDownload = keyof typeof LIST_DOWNLOADS;
export const LIST_DOWNLOAD_NAMES = Object.keys(LIST_DOWNLOADS) as ListDownload[];

export function listDownload(format: ListDownload, slug: string, header: HarvardListHeader, sections: readonly ResolvedSection[], origin: string): string {
  const identity: ListIdentity = { title: header.title, url: header.url, origin };
  try {
    switch (format) {
      case 'ris':
        return listToRis(identity, sections);
      case 'bib':
        return listToBibtex(identity, sections);
      case 'json':
        return listToCslJson(identity, sections);
      case 'txt':
        return harvardListText(header, sections, origin);
    }
  } catch (error) {
    throw new Error(
      `src/content/reading-lists/${slug}.yaml: the ${LIST_DOWNLOADS[format].label} download (/lists/${slug}.${format}) could not be made: ${(error as Error).message}`,
      { cause: error },
    );
  }
}
