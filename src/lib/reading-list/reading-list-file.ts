/**
 * A reader's list as a curated-list file (src/content/reading-lists/<slug>.yaml, in the shape
 * of src/content/schemas/reading-lists.ts), so that a lecturer who built a list here can hand
 * it to the editors to publish. What the schema requires and the list lacks is not made up:
 * the download is refused, saying what to fill in.
 */
import { kindOf } from './list.ts';
import { groups, type MyList } from './lists.ts';

export type ReadingListFile = { ok: true; name: string; yaml: string } | { ok: false; problems: string[] };

/**
 * A YAML double-quoted scalar. JSON's string syntax is one, once the characters YAML does
 * not allow unescaped (DEL, C1 controls, line and paragraph separators, BOM) are escaped too.
 */
const quote = (text: string): string =>
  JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The file's name: the title in lower case, words joined by hyphens (the list's slug). */
export function listSlug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'reading-list'
  );
}

const names = (labels: string[]) => labels.join('; ');

/**
 * The file, or what stops it: details not filled in, items in no section, sections with no
 * items, items without an importance, and items the site no longer has (`gone`).
 */
export function toReadingListFile(list: MyList, revised: string, gone: ReadonlySet<string> = new Set()): ReadingListFile {
  const problems: string[] = [];
  const missing = (['module', 'audience', 'author', 'introduction'] as const).filter((k) => !list[k]);
  if (missing.length > 0) problems.push(`Fill in the list’s ${missing.join(', ')} (under “Details for a handout”).`);
  const [loose, ...sections] = groups(list);
  if (sections.length === 0) problems.push('Add at least one section (a week or a theme) and put the items in it.');
  else if (loose!.items.length > 0) problems.push(`Put these items in a section: ${names(loose!.items.map((i) => i.label))}.`);
  const empty = sections.filter((g) => g.items.length === 0).map((g) => `“${g.section!.title}”`);
  if (empty.length > 0) problems.push(`Add items to, or remove, ${empty.length === 1 ? 'the section' : 'the sections'} ${empty.join(', ')}.`);
  const unmarked = list.items.filter((i) => !i.importance).map((i) => i.label);
  if (unmarked.length > 0) problems.push(`Mark the importance (essential, recommended or further) of: ${names(unmarked)}.`);
  const lost = list.items.filter((i) => gone.has(i.id)).map((i) => i.label);
  if (lost.length > 0) problems.push(`Remove what the site no longer has: ${names(lost)}.`);
  if (problems.length > 0) return { ok: false, problems };

  const lines = [
    `title: ${quote(list.title)}`,
    `module: ${quote(list.module!)}`,
    `audience: ${quote(list.audience!)}`,
    `author: ${quote(list.author!)}`,
    `revised: ${quote(revised)}`,
    `introduction: ${quote(list.introduction!)}`,
    'sections:',
  ];
  for (const { section, items } of sections) {
    lines.push(`  - title: ${quote(section!.title)}`, '    items:');
    for (const item of items) {
      const name = item.id.slice(item.id.indexOf(':') + 1);
      lines.push(`      - ${kindOf(item.id)}: ${quote(name)}`, `        importance: ${item.importance!}`);
      if (item.note) lines.push(`        note: ${quote(item.note)}`);
    }
  }
  return { ok: true, name: `${listSlug(list.title)}.yaml`, yaml: `${lines.join('\n')}\n` };
}
