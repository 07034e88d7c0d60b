/**
 * The four forms a reader copies to cite one work, in each style: the full reference and
 * the two in-text forms, parenthetical "(Lipsky, 2010)" and narrative "Lipsky (2010)".
 * Written at build time into one small file per work (/bibliography/<key>.cite.json), which
 * the "Cite" panels fetch on first use, so no page carries these strings in its HTML.
 *
 * A reader cites a work in their own reference list, not in this site's: the main forms
 * are the work's forms in a list where it has no namesake. Where another work of the
 * corpus by the same name would change them (2012a/2012b; APA's initials for authors who
 * share a surname, APA 7 section 8.20), the file also gives the forms as this site's
 * bibliography prints them, and which works cause the change, so the reader can tell
 * which their own list needs.
 */
import type { CslItem } from '../../content/schemas/bibliography.ts';
import { formatEntries, formatInText } from './format.ts';
import { STYLE_NAMES, STYLES, type StyleName } from './styles.ts';
import { shortReference } from './bibliography.ts';

/** One style's forms, as HTML (italics and links as the style gives them). */
export interface StyleForms {
  /** The style's name, "APA 7th edition", for the panel's labels. */
  name: string;
  reference: string;
  parenthetical: string;
  narrative: string;
}

export interface WorkCiteForms {
  key: string;
  /** Who and when, "Lipsky (2010)", to name the work in buttons and announcements. */
  label: string;
  styles: Record<StyleName, StyleForms>;
  /** Present only where other works of the corpus change this work's forms. */
  namesakes?: {
    /** The works that do, by label and title, e.g. "Hill (1999) ‘What’s the problem?…’". */
    works: string[];
    /** The forms as the site's bibliography prints them, for the styles they differ in. */
    styles: Partial<Record<StyleName, StyleForms>>;
  };
}

/**
 * What a style could confuse the work with: its names (family or literal, of authors or,
 * failing those, editors), or its title when it has no names. Two works that share none of
 * these are never disambiguated against each other.
 */
function nameKeys(item: CslItem): string[] {
  const names = item.author?.length ? item.author : (item.editor ?? []);
  const keys = names.map((n) => (n.family ?? n.literal ?? '').toLowerCase()).filter(Boolean);
  return keys.length > 0 ? keys : [`title:${(item.title ?? item.id).toLowerCase()}`];
}

/**
 * Groups of works in which no two share a name, so that each group can be formatted in one
 * run with nothing disambiguated (one citeproc run per group, not per work: the build stays fast).
 */
export function unconfusableGroups(items: readonly CslItem[]): CslItem[][] {
  const groups: { items: CslItem[]; names: Set<string> }[] = [];
  for (const item of items) {
    const keys = nameKeys(item);
    let group = groups.find((g) => !keys.some((k) => g.names.has(k)));
    if (!group) groups.push((group = { items: [], names: new Set() }));
    group.items.push(item);
    for (const k of keys) group.names.add(k);
  }
  return groups.map((g) => g.items);
}

function formsOf(items: readonly CslItem[], style: StyleName): Map<string, StyleForms> {
  const references = formatEntries(items, style, 'html');
  const inText = formatInText(items, style, undefined, 'html');
  return new Map(
    items.map((item) => {
      const forms = inText.get(item.id)!;
      // A work known only by author and year (the source names no title) has no reference to
      // offer: what the style would print ("Thompson. (2008).") is not one. The panel says so.
      const reference = item.title ? (references.get(item.id) ?? '') : '';
      return [item.id, { name: STYLES[style].label, reference, parenthetical: forms.parenthetical, narrative: forms.narrative }];
    }),
  );
}

const sameForms = (a: StyleForms, b: StyleForms) => a.reference === b.reference && a.parenthetical === b.parenthetical && a.narrative === b.narrative;

/** Every work's forms, alone and (where they differ) as in the whole bibliography. */
export function citeFormsOfAll(items: readonly CslItem[]): Map<string, WorkCiteForms> {
  const alone = new Map<StyleName, Map<string, StyleForms>>();
  const together = new Map<StyleName, Map<string, StyleForms>>();
  for (const style of STYLE_NAMES) {
    const byId = new Map<string, StyleForms>();
    for (const group of unconfusableGroups(items)) for (const [id, f] of formsOf(group, style)) byId.set(id, f);
    alone.set(style, byId);
    together.set(style, formsOf(items, style));
  }
  const byName = new Map<string, CslItem[]>();
  for (const item of items) for (const k of nameKeys(item)) byName.set(k, [...(byName.get(k) ?? []), item]);

  return new Map(
    items.map((item) => {
      const styles = Object.fromEntries(STYLE_NAMES.map((s) => [s, alone.get(s)!.get(item.id)!])) as Record<StyleName, StyleForms>;
      const changed = Object.fromEntries(
        STYLE_NAMES.flatMap((s) => {
          const all = together.get(s)!.get(item.id)!;
          return sameForms(all, styles[s]) ? [] : [[s, all]];
        }),
      ) as Partial<Record<StyleName, StyleForms>>;
      const forms: WorkCiteForms = { key: item.id, label: shortReference(item), styles };
      if (Object.keys(changed).length > 0) {
        // Which of the works sharing a name change this one's forms: tried one pair at a time.
        const candidates = [...new Set(nameKeys(item).flatMap((k) => byName.get(k) ?? []))].filter((o) => o.id !== item.id);
        const causes = candidates.filter((other) =>
          (Object.keys(changed) as StyleName[]).some((s) => !sameForms(formsOf([item, other], s).get(item.id)!, styles[s])),
        );
        forms.namesakes = { works: causes.map((o) => (o.title ? `${shortReference(o)} ‘${o.title}’` : shortReference(o))), styles: changed };
      }
      return [item.id, forms];
    }),
  );
}
