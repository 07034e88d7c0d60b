/** The YAML frontmatter of a content file and the body after it, for code that reads content files without Astro. */
import { load as loadYaml } from 'js-yaml';

export function splitFrontmatter(raw: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!match) return { data: {}, body: raw };
  return { data: loadYaml(match[1]!), body: raw.slice(match[0].length) };
}
