/**
 * The citation styles the site offers, in the order it offers them: Cite Them Right Harvard
 * first (the site's own), then APA 7th. Plain data, shared by the build's formatting
 * (format.ts, with the CSL files in src/csl/) and the cite panels in the browser.
 *
 * Cite Them Right is a British style and needs the en-GB locale (without it, American
 * punctuation and dates creep in). APA is American: its manual prescribes "(Eds.)" and
 * "Retrieved Month D, YYYY", which the en-US locale gives.
 */
export const STYLE_NAMES = ['harvard', 'apa'] as const;

export type StyleName = (typeof STYLE_NAMES)[number];

export const STYLES: Record<StyleName, { id: string; label: string; lang: string }> = {
  harvard: { id: 'harvard-cite-them-right', label: 'Harvard (Cite Them Right)', lang: 'en-GB' },
  apa: { id: 'apa', label: 'APA 7th edition', lang: 'en-US' },
};
