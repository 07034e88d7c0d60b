/**
 * Finding mentions of concepts in running text by name or alias, tolerant of case, British
 * and American spelling (-ise/-ize, -isation/-ization, -yse/-yze), hyphens, dashes and
 * spaces between words ("street-level" / "street level"), curly or straight apostrophes, and
 * a plural "s". Where names overlap ("social work" inside "radical social work") the longest
 * name wins, because alternatives are tried longest first at each position. A name inside one
 * of its concept's `notMentions` phrases ("human participation" for Participation) is ordinary
 * prose, not a mention.
 */
export interface ConceptTerms {
  slug: string;
  /** The concept's name and aliases. */
  names: readonly string[];
  /** Phrases holding a name that do not mention the concept, matched with the same tolerance. */
  notMentions?: readonly string[];
}

export interface ConceptMatch {
  slug: string;
  start: number;
  end: number;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEPARATOR = '[\\s\\u00A0\\-\\u2010-\\u2015]*';

/** Regex source for one word, with spelling variants. */
function wordPattern(word: string): string {
  const ise = /^(.*[a-z])is(ation|ations|e|ed|es|ing|er|ers)$/i.exec(word);
  if (ise) return `${escape(ise[1]!)}i[sz]${escape(ise[2]!)}`;
  const yse = /^(.*[a-z])y[sz](e|ed|es|ing)$/i.exec(word);
  if (yse) return `${escape(yse[1]!)}y[sz]${escape(yse[2]!)}`;
  const ize = /^(.*[a-z])iz(ation|ations|e|ed|es|ing|er|ers)$/i.exec(word);
  if (ize) return `${escape(ize[1]!)}i[sz]${escape(ize[2]!)}`;
  return escape(word).replace(/['’]/g, "['’]");
}

/** Regex source for a whole name: words joined by any separator, optional plural. */
function termPattern(term: string): string {
  const words = term
    .trim()
    .split(/[\s\-\u2010-\u2015]+/)
    .filter(Boolean);
  return `${words.map(wordPattern).join(SEPARATOR)}(?:s|es)?`;
}

export interface ConceptMatcher {
  find(text: string): ConceptMatch[];
}

export function buildConceptMatcher(concepts: readonly ConceptTerms[]): ConceptMatcher {
  const terms = concepts
    .flatMap((c) => [...new Set(c.names.map((n) => n.trim()).filter(Boolean))].map((name) => ({ slug: c.slug, name })))
    .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
  if (terms.length === 0) return { find: () => [] };
  const source = terms.map((t) => `(${termPattern(t.name)})`).join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
  const exclusions = concepts
    .filter((c) => c.notMentions?.length)
    .map((c) => ({
      slug: c.slug,
      regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${c.notMentions!.map(termPattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
    }));
  /** The spans of `text` where a concept's name is not a mention of it. */
  const excludedSpans = (text: string) =>
    exclusions.flatMap((e) => [...text.matchAll(e.regex)].map((m) => ({ slug: e.slug, start: m.index, end: m.index + m[0].length })));
  return {
    find(text: string): ConceptMatch[] {
      const out: ConceptMatch[] = [];
      const excluded = exclusions.length ? excludedSpans(text) : [];
      for (const m of text.matchAll(regex)) {
        const group = m.findIndex((g, i) => i > 0 && g !== undefined);
        const match = { slug: terms[group - 1]!.slug, start: m.index, end: m.index + m[0].length, text: m[0] };
        if (excluded.some((x) => x.slug === match.slug && x.start <= match.start && match.end <= x.end)) continue;
        out.push(match);
      }
      return out;
    },
  };
}

/** The sentence of `text` around position `at` (same simple rule as the fidelity check). */
export function sentenceAround(text: string, at: number): string {
  const boundary = /(?<=[.!?]['")\]’”]?)\s+/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const next = m.index + m[0].length;
    if (next > at) return text.slice(start, m.index).trim();
    start = next;
  }
  return text.slice(start).trim();
}
