import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();
const site = () => inject('siteUrls').root;

/** Selects `phrase` inside the element matching `selector` (its first occurrence there), as a mouse or keyboard would. */
async function select(page: Page, selector: string, phrase: string, endSelector?: string, endPhrase?: string): Promise<void> {
  await page.evaluate(
    ([sel, words, endSel, endWords]) => {
      const find = (root: Element, text: string): [Text, number] => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          const at = node.data.indexOf(text);
          if (at >= 0) return [node, at];
        }
        throw new Error(`“${text}” not in ${root.id}`);
      };
      const [start, from] = find(document.querySelector(sel)!, words);
      const [end, to] = endSel ? find(document.querySelector(endSel)!, endWords!) : [start, from];
      const range = document.createRange();
      range.setStart(start, from);
      range.setEnd(end, to + (endSel ? endWords! : words).length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [selector, phrase, endSelector, endPhrase] as const,
  );
}

/** Where the first occurrence of `phrase` in `selector` is on screen, and whether it lies in view below the sticky header. */
function phraseInView(page: Page, selector: string, phrase: string) {
  return page.evaluate(
    ([sel, words]) => {
      const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const box = range.getBoundingClientRect();
        const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
        return { top: box.top, inView: box.top >= header - 1 && box.bottom <= innerHeight, scrollY };
      }
      throw new Error('phrase not found');
    },
    [selector, phrase] as const,
  );
}

describe('links to quotes', () => {
  it('selecting words in A3 offers a button beside them that copies a link to the quote, and the link shows the words', async () => {
    await withPage(browser(), site(), async ({ page, problems }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`${site()}#a3`);
      await select(page, '#a3', 'glimmer of hope');
      const button = page.getByRole('button', { name: 'Copy link to quote' });
      await button.waitFor();
      // Beside the words, never over them.
      const overlap = await page.evaluate(() => {
        const words = [...getSelection()!.getRangeAt(0).getClientRects()];
        const box = document.querySelector('.quote-link')!.getBoundingClientRect();
        return words.some((rect) => rect.left < box.right && box.left < rect.right && rect.top < box.bottom && box.top < rect.bottom);
      });
      expect(overlap).toBe(false);
      await button.click();
      const status = page.locator('transcript-links > [role="status"]');
      await page.waitForFunction(() => document.querySelector('transcript-links > [role="status"]')?.textContent?.includes('copied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${site()}#a3:~:text=glimmer%20of%20hope`);
      expect(await status.textContent()).toBe(`Link to quote copied: ${copied}`);
      // The selection goes, and so does the button.
      await page.evaluate(() => getSelection()!.removeAllRanges());
      await button.waitFor({ state: 'hidden' });
      expect(problems.errors).toEqual([]);

      // Chromium applies text fragments on navigation: it takes the directive out of the address and scrolls to the words.
      const reader = await page.context().newPage();
      await reader.goto(copied);
      expect(await reader.evaluate(() => 'fragmentDirective' in document && location.hash)).toBe('#a3');
      await reader.waitForFunction(() => scrollY > 0);
      expect((await phraseInView(reader, '#a3', 'glimmer of hope')).inView).toBe(true);
      expect(await reader.locator('mark.quote-mark').count()).toBe(0); // the browser highlights, not our script
    });
  });

  it('in a browser without text fragments, the site marks the quoted words and brings them into view', async () => {
    // Chromium supports text fragments and takes the directive out of the address on every
    // navigation (history.replaceState included), so the fallback that transcript-links.ts loads for
    // an address still holding `:~:` is called here directly, as that browser would reach it.
    const chunk = readdirSync(join(inject('outDirs').root, '_astro')).find((file) => /^quote-link\.[\w-]+\.js$/.test(file));
    await withPage(browser(), site(), async ({ page, problems }) => {
      await page.goto(site());
      // “security” is in the interview ten times: prefix and suffix pick the one in A6.
      // A string, so that Vitest leaves its import() alone; run through the DevTools protocol, outside the page's CSP.
      await page.evaluate(
        `import('${site()}_astro/${chunk}').then(({ QuoteLinks }) => QuoteLinks.mark(document.querySelector('transcript-links'), 'a6:~:text=overcome%20the-,security,-crisis'))`,
      );
      const mark = page.locator('mark.quote-mark');
      expect(await mark.allTextContents()).toEqual(['security']);
      expect(await mark.evaluate((element) => element.closest('.turn')?.id)).toBe('a6');
      expect(await mark.evaluate((element) => element.previousSibling?.textContent?.endsWith('to overcome the '))).toBe(true);
      await page.waitForFunction(() => {
        const box = document.querySelector('mark.quote-mark')!.getBoundingClientRect();
        return box.top >= document.querySelector('.site-header')!.getBoundingClientRect().bottom && box.bottom <= innerHeight;
      });
      expect(problems.errors).toEqual([]);
    });
  });

  it('a long selection is linked by its first and last words', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`${site()}#a3`);
      await select(page, '#a3', 'We constantly advocate dialogue', '#a3', 'with respect for human rights');
      await page.getByRole('button', { name: 'Copy link to quote' }).click();
      await page.waitForFunction(() => document.querySelector('transcript-links > [role="status"]')?.textContent?.includes('copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${site()}#a3:~:text=We%20constantly%20advocate%20dialogue,respect%20for%20human%20rights`,
      );
    });
  });

  it('words dragged over with the mouse: the first Tab goes to the button, Enter copies', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`${site()}#a3`);
      const [from, to] = await page.evaluate(() => {
        const node = [...document.querySelectorAll('#a3 p')[0]!.childNodes].find((child) =>
          child.textContent!.includes('glimmer of hope'),
        )!;
        const at = (offset: number) => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const box = range.getBoundingClientRect();
          return { x: box.left + 1, y: box.top + box.height / 2 };
        };
        const start = node.textContent!.indexOf('glimmer of hope');
        return [at(start), at(start + 'glimmer of hope'.length)] as const;
      });
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 5 });
      await page.mouse.up();
      expect(await page.evaluate(() => getSelection()!.toString())).toBe('glimmer of hope');
      await page.getByRole('button', { name: 'Copy link to quote' }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('quote-link');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('transcript-links > [role="status"]')?.textContent?.includes('copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site()}#a3:~:text=glimmer%20of%20hope`);
    });
  });

  it('a selection across two turns offers the first turn’s link; one outside the turns, nothing', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`${site()}#a3`);
      await select(page, '#a3', 'glimmer of hope', '#q4', 'It seems');
      const button = page.getByRole('button', { name: 'Copy link to A3' });
      await button.waitFor();
      await button.click();
      await page.waitForFunction(() => document.querySelector('transcript-links > [role="status"]')?.textContent?.includes('copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site()}#a3`);
      await select(page, '.interview-header h1', 'Despite');
      await page.locator('.quote-link').waitFor({ state: 'hidden' });
    });
  });
});

