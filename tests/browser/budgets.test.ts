import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { BUDGETS } from '../support/budgets.ts';
import { PAGES } from '../support/pages.ts';
import type { FirstSearchFiles } from '../../src/lib/json-endpoints.ts';
import { measureFirstView } from '../support/weight.ts';

const browser = useBrowser();

describe('first-view budgets', () => {
  // Byte budgets of a first view, gzip (tests/support/budgets.ts says how they are chosen). Times are measured by `npm run bench`.
  it(`the interview page weighs at most ${BUDGETS.interviewFirstView} bytes gzip in all`, async () => {
    const view = await measureFirstView(browser(), inject('siteUrls').root);
    expect(view.total.gzip, JSON.stringify(view.bytes)).toBeLessThanOrEqual(BUDGETS.interviewFirstView);
  });

  it(`the glossary page, with its map, weighs at most ${BUDGETS.glossaryFirstView} bytes gzip in all`, async () => {
    const view = await measureFirstView(browser(), `${inject('siteUrls').root}glossary/`);
    expect(view.total.gzip, JSON.stringify(view.bytes)).toBeLessThanOrEqual(BUDGETS.glossaryFirstView);
  });

  it(`the timeline page, with its time axis, weighs at most ${BUDGETS.timelineFirstView} bytes gzip in all`, async () => {
    const view = await measureFirstView(browser(), `${inject('siteUrls').root}timeline/`);
    expect(view.total.gzip, JSON.stringify(view.bytes)).toBeLessThanOrEqual(BUDGETS.timelineFirstView);
  });

  for (const { path, name } of PAGES) {
    it(`${name}: at most ${BUDGETS.scriptBeforeIntent} bytes gzip of JavaScript before interaction, in one request with the page, no font, no foreign request`, async () => {
      const view = await measureFirstView(browser(), `${inject('siteUrls').root}${path}`);
      expect(view.scriptBeforeInteraction.gzip).toBeLessThanOrEqual(BUDGETS.scriptBeforeIntent);
      // The page and its icon: the scripts that run before intent, like its styles, are written into it.
      expect(view.requests, JSON.stringify(view.bytes)).toBe(2);
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

  it('on intent, every file of the first search is asked for at once, and the first search fetches nothing more', async () => {
    const site = inject('siteUrls').root;
    const listed = (await (await fetch(`${site}pagefind/first-search.json`)).json()) as FirstSearchFiles;
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const asked = new Map<string, number>();
      const answered = new Map<string, number>();
      const started = Date.now();
      const pathOf = (url: string) => url.slice(`${site}pagefind/`.length);
      page.on('request', (request) => {
        if (!request.url().includes('/pagefind/')) return;
        requests.push(pathOf(request.url()));
        if (!asked.has(pathOf(request.url()))) asked.set(pathOf(request.url()), Date.now() - started);
      });
      page.on('requestfinished', (request) => {
        if (request.url().includes('/pagefind/') && !answered.has(pathOf(request.url())))
          answered.set(pathOf(request.url()), Date.now() - started);
      });
      await page.goto(site);
      await page.waitForLoadState('networkidle');
      await page.locator('site-search > a').hover();
      await expect.poll(() => ['pagefind.js', ...listed.files].filter((file) => !answered.has(file)), { timeout: 10_000 }).toEqual([]);
      // Two round trips at most: what the list names is asked for as soon as it arrives, all together
      // (each before any of these has arrived), not step by step as Pagefind alone would.
      const listArrived = answered.get('first-search.json') ?? 0;
      const afterList = listed.files.filter((file) => (asked.get(file) ?? 0) >= listArrived);
      const firstArrival = Math.min(...afterList.map((file) => answered.get(file) ?? Infinity));
      for (const file of listed.files) expect(asked.get(file), file).toBeLessThanOrEqual(firstArrival);

      // Each once: Pagefind's own fetches used the preloads.
      expect(requests.length, requests.join(', ')).toBe(new Set(requests).size);
      const before = requests.length;
      await page.keyboard.press('/');
      await page.keyboard.type('Wagner');
      await page.locator('#search-dialog .search-status').filter({ hasText: '“Wagner”' }).waitFor();
      await page.locator('#search-dialog a.search-hit').first().waitFor();
      expect(requests.slice(before)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
