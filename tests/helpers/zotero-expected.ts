/**
 * What Zotero should hold for a CSL record, worked out from the record and Zotero's own
 * schema (the CSL mappings its importers use: `csl.types`, `csl.fields`, `csl.names`, and
 * each item type's fields and base fields), and a field-by-field comparison with what
 * Zotero's translation-server actually returned. The expected values come from the record;
 * only the names of Zotero's types and fields come from Zotero.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CslItem } from '../../src/content/schemas/bibliography';
import type { ZoteroItem } from './zotero';

interface SchemaItemType {
  itemType: string;
  fields: { field: string; baseField?: string }[];
  creatorTypes: { creatorType: string; primary?: boolean }[];
}
interface ZoteroSchema {
  itemTypes: SchemaItemType[];
  csl: { types: Record<string, string[]>; fields: { text: Record<string, string[]>; date: Record<string, string> }; names: Record<string, string> };
}

const SCHEMA_FILE = resolve(process.cwd(), '..', 'shared', 'zotero-translation-server', 'server', 'modules', 'zotero-schema', 'schema.json');
let cached: ZoteroSchema | undefined;
export function zoteroSchema(): ZoteroSchema {
  cached ??= JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as ZoteroSchema;
  return cached;
}

/** Zotero's item type for a CSL type, as its CSL-JSON importer chooses it (the first mapping). */
export function zoteroTypeFor(cslType: string): string {
  return zoteroSchema().csl.types[cslType]?.[0] ?? 'document';
}

function itemTypeSchema(type: string): SchemaItemType {
  const t = zoteroSchema().itemTypes.find((i) => i.itemType === type);
  if (!t) throw new Error(`Zotero has no item type "${type}"`);
  return t;
}

/** The field of `type` that stands for `field` (itself, or the type's field with that base field). */
function fieldOfType(type: string, field: string): string | undefined {
  const fields = itemTypeSchema(type).fields;
  return fields.find((f) => f.field === field)?.field ?? fields.find((f) => f.baseField === field)?.field;
}

export interface ExpectedItem {
  itemType: string;
  fields: Record<string, string>;
  /** Creators as "creatorType: lastName, firstName" or "creatorType: name". */
  creators: string[];
  /** CSL variables of the record for which the Zotero item type has no field. */
  noField: string[];
}

const dateString = (d: CslItem['issued']) => {
  const parts = d && 'date-parts' in d ? d['date-parts']?.[0] : undefined;
  return parts?.length ? parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-') : (d?.literal ?? d?.raw);
};

