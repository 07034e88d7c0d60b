/** Checks on a concept's definition text that the schema cannot see (it lives in the MDX body). */
import { countWords } from '../documents/display.ts';

export const DEFINITION_WORDS = { min: 80, max: 200 } as const;

export function definitionProblems(file: string, body: string): string[] {
  const words = countWords(body);
  if (words < DEFINITION_WORDS.min || words > DEFINITION_WORDS.max) {
    return [`${file}: definition (MDX body) has ${words} words; it must have ${DEFINITION_WORDS.min}–${DEFINITION_WORDS.max}`];
  }
  return [];
}
