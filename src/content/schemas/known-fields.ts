/**
 * An object schema that names each unknown field in its own error. zod's `.strict()` reports
 * unknown keys as one issue on the object itself, which Astro prints with an empty path
 * ("****: Unrecognized key"); here each one is an issue on its own path ("year: not a field
 * of a document…"), reported together with any other problem in the same file.
 */
import { z } from 'astro/zod';

export function withKnownFields<T extends z.ZodRawShape>(shape: T, what: string, where: string) {
  const known = new Set(Object.keys(shape));
  return z.looseObject(shape).superRefine(
    (value, ctx) => {
      if (typeof value !== 'object' || value === null) return;
      for (const key of Object.keys(value)) {
        if (!known.has(key)) ctx.addIssue({ code: 'custom', path: [key], continue: true, message: `not a field of ${what}: check its spelling (the fields are listed in ${where})` });
      }
    },
    // Run even when other fields have problems, so that one build reports them all.
    { when: () => true } as never,
  );
}