/** What Zotero should hold for `record` once saved as `itemType` (by default the CSL mapping's type). */
export function expectedZoteroItem(record: CslItem, itemType = zoteroTypeFor(record.type)): ExpectedItem {
  const schema = zoteroSchema();
  const fields: Record<string, string> = {};
  const noField: string[] = [];
  const rec = record as unknown as Record<string, unknown>;
  for (const [variable, candidates] of Object.entries(schema.csl.fields.text)) {
    const value = rec[variable];
    if (value === undefined || variable === 'id') continue;
    const field = candidates.map((c) => fieldOfType(itemType, c)).find(Boolean);
    if (field) fields[field] = String(value);
    else noField.push(variable);
  }
  for (const [variable, field] of Object.entries(schema.csl.fields.date)) {
    const value = rec[variable] as CslItem['issued'];
    if (!value) continue;
    const f = fieldOfType(itemType, field);
    if (f) fields[f] = dateString(value)!;
    else noField.push(variable);
  }
  const typeSchema = itemTypeSchema(itemType);
  const primary = typeSchema.creatorTypes.find((c) => c.primary)?.creatorType ?? typeSchema.creatorTypes[0]!.creatorType;
  const creators: string[] = [];
  for (const [creatorType, variable] of Object.entries(schema.csl.names)) {
    const names = rec[variable] as CslItem['author'];
    if (!names) continue;
    const ct = typeSchema.creatorTypes.some((c) => c.creatorType === creatorType) ? creatorType : primary;
    for (const n of names) {
      const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
      creators.push(n.literal ? `${ct}: ${n.literal}` : `${ct}: ${family}${n.given ? `, ${n.given}` : ''}`);
    }
  }
  // CSL fields with no place in Zotero at all are not part of this comparison.
  for (const k of Object.keys(rec)) {
    if (
      !['id', 'type', 'custom', 'citation-key'].includes(k) &&
      !(k in schema.csl.fields.text) &&
      !(k in schema.csl.fields.date) &&
      !Object.values(schema.csl.names).includes(k)
    )
      noField.push(k);
  }
  return { itemType, fields, creators, noField };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Zotero's date strings ("2020", "2020-01-28", "January 28, 2020", "28 January 2020") as ISO "YYYY[-MM[-DD]]". */
export function isoFromZoteroDate(date: string): string {
  const s = date.trim();
  let m = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?\/?$/.exec(s);
  if (m) return [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
  m = /^([A-Za-z]+)(?: (\d{1,2}),)? (\d{4})$/.exec(s);
  if (m && MONTHS.includes(m[1]!.toLowerCase()))
    return [m[3], String(MONTHS.indexOf(m[1]!.toLowerCase()) + 1).padStart(2, '0'), m[2]?.padStart(2, '0')].filter(Boolean).join('-');
  m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(s);
  if (m && MONTHS.includes(m[2]!.toLowerCase())) return `${m[3]}-${String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return s;
}

const normalise = (field: string, value: string) => {
  const v = value.replace(/\s+/g, ' ').trim();
  if (field === 'date' || field === 'accessDate') return isoFromZoteroDate(v.replace(/ \d{2}:\d{2}:\d{2}$/, ''));
  if (field === 'pages') return v.replace(/\s*[–—-]+\s*/g, '-');
  return v;
};

export function zoteroCreators(item: ZoteroItem): string[] {
  return (item.creators ?? []).map((c) =>
    c.name !== undefined ? `${c.creatorType}: ${c.name}` : `${c.creatorType}: ${c.lastName}${c.firstName ? `, ${c.firstName}` : ''}`,
  );
}

/** Item fields that carry no bibliographic data. */
const BOOKKEEPING = new Set(['key', 'version', 'itemType', 'creators', 'tags', 'relations', 'collections', 'notes', 'attachments', 'seeAlso']);

/**
 * Every difference between what Zotero saved and what it should hold: a wrong item type, a
 * creator or field missing, different or added. An empty list means nothing was lost or invented.
 */
export function differences(actual: ZoteroItem, expected: ExpectedItem): string[] {
  const out: string[] = [];
  if (actual.itemType !== expected.itemType) out.push(`itemType: expected ${expected.itemType}, got ${actual.itemType}`);
  const sortByRole = (list: string[]) => {
    // Order matters within a role (first author first); roles may come in any order.
    const roles = [...new Set(list.map((c) => c.split(':')[0]))].sort();
    return roles.flatMap((r) => list.filter((c) => c.startsWith(`${r}:`)));
  };
  const got = sortByRole(zoteroCreators(actual));
  const want = sortByRole(expected.creators);
  if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`creators: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  for (const [field, value] of Object.entries(expected.fields)) {
    const a = actual[field];
    if (a === undefined || a === '') out.push(`${field}: missing (expected ${JSON.stringify(value)})`);
    else if (normalise(field, String(a)) !== normalise(field, value)) out.push(`${field}: expected ${JSON.stringify(value)}, got ${JSON.stringify(a)}`);
  }
  for (const [field, value] of Object.entries(actual)) {
    if (BOOKKEEPING.has(field) || field in expected.fields || value === '' || value === undefined) continue;
    // Zotero derives a short title from a title with a subtitle when saving from a page: the
    // part before the colon, which is the record's own text.
    if (field === 'shortTitle' && typeof value === 'string' && expected.fields.title?.startsWith(value)) continue;
    out.push(`${field}: not in the record, got ${JSON.stringify(value)}`);
  }
  return out;
}
