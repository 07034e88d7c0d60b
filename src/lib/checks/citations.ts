/**
 * The rule for in-text citations (`[Lipsky, 2010](cite:lipsky2010)`): the key names a
 * bibliography record. src/plugins/remark-citations.ts applies it while the Markdown is read,
 * so that the error can give the line and column, and stops there.
 */
import { workFile } from './problems.ts';

export const unknownCitationKey = (key: string): string => `unknown citation key "${key}" — no file ${workFile(key)}`;
