/**
 * How much each hub page holds before the rest moves one link away. Every HTML page must
 * stay within 100 KB gzip at 1,000 and at 10,000 documents (the scale bench's budget), so
 * no page may list every document, every citation or every mention: past these numbers a
 * list is cut into pages (Astro's paginate()) or shortened to its first items with a link
 * to the full list. Reading pages are not hubs and have their own budget.
 *
 * The numbers are set from what an item weighs in the real 8-text site, gzipped, with
 * room for texts less repetitive than the bench's copies (which gzip far better than real
 * writing): a bibliography entry about 0.25 KB, a citing passage with its sentence about
 * 0.3 KB, a reading-list entry about 0.8 KB, a text on the map's lists about 0.3 KB. Below
 * each threshold a page is as it was before the corpus grew: the 8-text site is all below.
 */
export const HUB_LIMITS = {
  /** Works on one page of the bibliography index (/bibliography/, /bibliography/2/…): about 50 KB. */
  worksPerIndexPage: 200,
  /**
   * Texts the bibliography's "Cited by" filter offers. Beyond, its list of texts (and each
   * entry's list of citing texts it filters on) would outweigh the works; a text's works are
   * on its own reference list page instead.
   */
  citedByFilterTexts: 60,
  /** Citing passages, with their sentences, on one page of a work (/bibliography/<key>/, …/2/). */
  citationsPerWorkPage: 60,
  /** Texts a concept page shows with their counts and first sentences; all are on its passages pages. */
  conceptTextsShown: 12,
  /** Sentences quoted under each of those texts. */
  conceptSentencesPerText: 2,
  /** Passages on one page of a concept's full list (/concepts/<slug>/passages/, …/2/). */
  passagesPerConceptPage: 60,
  /** Texts the home page lists in full; beyond, each group shows its first few and has pages of its own. */
  homeTextsInline: 40,
  /** Texts each group shows on the home page once the groups have pages of their own. */
  homeTextsPerGroup: 5,
  /** Texts on one page of a group's reading list (/texts/<group>/, …/2/). */
  textsPerGroupPage: 40,
  /** Texts the map's lists name under each concept ("Appears in"), most mentions first. */
  graphTextsPerConcept: 12,
  /** Texts the map's lists show on /graph/ itself; beyond, they are on /graph/texts/ pages. */
  graphTextsInline: 60,
  /** Texts on one page of the map's list of texts (/graph/texts/, …/2/). */
  graphTextsPerPage: 100,
} as const;
