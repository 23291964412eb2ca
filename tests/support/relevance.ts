import type { Page } from 'playwright-core';

/**
 * The relevance set: queries a reader would type, each with the passage that must come first and,
 * for a precise query, the most passages it may list (those shown before any “more passages with
 * some of the words”). Run by tests/browser/relevance.test.ts and reported by `npm run bench`, both
 * through the real search page, so through the same code as the dialog.
 */
/** What a query tries: a reader's words as the source has them, or one of the ways a reader's words part from the source's. */
export type RelevanceKind = 'words' | 'misspelling' | 'missing word' | 'question' | 'French name';

export interface RelevanceCase {
  query: string;
  kind: RelevanceKind;
  /** The passage that must be listed first: path from the site's base, and fragment (`/#a3`, `/glossary/#ecowas`). */
  first: string;
  /** For a precise query: the most passages it may list. */
  most?: number;
}

const cases = (kind: RelevanceKind, list: Array<Omit<RelevanceCase, 'kind'>>): RelevanceCase[] => list.map((entry) => ({ kind, ...entry }));

export const RELEVANCE_SET: readonly RelevanceCase[] = [
  ...cases('words', [
    // Single words: page order among equals, the text before a title that only names it.
    { query: 'Barkhane', first: '/#q3' },
    { query: 'Wagner', first: '/#q4' },
    { query: 'mercenaries', first: '/#q4', most: 3 },
    { query: 'Mopti', first: '/#photo-mopti' },
    { query: 'Timbuktu', first: '/#photo-timbuktu' },
    { query: 'apocalypse', first: '/#a3' },
    { query: 'impunity', first: '/#a1' },
    { query: 'Bachelet', first: '/#q1' },
    { query: 'geopolitics', first: '/#a4' },
    { query: 'drought', first: '/#q1' },
    // Phrases and words close together.
    { query: 'legislative elections', first: '/#a5', most: 3 },
    { query: 'glimmer of hope', first: '/#a3', most: 1 },
    { query: '"glimmer of hope"', first: '/#a3', most: 1 },
    { query: 'military justice system', first: '/#a1', most: 1 },
    { query: 'human rights obligations', first: '/#a3', most: 1 },
    { query: 'withdrawal of Operation Barkhane', first: '/#q3', most: 5 },
    { query: 'impunity is a real cancer', first: '/#a1', most: 2 },
    { query: 'optimistic for the future', first: '/#q7', most: 3 },
    { query: 'dialogue between France and Mali', first: '/#a3', most: 2 },
    // “transitional” is only in the note on Q1's “Boubacar Keit”: the source's passage first, its note beside it.
    { query: 'transitional President', first: '/#q1' },
    { query: 'loot rape and force children', first: '/#a2', most: 1 },
    { query: 'coastal countries', first: '/#a2' },
    { query: 'civil society included in the discussions', first: '/#a6', most: 3 },
    { query: 'governance in the Sahel region', first: '/#q5' },
    { query: 'help Mali recover', first: '/#q6', most: 2 },
    { query: 'we talk to each other', first: '/#a7' },
    // Names: the right form finds the source's garbled one.
    { query: 'Keita', first: '/#q1', most: 6 },
    { query: 'Keïta', first: '/#q1', most: 6 },
    { query: 'Ibrahim Boubacar Keïta', first: '/#q1', most: 6 },
    { query: 'Boubacar Keit', first: '/#q1', most: 7 },
    { query: 'IBK', first: '/#q1', most: 2 },
    { query: 'Carrette', first: '/' },
    { query: 'Economic Community of West African States', first: '/#q1', most: 8 },
    { query: 'Economic Community of East African States West', first: '/#q1', most: 8 },
    // Abbreviations and their expansions.
    { query: 'ECOWAS', first: '/#q1' },
    { query: 'international sanctions', first: '/#q1', most: 2 },
    { query: 'IDPs', first: '/#photo-mopti', most: 2 },
    { query: 'internally displaced persons', first: '/#photo-mopti', most: 3 },
    { query: 'ISGS', first: '/#a1', most: 4 },
    { query: 'Islamic State in the Greater Sahara', first: '/#a1', most: 4 },
    // A2 and A6 name it; its entry, Benin's, Ghana's and Togo's (which cite its counter-terrorism centre) and its 2021 suspension follow.
    { query: 'African Union', first: '/#a2', most: 7 },
    { query: 'AU', first: '/#a2' },
    { query: 'MINUSMA', first: '/#photo-mopti' },
    { query: 'United Nations Multidimensional Integrated Stabilization Mission in Mali', first: '/#photo-mopti', most: 3 },
    // What happened since: the timeline's events.
    { query: 'Africa Corps', first: '/timeline/#wagner-leaves-mali-2025', most: 2 },
    { query: 'Prigozhin', first: '/timeline/#prigozhin-dies-2023' },
    { query: 'Alliance of Sahel States', first: '/timeline/#alliance-of-sahel-states-2023' },
    { query: 'Eduardo González', first: '/timeline/#gonzalez-succeeds-tine-2024' },
  ]),
  // A misspelt word that finds nothing is corrected; one beside a word that finds something is offered.
  ...cases('misspelling', [
    { query: 'Barkane', first: '/#q3' },
    { query: 'Bachelett', first: '/#q1' },
    { query: 'Wagnar', first: '/#q4' },
    { query: 'apocalipse', first: '/#a3' },
    { query: 'impunty', first: '/#a1' },
    { query: 'Burkino Faso', first: '/#q5' },
    { query: 'optimistik', first: '/#q7' },
    { query: 'Senegall', first: '/#a2' },
    { query: 'jihadist atacks', first: '/#a1' },
    { query: 'geopolitcs', first: '/#a4' },
  ]),
  // A word the passage lacks: the passage with the rarest of the others comes first.
  ...cases('missing word', [
    { query: 'Russian mercenaries', first: '/#q4' },
    { query: 'Wagner mercenaries Russia', first: '/#q4' },
    { query: 'Barkhane troops withdrawal', first: '/#q3' },
    { query: 'impunity cancer army soldiers', first: '/#a1' },
    { query: 'coup Burkina Faso elections vote', first: '/#q5' },
    { query: 'European diplomats hope optimism', first: '/#a3' },
    { query: 'children forced military service recruitment', first: '/#a2' },
    { query: 'optimistic debate future peace', first: '/#a7' },
    { query: 'African security response failed strategy', first: '/#a6' },
  ]),
  // Question words decide nothing; a speaker's name prefers that speaker's turns.
  ...cases('question', [
    { query: 'what did Tine say about elections', first: '/#a5' },
    { query: 'what did Tine say about Wagner', first: '/#a4' },
    { query: 'what does Tine think about the withdrawal of Barkhane', first: '/#a3' },
    { query: 'is Tine optimistic about the future?', first: '/#a7' },
    { query: 'what did Tine say about impunity', first: '/#a1' },
    { query: 'what did Carette ask about Wagner', first: '/#q4' },
    { query: 'who are the extremist armed groups?', first: '/#q2' },
    { query: 'what can the UN do to help Mali recover?', first: '/#q6' },
    { query: 'what are the priorities?', first: '/#q6' },
    { query: 'which countries are threatened by the groups?', first: '/#a2' },
    { query: 'what does Tine say about the African Union', first: '/#a2' },
    { query: 'why is the expert optimistic?', first: '/#a7' },
    { query: 'how does Tine think Mali can be helped to recover', first: '/#a6' },
    { query: 'what did the journalist ask about coups', first: '/#q5' },
  ]),
  // The names a francophone reader types, from the glossary's forms.
  ...cases('French name', [
    { query: 'CEDEAO', first: '/#q1' },
    { query: 'sanctions de la CEDEAO', first: '/#q1' },
    { query: 'Union africaine', first: '/#a2' },
    { query: 'Tombouctou', first: '/#photo-timbuktu' },
    { query: 'EIGS', first: '/#a1' },
    { query: 'FAMa', first: '/' },
    { query: 'Minusma', first: '/#photo-mopti' },
    // The byline's UN News (ONU Info) comes first in the page, then Q6's UN.
    { query: 'ONU', first: '/' },
    { query: 'Conseil des droits de l’homme', first: '/#q1' },
    { query: 'personnes déplacées internes', first: '/#photo-mopti' },
    { query: 'opération Barkhane', first: '/#q3' },
    { query: 'Sénégal', first: '/#a2' },
  ]),
];

export interface RelevanceOutcome extends RelevanceCase {
  /** The passages listed, in order (path from the base, and fragment). */
  listed: string[];
  /** Where `first` is among the passages listed and then those folded under “more”, from 1; null when it is in neither. */
  rank: number | null;
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
    const addresses = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll(
          (links, prefix) =>
            links.map((link) => new URL((link as HTMLAnchorElement).href)).map((url) => `/${url.pathname.slice(prefix.length)}${url.hash}`),
          base,
        );
    const listed = await addresses('search-page [id$="-search-results"] > li > a.search-hit');
    const folded = await addresses('search-page .search-more a.search-hit');
    const at = [...listed, ...folded].indexOf(testCase.first);
    outcomes.push({
      ...testCase,
      listed,
      rank: at < 0 ? null : at + 1,
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

/** The mean rank of the expected passage over the queries that list it, and how many do not. */
export function meanRank(outcomes: readonly RelevanceOutcome[]): { mean: number; unlisted: number } {
  const ranks = outcomes.flatMap(({ rank }) => (rank === null ? [] : [rank]));
  return { mean: ranks.reduce((sum, rank) => sum + rank, 0) / Math.max(1, ranks.length), unlisted: outcomes.length - ranks.length };
}
