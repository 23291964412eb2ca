import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { RELEVANCE_SET, runRelevanceSet } from '../support/relevance.ts';

const browser = useBrowser();

describe('relevance: the right passage first, and precise queries do not drown', () => {
  it('asks at least 60 queries, of each kind at least 8, with each of the 14 turns first for some of them', async () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(60);
    const kinds = Map.groupBy(RELEVANCE_SET, ({ kind }) => kind);
    for (const kind of ['words', 'misspelling', 'missing word', 'question', 'French name'] as const)
      expect(kinds.get(kind)?.length ?? 0, kind).toBeGreaterThanOrEqual(8);
    const interview = (await (await fetch(`${inject('siteUrls').root}interview.json`)).json()) as { turns: Array<{ id: string }> };
    const turns = interview.turns.map(({ id }) => `/#${id}`);
    expect(turns).toHaveLength(14);
    expect(turns.filter((turn) => !RELEVANCE_SET.some(({ first }) => first === turn))).toEqual([]);
  });

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
