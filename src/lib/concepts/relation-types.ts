/**
 * The typed relations between concepts, each with how it reads from the concept that makes
 * it ("extends") and from the concept it points to ("extended by"). Plain data without
 * imports, so that the concept schema (src/content/schemas/concepts.ts), the concept pages,
 * the theory map's builder and the map in the browser all read the labels from here, and the
 * browser bundle takes no zod.
 */
export const RELATION_TYPES = {
  extends: { label: 'extends', inverse: 'extended by' },
  critiques: { label: 'critiques', inverse: 'critiqued by' },
  'contrasts-with': { label: 'contrasts with', inverse: 'contrasts with' },
  'example-of': { label: 'is an example of', inverse: 'has as an example' },
  operationalises: { label: 'operationalises', inverse: 'operationalised by' },
  'part-of': { label: 'is part of', inverse: 'includes' },
  'responds-to': { label: 'responds to', inverse: 'prompts' },
  'draws-on': { label: 'draws on', inverse: 'drawn on by' },
} as const;

export type RelationType = keyof typeof RELATION_TYPES;

/** The relation types in their order on concept pages and in the map's key. */
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];
