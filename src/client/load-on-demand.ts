/**
 * A module loaded on first use, and loaded again on the next use if its fetch failed.
 *
 * Browsers keep a failed module fetch for the life of the page (the HTML module map), so
 * asking for the same URL again fails at once without touching the network. A retry must
 * therefore ask for the same file under a new URL: the bundled file's address is taken from
 * the error (Chromium and Firefox name it) and requested with a query. Where the error does
 * not name it (Safari), the retry repeats the import and the caller's message should suggest
 * reloading the page.
 */
export function loadOnDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  let retryUrl: string | undefined;
  let attempt = 0;
  return () => {
    pending ??= (retryUrl ? (import(/* @vite-ignore */ retryUrl) as Promise<T>) : load()).catch((error: unknown) => {
      pending = undefined;
      const failed = /\bhttps?:\/\/[^\s'"]+?\.m?js\b/.exec(String(error))?.[0];
      if (failed) retryUrl = `${failed}?retry=${++attempt}`;
      throw error;
    });
    return pending;
  };
}