describe('citations', () => {
  it('the interview and each turn have a Cite button; without JavaScript none shows', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(site());
      expect(await page.getByRole('button', { name: 'Cite this interview' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: /^Cite (question|answer) \d+$/ }).count()).toBe(14);
      expect(await page.locator('#a3 .turn-permalink + .cite-button').getAttribute('data-cite')).toBe('#a3');
    });
    await withPage(browser(), site(), { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(site());
      // The buttons are in the page (so nothing moves when their script wakes them) but hidden.
      expect(await page.getByRole('button', { name: /^Cite/ }).count()).toBe(0);
      const shown = await page
        .locator('.cite-button')
        .evaluateAll((buttons) => buttons.filter((button) => getComputedStyle(button).visibility !== 'hidden').length);
      expect(shown).toBe(0);
    });
  });

  it('A3’s Cite button opens a modal dialog with every style; Escape closes it and focus returns', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.clock.setFixedTime(new Date(2026, 10, 29, 12));
      await page.goto(site());
      const button = page.getByRole('button', { name: 'Cite answer 3' });
      await button.click();
      const dialog = page.getByRole('dialog', { name: 'Cite answer 3' });
      await dialog.waitFor();
      expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      const texts = await dialog.locator('.cite-text').allTextContents();
      const url = `${site()}#a3`;
      expect(texts.slice(0, 4)).toEqual([
        `Carette, A. (ca. 2022, April). Interview: Despite the security and political crises in Mali, the UN expert remains optimistic [Interview with Alioune Tine]. UN News. Retrieved November 29, 2026, from ${url}`,
        `Tine, Alioune. “Interview: Despite the Security and Political Crises in Mali, the UN Expert Remains Optimistic.” Interview by Alexandre Carette. UN News, [Apr. 2022?], ${url.replace(/^https?:\/\//, '')}. Accessed 29 Nov. 2026.`,
        `Alioune Tine, “Interview: Despite the Security and Political Crises in Mali, the UN Expert Remains Optimistic,” interview by Alexandre Carette, UN News, [April 2022?], accessed November 29, 2026, ${url}.`,
        `Tine, Alioune. “Interview: Despite the Security and Political Crises in Mali, the UN Expert Remains Optimistic.” Interview by Alexandre Carette. UN News, [April 2022?]. Accessed November 29, 2026. ${url}.`,
      ]);
      expect(texts[4]).toContain('date = {2022-04~}');
      const download = page.waitForEvent('download');
      await dialog.getByRole('link', { name: 'Download RIS' }).click();
      const ris = await (await download).createReadStream();
      let body = '';
      for await (const chunk of ris) body += String(chunk);
      expect(body).toContain(`TY  - ELEC\r\nAU  - Carette, Alexandre\r\n`);
      expect(body).toContain(`UR  - ${url}\r\n`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    });
  });

  it('the formatting and dialog code load only when a Cite button is pressed, and quoting only on a selection', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
      await page.goto(site());
      await page.waitForLoadState('networkidle');
      expect(scripts.filter((path) => /cite-dialog|quote-link/.test(path))).toEqual([]);
      await select(page, '#a3', 'glimmer of hope');
      await page.locator('.quote-link').waitFor();
      expect(scripts.filter((path) => /cite-dialog/.test(path))).toEqual([]);
      await page.getByRole('button', { name: 'Cite this interview' }).click();
      await page.getByRole('dialog').waitFor();
      expect(scripts.some((path) => /\/cite-dialog\.[\w-]+\.js$/.test(path))).toBe(true);
    });
  });

  it('reference managers read the page: citation_* tags agree with the JSON-LD', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(site());
      const meta = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('meta[name^="citation_"]')].map((tag) => [tag.getAttribute('name'), tag.getAttribute('content')]),
        ),
      );
      const ld = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!));
      expect(meta).toEqual({
        citation_title: ld.headline,
        citation_author: 'Carette, Alexandre',
        citation_publisher: ld.isBasedOn.publisher.name,
        citation_publication_date: ld.isBasedOn.datePublished,
        citation_public_url: ld.url,
        citation_language: ld.inLanguage,
      });
      expect(ld.author.name).toBe('Alexandre Carette');
    });
  });
});
