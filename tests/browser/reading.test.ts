import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { PAGES } from '../support/pages.ts';

const browser = useBrowser();

describe.each(['root', 'sub'] as const)('reading and linking (%s build)', (build) => {
  const site = () => inject('siteUrls')[build];
  const base = () => new URL(site()).pathname;

  it('the contents mark the section being read, and follow the scroll', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(site());
      const current = () => page.locator('.toc-wide a[aria-current="true"]').getAttribute('href');
      expect(await current()).toBe('#cancer-impunity');
      await page.locator('#ensure-the-security').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      await page.waitForFunction(
        () => document.querySelector('.toc-wide a[aria-current="true"]')?.getAttribute('href') === '#ensure-the-security',
      );
      await page.locator('#a7').evaluate((turn) => turn.scrollIntoView({ block: 'start' }));
      await page.waitForFunction(
        () => document.querySelector('.toc-wide a[aria-current="true"]')?.getAttribute('href') === '#look-forward',
      );
      expect(await page.locator('.toc-wide a[aria-current="true"]').count()).toBe(1);
      // Reloaded further down, with no fragment: the browser gives the scroll position back, and the contents follow it.
      await page.reload();
      await page.waitForFunction(
        () => document.querySelector('.toc-wide a[aria-current="true"]')?.getAttribute('href') === '#look-forward',
      );
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      expect(await page.locator('.toc-wide a[aria-current="true"]').count()).toBe(1);
    });
  });

  it('a turn’s permalink copies its full address and says so politely', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(site());
      await page.locator('#a3 .turn-permalink').click();
      await page.waitForFunction(() => document.querySelector('transcript-links > [role="status"]')?.textContent?.includes('copied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${site()}#a3`);
      expect(await page.locator('transcript-links > [role="status"]').getAttribute('aria-live')).toBe('polite');
      expect(await page.locator('transcript-links > [role="status"]').textContent()).toBe(`Link to answer 3 copied: ${site()}#a3`);
      expect(new URL(page.url()).hash).toBe('#a3');
      expect(await page.locator('#a3').evaluate((turn) => turn.matches(':target'))).toBe(true);
    });
  });

  it('a glossary entry lists every turn that mentions it, and its links land there', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(`${site()}glossary/#ecowas`);
      const links = page.locator('article:has(> h3#ecowas) .mentions a');
      expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(
        ['#q1', '#a2', '#a5', '#a6'].map((hash) => `${base()}${hash}`),
      );
      expect(await links.first().textContent()).toBe('Q1, Cancer impunity');
      await links.nth(2).click();
      await page.waitForURL(/#a5$/);
      expect(await page.locator('#a5').evaluate((turn) => turn.matches(':target'))).toBe(true);
    });
  });

  it('the first mention in a turn links to the glossary, and its definition can be read in place', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(site());
      const term = page.locator('#q1 a.glossary-term[href$="#ecowas"]');
      expect(await term.getAttribute('href')).toBe(`${base()}glossary/#ecowas`);
      expect(await page.locator('#q1 a.glossary-term[href$="#mali"]').count()).toBe(1);
      await term.focus();
      const preview = page.locator('#glossary-preview:popover-open');
      await preview.waitFor();
      expect(await preview.textContent()).toContain('ECOWAS Economic Community of West African States, created in 1975.');
      expect(await term.getAttribute('aria-describedby')).toBe('glossary-preview');
      await page.keyboard.press('Escape');
      await preview.waitFor({ state: 'hidden' });
    });
  });

  it('a note reference goes to its editorial note, and the note’s back link returns', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(site());
      await page.locator('#q1 .note-ref a[href="#user-content-fn-keita"]').click();
      await page.waitForURL(/#user-content-fn-keita$/);
      const note = page.locator('#user-content-fn-keita');
      expect(await note.textContent()).toContain('Ibrahim Boubacar Keïta');
      expect(await note.evaluate((element) => element.closest('section')?.getAttribute('aria-labelledby'))).toBe('editorial-notes');
      await note.locator('a[data-footnote-backref]').click();
      await page.waitForURL(/#user-content-fnref-keita$/);
      const back = await page.locator('#user-content-fnref-keita').evaluate((ref) => {
        const box = ref.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
      expect(back).toBe(true);
    });
  });
});

describe('theme', () => {
  it('follows the system by default, and the toggle’s choice persists across reloads without a flash', async () => {
    const site = inject('siteUrls').root;
    await withPage(browser(), site, { colorScheme: 'light' }, async ({ page }) => {
      // Records the theme set on <html> at the moment <body> starts, before the first paint.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          window.themeAtBody = document.documentElement.dataset.theme ?? 'system';
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(site);
      const toggle = page.locator('theme-toggle button');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      expect(await page.evaluate(() => window.themeAtBody)).toBe('system');
      await toggle.click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      for (const path of ['', 'glossary/']) {
        await page.goto(`${site}${path}`);
        expect(await page.evaluate(() => window.themeAtBody)).toBe('dark');
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 23)');
      }
      await page.locator('theme-toggle button').click();
      await page.reload();
      expect(await page.evaluate(() => window.themeAtBody)).toBe('light');
    });
  });
});

describe('narrow screens', () => {
  for (const { path, name } of PAGES) {
    it(`${name} has no horizontal scrolling at 320 px`, async () => {
      const site = inject('siteUrls').root;
      await withPage(browser(), site, { viewport: { width: 320, height: 640 } }, async ({ page }) => {
        await page.goto(`${site}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBe(0);
      });
    });
  }

  it('the contents are a collapsible control on a phone, plain links inside', async () => {
    const site = inject('siteUrls').root;
    await withPage(browser(), site, { viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await page.goto(site);
      expect(await page.locator('.toc-wide').isVisible()).toBe(false);
      await page.locator('.toc-narrow summary').click();
      await page.locator('.toc-narrow a[href="#look-forward"]').click();
      await page.waitForURL(/#look-forward$/);
    });
  });
});

describe('print', () => {
  it('prints the transcript without header, search, contents or buttons, turns and labels intact', async () => {
    const site = inject('siteUrls').root;
    await withPage(browser(), site, async ({ page }) => {
      await page.goto(site);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.page-aside', '.anchor-link', '.pull-quote', 'theme-toggle button', '.site-footer']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      for (const selector of ['#q1 .speaker', '#a7', '#a7 .turn-permalink', '#editorial-notes', '#photo-mopti']) {
        expect(await page.locator(selector).isVisible(), selector).toBe(true);
      }
      expect(await page.locator('.turn').count()).toBe(14);
    });
  });
});
