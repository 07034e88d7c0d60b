/**
 * APA 7 §6.17 sentence case: the reviewed title (`custom.sentenceCaseTitle`) may differ from the
 * recorded title in letter case only, and every record whose title holds a capital that sentence
 * case would lower has one, so a record added in title case fails here instead of printing
 * title case in APA references.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cslItemSchema, type CslItem } from '../../src/content/schemas/bibliography';
import { capitaliseTitleStarts } from '../../src/lib/citations/style-data';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('custom.sentenceCaseTitle schema: the title with only its capitals changed', () => {
  const book: CslItem = { id: 'cree2018', type: 'book', title: 'Social work in a Changing Scotland' };
  it('accepts a recasing of the title, lowered and raised letters alike, non-ASCII letters included', () => {
    expect(issues(cslItemSchema.safeParse({ ...book, custom: { sentenceCaseTitle: 'Social work in a changing Scotland' } }))).toEqual([]);
    expect(issues(cslItemSchema.safeParse({ ...book, custom: { sentenceCaseTitle: 'SOCIAL WORK IN A CHANGING SCOTLAND' } }))).toEqual([]);
    const laming = { id: 'laming2003', type: 'report', title: 'Report of the Inquiry into the death of Victoria Climbié' };
    expect(issues(cslItemSchema.safeParse({ ...laming, custom: { sentenceCaseTitle: 'Report of the inquiry into the death of Victoria Climbié' } }))).toEqual(
      [],
    );
  });
  it('rejects a changed word, a dropped or added character or punctuation, naming the field', () => {
    for (const wrong of [
      'Social work in a changing Scotland.',
      'Social work in changing Scotland',
      'Social work in a changing scotland: today',
      'Social work in a changing Scotland ',
      'Social work in a changing Scotlánd',
    ]) {
      const [message, ...rest] = issues(cslItemSchema.safeParse({ ...book, custom: { sentenceCaseTitle: wrong } }));
      expect(rest).toEqual([]);
      expect(message).toMatch(/^custom\.sentenceCaseTitle: the sentence-case title must be the title with only capitals changed/);
      expect(message).toContain('"Social work in a Changing Scotland"');
    }
  });
  it('rejects a sentence-case title that repeats the title unchanged, naming the field', () => {
    expect(issues(cslItemSchema.safeParse({ ...book, custom: { sentenceCaseTitle: book.title } }))).toEqual([
      'custom.sentenceCaseTitle: repeats the title as recorded: remove it (it is needed only where sentence case changes a capital)',
    ]);
  });
  it('rejects a sentence-case title on a record without a title, and an empty one', () => {
    expect(issues(cslItemSchema.safeParse({ id: 'x', type: 'book', custom: { sentenceCaseTitle: 'A title' } }))[0]).toMatch(
      /^custom\.sentenceCaseTitle: .*"\(no title\)"/,
    );
    expect(issues(cslItemSchema.safeParse({ ...book, custom: { sentenceCaseTitle: '' } }))[0]).toMatch(/^custom\.sentenceCaseTitle: /);
  });
});

/**
 * Proper nouns and acronyms that keep their capitals inside a title printed without a reviewed
 * sentence-case title: reviewed by hand. Add one here only when it is a proper noun or acronym;
 * otherwise give the record a `custom.sentenceCaseTitle`.
 */
const PROPER_NOUNS = ['BASW', 'Britain', 'DWP', 'England', 'English', 'Holbeck', 'Joanna Project', 'Leeds', 'Re B-S', 'Social Work Practices'];

/**
 * The capitalised words of a title as APA prints it without a reviewed title, other than the first
 * word and the first word after a colon, question mark, exclamation mark, full stop or em dash
 * (which sentence case capitalises), once the listed proper nouns are taken out.
 */
function capitalsToReview(title: string): string[] {
  let text = capitaliseTitleStarts(title);
  for (const name of PROPER_NOUNS) text = text.replace(new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'), '$1·');
  const words = text.split(/\s+/);
  return words.filter((w, i) => i > 0 && !/[:?!.—]$/.test(words[i - 1]!) && words[i - 1] !== '—' && /\p{Lu}/u.test(w));
}

describe('custom.sentenceCaseContainerTitle schema: the book title with only its capitals changed', () => {
  const chapter: CslItem = { id: 'westwood2012', type: 'chapter', title: 'Media and Social Work', 'container-title': 'Key Concepts in Social Work Practice' };
  it('accepts a recasing of the container title and rejects anything else, naming the field', () => {
    expect(issues(cslItemSchema.safeParse({ ...chapter, custom: { sentenceCaseContainerTitle: 'Key concepts in social work practice' } }))).toEqual([]);
    const [message] = issues(cslItemSchema.safeParse({ ...chapter, custom: { sentenceCaseContainerTitle: 'Key concepts in social work' } }));
    expect(message).toMatch(/^custom\.sentenceCaseContainerTitle: the sentence-case container title must be the container title with only capitals changed/);
  });
});

describe('every title-case book of a chapter has a reviewed sentence-case title (APA 7 §6.17)', () => {
  const dir = join(process.cwd(), 'src/content/bibliography');
  const records = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CslItem);
  it('each English chapter whose book title has a capital after the first word (bar a colon) has custom.sentenceCaseContainerTitle', () => {
    const missing = records
      .filter((r) => r.type === 'chapter' && r['container-title'] && (!r.language || /^en\b/i.test(r.language)))
      .filter((r) => !r.custom?.sentenceCaseContainerTitle && /\s\p{Lu}/u.test(r['container-title']!.replace(/:\s+\p{Lu}/gu, ': x')))
      .map((r) => `src/content/bibliography/${r.id}.json: add custom.sentenceCaseContainerTitle for "${r['container-title']}"`);
    expect(missing).toEqual([]);
  });
});

describe('every title-case title has a reviewed sentence-case title (APA 7 §6.17)', () => {
  it('finds the capitals sentence case would lower, past the listed proper nouns', () => {
    expect(capitalsToReview('Social work in a Changing Scotland')).toEqual(['Changing', 'Scotland']);
    expect(capitalsToReview('Social work in England: regulation, competition and change')).toEqual([]);
    expect(capitalsToReview('Re B-S: a glass half full? An exploration of the Re B-S judgment')).toEqual([]);
    expect(capitalsToReview('What Is Social Work? Developing Practice')).toEqual(['Is', 'Social', 'Work?', 'Practice']);
  });

  const dir = join(process.cwd(), 'src/content/bibliography');
  const records = readdirSync(dir).map((file) => ({ file, item: JSON.parse(readFileSync(join(dir, file), 'utf8')) as CslItem }));
  it('each English record with such a capital has custom.sentenceCaseTitle', () => {
    const missing = records
      .filter(({ item }) => item.title && !item.custom?.sentenceCaseTitle && (!item.language || /^en\b/i.test(item.language)))
      .flatMap(({ file, item }) => {
        const capitals = capitalsToReview(item.title!);
        return capitals.length === 0
          ? []
          : [
              `src/content/bibliography/${file}: the title "${item.title}" has capitals APA sentence case would lower (${capitals.join(', ')}): add custom.sentenceCaseTitle (proper nouns and acronyms kept), or list a proper noun in PROPER_NOUNS of this test`,
            ];
      });
    expect(missing).toEqual([]);
  });
});
