import { describe, expect, it } from 'vitest';
import { referenceSegments } from '../../../../src/lib/reading-list/reference-html';

describe('a formatted reference as runs of text', () => {
  it('keeps italics and links, decodes entities and drops other tags', () => {
    expect(
      referenceSegments(
        ' <div class="csl-entry">Lipsky, M. (2010) <i>Street-Level Bureaucracy</i>. New York: Russell Sage &amp; Co. Available at: <a href="https://doi.org/10.1/x?a=1&amp;b=2">https://doi.org/10.1/x</a> (Accessed: <span class="accessed" data-accessed="day-month-year">[date accessed]</span>).&#8217;</div> ',
      ),
    ).toEqual([
      { text: 'Lipsky, M. (2010) ' },
      { text: 'Street-Level Bureaucracy', italic: true },
      { text: '. New York: Russell Sage & Co. Available at: ' },
      { text: 'https://doi.org/10.1/x', href: 'https://doi.org/10.1/x?a=1&b=2' },
      { text: ' (Accessed: [date accessed]).’' },
    ]);
  });
});
