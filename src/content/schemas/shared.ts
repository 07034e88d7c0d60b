/**
 * Helpers every collection schema uses: the check that names each unknown field, and the
 * check that a key or slug names a file that exists. Kept free of Node's file system (the
 * callers pass the keys), so that a schema can be read anywhere.
 */
import { z } from 'astro/zod';

/**
 * An object schema that names each unknown field in its own error. zod's `.strict()` reports
 * unknown keys as one issue on the object itself, which Astro prints with an empty path
 * ("****: Unrecognized key"); here each one is an issue on its own path ("year: not a field
 * of a document…"), reported together with any other problem in the same file.
 */
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

/**
 * A string that must name an existing file: `unknown work "x": no src/content/bibliography/x.json`.
 * The keys are read once, when the schema is made. Astro's reference() is not checked while
 * content syncs, and a dangling key must stop the build with the file and the key.
 */
export function knownIn(keys: () => ReadonlySet<string>, what: string, folder: string, ext: string): z.ZodType<string> {
  const known = keys();
  return z.string().refine((v) => known.has(v), { error: (i) => `unknown ${what} "${String(i.input)}": no ${folder}/${String(i.input)}${ext}` });
}

/** What a field that points at another collection is checked against. */
export interface ContentRefs {
  concept: z.ZodType<string>;
  work: z.ZodType<string>;
  document: z.ZodType<string>;
}

/** The keys that exist in each collection: file names, read by src/lib/content/files.ts. */
export interface ContentKeys {
  concepts: () => ReadonlySet<string>;
  works: () => ReadonlySet<string>;
  documents: () => ReadonlySet<string>;
}

/** The checks for fields that point at a concept, a bibliography record or a document. */
export function contentRefs(keys: ContentKeys): ContentRefs {
  return {
    concept: knownIn(keys.concepts, 'concept', 'src/content/concepts', '.mdx'),
    work: knownIn(keys.works, 'work', 'src/content/bibliography', '.json'),
    document: knownIn(keys.documents, 'document', 'src/content/documents', '.mdx'),
  };
}
