import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { isInViewBelowHeader, useBrowser, withPage } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/build.ts';

const browser = useBrowser();

async function openSearchWithShortcut(page: Page, key = 'Control+k') {
  await page.keyboard.press(key);
  await page.locator('#search-dialog[open]').waitFor();
  return page.locator('#search-dialog-search-input');
}

/** The fragments of the interview hits listed, once the status says how many match `query`. */
async function interviewHits(page: Page, scope: string, query: string): Promise<string[]> {
  const said = new RegExp(`(match|matches) “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`);
  await page.locator(`${scope} .search-status`).filter({ hasText: said }).waitFor();
  return page
    .locator(`${scope} .search-hit`)
    .evaluateAll((links) =>
      links
        .filter((link) => link.querySelector('.search-hit-page')?.textContent === 'Interview')
        .map((link) => new URL((link as HTMLAnchorElement).href).hash),
    );
}

describe.each(['root', 'sub'] as const)('search (%s build)', (build) => {
  const site = () => inject('siteUrls')[build];

  /** Opens the interview, searches `query` from the dialog, and hands the page and its interview hits to `use`. */
  function searchFromDialog(query: string, use: (opened: { page: Page; hits: string[] }) => Promise<void>) {
    return withPage(browser(), site(), async ({ page }) => {
      await page.goto(site());
      const input = await openSearchWithShortcut(page);
      await input.fill(query);
      await use({ page, hits: await interviewHits(page, '#search-dialog', query) });
    });
  }

  it('opens with Ctrl+K and with /, and says so in aria-keyshortcuts', async () => {
    await withPage(browser(), site(), async ({ page, problems }) => {
      await page.goto(site());
      const trigger = page.locator('site-search > a');
      expect(await trigger.getAttribute('aria-keyshortcuts')).toBe('Control+K /');
      expect(await trigger.getAttribute('role')).toBe('button');
      await openSearchWithShortcut(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-search-input');
      await page.keyboard.press('Escape');
      await page.locator('#search-dialog').waitFor({ state: 'hidden' });
      expect(await page.locator('#search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
      await openSearchWithShortcut(page, '/');
      expect(await page.locator('dialog[open]').count()).toBe(1);
      expect(problems.errors, problems.errors.join('\n')).toEqual([]);
    });
  });

  it('lists every turn that mentions ECOWAS (four), each with the term marked, excerpts made of text and <mark> only', async () => {
    await searchFromDialog('ECOWAS', async ({ page, hits }) => {
      expect(hits.filter((hash) => /^#[qa]\d+$/.test(hash))).toEqual(['#q1', '#a2', '#a5', '#a6']);
      expect(hits).toContain('#user-content-fn-ecowas');
      const marked = await page
        .locator('#search-dialog .search-hit')
        .evaluateAll((links) =>
          links.filter((link) => /#[qa]\d+$/.test((link as HTMLAnchorElement).href)).map((link) => link.querySelector('mark')?.textContent),
        );
      // Pagefind marks the whole token, punctuation included: “(ECOWAS).”
      expect(marked).toHaveLength(4);
      for (const mark of marked) expect(mark).toContain('ECOWAS');
      const foreignNodes = await page
        .locator('#search-dialog .search-hit-excerpt')
        .evaluateAll((excerpts) =>
          excerpts.flatMap((excerpt) =>
            [...excerpt.childNodes]
              .filter(
                (node) =>
                  node.nodeType !== Node.TEXT_NODE &&
                  !(node instanceof HTMLElement && node.localName === 'mark' && node.children.length === 0),
              )
              .map((node) => node.nodeName),
          ),
        );
      expect(foreignNodes).toEqual([]);
    });
  });

  it('result addresses carry the searched words in Pagefind’s highlight parameter, one per word', async () => {
    await searchFromDialog('Wagner mercenaries', async ({ page }) => {
      const href = await page.locator('#search-dialog .search-hit').first().getAttribute('href');
      expect(new URL(href ?? '', site()).searchParams.getAll('highlight')).toEqual(['wagner', 'mercenaries']); // as Pagefind normalises them
    });
  });

  it('lists the passage with every word first, and folds those with only some under one line that opens them', async () => {
    await searchFromDialog('legislative elections', async ({ page, hits }) => {
      const listed = page.locator('#search-dialog-search-results > li > .search-hit');
      // A5, then the timeline's events that quote its words on those elections (never Q5, which has “elections” alone).
      const listedPlaces = await listed.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash));
      expect(listedPlaces[0]).toBe('#a5');
      expect(listedPlaces).not.toContain('#q5');
      const more = page.locator('#search-dialog .search-more summary');
      expect(await more.textContent()).toMatch(/^\d+ more passages? with some of the words$/);
      const folded = page.locator('#search-dialog .search-more .search-hit');
      expect(await folded.first().isVisible()).toBe(false);
      expect(hits).toContain('#q5'); // “elections” alone: there, folded away
      await more.click();
      expect(await folded.first().isVisible()).toBe(true);
    });
  });

  it('“glimmer of hope” lists A3 alone; “of” never makes a passage a match', async () => {
    await searchFromDialog('glimmer of hope', async ({ page, hits }) => {
      expect(await page.locator('#search-dialog-search-results > li > .search-hit').count()).toBe(1);
      expect(hits[0]).toBe('#a3');
      const folded = await page.locator('#search-dialog .search-more .search-hit-excerpt').allTextContents();
      for (const excerpt of folded) expect(excerpt).toMatch(/glimmer|hope/i);
    });
  });

  it('finds the source’s “Boubacar Keit” by the right name, with or without accents, and marks the source’s words on arrival', async () => {
    for (const query of ['Keita', 'Ibrahim Boubacar Keïta']) {
      await searchFromDialog(query, async ({ hits }) => expect(hits[0]).toBe('#q1'));
    }
    await searchFromDialog('Keita', async ({ page }) => {
      await page.locator('#search-dialog .search-hit[href$="#q1"]').click();
      await page.waitForURL(/#q1$/);
      const mark = page.locator('#q1 mark.search-mark').first();
      await mark.waitFor();
      expect(await mark.textContent()).toBe('Boubacar Keit');
      // The other name is for search only: not shown, not read.
      const mention = page.locator('#q1 a[href$="#ibrahim-boubacar-keita"]');
      expect(await mention.innerText()).toBe('Boubacar Keit');
      expect(await mention.evaluate((link) => [link.getAttribute('aria-label'), link.getAttribute('title')])).toEqual([null, null]);
    });
  });

  it('an abbreviation finds its expansion and the other way round, from the glossary’s own fields', async () => {
    await searchFromDialog('Economic Community of West African States', async ({ page, hits }) => {
      expect(hits.slice(0, 4)).toEqual(['#q1', '#a2', '#a5', '#a6']); // the garbled full name, then “ECOWAS”
      // With its note, its entry, the About page's note on names and the timeline's sanctions of January 2022.
      expect(await page.locator('#search-dialog-search-results > li > .search-hit').count()).toBeLessThanOrEqual(8);
    });
    await searchFromDialog('Islamic State in the Greater Sahara', async ({ hits }) => expect(hits[0]).toBe('#a1'));
    await searchFromDialog('ISGS', async ({ hits }) => expect(hits[0]).toBe('#a1'));
  });

  it('finds a place named only in a caption, linking to the figure in its section', async () => {
    await searchFromDialog('Mopti', async ({ page, hits }) => {
      expect(hits).toEqual(['#photo-mopti']);
      expect(await page.locator('#search-dialog .search-hit[href$="#photo-mopti"] .search-hit-title').textContent()).toBe(
        'Photo · Cancer impunity',
      );
    });
  });

  it('choosing the Barkhane result lands on #a3, below the header, with a visible mark', async () => {
    await searchFromDialog('Barkhane', async ({ page }) => {
      await page.locator('#search-dialog .search-hit[href$="#a3"]').click();
      await page.waitForURL(/#a3$/);
      await page.locator('#a3 mark.search-mark').first().waitFor();
      expect(await page.locator('#a3 mark.search-mark').first().textContent()).toBe('Barkhane');
      const view = await isInViewBelowHeader(page, '#a3 mark.search-mark');
      expect(view.wholeInView, JSON.stringify(view)).toBe(true);
    });
  });

  it('on arrival, marks every searched word and scrolls the first mark into view below the header, however far down it is', async () => {
    // No fragment: the page opens at its top, and the first “Wagner” is screens below.
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(`${site()}?highlight=Wagner&highlight=Barkhane`);
      await page.locator('mark.search-mark').first().waitFor();
      const words = await page.locator('mark.search-mark').allTextContents();
      expect(new Set(words)).toEqual(new Set(['Wagner', 'Barkhane']));
      const view = await isInViewBelowHeader(page, 'mark.search-mark');
      expect(view.wholeInView, JSON.stringify(view)).toBe(true);
    });
  });

  it('lists the interview’s own passages before the glossary’s', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(`${site()}search/?q=Wagner`);
      await interviewHits(page, 'search-page', 'Wagner');
      const pages = await page.locator('search-page .search-hit-page').allTextContents();
      expect(pages.slice(0, 2)).toEqual(['Interview', 'Interview']);
      expect(pages).toContain('Glossary');
    });
  });

  it('never lists the 404 page', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(`${site()}search/?q=${encodeURIComponent('Nothing lives at this address')}`);
      await page.locator('search-page .search-status').filter({ hasText: 'Nothing lives at this address' }).waitFor();
      expect(await page.locator('search-page .search-hit-page').allTextContents()).not.toContain('Page not found');
      expect(await page.locator('search-page .search-hit[href*="404"]').count()).toBe(0);
    });
  });

  it('works from the keyboard alone, from opening to landing', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(site());
      await page.keyboard.press('/');
      await page.locator('#search-dialog[open]').waitFor();
      await page.keyboard.type('Wagner');
      await interviewHits(page, '#search-dialog', 'Wagner');
      const focusedHit = () =>
        page.evaluate(() => [...document.querySelectorAll('#search-dialog .search-hit')].indexOf(document.activeElement!));
      await page.keyboard.press('ArrowDown');
      expect(await focusedHit()).toBe(0);
      await page.keyboard.press('ArrowDown');
      expect(await focusedHit()).toBe(1);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-search-input');
      await page.keyboard.press('ArrowDown');
      expect(await focusedHit()).toBe(0);
      await Promise.all([page.waitForURL(/#[qa]\d$/), page.keyboard.press('Enter')]);
      await page.locator('mark.search-mark').first().waitFor();
      expect(new URL(page.url()).hash).toBe('#q4');
    });
  });

  it('Escape closes the search and returns focus to where it was', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(site());
      await page.locator('#a2 .turn-permalink').focus();
      await openSearchWithShortcut(page);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.closest('.turn')?.id)).toBe('a2');
      await page.locator('site-search > a').click();
      await page.locator('#search-dialog[open]').waitFor();
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.matches('site-search > a'))).toBe(true);
    });
  });

  it('/search/?q=Wagner shows the results, and the address follows what is typed', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(`${site()}search/?q=Wagner`);
      expect(await interviewHits(page, 'search-page', 'Wagner')).toEqual(['#q4', '#a4']);
      await page.locator('#page-search-input').fill('Timbuktu');
      await page.waitForURL(/\?q=Timbuktu$/);
      expect(await interviewHits(page, 'search-page', 'Timbuktu')).toEqual(['#photo-timbuktu']);
    });
  });

  it('an empty shared query (/search/?q=) says so, and asks for words', async () => {
    await withPage(browser(), site(), async ({ page, problems }) => {
      await page.goto(`${site()}search/?q=`);
      const status = page.locator('search-page .search-status');
      await status.filter({ hasText: '?q=' }).waitFor();
      expect(await status.textContent()).toBe('This search address (?q=) names no words to search for. Type a word or a name above.');
      expect(await page.locator('search-page .search-hit').count()).toBe(0);
      expect(problems.errors).toEqual([]);
    });
  });

  it('corrects a misspelt name that finds nothing and shows the results at once, with a link back to the words as typed', async () => {
    await withPage(browser(), site(), async ({ page, problems }) => {
      for (const [typo, word, first] of [
        ['barkane', 'Barkhane', '#q3'],
        ['Timbuctu', 'Timbuktu', '#photo-timbuktu'],
      ] as const) {
        await page.goto(`${site()}search/?q=${typo}`);
        const status = page.locator('search-page .search-status');
        await status.filter({ hasText: `shown for “${typo}”` }).waitFor();
        expect(await status.textContent()).toMatch(
          new RegExp(`^\\d+ places match “${word}”, shown for “${typo}”, which matches nothing\\.$`),
        );
        expect((await interviewHits(page, 'search-page', word))[0]).toBe(first);
        const line = page.locator('search-page .search-suggestions');
        expect(await line.textContent()).toBe(`Showing results for ${word} · Search instead for ${typo}`);
        const [corrected, asTyped] = await line.locator('a').all();
        expect(new URL((await corrected!.getAttribute('href'))!, page.url()).search).toBe(`?q=${word}`);
        expect(new URL((await asTyped!.getAttribute('href'))!, page.url()).search).toBe(`?q=${typo}&verbatim=1`);
        // The address keeps the reader's words: shared, it shows the same correction.
        expect(new URL(page.url()).search).toBe(`?q=${typo}`);

        await asTyped!.click();
        await page.waitForURL(new RegExp(`\\?q=${typo}&verbatim=1$`));
        await status.filter({ hasText: `Nothing in the interview, its notes or glossary matches “${typo}”` }).waitFor();
        expect(await page.locator('search-page .search-hit').count()).toBe(0);
        const suggestion = page.locator('search-page .search-suggestion');
        expect(await suggestion.allTextContents()).toEqual([word]);

        await page.goto(`${site()}search/?q=${typo}&verbatim=1`);
        await status.filter({ hasText: `Nothing in the interview, its notes or glossary matches “${typo}”` }).waitFor();
        await suggestion.click();
        await page.waitForURL(new RegExp(`\\?q=${word}$`));
        expect((await interviewHits(page, 'search-page', word))[0]).toBe(first);
      }
      expect(problems.errors, problems.errors.join('\n')).toEqual([]);
    });
  });

  it('offers the choices, without correcting, when no correction is clearly best or the query found something', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      // “junta” is two letters from “June” and from no other word: too far to be sure.
      await page.goto(`${site()}search/?q=junta`);
      const status = page.locator('search-page .search-status');
      await status.filter({ hasText: 'Nothing in the interview, its notes or glossary matches “junta”' }).waitFor();
      expect(await page.locator('search-page .search-suggestions').textContent()).toBe('Did you mean June?');
      expect(await page.locator('search-page .search-hit').count()).toBe(0);
      // “withdrawal” finds Q3: the query found something, so it is not corrected, only offered.
      await page.goto(`${site()}search/?q=${encodeURIComponent('Barkane withdrawal')}`);
      await status.filter({ hasText: '“Barkane withdrawal”' }).waitFor();
      expect(await status.textContent()).toContain('but for “barkane”, which nothing on the site has');
      expect(await page.locator('search-page .search-suggestion').allTextContents()).toEqual(['Barkhane withdrawal']);
      expect((await interviewHits(page, 'search-page', 'Barkane withdrawal'))[0]).toBe('#q3');
    });
  });

  it('shows a query as text: an HTML string typed into the box runs nothing', async () => {
    await withPage(browser(), site(), async ({ page, problems }) => {
      const attack = '<img src=x onerror=alert(1)>';
      let dialogs = 0;
      page.on('dialog', async (dialog) => {
        dialogs += 1;
        await dialog.dismiss();
      });
      await page.goto(site());
      const input = await openSearchWithShortcut(page);
      await input.fill(attack);
      const status = page.locator('#search-dialog .search-status');
      await status.filter({ hasText: attack }).waitFor();
      expect(await status.textContent()).toContain(`“${attack}”`);
      await page.goto(`${site()}search/?q=${encodeURIComponent(attack)}`);
      await page.locator('search-page .search-status').filter({ hasText: attack }).waitFor();
      await page.waitForTimeout(300);
      expect(await page.locator('main img, dialog img').count()).toBe(0);
      expect(dialogs).toBe(0);
      expect(problems.foreignRequests).toEqual([]);
    });
  });
});

