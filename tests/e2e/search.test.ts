import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

async function openSearchWithShortcut(page: Page, key = 'Control+k') {
  await page.keyboard.press(key);
  await page.locator('#search-dialog[open]').waitFor();
  return page.locator('#dialog-search-input');
}

/** The fragments of the interview hits listed, once the status says how many match `query`. */
async function interviewHits(page: Page, scope: string, query: string): Promise<string[]> {
  const said = new RegExp(`(match|matches) “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`);
  await page.locator(`${scope} [data-search-status]`).filter({ hasText: said }).waitFor();
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

  /** Opens the interview, searches from the dialog, and returns the page and its interview hits. */
  async function searchFromDialog(query: string) {
    const { page } = await openPage(browser(), site());
    await page.goto(site());
    const input = await openSearchWithShortcut(page);
    await input.fill(query);
    return { page, hits: await interviewHits(page, '#search-dialog', query) };
  }

  it('opens with Ctrl+K and with /, and says so in aria-keyshortcuts', async () => {
    const { page, problems } = await openPage(browser(), site());
    await page.goto(site());
    const trigger = page.locator('[data-search-trigger]');
    expect(await trigger.getAttribute('aria-keyshortcuts')).toBe('Control+K /');
    await expect(openSearchWithShortcut(page)).resolves.toBeTruthy();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');
    await page.keyboard.press('Escape');
    await page
      .locator('#search-dialog[open]')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    expect(await page.locator('#search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
    await openSearchWithShortcut(page, '/');
    expect(problems.errors, problems.errors.join('\n')).toEqual([]);
    await page.context().close();
  });

  it('lists every turn that mentions ECOWAS (four), each with the term marked', async () => {
    const { page, hits } = await searchFromDialog('ECOWAS');
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
    await page.context().close();
  });

  it('finds a place named only in a caption, linking to the figure in its section', async () => {
    const { page, hits } = await searchFromDialog('Mopti');
    expect(hits).toEqual(['#photo-mopti']);
    expect(await page.locator('#search-dialog .search-hit[href$="#photo-mopti"] .search-hit-title').textContent()).toBe(
      'Photo · Cancer impunity',
    );
    await page.context().close();
  });

  it('choosing the Barkhane result lands on #a3, below the header, with a visible mark', async () => {
    const { page } = await searchFromDialog('Barkhane');
    await page.locator('#search-dialog .search-hit[href$="#a3"]').click();
    await page.waitForURL(/#a3$/);
    await page.locator('#a3 mark.search-mark').first().waitFor();
    const view = await page.evaluate(() => {
      const mark = document.querySelector('#a3 mark.search-mark')!.getBoundingClientRect();
      const header = document.querySelector('.site-header')!.getBoundingClientRect();
      return {
        markTop: mark.top,
        markBottom: mark.bottom,
        headerBottom: header.bottom,
        height: innerHeight,
        text: document.querySelector('#a3 mark')!.textContent,
      };
    });
    expect(view.text).toBe('Barkhane');
    expect(view.markTop).toBeGreaterThanOrEqual(view.headerBottom);
    expect(view.markBottom).toBeLessThanOrEqual(view.height);
    await page.context().close();
  });

  it('lists the interview’s own passages before the glossary’s', async () => {
    const { page } = await openPage(browser(), site());
    await page.goto(`${site()}search/?q=Wagner`);
    await interviewHits(page, '[data-search-page]', 'Wagner');
    const pages = await page.locator('[data-search-page] .search-hit-page').allTextContents();
    expect(pages.slice(0, 2)).toEqual(['Interview', 'Interview']);
    expect(pages).toContain('Glossary');
    await page.context().close();
  });

  it('never lists the 404 page', async () => {
    const { page } = await openPage(browser(), site());
    await page.goto(`${site()}search/?q=${encodeURIComponent('Nothing lives at this address')}`);
    await page.locator('[data-search-page] [data-search-status]').filter({ hasText: 'Nothing lives at this address' }).waitFor();
    expect(await page.locator('[data-search-page] .search-hit-page').allTextContents()).not.toContain('Page not found');
    expect(await page.locator('[data-search-page] .search-hit[href*="404"]').count()).toBe(0);
    await page.context().close();
  });

  it('works from the keyboard alone, from opening to landing', async () => {
    const { page } = await openPage(browser(), site());
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
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');
    await page.keyboard.press('ArrowDown');
    expect(await focusedHit()).toBe(0);
    await Promise.all([page.waitForURL(/#[qa]\d$/), page.keyboard.press('Enter')]);
    await page.locator('mark.search-mark').first().waitFor();
    expect(new URL(page.url()).hash).toBe('#q4');
    await page.context().close();
  });

  it('Escape closes the search and returns focus to where it was', async () => {
    const { page } = await openPage(browser(), site());
    await page.goto(site());
    await page.locator('#a2 .turn-permalink').focus();
    await openSearchWithShortcut(page);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.closest('.turn')?.id)).toBe('a2');
    await page.locator('[data-search-trigger]').click();
    await page.locator('#search-dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).toBe(true);
    await page.context().close();
  });

  it('/search/?q=Wagner shows the results, and the address follows what is typed', async () => {
    const { page } = await openPage(browser(), site());
    await page.goto(`${site()}search/?q=Wagner`);
    expect(await interviewHits(page, '[data-search-page]', 'Wagner')).toEqual(['#q4', '#a4']);
    await page.locator('#page-search-input').fill('Timbuktu');
    await page.waitForURL(/\?q=Timbuktu$/);
    expect(await interviewHits(page, '[data-search-page]', 'Timbuktu')).toEqual(['#photo-timbuktu']);
    await page.context().close();
  });

  it('an empty shared query (/search/?q=) says so, and asks for words', async () => {
    const { page, problems } = await openPage(browser(), site());
    await page.goto(`${site()}search/?q=`);
    const status = page.locator('[data-search-page] [data-search-status]');
    await status.filter({ hasText: '?q=' }).waitFor();
    expect(await status.textContent()).toBe('This search address (?q=) names no words to search for. Type a word or a name above.');
    expect(await page.locator('[data-search-page] .search-hit').count()).toBe(0);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('suggests the interview’s own words when nothing matches: barkane → Barkhane, Timbuctu → Timbuktu', async () => {
    const { page } = await openPage(browser(), site());
    for (const [typo, word] of [
      ['barkane', 'Barkhane'],
      ['Timbuctu', 'Timbuktu'],
    ] as const) {
      await page.goto(`${site()}search/?q=${typo}`);
      const suggestion = page.locator('[data-search-page] .search-suggestion').first();
      await suggestion.waitFor();
      expect(await page.locator('[data-search-page] [data-search-status]').textContent()).toContain(
        `Nothing in the interview, its notes or glossary matches “${typo}”`,
      );
      expect(await suggestion.textContent()).toBe(word);
      await suggestion.click();
      await page.waitForURL(new RegExp(`\\?q=${word}$`));
      expect((await interviewHits(page, '[data-search-page]', word)).length).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it('shows a query as text: an HTML string typed into the box runs nothing', async () => {
    const { page, problems } = await openPage(browser(), site());
    const attack = '<img src=x onerror=alert(1)>';
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await page.goto(site());
    const input = await openSearchWithShortcut(page);
    await input.fill(attack);
    const status = page.locator('#search-dialog [data-search-status]');
    await status.filter({ hasText: attack }).waitFor();
    expect(await status.textContent()).toContain(`“${attack}”`);
    await page.goto(`${site()}search/?q=${encodeURIComponent(attack)}`);
    await page.locator('[data-search-page] [data-search-status]').filter({ hasText: attack }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.locator('main img, dialog img').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(problems.foreignRequests).toEqual([]);
    await page.context().close();
  });
});

describe('search without JavaScript', () => {
  it('the header control is a link to a search page that says what to do instead', async () => {
    const site = inject('siteUrls').root;
    const { page } = await openPage(browser(), site, { javaScriptEnabled: false });
    await page.goto(site);
    await page.locator('[data-search-trigger]').click();
    await page.waitForURL(/\/search\/$/);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Search runs in your browser and needs JavaScript');
    expect(await page.locator('[data-search-page]').isVisible()).toBe(false);
    expect(await page.locator('main a[href="/glossary/"]').count()).toBe(1);
    await page.context().close();
  });
});
