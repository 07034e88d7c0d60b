import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, originWarning, resolveSiteOrigin, toOrigin } from '../../../../src/lib/site/origin';

describe('resolveSiteOrigin', () => {
  it('takes SITE_URL first, reduced to its origin', () => {
    expect(resolveSiteOrigin({ SITE_URL: 'https://atlas.example.ac.uk/', NETLIFY: 'true', URL: 'https://x.netlify.app' })).toEqual({
      origin: 'https://atlas.example.ac.uk',
      source: 'SITE_URL',
    });
    expect(resolveSiteOrigin({ SITE_URL: 'atlas.example.ac.uk' }).origin).toBe('https://atlas.example.ac.uk');
    expect(resolveSiteOrigin({ SITE_URL: 'http://127.0.0.1:8080' }).origin).toBe('http://127.0.0.1:8080');
  });

  it('refuses a SITE_URL with a path or that is not a web address, and says why', () => {
    const withPath = resolveSiteOrigin({ SITE_URL: 'https://example.github.io/atlas/' });
    expect(withPath.origin).toBeUndefined();
    expect(withPath.problem).toMatch(/path \(\/atlas\/\)/);
    const bad = resolveSiteOrigin({ SITE_URL: 'ftp://files.example.ac.uk' });
    expect(bad.origin).toBeUndefined();
    expect(bad.problem).toMatch(/SITE_URL is not a web address/);
  });

  it('uses Netlify’s URL (the main address) in a Netlify build', () => {
    expect(resolveSiteOrigin({ NETLIFY: 'true', URL: 'https://atlas.netlify.app', DEPLOY_PRIME_URL: 'https://main--atlas.netlify.app' })).toEqual({
      origin: 'https://atlas.netlify.app',
      source: 'Netlify (URL)',
    });
    // URL alone, outside Netlify, is not taken as the site's address.
    expect(resolveSiteOrigin({ URL: 'https://elsewhere.example' }).origin).toBeUndefined();
  });

  it('uses Vercel’s production domain, adding the scheme Vercel leaves out', () => {
    expect(resolveSiteOrigin({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'atlas.vercel.app', VERCEL_URL: 'atlas-abc123.vercel.app' })).toEqual({
      origin: 'https://atlas.vercel.app',
      source: 'Vercel (VERCEL_PROJECT_PRODUCTION_URL)',
    });
  });

  it('never takes a single deployment’s address (Vercel’s VERCEL_URL, Cloudflare Pages’ CF_PAGES_URL): it changes with every build', () => {
    expect(resolveSiteOrigin({ VERCEL: '1', VERCEL_URL: 'atlas-abc123.vercel.app' }).origin).toBeUndefined();
    expect(resolveSiteOrigin({ CF_PAGES: '1', CF_PAGES_URL: 'https://1a2b3c.atlas.pages.dev' }).origin).toBeUndefined();
  });

  it('uses <owner>.github.io for a GitHub Pages user site, and nothing for a project site (served under a path)', () => {
    expect(resolveSiteOrigin({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'SolidarityAtlas/solidarityatlas.github.io' })).toEqual({
      origin: 'https://solidarityatlas.github.io',
      source: 'GitHub Pages (GITHUB_REPOSITORY)',
    });
    expect(resolveSiteOrigin({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'someone/solidarity-atlas' }).origin).toBeUndefined();
  });

  it('finds none in a plain environment, and the warning is one plain line naming SITE_URL', () => {
    const none = resolveSiteOrigin({ HOME: '/root' });
    expect(none.origin).toBeUndefined();
    const line = originWarning(none)!;
    expect(line).toContain('SITE_URL');
    expect(line).toContain(LOCAL_ORIGIN);
    expect(line).not.toContain('\n');
    expect(originWarning({ origin: 'https://a.example', source: 'SITE_URL' })).toBeUndefined();
  });
});

describe('toOrigin', () => {
  it('keeps scheme, host and port only', () => {
    expect(toOrigin('https://a.example:8443/x/y?z')).toBe('https://a.example:8443');
    expect(toOrigin('  ')).toBeUndefined();
    expect(toOrigin('mailto:x@y.z')).toBeUndefined();
  });
});

describe('withOwnOrigin (the Cite blocks’ rewrite)', () => {
  it('moves whole-origin addresses only', async () => {
    const { withOwnOrigin } = await import('../../../../src/client/cite/cite-origin');
    expect(withOwnOrigin('at http://localhost:4321/documents/x/ (Accessed: …)', 'http://localhost:4321', 'https://atlas.example.ac.uk')).toBe(
      'at https://atlas.example.ac.uk/documents/x/ (Accessed: …)',
    );
    expect(withOwnOrigin('http://localhost:43210/x/', 'http://localhost:4321', 'https://a.example')).toBe('http://localhost:43210/x/');
    expect(withOwnOrigin('https://doi.org/10.1/x', 'http://localhost:4321', 'https://a.example')).toBe('https://doi.org/10.1/x');
  });
});
