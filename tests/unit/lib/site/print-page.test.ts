import { describe, expect, it } from 'vitest';
import { cssString, printPageCss, runningTitle, RUNNING_TITLE_MAX } from '../../../../src/lib/site/print-page';

describe('the running head of a printed page', () => {
  it('writes title, date and address into the page margins, over the global defaults', () => {
    expect(printPageCss({ title: 'Start here', address: 'https://atlas.example/lists/start-here/', date: 'Revised 28 November 2026' })).toBe(
      '@page{@top-left{content:"Start here" !important}@top-right{content:"Solidarity Atlas · Revised 28 November 2026" !important}@bottom-left{content:"https://atlas.example/lists/start-here/" !important}}',
    );
  });

  it('escapes quotes, backslashes, line breaks and "<", so that no text can end the string or the <style> element', () => {
    expect(cssString('A "quoted" \\ title\nnext </style><script>')).toBe('"A \\"quoted\\" \\\\ title next \\3c /style>\\3c script>"');
    expect(printPageCss({ title: '</style>', address: 'a', date: 'd' })).not.toContain('</style');
  });

  it('cuts a long title at a word, with an ellipsis, and leaves a short one alone', () => {
    const long = 'Keeping the social in social work and care – it’s about ‘we’ and ‘me’ – vital reading for the Care Review, and more words beyond';
    const cut = runningTitle(long);
    expect(cut.length).toBeLessThanOrEqual(RUNNING_TITLE_MAX);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(runningTitle('Start here')).toBe('Start here');
  });
});
