import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage, type PageProblems } from '../support/browser.ts';
import { PAGES } from '../support/pages.ts';

const browser = useBrowser();

/** Runs `use` on a page that records every Content-Security-Policy violation from the first byte on; closes it after. */
function withWatchedPage(site: string, use: (opened: { page: Page; problems: PageProblems }) => Promise<void>) {
  return withPage(browser(), site, async (opened) => {
    await opened.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await opened.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    await use(opened);
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe.each(['root', 'sub'] as const)('strict Content Security Policy (%s build)', (build) => {
  const site = () => inject('siteUrls')[build];

  for (const { path, name } of PAGES) {
    it(`${name}: a strict policy in the page, nothing violates it, no console error`, async () => {
      await withWatchedPage(site(), async ({ page, problems }) => {
        await page.goto(`${site()}${path}`);
        const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
        expect(policy).toMatch(/default-src 'self'/);
        expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
        expect(policy).not.toContain('unsafe-inline');
        await page.waitForLoadState('networkidle');
        expect(await violations(page)).toEqual([]);
        expect(problems.errors).toEqual([]);
        expect(problems.foreignRequests).toEqual([]);
      });
    });
  }

  it('everything still works under it: theme, contents, permalinks, glossary preview, search and marks', async () => {
    await withWatchedPage(site(), async ({ page, problems }) => {
      await page.goto(site());
      await page.locator('theme-toggle button').click();
      await page.locator('#a2 .turn-permalink').click();
      await page.waitForFunction(() => document.querySelector('transcript-links > [role="status"]')?.textContent?.includes('copied'));
      await page.locator('#a5 a.glossary-term').first().hover();
      await page.locator('#glossary-preview:popover-open').waitFor();
      await page.keyboard.press('Control+k');
      await page.locator('#search-dialog-search-input').fill('Barkhane');
      await page.locator('#search-dialog .search-hit[href$="#a3"]').click();
      await page.waitForURL(/#a3$/);
      await page.locator('#a3 mark.search-mark').first().waitFor();
      await page.goto(`${site()}search/?q=barkane`);
      await page.locator('.search-suggestion').first().waitFor();
      expect(await violations(page)).toEqual([]);
      expect(problems.errors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    });
  });
});
