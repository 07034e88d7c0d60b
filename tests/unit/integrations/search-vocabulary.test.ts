import { describe, expect, it } from 'vitest';
import { vocabularyPage } from '../../../src/integrations/search-vocabulary';

describe('a built page read for the vocabulary', () => {
  it('gives the text of its data-pagefind-body and, as names, its title, meta title, authors and concepts', () => {
    const html = `<html><body><header><h1>Site</h1><nav>Menu words</nav></header><main>
<article data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-meta="title">Street-Level Bureaucracy</span><span data-pagefind-meta="authors">M. Lipsky</span><span data-pagefind-filter="concept">Mutual aid</span><span data-pagefind-meta="kind">Reference</span></div>
<h1 id="t">Lipsky (1980)</h1><p>Tea &amp; d&#233;rive, workers&#x2019; <em>discretion</em></p><script>var hidden = 1</script></article>
</main><footer>Footer words</footer></body></html>`;
    const page = vocabularyPage(html)!;
    expect(page.names).toEqual(['Lipsky (1980)', 'Street-Level Bureaucracy', 'M. Lipsky', 'Mutual aid']);
    expect(page.text).toContain('discretion');
    expect(page.text).toContain('dérive');
    expect(page.text).toContain('workers’');
    expect(page.text).not.toContain('Menu');
    expect(page.text).not.toContain('Footer');
    expect(page.text).not.toContain('hidden = 1');
  });
  it('gives nothing for a page Pagefind leaves out', () => {
    expect(vocabularyPage('<main><h1>Bibliography</h1></main>')).toBeUndefined();
  });
});
