import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();
const glossary = () => `${inject('siteUrls').root}glossary/`;

/** The places the interview names that the map must show, by glossary id. */
const COUNTRIES = ['mali', 'burkina-faso', 'benin', 'togo', 'ghana', 'senegal'];
const TOWNS = ['gao', 'mopti', 'timbuktu'];
const ON_MAP = [...COUNTRIES, ...TOWNS, 'sahel'];

/** The on-screen box of an element of the map. */
const box = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const { left, right, top, bottom } = element.getBoundingClientRect();
    return { left, right, top, bottom };
  });

describe('the map of places on the glossary page', () => {
  it('is in the page’s HTML, at the head of “Places”, and reads without JavaScript', async () => {
    await withPage(browser(), glossary(), { javaScriptEnabled: false }, async ({ page, problems }) => {
      await page.goto(glossary());
      const placesSection = page.locator('section:has(> h2#place)');
      expect(await placesSection.locator(':scope > h2 + figure#map').count()).toBe(1);
      expect(await page.locator('#map svg path.focus').getAttribute('d')).toMatch(/^M\d+ \d+/);
      expect(problems.errors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    });
  });

  it('is a named, described group of real links, not an image that hides them', async () => {
    await withPage(browser(), glossary(), async ({ page }) => {
      await page.goto(glossary());
      const svg = page.locator('#map svg');
      expect(await svg.getAttribute('role')).toBe('group');
      expect(await page.getByRole('group', { name: 'Map of West Africa' }).count()).toBe(1);
      const description = await svg.evaluate((element) =>
        document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent?.replace(/\s+/g, ' '),
      );
      expect(description).toContain('Mali shaded');
      expect(description).toContain('Gao');
      expect(description).toContain('listed under the map');
      expect(await page.getByRole('figure', { name: /Where the places the interview names are/ }).count()).toBe(1);
      for (const id of ON_MAP) {
        const link = page.locator(`#map svg a#map-${id}`);
        expect(await link.getAttribute('href'), id).toBe(`#${id}`);
        expect(await page.locator(`article:has(> h3#${id})`).count(), id).toBe(1);
        // A real link in the accessibility tree, named by its place.
        const name = await page.locator(`article:has(> h3#${id}) > h3`).textContent();
        expect(await page.getByRole('link', { name: name ?? '', exact: true }).count(), id).toBeGreaterThanOrEqual(2);
      }
    });
  });

  it('draws the places where they are: the towns inside Mali, Timbuktu north-west of Gao, the coast south of Burkina Faso', async () => {
    await withPage(browser(), glossary(), async ({ page }) => {
      await page.goto(glossary());
      const mali = await box(page, '#map path.focus');
      for (const town of TOWNS) {
        const dot = await box(page, `#map-${town} circle`);
        const [x, y] = [(dot.left + dot.right) / 2, (dot.top + dot.bottom) / 2];
        expect(x > mali.left && x < mali.right && y > mali.top && y < mali.bottom, town).toBe(true);
      }
      const [timbuktu, gao, mopti] = await Promise.all(['timbuktu', 'gao', 'mopti'].map((town) => box(page, `#map-${town} circle`)));
      expect(timbuktu!.left).toBeLessThan(gao!.left);
      expect(timbuktu!.top).toBeLessThan(gao!.top);
      expect(mopti!.top).toBeGreaterThan(timbuktu!.top);
      const countries = page.locator('#map path.named');
      expect(await countries.count()).toBe(COUNTRIES.length - 1);
      // Mali's outline is drawn whole: about as wide as it is tall, not a sliver or the whole frame.
      const svg = await box(page, '#map svg');
      expect((mali.right - mali.left) / (svg.right - svg.left)).toBeGreaterThan(0.4);
      expect((mali.right - mali.left) / (svg.right - svg.left)).toBeLessThan(0.8);
    });
  });

  it('links each place entry back to its place on the map, and the map’s link lands on the entry', async () => {
    await withPage(browser(), glossary(), async ({ page }) => {
      await page.goto(glossary());
      const backLinks = await page.locator('article .on-map a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(backLinks.sort()).toEqual(ON_MAP.map((id) => `#map-${id}`).sort());
      // France is a place the interview names, but not on a map of West Africa: no link to nowhere.
      expect(await page.locator('article:has(> h3#france) .on-map').count()).toBe(0);
      await page.locator('article:has(> h3#gao) .on-map a').click();
      await page.waitForURL(/#map-gao$/);
      expect(await page.locator('#map-gao').evaluate((link) => link.matches(':target'))).toBe(true);
      await page.locator('#map-gao').click();
      await page.waitForURL(/#gao$/);
      expect(await page.locator('h3#gao').isVisible()).toBe(true);
    });
  });

  it('lists the same places in plain text beside the picture', async () => {
    await withPage(browser(), glossary(), async ({ page }) => {
      await page.goto(glossary());
      const listed = await page.locator('#map ul a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(listed.sort()).toEqual(ON_MAP.map((id) => `#${id}`).sort());
      const text = (await page.locator('#map ul').textContent())?.replace(/\s+/g, ' ');
      expect(text).toContain('Gao, town at 16.267° N, 0.05° W');
      expect(text).toContain('Sahel, hatched band from 10° N to 20° N');
    });
  });

  it('is reached with the keyboard, and a focused place shows its focus ring', async () => {
    await withPage(browser(), glossary(), async ({ page }) => {
      await page.goto(`${glossary()}#place`);
      await page.locator('#place').focus();
      const reached: string[] = [];
      for (let step = 0; step < 40 && reached.length < ON_MAP.length; step++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const active = document.activeElement;
          if (!active?.closest('#map svg')) return undefined;
          const style = getComputedStyle(active);
          return { id: active.id, outline: style.outlineStyle, width: style.outlineWidth };
        });
        if (!focused) continue;
        reached.push(focused.id);
        expect(focused.outline, focused.id).toBe('solid');
        expect(parseFloat(focused.width), focused.id).toBeGreaterThanOrEqual(2);
      }
      expect(reached.sort()).toEqual(ON_MAP.map((id) => `map-${id}`).sort());
    });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`takes its colours from the theme (${scheme}), with names in the theme’s link colour`, async () => {
      await withPage(browser(), glossary(), { colorScheme: scheme }, async ({ page }) => {
        await page.goto(glossary());
        const colours = await page.evaluate(() => {
          const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
          const link = getComputedStyle(document.querySelector('main p a') ?? document.body).color;
          return {
            land: style('#map .land').fill,
            sea: style('#map .sea').fill,
            focus: style('#map .focus').fill,
            name: style('#map-gao text').fill,
            link,
            page: getComputedStyle(document.body).backgroundColor,
          };
        });
        expect(colours.name).toBe(colours.link);
        expect(new Set([colours.land, colours.sea, colours.focus]).size).toBe(3);
        const dark = scheme === 'dark';
        const lightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, value) => sum + Number(value), 0);
        expect(lightness(colours.land) < 3 * 128, `${scheme} land ${colours.land}`).toBe(dark);
      });
    });
  }

  it('keeps land, borders, Mali and every name visible in forced colours, in the system’s colours', async () => {
    await withPage(browser(), glossary(), { forcedColors: 'active' }, async ({ page }) => {
      await page.goto(glossary());
      const colours = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        const system = (keyword: string) => {
          const probe = document.createElement('span');
          probe.style.color = keyword;
          document.body.append(probe);
          const value = getComputedStyle(probe).color;
          probe.remove();
          return value;
        };
        return {
          drawn: {
            land: style('#map .land').fill,
            borders: style('#map .borders').stroke,
            mali: style('#map .focus').stroke,
            name: style('#map-gao text').fill,
            town: style('#map-gao circle').fill,
            landmark: style('#map .landmark').fill,
          },
          system: {
            land: system('Canvas'),
            borders: system('CanvasText'),
            mali: system('Highlight'),
            name: system('LinkText'),
            town: system('CanvasText'),
            landmark: system('CanvasText'),
          },
        };
      });
      expect(colours.drawn).toEqual(colours.system);
      expect(colours.system.land).not.toBe(colours.system.borders);
    });
  });

  it('stays legible at 320 px: names at 11 px or more, and nothing wider than the screen', async () => {
    await withPage(browser(), glossary(), { viewport: { width: 320, height: 700 } }, async ({ page }) => {
      await page.goto(`${glossary()}#map`);
      const sizes = await page.locator('#map svg a text').evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().height));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // No two names of places overlap.
      const boxes = await page
        .locator('#map svg a text')
        .evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().toJSON()));
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false);
        }
    });
  });

  it('prints, whole and with its list', async () => {
    await withPage(browser(), glossary(), async ({ page }) => {
      await page.goto(glossary());
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#map svg').isVisible()).toBe(true);
      expect(await page.locator('#map ul').isVisible()).toBe(true);
      expect(await page.locator('#map').evaluate((figure) => getComputedStyle(figure).breakInside)).toBe('avoid');
    });
  });

  it('weighs nothing on the interview page', async () => {
    await withPage(browser(), inject('siteUrls').root, async ({ page }) => {
      const response = await page.goto(inject('siteUrls').root);
      const html = (await response?.text()) ?? '';
      expect(html).not.toContain('place-map');
      expect(html).not.toContain('map-land');
    });
  });
});
