/**
 * Browser side of "Cite this" for a page served from another origin than the one the site
 * was built for: loaded only then (a separate file), so that a correctly built site never
 * downloads it.
 */
/**
 * `text` with every address on `builtOrigin` moved to `pageOrigin`. Only whole origins
 * followed by "/" are replaced, so "http://localhost:4321" never matches inside
 * "http://localhost:43210".
 */
export function withOwnOrigin(text: string, builtOrigin: string, pageOrigin: string): string {
  if (!builtOrigin || builtOrigin === pageOrigin) return text;
  return text.replaceAll(`${builtOrigin}/`, `${pageOrigin}/`);
}

/**
 * When the page is served from another origin than the one the site was built for (a build
 * without SITE_URL, a preview deployment, a mirror), the citations in `root` would send
 * readers to the built address: put the page's own origin in their text, their links and,
 * on download, in the .bib/.ris files.
 */
export function useOwnOrigin(root: HTMLElement, builtOrigin: string | undefined, pageOrigin: string): void {
  if (!builtOrigin || builtOrigin === pageOrigin || !/^https?:\/\//.test(pageOrigin)) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.includes(builtOrigin)) node.nodeValue = withOwnOrigin(node.nodeValue, builtOrigin, pageOrigin);
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href')!;
    if (href.startsWith(`${builtOrigin}/`)) link.setAttribute('href', withOwnOrigin(href, builtOrigin, pageOrigin));
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[download]')) {
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      try {
        const response = await fetch(link.href);
        if (!response.ok) throw new Error(String(response.status));
        const text = withOwnOrigin(await response.text(), builtOrigin, pageOrigin);
        const blob = new Blob([text], { type: response.headers.get('content-type') ?? 'text/plain' });
        const url = URL.createObjectURL(blob);
        const save = document.createElement('a');
        save.href = url;
        save.download = link.getAttribute('download') || link.pathname.split('/').pop() || 'citation';
        document.body.append(save);
        save.click();
        save.remove();
        window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch {
        // Offline or refused: the file as built is better than nothing.
        window.location.assign(link.href);
      }
    });
  }
}
