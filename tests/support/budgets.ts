/**
 * What a reader may be made to pay, one place for the test that enforces the byte budgets
 * (tests/browser/budgets.test.ts) and for `npm run bench`, which prints every figure beside its
 * budget. A byte budget sits 0.2–0.4 KB gzip above today's figure: a paragraph of the interview
 * or an editorial note (0.1–0.3 KB gzip each) fits in it, while markup or script repeated where
 * CSS or a lazily loaded chunk would do (Astro's scoped-style attributes on every element were
 * 0.4 KB; the search interface loaded before intent would be 3.9 KB) fails it. Time budgets are the targets;
 * they are measured by the bench only, since a shared machine makes times too noisy for a test.
 */
export const BUDGETS = {
  /**
   * The interview's first view, its page (styles and scripts in it) and icon, gzip. Issue 13's target
   * of 12 KB was not reached (the words and notes alone are about 5 KB); with its headers the page fits
   * a phone's first TCP round trip (14.6 KB), which Lighthouse's mobile LCP shows. `npm run bench`
   * prints the measured figure beside each budget. Issue 23 added the names readers may search each
   * mention by (CEDEAO, FAMa…), in attributes Pagefind indexes and the marking on arrival reads:
   * 0.1 KB. Issue 24 allowed it what its new and widened editorial notes weigh: 0.94 KB (three
   * notes, two of them with their sources; two notes widened; the header's note on “last month”).
   */
  interviewFirstView: 15_450,
  /**
   * The glossary's first view, gzip, the map of places (its SVG, list, styles and the entries' links
   * to it) included; issue 12 allowed the map 10 KB of it. Issue 23 listed the French pages that
   * support the names search knows (eleven sources): 1.2 KB. Issue 24 made each entry's “Since
   * then” a list of links to its events, and its dated facts links to theirs: 1.0 KB.
   */
  glossaryFirstView: 26_800,
  /** The timeline's first view, gzip: 43 events with their passages, glossary entries and sources, and the time axis. */
  timelineFirstView: 17_450,
  /**
   * Script run before the reader's intent, gzip, on every page: the target. Every page runs
   * the theme, its toggle and the search control; the interview adds its contents and transcript
   * links, the search page its form. Each part does only
   * what must be ready before intent and loads the rest then: the scroll-spy on the first scroll,
   * the address copying on the first click.
   */
  scriptBeforeIntent: 1.5 * 1024,
  /** Mobile Lighthouse (a slow phone): largest contentful paint, in milliseconds. */
  mobileLcpMs: 900,
  /** Cumulative layout shift, on both presets. */
  cls: 0,
  /** Lighthouse score, each of the four categories, both presets. */
  lighthouseScore: 100,
  /** First keystroke to first results, first search of a visit, on a throttled phone (tests/bench/first-search.ts). */
  firstSearchOnPhoneMs: 1000,
  /** Keystroke to results once the index is loaded, median, unthrottled. */
  laterSearchMs: 100,
} as const;
