import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { PAGES } from '../support/pages.ts';
import { measureFirstView } from '../support/weight.ts';

/** Byte budgets of a first view (gzip), checked on every `npm test`. Time is measured by `npm run bench`, not here. */
const BUDGET = {
  interviewTotal: 16 * 1024,
  scriptBeforeInteraction: 3 * 1024,
};

const browser = useBrowser();

describe('first-view budgets', () => {
  it(`the interview page weighs at most ${BUDGET.interviewTotal} bytes gzip in all`, async () => {
    const view = await measureFirstView(browser(), inject('siteUrls').root);
    expect(view.total.gzip, JSON.stringify(view.bytes)).toBeLessThanOrEqual(BUDGET.interviewTotal);
  });

  for (const { path, name } of PAGES) {
    it(`${name}: at most ${BUDGET.scriptBeforeInteraction} bytes gzip of JavaScript before interaction, no font, no foreign request`, async () => {
      const view = await measureFirstView(browser(), `${inject('siteUrls').root}${path}`);
      expect(view.scriptBeforeInteraction.gzip).toBeLessThanOrEqual(BUDGET.scriptBeforeInteraction);
      expect(view.bytes.font.raw).toBe(0);
      expect(view.foreignRequests).toEqual([]);
    });
  }

  it('the search interface is not loaded until the reader shows intent', async () => {
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(inject('siteUrls').root);
      await page.waitForLoadState('networkidle');
      expect(scripts.some((path) => path.includes('pagefind') || /\/ui\.[\w-]+\.js$/.test(path))).toBe(false);
      await page.locator('site-search > a').hover();
      await page.waitForLoadState('networkidle');
      expect(scripts.some((path) => /\/ui\.[\w-]+\.js$/.test(path))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
