/** Browser side of the bibliography: sort and filter the server-rendered list in place. */
export interface BibliographyView {
  sort: 'author' | 'year-desc' | 'year-asc' | 'count';
  type: string;
  doc: string;
}

const SORTS = new Set(['author', 'year-desc', 'year-asc', 'count']);

export function readViewFromUrl(url: URL): BibliographyView {
  const sort = url.searchParams.get('sort') ?? 'author';
  return {
    sort: (SORTS.has(sort) ? sort : 'author') as BibliographyView['sort'],
    type: url.searchParams.get('type') ?? '',
    doc: url.searchParams.get('doc') ?? '',
  };
}

export function writeViewToUrl(view: BibliographyView): void {
  const url = new URL(location.href);
  // Every field of the view is a string; Object.entries types an interface's values as any.
  for (const [k, v] of Object.entries(view) as [keyof BibliographyView, string][]) {
    if (v && !(k === 'sort' && v === 'author')) url.searchParams.set(k, v);
    else url.searchParams.delete(k);
  }
  history.replaceState(null, '', url);
}

const year = (li: HTMLElement) => (li.dataset.year ? Number(li.dataset.year) : null);

function compare(sort: BibliographyView['sort']) {
  const byAuthor = (a: HTMLElement, b: HTMLElement) =>
    (a.dataset.author ?? '').localeCompare(b.dataset.author ?? '', 'en-GB') || (year(a) ?? 9999) - (year(b) ?? 9999);
  switch (sort) {
    case 'author':
      return byAuthor;
    case 'year-desc':
      return (a: HTMLElement, b: HTMLElement) => (year(b) ?? -1) - (year(a) ?? -1) || byAuthor(a, b);
    case 'year-asc':
      return (a: HTMLElement, b: HTMLElement) => (year(a) ?? 9999) - (year(b) ?? 9999) || byAuthor(a, b);
    case 'count':
      return (a: HTMLElement, b: HTMLElement) => Number(b.dataset.count) - Number(a.dataset.count) || byAuthor(a, b);
  }
}

/** Reorders and hides list items; returns how many are shown. */
export function applyBibliographyView(list: HTMLElement, view: BibliographyView): number {
  const items = [...list.children] as HTMLElement[];
  items.sort(compare(view.sort));
  let shown = 0;
  for (const li of items) {
    const visible = (!view.type || li.dataset.type === view.type) && (!view.doc || (li.dataset.docs ?? '').split(' ').includes(view.doc));
    li.hidden = !visible;
    if (visible) shown += 1;
    list.appendChild(li);
  }
  return shown;
}
