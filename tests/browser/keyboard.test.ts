import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { isInViewBelowHeader, useBrowser, withPage } from '../support/browser.ts';

// Caret browsing (F7 in Chromium) is how a keyboard selects words that are not in a field: Shift+arrows from the caret.
const browser = useBrowser(['--enable-caret-browsing']);
const site = () => inject('siteUrls').root;

/** Presses Tab until focus is on an element matching `selector`, as a reader would; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 100): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${selector}`);
}

/** Whether the focused element matches `selector`. */
function focused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
}

describe('with the keyboard alone', () => {
  it('the search dialog opens on Enter with the box focused, Escape gives focus back, and a result lands on its passage', async () => {
    await withPage(browser(), site(), async ({ page, problems }) => {
      await page.goto(site());
      await tabTo(page, '.search-trigger');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Search' });
      await dialog.waitFor();
      expect(await focused(page, '#search-dialog-search-input')).toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await focused(page, '.search-trigger')).toBe(true);

      await page.keyboard.press('Enter');
      await dialog.waitFor();
      expect(await focused(page, '#search-dialog-search-input')).toBe(true);
      await page.keyboard.type('glimmer of hope');
      // The results of the whole query, not of the words typed so far (“glimmer”): a busy machine can show those first.
      await dialog.locator('.search-status').filter({ hasText: '“glimmer of hope”' }).waitFor();
      await dialog.locator('.search-hit').first().waitFor();
      await tabTo(page, '#search-dialog .search-hit', 10);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/#a3$/);
      await Promise.all([page.waitForURL(/#a3$/), page.keyboard.press('Enter')]);
      await page.locator('#a3 mark').first().waitFor();
      // The words of meaning are marked, not “of”.
      expect(await page.locator('#a3 mark').allTextContents()).toEqual(['glimmer', 'hope']);
      await page.waitForFunction(() => scrollY > 0);
      expect((await isInViewBelowHeader(page, '#a3 mark')).wholeInView).toBe(true);
      expect(problems.errors).toEqual([]);
    });
  });

  it('a glossary term shows its preview when Tab reaches it, Escape hides it with focus kept, Enter opens the entry', async () => {
    await withPage(browser(), site(), async ({ page, problems }) => {
      await page.goto(site());
      const term = '#q1 a.glossary-term[href$="#ecowas"]';
      await tabTo(page, term);
      const preview = page.locator('#glossary-preview');
      await page.locator('#glossary-preview:popover-open').waitFor();
      expect(await preview.textContent()).toMatch(/^ECOWAS /);
      expect(await page.locator(term).getAttribute('aria-describedby')).toBe('glossary-preview');
      await page.keyboard.press('Escape');
      await page.locator('#glossary-preview:popover-open').waitFor({ state: 'detached' });
      expect(await focused(page, term)).toBe(true);
      await Promise.all([page.waitForURL(/\/glossary\/#ecowas$/), page.keyboard.press('Enter')]);
      expect(problems.errors).toEqual([]);
    });
  });

  it('a Cite button opens its dialog with focus inside, Enter on Copy copies the citation, Escape returns focus to the button', async () => {
    await withPage(browser(), site(), async ({ page, problems }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      // Tab after arriving at #a3 goes on from A3 (the page's focus starting point is the target).
      await page.goto(`${site()}#a3`);
      await tabTo(page, '.cite-button[data-cite="#a3"]', 10);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Cite answer 3' });
      await dialog.waitFor();
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      await tabTo(page, 'dialog .cite-copy', 10);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.hasAttribute('data-copied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await dialog.locator('.cite-text').first().textContent());
      expect(copied).toContain(`${site()}#a3`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await focused(page, '.cite-button[data-cite="#a3"]')).toBe(true);
      expect(problems.errors).toEqual([]);
    });
  });

  it('words selected with Shift+arrows: Tab reaches the quote button, Enter copies the link, Escape returns focus to the words', async () => {
    await withPage(browser(), site(), async ({ page, problems }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`${site()}#a3`);
      // The caret before “glimmer”, where the arrow keys would bring it; Shift+→ then selects.
      await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('#a3')!, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          const at = node.data.indexOf('glimmer of hope');
          if (at >= 0) return getSelection()!.collapse(node, at);
        }
        throw new Error('“glimmer of hope” is not in A3');
      });
      const before = await page.evaluate(() => document.activeElement?.tagName);
      for (let press = 0; press < 'glimmer of hope'.length; press++) await page.keyboard.press('Shift+ArrowRight');
      expect(await page.evaluate(() => getSelection()!.toString())).toBe('glimmer of hope');
      const button = page.getByRole('button', { name: 'Copy link to quote' });
      await button.waitFor();
      await page.keyboard.press('Tab');
      expect(await focused(page, '.quote-link')).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('transcript-links > [role="status"]')?.textContent?.includes('copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site()}#a3:~:text=glimmer%20of%20hope`);
      await page.keyboard.press('Escape');
      await button.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(before);
      expect(await page.evaluate(() => getSelection()!.toString())).toBe('glimmer of hope');
      expect(problems.errors).toEqual([]);
    });
  });
});