describe('search without JavaScript', () => {
  it('the header control is a link to a search page that says what to do instead', async () => {
    const site = inject('siteUrls').root;
    await withPage(browser(), site, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(site);
      await page.locator('site-search > a').click();
      await page.waitForURL(/\/search\/$/);
      const text = await page.locator('main').innerText();
      expect(text).toContain('Search runs in your browser and needs JavaScript');
      expect(await page.locator('search-page').isVisible()).toBe(false);
      expect(await page.locator('main a[href="/glossary/"]').count()).toBe(1);
    });
  });
});

describe('search results are built from text and <mark> only', () => {
  /** src/scripts/search/results.ts as the browser runs it (its only import is a type). */
  const resultsModule = stripTypeScriptTypes(readFileSync(`${PROJECT_ROOT}/src/scripts/search/results.ts`, 'utf8'));

  it('markup in an excerpt or a title (as an indexed page or Pagefind could hand over) is shown as text and runs nothing', async () => {
    await withPage(browser(), inject('siteUrls').root, async ({ page }) => {
      await page.setContent('<!doctype html><title>results</title><body></body>');
      await page.addScriptTag({ type: 'module', content: `${resultsModule}\nwindow.hitItem = hitItem;` });
      await page.waitForFunction(() => 'hitItem' in window);
      const rendered = await page.evaluate(async () => {
        const { item } = window.hitItem!({
          title: '<img src=x onerror="window.pwned = 1">Title',
          page: 'Interview',
          url: '/#a1',
          excerpt:
            '&lt;b&gt;bold&lt;/b&gt; <b>real</b> <mark>Wagner</mark> <img src=x onerror="window.pwned = 2"><mark><i>nested</i></mark>',
        });
        document.body.append(item);
        await new Promise((done) => setTimeout(done, 200)); // time for an image error to fire
        const excerpt = item.querySelector('.search-hit-excerpt')!;
        return {
          pwned: window.pwned ?? null,
          elements: [...item.querySelectorAll('*')].map((element) => element.localName),
          excerptNodes: [...excerpt.childNodes].map((node) => node.nodeName),
          excerptText: excerpt.textContent,
          title: item.querySelector('.search-hit-title')!.textContent,
        };
      });
      expect(rendered.pwned).toBeNull();
      expect(rendered.elements).toEqual(['a', 'span', 'span', 'span', 'mark', 'mark']);
      expect(rendered.excerptNodes.filter((name) => name !== '#text')).toEqual(['MARK', 'MARK']);
      expect(rendered.excerptText).toBe('<b>bold</b> real Wagner nested');
      expect(rendered.title).toBe('<img src=x onerror="window.pwned = 1">Title');
    });
  });
});
