import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { PAGES, VIEWPORTS } from '../support/pages.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's WCAG 2.2 A/AA violations on the page as it is now: rule id and the elements. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (tags) => {
    const axe = window.axe;
    if (!axe) throw new Error('axe-core did not load');
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, WCAG_22_AA);
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const browser = useBrowser();

describe('axe-core reports no WCAG 2.2 AA violation', () => {
  for (const { path, name } of PAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [device, viewport] of Object.entries(VIEWPORTS)) {
        it(`${name}, ${scheme}, ${device}`, async () => {
          const site = inject('siteUrls').root;
          await withPage(browser(), site, { viewport, colorScheme: scheme }, async ({ page }) => {
            await page.goto(`${site}${path}`);
            await page.waitForLoadState('networkidle');
            expect(await violations(page)).toEqual([]);
          });
        });
      }
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`the search dialog with results and a glossary preview, ${scheme}`, async () => {
      const site = inject('siteUrls').root;
      await withPage(browser(), site, { colorScheme: scheme }, async ({ page }) => {
        await page.goto(site);
        await page.locator('#q1 a.glossary-term[href$="#ecowas"]').hover();
        await page.locator('#glossary-preview:popover-open').waitFor();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Control+k');
        await page.locator('#search-dialog-search-input').fill('ECOWAS');
        await page.locator('#search-dialog .search-hit').first().waitFor();
        expect(await violations(page)).toEqual([]);
      });
    });

    it(`the quote button over a selection, and the Cite dialog open, ${scheme}`, async () => {
      const site = inject('siteUrls').root;
      await withPage(browser(), site, { colorScheme: scheme }, async ({ page }) => {
        await page.goto(`${site}#a3`);
        await page.evaluate(() => {
          const walker = document.createTreeWalker(document.querySelector('#a3')!, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode as Text;
            const at = node.data.indexOf('glimmer of hope');
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 'glimmer of hope'.length);
            getSelection()!.addRange(range);
            return;
          }
        });
        await page.locator('.quote-link:not([hidden])').waitFor();
        await page.waitForLoadState('networkidle'); // its stylesheet
        expect(await violations(page)).toEqual([]);
        await page.evaluate(() => getSelection()!.removeAllRanges());
        await page.getByRole('button', { name: 'Cite answer 3' }).click();
        await page.getByRole('dialog', { name: 'Cite answer 3' }).waitFor();
        expect(await violations(page)).toEqual([]);
      });
    });
  }
});
