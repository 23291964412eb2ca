import { describe, expect, inject, it } from 'vitest';
import { isInViewBelowHeader, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

describe.each(['root', 'sub'] as const)('from the interview to its events (%s build)', (build) => {
  const site = () => inject('siteUrls')[build];

  for (const { turn, note, event } of [
    { turn: 'q1', note: 'keita', event: 'second-coup-2021' },
    { turn: 'q3', note: 'withdrawal', event: 'withdrawal-announced-2022' },
  ]) {
    it(`a reader of ${turn.toUpperCase()} reaches ${event} from the note on its words, landing on the event in view`, async () => {
      await withPage(browser(), site(), async ({ page, problems }) => {
        await page.goto(`${site()}#${turn}`);
        // The turn's note reference, then the event's link in the note.
        await page.locator(`#${turn} a[href$="#user-content-fn-${note}"]`).click();
        await page.locator(`#user-content-fn-${note} a[href$="timeline/#${event}"]`).first().click();
        await page.waitForURL(new RegExp(`timeline/#${event}$`));
        const position = await isInViewBelowHeader(page, `#${event}`);
        expect(position.inView, JSON.stringify(position)).toBe(true);
        // And back: the event quotes the turn and links to it.
        expect(await page.locator(`#${event} .refers a[href$="#${turn}"]`).count()).toBe(1);
        expect(problems.errors).toEqual([]);
      });
    });
  }
});

describe('the time axis', () => {
  const site = () => inject('siteUrls').root;

  it('at 375 px: its labels are at least 12 px, its marks 24 px apart, it scrolls inside its own box, not the page, and opens on its latest years', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${site()}timeline/`);
      const measured = await page.evaluate(() => {
        const svg = document.querySelector('svg.timeline-axis')!;
        const sizes = [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize));
        const centres = [...svg.querySelectorAll('a circle')].map((circle) => {
          const box = circle.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        });
        let closest = Infinity;
        for (const [index, a] of centres.entries())
          for (const b of centres.slice(index + 1)) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
        const box = document.querySelector('.axis-scroll')!.getBoundingClientRect();
        const latest = [...svg.querySelectorAll('a circle')].at(-1)!.getBoundingClientRect();
        return {
          smallestText: Math.min(...sizes),
          closest,
          pageWidth: document.documentElement.scrollWidth,
          latestInView: latest.left >= box.left && latest.right <= box.right,
        };
      });
      expect(measured.smallestText).toBeGreaterThanOrEqual(12);
      expect(measured.closest).toBeGreaterThanOrEqual(24);
      expect(measured.pageWidth).toBeLessThanOrEqual(375);
      expect(measured.latestInView).toBe(true);
    });
  });

  it('a mark, chosen with the keyboard, brings its event into view; printed, the axis is black on white', async () => {
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(`${site()}timeline/`);
      const mark = page.locator('svg.timeline-axis a[href="#wagner-leaves-mali-2025"]');
      await mark.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/#wagner-leaves-mali-2025$/);
      expect((await isInViewBelowHeader(page, '#wagner-leaves-mali-2025')).inView).toBe(true);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(
        await page
          .locator('svg.timeline-axis circle')
          .first()
          .evaluate((circle) => getComputedStyle(circle).fill),
      ).toBe('rgb(0, 0, 0)');
      expect(await page.locator('svg.timeline-axis').isVisible()).toBe(true);
      // Whole on the page: scaled to the text's width, its last year drawn.
      await page.setViewportSize({ width: 600, height: 800 });
      const fits = await page.evaluate(() => {
        const svg = document.querySelector('svg.timeline-axis')!.getBoundingClientRect();
        const column = document.querySelector('.axis')!.getBoundingClientRect();
        return svg.right <= column.right + 0.5;
      });
      expect(fits).toBe(true);
    });
  });
});

describe('the time axis for assistive technology', () => {
  it('names each mark by its date and event', async () => {
    const site = inject('siteUrls').root;
    await withPage(browser(), site, async ({ page }) => {
      await page.goto(`${site}timeline/`);
      const link = page.getByRole('link', { name: '24 May 2021: The military removes the transitional President' });
      expect(await link.getAttribute('href')).toBe('#second-coup-2021');
    });
  });
});
