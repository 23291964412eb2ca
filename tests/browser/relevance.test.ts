import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { RELEVANCE_SET, runRelevanceSet } from '../support/relevance.ts';

const browser = useBrowser();

describe('relevance: the right passage first, and precise queries do not drown', () => {
  it(`each of the ${RELEVANCE_SET.length} queries of the set lists its passage first, and no more passages than it may`, async () => {
    const site = inject('siteUrls').root;
    await withPage(browser(), site, async ({ page, problems }) => {
      const outcomes = await runRelevanceSet(page, `${site}search/`, '/');
      const wrong = outcomes
        .filter(({ firstRight, withinMost }) => !firstRight || !withinMost)
        .map(
          ({ query, first, most, listed }) =>
            `“${query}”: wanted ${first} first${most ? ` of at most ${most}` : ''}, listed ${listed.join(' ')}`,
        );
      expect(wrong).toEqual([]);
      expect(problems.errors).toEqual([]);
    });
  });
});
