import type { Page } from 'playwright-core';

/**
 * The relevance set: queries a reader would type, each with the passage that must come first and,
 * for a precise query, the most passages it may list (those shown before any “more passages with
 * some of the words”). Run by tests/browser/relevance.test.ts and reported by `npm run bench`, both
 * through the real search page, so through the same code as the dialog.
 */
export interface RelevanceCase {
  query: string;
  /** The passage that must be listed first: path from the site's base, and fragment (`/#a3`, `/glossary/#ecowas`). */
  first: string;
  /** For a precise query: the most passages it may list. */
  most?: number;
}

export const RELEVANCE_SET: readonly RelevanceCase[] = [
  // Single words: page order among equals, the text before a title that only names it.
  { query: 'Barkhane', first: '/#q3' },
  { query: 'Wagner', first: '/#q4' },
  { query: 'mercenaries', first: '/#q4', most: 2 },
  { query: 'Mopti', first: '/#photo-mopti' },
  { query: 'Timbuktu', first: '/#photo-timbuktu' },
  { query: 'apocalypse', first: '/#a3' },
  { query: 'impunity', first: '/#a1' },
  { query: 'Bachelet', first: '/#q1' },
  // Phrases and words close together.
  { query: 'legislative elections', first: '/#a5', most: 2 },
  { query: 'glimmer of hope', first: '/#a3', most: 1 },
  { query: '"glimmer of hope"', first: '/#a3', most: 1 },
  { query: 'military justice system', first: '/#a1', most: 1 },
  { query: 'human rights obligations', first: '/#a3', most: 1 },
  { query: 'withdrawal of Operation Barkhane', first: '/#q3', most: 4 },
  { query: 'impunity is a real cancer', first: '/#a1', most: 2 },
  { query: 'optimistic for the future', first: '/#q7', most: 3 },
  { query: 'dialogue between France and Mali', first: '/#a3', most: 2 },
  { query: 'transitional President', first: '/#user-content-fn-keita', most: 3 },
  // Names: the right form finds the source's garbled one.
  { query: 'Keita', first: '/#q1', most: 4 },
  { query: 'Keïta', first: '/#q1', most: 4 },
  { query: 'Ibrahim Boubacar Keïta', first: '/#q1', most: 4 },
  { query: 'Boubacar Keit', first: '/#q1', most: 5 },
  { query: 'IBK', first: '/#q1', most: 2 },
  { query: 'Carrette', first: '/' },
  { query: 'Economic Community of West African States', first: '/#q1', most: 7 },
  { query: 'Economic Community of East African States West', first: '/#q1', most: 7 },
  // Abbreviations and their expansions.
  { query: 'ECOWAS', first: '/#q1' },
  { query: 'international sanctions', first: '/#q1', most: 2 },
  { query: 'IDPs', first: '/#photo-mopti', most: 2 },
  { query: 'internally displaced persons', first: '/#photo-mopti', most: 3 },
  { query: 'ISGS', first: '/#a1', most: 3 },
  { query: 'Islamic State in the Greater Sahara', first: '/#a1', most: 3 },
  // A2 and A6 name it; its entry, and Benin's, Ghana's and Togo's (which cite its counter-terrorism centre), follow.
  { query: 'African Union', first: '/#a2', most: 6 },
  { query: 'AU', first: '/#a2' },
  { query: 'MINUSMA', first: '/#photo-mopti' },
  { query: 'United Nations Multidimensional Integrated Stabilization Mission in Mali', first: '/#photo-mopti', most: 3 },
];

export interface RelevanceOutcome extends RelevanceCase {
  /** The passages listed, in order (path from the base, and fragment). */
  listed: string[];
  /** Whether the passage listed first is `first`, and no more than `most` are listed. */
  firstRight: boolean;
  withinMost: boolean;
}

/**
 * Runs every query of the set on the search page at `searchPageUrl` (`…/search/`), typing it into
 * the page's box as a reader would, and reads the passages listed (not those folded away under
 * “more passages with some of the words”).
 */
export async function runRelevanceSet(page: Page, searchPageUrl: string, base: string): Promise<RelevanceOutcome[]> {
  await page.goto(searchPageUrl);
  const input = page.locator('search-page input[type="search"]');
  const outcomes: RelevanceOutcome[] = [];
  for (const testCase of RELEVANCE_SET) {
    await input.fill(testCase.query);
    await page
      .locator('search-page .search-status')
      .filter({ hasText: `“${testCase.query}”` })
      .waitFor();
    const listed = await page
      .locator('search-page [id$="-search-results"] > li > a.search-hit')
      .evaluateAll(
        (links, prefix) =>
          links.map((link) => new URL((link as HTMLAnchorElement).href)).map((url) => `/${url.pathname.slice(prefix.length)}${url.hash}`),
        base,
      );
    outcomes.push({
      ...testCase,
      listed,
      firstRight: listed[0] === testCase.first,
      withinMost: testCase.most === undefined || listed.length <= testCase.most,
    });
  }
  return outcomes;
}

/** Share of the set whose first listed passage is the right one. */
export function precisionAtOne(outcomes: readonly RelevanceOutcome[]): number {
  return outcomes.filter((outcome) => outcome.firstRight).length / outcomes.length;
}
