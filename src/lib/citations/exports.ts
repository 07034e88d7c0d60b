/** The three export formats, as static files: what each is called, its media type, how it is written. */
import type { CslItem } from '../../content/schemas/bibliography.ts';
import { toBibtex, toCslJson, toRis } from './format.ts';

export const EXPORT_FORMATS = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8', write: toBibtex },
  ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8', write: toRis },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: toCslJson },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
/** The formats, typed: what routes make one file of each from (Object.keys would give plain strings). */
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export function exportResponse(format: ExportFormat, items: readonly CslItem[]): Response {
  const f = EXPORT_FORMATS[format];
  return new Response(f.write(items), { headers: { 'Content-Type': f.type } });
}

/** A static file cannot know when it is read: downloads leave the access date out. */
export function withoutAccessed(item: CslItem): CslItem {
  const { accessed: _accessed, ...rest } = item;
  return rest;
}
