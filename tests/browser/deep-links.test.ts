import { describe, expect, inject, it } from 'vitest';
import { isInViewBelowHeader, useBrowser, withPage } from '../support/browser.ts';
import { ALLOWED_DEPARTURES, sourceParagraphs } from '../support/source.ts';

const browser = useBrowser();

describe.each(['root', 'sub'] as const)('deep links (%s build)', (build) => {
  const site = () => inject('siteUrls')[build];

  for (const fragment of ['prevent-a-apocalypse', 'a3', 'q5', 'look-forward', 'a7', 'photo-timbuktu']) {
    it(`/#${fragment} lands with the target in view, below the sticky header`, async () => {
      await withPage(browser(), site(), async ({ page }) => {
        await page.goto(`${site()}#${fragment}`);
        await page.waitForFunction(() => document.readyState === 'complete');
        const position = await isInViewBelowHeader(page, `#${fragment}`);
        expect(position.headerBottom).toBeGreaterThan(0);
        expect(position.inView, JSON.stringify(position)).toBe(true);
      });
    });
  }
});

describe('every public anchor', () => {
  it('brings its heading, turn or photo into view below the header when the address changes to it', async () => {
    const site = inject('siteUrls').root;
    await withPage(browser(), site, async ({ page }) => {
      await page.goto(site);
      const ids = await page
        .locator('article.interview [id]')
        .evaluateAll((elements) =>
          elements
            .map((element) => element.id)
            .filter((id) => /^(q|a)\d+$|^photo-|^introduction$/.test(id) || document.querySelector(`h2#${id}`)),
        );
      expect(ids.length).toBe(24);
      const missed: string[] = [];
      for (const id of ids) {
        await page.evaluate((target) => (location.hash = target), id);
        const position = await isInViewBelowHeader(page, `#${id}`);
        if (!position.inView) missed.push(`${id}: ${JSON.stringify(position)}`);
      }
      expect(missed).toEqual([]);
    });
  });
});

describe('without JavaScript', () => {
  it('the whole text of the interview is there to read', async () => {
    await withPage(browser(), inject('siteUrls').root, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(inject('siteUrls').root);
      // innerText is what is rendered; the kicker is shown in capitals, so compare case-insensitively.
      // Note reference numbers sit inside sentences: leave them out of the comparison.
      await page.locator('sup.note-ref').evaluateAll((refs) => refs.forEach((ref) => ref.remove()));
      const text = await page.locator('main').innerText();
      const normalised = text.replace(/\s+/g, ' ').toLowerCase();
      const missing = sourceParagraphs()
        .filter(({ line }) => ![47, 68].includes(line))
        .map(({ line, text: paragraph }) => (line === 3 ? ALLOWED_DEPARTURES[3]!.shown! : paragraph))
        .filter((paragraph) => !normalised.includes(paragraph.replace(/\s+/g, ' ').toLowerCase()));
      expect(missing).toEqual([]);
    });
  });
});
