import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { PAGES } from '../support/pages.ts';

const browser = useBrowser();
const site = () => inject('siteUrls').root;

/** Every page, and the search page with results (its marks and result links). */
const ALL_PAGES = [...PAGES.map(({ path, name }) => ({ path, name })), { path: 'search/?q=ECOWAS', name: 'search with results' }];

/** Opens `path` and waits until its scripts are done (search results, highlights). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${site()}${path}`);
  await page.waitForLoadState('networkidle');
  if (path.includes('?q=')) await page.locator('.search-hit').first().waitFor();
}

/**
 * Tabs through the page from its start until focus comes back round, and returns what each stop
 * looked like: its outline as computed while focused.
 */
async function tabStops(page: Page): Promise<{ element: string; outline: string; outlineWidth: number }[]> {
  const stops: { element: string; outline: string; outlineWidth: number }[] = [];
  const seen = new Set<string>();
  for (let tab = 0; tab < 200; tab++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const path: string[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        path.unshift(`${node.tagName.toLowerCase()}:nth-child(${[...(node.parentElement?.children ?? [])].indexOf(node) + 1})`);
      }
      return {
        key: path.join('>'),
        element: `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`,
        outline: `${style.outlineStyle} ${style.outlineColor}`,
        outlineWidth: parseFloat(style.outlineWidth),
      };
    });
    if (!stop || seen.has(stop.key)) break;
    seen.add(stop.key);
    stops.push({ element: stop.element, outline: stop.outline, outlineWidth: stop.outlineWidth });
  }
  return stops;
}

/** The colours a system colour keyword computes to on this page (forced-color-adjust off, so it is not forced again). */
function systemColour(page: Page, keyword: string): Promise<string> {
  return page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.cssText = `forced-color-adjust: none; background-color: ${name}`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  }, keyword);
}

describe('forced colours (Windows High Contrast)', () => {
  for (const { path, name } of ALL_PAGES) {
    it(`${name}: every focus stop has a visible outline, and every control a visible edge`, async () => {
      await withPage(browser(), site(), { forcedColors: 'active' }, async ({ page }) => {
        await open(page, path);
        const canvas = await systemColour(page, 'Canvas');
        const stops = await tabStops(page);
        expect(stops.length).toBeGreaterThan(3);
        const unseen = stops.filter(
          ({ outline, outlineWidth }) => outline.startsWith('none') || outlineWidth < 2 || outline.endsWith(canvas),
        );
        expect(unseen).toEqual([]);

        // Buttons, fields and disclosure summaries: a border, or underlined words, as a link has.
        const edgeless = await page.evaluate(() =>
          [...document.querySelectorAll('button, input, select, textarea, summary')]
            .filter((control) => control.checkVisibility())
            .filter((control) => {
              const style = getComputedStyle(control);
              const bordered = ['Top', 'Right', 'Bottom', 'Left'].every(
                (side) =>
                  style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
                  parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1,
              );
              return !bordered && !style.textDecorationLine.includes('underline');
            })
            .map((control) => control.outerHTML.slice(0, 80)),
        );
        expect(edgeless).toEqual([]);
      });
    });
  }

  for (const { path, name } of PAGES.filter((page) => page.inHeader)) {
    it(`${name}: the header marks the current page by more than colour`, async () => {
      await withPage(browser(), site(), { forcedColors: 'active' }, async ({ page }) => {
        await open(page, path);
        const looks = await page.locator('.site-header nav a').evaluateAll((links) =>
          links.map((link) => {
            const style = getComputedStyle(link);
            return {
              current: link.getAttribute('aria-current') === 'page',
              look: [style.textDecorationLine, style.fontWeight, style.borderBottomStyle, style.boxShadow, style.outlineStyle].join(' '),
            };
          }),
        );
        const current = looks.filter((link) => link.current).map((link) => link.look);
        expect(current).toHaveLength(1);
        expect(looks.filter((link) => !link.current).map((link) => link.look)).not.toContain(current[0]);
      });
    });
  }

  it('a question and an answer differ by more than colour', async () => {
    await withPage(browser(), site(), { forcedColors: 'active' }, async ({ page }) => {
      await open(page, '');
      const edge = (selector: string) =>
        page.locator(selector).evaluate((turn) => {
          const style = getComputedStyle(turn);
          return `${style.borderInlineStartStyle} ${style.borderInlineStartWidth}`;
        });
      expect(await edge('#q1')).not.toBe(await edge('#a1'));
    });
  });

  it('the words search marks, on arrival and in the results, keep a highlight colour of the system’s', async () => {
    await withPage(browser(), site(), { forcedColors: 'active' }, async ({ page }) => {
      const highlights = [await systemColour(page, 'Mark'), await systemColour(page, 'Highlight')];
      for (const [path, selector] of [
        ['?highlight=ECOWAS', 'main mark'],
        ['search/?q=ECOWAS', '.search-hit-excerpt mark'],
      ] as const) {
        await open(page, path);
        const mark = page.locator(selector).first();
        await mark.waitFor();
        expect(highlights, `${path}: ${selector}`).toContain(await mark.evaluate((element) => getComputedStyle(element).backgroundColor));
      }
    });
  });
});

