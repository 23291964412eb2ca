import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();
const site = () => inject('siteUrls').root;

describe('addresses and answers the site did not make', () => {
  it('a malformed %-escape in the fragment with ?highlight= still marks the words, with no error', async () => {
    await withPage(browser(), site(), async ({ page, problems }) => {
      await page.goto(`${site()}?highlight=mali#%E0%A4%A`);
      await page.locator('mark.search-mark').first().waitFor();
      expect((await page.locator('mark.search-mark').first().textContent())?.toLowerCase()).toBe('mali');
      expect(problems.errors, problems.errors.join('\n')).toEqual([]);
    });
  });

  it('a 100 000-letter ?highlight= word is left unmarked, and the other searched words are still marked', async () => {
    await withPage(browser(), site(), async ({ page, problems }) => {
      // The test server refuses request lines over 16 KB, as many hosts do; the browser's own
      // address keeps the long word, which is what the script reads.
      const longWord = 'a'.repeat(100_000);
      await page.route(
        (url) => url.searchParams.get('highlight') === longWord,
        (route) => route.fulfill({ path: join(inject('outDirs').root, 'index.html') }),
      );
      await page.goto(`${site()}?highlight=${longWord}&highlight=Wagner`);
      await page.locator('mark.search-mark').first().waitFor();
      expect(new Set(await page.locator('mark.search-mark').allTextContents())).toEqual(new Set(['Wagner']));
      expect(problems.errors, problems.errors.join('\n')).toEqual([]);
    });
  });

  it.each([
    ['null', 'null'],
    ['an entry without its words', '{"ecowas": {"term": 1, "summary": ["x"]}}'],
  ])('a glossary.json that answers %s leaves glossary links as plain links, with no error', async (_, body) => {
    await withPage(browser(), site(), async ({ page, problems }) => {
      await page.route('**/glossary.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
      const answered = page.waitForResponse('**/glossary.json');
      await page.goto(site());
      const term = page.locator('#q1 a.glossary-term[href$="#ecowas"]');
      await term.hover();
      await answered;
      await page.locator('#a1').hover();
      await term.hover();
      await term.focus();
      // Time for a preview to appear, had the answer been taken for entries.
      await page.waitForTimeout(300);
      expect(await page.locator('#glossary-preview:popover-open').count()).toBe(0);
      expect(await term.getAttribute('aria-describedby')).toBeNull();
      await term.click();
      await page.waitForURL(/\/glossary\/#ecowas$/);
      expect(problems.errors, problems.errors.join('\n')).toEqual([]);
    });
  });
});

describe('the search page’s status line', () => {
  /** The status line once it has said what `?q=` found. */
  async function statusFor(query: string) {
    return withPage(browser(), site(), async ({ page, problems }) => {
      await page.goto(`${site()}search/?q=${encodeURIComponent(query)}`);
      const status = page.locator('search-page .search-status');
      await status.filter({ hasText: /match/ }).waitFor();
      return {
        text: (await status.textContent()) ?? '',
        elements: await status.evaluate((element) => element.children.length),
        input: await page.locator('search-page input').inputValue(),
        errors: problems.errors,
      };
    });
  }

  it('quotes a 5 000-character query shortened, with an ellipsis, and keeps it whole in the box', async () => {
    const query = `Wagner ${'x'.repeat(4_993)}`;
    const said = await statusFor(query);
    expect(said.text).toMatch(/ match(es)? “Wagner x+…”/);
    expect(said.text.length).toBeLessThan(200);
    expect(said.input).toBe(query);
    expect(said.errors, said.errors.join('\n')).toEqual([]);
  });

  it('quotes a query written to look like a message as text, in quotes and cut short, never as markup', async () => {
    const query =
      '”. <b>Search is unavailable</b><img src=x onerror="document.title=1">. Your session expired: sign in again at evil.example to keep reading';
    const said = await statusFor(query);
    expect(said.elements).toBe(0);
    expect(said.text).toMatch(/ match(es)?( some of the words of)? “”\. <b>Search is unavailable<\/b><img src=x[^”]*…”/);
    expect(said.text).not.toContain('evil.example');
    expect(said.errors, said.errors.join('\n')).toEqual([]);
  });

  it('quotes a short query whole', async () => {
    const said = await statusFor('Wagner');
    expect(said.text).toMatch(/places match “Wagner”/);
  });
});
