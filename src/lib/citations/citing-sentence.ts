/**
 * The sentence a citation stands in, from the plain text of its passage: what a work's page
 * shows beside each citing passage. Sentences end at . ! or ? (and a closing quote or
 * bracket) followed by a space, as sentenceAround (lib/concepts/matcher.ts) cuts them, except
 * after the abbreviations citations are full of ("et al.", "p.", "eds."), so that
 * "Hill et al. (2018) argue" stays one sentence. A citation that itself spans a boundary
 * (a parenthesis of two works) takes every sentence it touches.
 */
const BOUNDARY = /(?<=[.!?]['")\]’”]?)\s+/g;
/** Words that end in a full stop without ending the sentence, as they precede the stop. */
const ABBREVIATION = /(?:\bet al|\be\.g|\bi\.e|\bcf|\bpp?|\bch|\beds?|\bvol|\bno|\bn\.d|\bc|\bDr|\bMr|\bMrs|\bMs|\bProf|\bSt|\b[A-Z])\.$/;

/** Sentence ends in `text`: [end of the sentence's text, start of the next]. */
function boundaries(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const m of text.matchAll(BOUNDARY)) {
    if (ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    found.push([m.index, m.index + m[0].length]);
  }
  return found;
}

/** The sentence (or sentences) of `text` holding the span from `start` to `end`, trimmed. */
export function citingSentence(text: string, start: number, end = start): string {
  let from = 0;
  let to = text.length;
  for (const [stop, next] of boundaries(text)) {
    if (next <= start) from = next;
    else if (stop >= end) {
      to = stop;
      break;
    }
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