describe('reduced motion', () => {
  for (const { path, name } of ALL_PAGES) {
    it(`${name}: no smooth scrolling, no transition, no animation`, async () => {
      await withPage(browser(), site(), { reducedMotion: 'reduce' }, async ({ page }) => {
        await open(page, path);
        const moving = await page.evaluate(() =>
          [...document.querySelectorAll('*')].flatMap((element) =>
            [null, '::before', '::after'].flatMap((pseudo) => {
              const style = getComputedStyle(element, pseudo);
              const durations = style.transitionDuration.split(', ');
              const found = [];
              if (style.scrollBehavior !== 'auto') found.push(`scroll-behavior: ${style.scrollBehavior}`);
              if (durations.some((duration) => duration !== '0s')) found.push(`transition-duration: ${style.transitionDuration}`);
              if (style.animationName !== 'none') found.push(`animation-name: ${style.animationName}`);
              return found.map((what) => `${element.tagName.toLowerCase()}${pseudo ?? ''}.${element.className}: ${what}`);
            }),
          ),
        );
        expect(moving).toEqual([]);
      });
    });
  }
});

/** WCAG 1.4.12's text-spacing bookmarklet, as a stylesheet. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** What is lost on the page as it is laid out now: clipped text, a page wider than the window, content under the header. */
function losses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}.${String(element.className)} “${element.textContent?.trim().slice(0, 40)}”`;
    for (const element of document.querySelectorAll('body *')) {
      if (!element.checkVisibility() || !element.textContent?.trim()) continue;
      const style = getComputedStyle(element);
      // Visually hidden text (.sr-only) is clipped on purpose.
      if (style.clipPath !== 'none' || element.clientWidth <= 1) continue;
      if (['hidden', 'clip'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
        found.push(`clips across: ${describe(element)}`);
      if (['hidden', 'clip'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
        found.push(`clips down: ${describe(element)}`);
    }
    if (document.documentElement.scrollWidth > innerWidth)
      found.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px in ${innerWidth}px`);
    const header = document.querySelector('.site-header')!;
    const headerBox = header.getBoundingClientRect();
    for (const element of header.querySelectorAll('*')) {
      if (!element.checkVisibility() || getComputedStyle(element).clipPath !== 'none') continue;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.bottom > headerBox.bottom + 1 || box.right > innerWidth + 1))
        found.push(`outside the header: ${describe(element)}`);
    }
    const first = document.querySelector('main')!.getBoundingClientRect();
    if (first.top < headerBox.bottom - 1) found.push(`main starts under the header: ${first.top} < ${headerBox.bottom}`);
    return found;
  });
}

describe('text spacing (WCAG 1.4.12) and 200 % text', () => {
  const layouts = [
    { layout: 'text spacing at 320 px', viewport: { width: 320, height: 640 }, style: TEXT_SPACING, deviceScaleFactor: 1 },
    { layout: 'text spacing at 1280 px', viewport: { width: 1280, height: 800 }, style: TEXT_SPACING, deviceScaleFactor: 1 },
    {
      layout: '200 % text at 1280 px',
      viewport: { width: 1280, height: 800 },
      style: 'html { font-size: 200% !important; }',
      deviceScaleFactor: 1,
    },
    { layout: '200 % zoom (640 px at scale 2)', viewport: { width: 640, height: 400 }, style: '', deviceScaleFactor: 2 },
  ];
  for (const { path, name } of ALL_PAGES) {
    for (const { layout, viewport, style, deviceScaleFactor } of layouts) {
      it(`${name}, ${layout}: no text clipped, no sideways scroll, nothing outside the header`, async () => {
        // bypassCSP: the site's policy would refuse the injected stylesheet, as it should.
        await withPage(browser(), site(), { viewport, deviceScaleFactor, bypassCSP: true }, async ({ page }) => {
          await open(page, path);
          if (style) await page.addStyleTag({ content: style });
          expect(await losses(page)).toEqual([]);
        });
      });
    }
  }
});

describe('headings are named by their words alone', () => {
  for (const { path, name } of ALL_PAGES) {
    it(name, async () => {
      await withPage(browser(), site(), async ({ page }) => {
        await open(page, path);
        // The words a reader sees: the heading's text, with what its stylesheet adds before or after (“Sources:”).
        const words = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) =>
          headings.map((heading) => {
            const added = (pseudo: string) => /^"(.*)"$/.exec(getComputedStyle(heading, pseudo).content)?.[1] ?? '';
            return `${added('::before')}${heading.textContent}${added('::after')}`.replace(/\s+/g, ' ').trim();
          }),
        );
        // Chromium's accessible names, from Playwright's ARIA snapshot: `- heading "Name" [level=2]`, YAML-quoted when the name has “: ”.
        const named = (await page.locator('body').ariaSnapshot()).split('\n').flatMap((line) => {
          const match = /^\s*- (')?heading (".*") \[level=\d\]/.exec(line);
          if (!match) return [];
          const quoted = match[1] ? match[2]!.replaceAll("''", "'") : match[2]!;
          return [JSON.parse(quoted) as string];
        });
        expect(named).toEqual(words);
      });
    });
  }

  it('the interview’s sections are announced by their titles', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await open(page, '');
      expect(await page.getByRole('heading', { name: 'Cancer impunity', exact: true }).getAttribute('id')).toBe('cancer-impunity');
      // The note reference stays beside the heading, with its link to the note and the note's link back.
      const reference = page.locator('#cancer-impunity + sup.note-ref > a');
      expect(await reference.getAttribute('id')).toBe('user-content-fnref-cancer-impunity');
      expect(await reference.isVisible()).toBe(true);
      expect(await page.locator('#user-content-fn-cancer-impunity a[data-footnote-backref]').getAttribute('href')).toBe(
        '#user-content-fnref-cancer-impunity',
      );
    });
  });
});
