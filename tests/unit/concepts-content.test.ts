/** The concept files themselves: enough of them, the required ones, definitions of the right length. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/mdx-text';
import { definitionProblems } from '../../src/lib/concept-text';
import { buildConceptMatcher } from '../../src/lib/concept-matcher';
import { conceptTerms } from '../../src/lib/content-files';

const dir = join(process.cwd(), 'src/content/concepts');
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

describe('concepts', () => {
  it('number at least 30 and include every concept the brief names', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const required = [
      'deterritorialisation', 'street-level-bureaucracy', 'triple-movement', 'double-movement', 'hyper-normalisation', 'mutual-aid',
      'global-ethnography', 'new-managerialism', 'neoliberalism', 'individualisation', 'depoliticisation', 'casework-model', 'solidarity',
      'support-time-relationship-model', 'the-personal-is-political', 'capitalist-realism', 'relationship-based-practice',
      'poverty-aware-social-work', 'ecological-systems-theory', 'use-of-self', 'intersectionality', 'feminist-social-work',
      'radical-social-work', 'social-identity-approach', 'digital-divide', 'care-and-control', 'thematic-analysis',
    ];
    for (const slug of required) expect(files, slug).toContain(`${slug}.mdx`);
  });

  it.each(files)('%s has a definition of 80–200 words', (file) => {
    const { body } = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
    expect(definitionProblems(file, body)).toEqual([]);
  });

  it('list spelling variants that the matcher finds', () => {
    const matcher = buildConceptMatcher(conceptTerms());
    const found = (t: string) => matcher.find(t).map((m) => m.slug);
    expect(found('deterritorialization')).toEqual(['deterritorialisation']);
    expect(found('street-level bureaucrats')).toEqual(['street-level-bureaucracy']);
    expect(found('Fraser’s triple movement')).toEqual(['triple-movement']);
    expect(found('hyper-normalization')).toEqual(['hyper-normalisation']);
    expect(found('radical social work')).toEqual(['radical-social-work']);
  });
});
