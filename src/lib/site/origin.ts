/**
 * The one place that decides the site's public origin (scheme + host, no path), from the
 * build's environment: `SITE_URL` when set, otherwise the stable addresses that GitHub Pages
 * (Actions), Netlify and Vercel give their builds (Cloudflare Pages gives only a
 * per-deployment address, so there `SITE_URL` is needed). Canonical links,
 * citation metadata and the "Cite this" texts all carry this origin.
 *
 * Without one (a local build), the site is built for Astro's own preview address and the
 * build says so; in the browser, the Cite blocks then put the page's real origin in place of
 * the built one (src/client/cite/cite-this.ts).
 */

/** Where `npm run dev` and `npm run preview` serve the site: the origin of a build that was given none. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

interface ResolvedOrigin {
  /** "https://atlas.example.ac.uk", or undefined when the environment names none. */
  origin: string | undefined;
  /** Which variable it came from, e.g. "SITE_URL" or "Netlify (URL)". */
  source?: string;
  /** Why an origin the environment offered could not be used. */
  problem?: string;
}

type Env = Record<string, string | undefined>;

/** "atlas.example.ac.uk" or "https://atlas.example.ac.uk/x/" → "https://atlas.example.ac.uk". */
export function toOrigin(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    // "mailto:x@y" read as https://mailto:x@y has a user name: not an address for a site.
    if (url.username || url.password) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

function from(value: string | undefined, source: string): ResolvedOrigin | undefined {
  if (!value?.trim()) return undefined;
  const origin = toOrigin(value);
  return origin ? { origin, source } : { origin: undefined, source, problem: `${source} is not a web address: "${value}"` };
}

/**
 * The public origin for this build. `SITE_URL` wins; then the host the build runs on.
 * A path in `SITE_URL` is refused: every link on the site is root-relative, so the site
 * must be served at the root of its origin.
 */
export function resolveSiteOrigin(env: Env): ResolvedOrigin {
  if (env.SITE_URL?.trim()) {
    const given = from(env.SITE_URL, 'SITE_URL')!;
    const path = pathOf(env.SITE_URL);
    if (given.origin && path !== '/') {
      return { origin: undefined, source: 'SITE_URL', problem: `SITE_URL has a path (${path}); the site must be served at the root of its origin` };
    }
    return given;
  }
  // Netlify: URL is the site's main address (its custom domain when one is set).
  if (env.NETLIFY === 'true') {
    const r = from(env.URL, 'Netlify (URL)');
    if (r) return r;
  }
  // Vercel: the production domain (a custom domain when one is set). Not VERCEL_URL, nor
  // Cloudflare Pages' CF_PAGES_URL: each names one deployment (a new hashed host every
  // build), which students' references would then carry after the next deploy. There, as
  // anywhere else without a stable address, SITE_URL must be set and the build says so.
  if (env.VERCEL === '1' || env.VERCEL_PROJECT_PRODUCTION_URL) {
    const r = from(env.VERCEL_PROJECT_PRODUCTION_URL, 'Vercel (VERCEL_PROJECT_PRODUCTION_URL)');
    if (r) return r;
  }
  // GitHub Pages, built in GitHub Actions: only a user or organisation site (<owner>.github.io)
  // is served at the root of an origin; a project site lives under /<repository>/.
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) {
    const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
    if (owner && repo && repo.toLowerCase() === `${owner.toLowerCase()}.github.io`) {
      return { origin: `https://${owner.toLowerCase()}.github.io`, source: 'GitHub Pages (GITHUB_REPOSITORY)' };
    }
  }
  return { origin: undefined };
}

function pathOf(value: string): string {
  const trimmed = value.trim();
  try {
    return new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).pathname;
  } catch {
    return '/';
  }
}

/** The one plain line a production build prints when it has no public origin; undefined when it has one. */
export function originWarning(resolved: ResolvedOrigin): string | undefined {
  if (resolved.origin) return undefined;
  const why = resolved.problem ? `${resolved.problem}; ` : '';
  return `No public address for this build (${why}set SITE_URL, e.g. SITE_URL=https://atlas.example.ac.uk): canonical links, citations and metadata will say ${LOCAL_ORIGIN}.`;
}
