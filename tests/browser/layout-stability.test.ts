import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { builtFile, PAGES, VIEWPORTS } from '../support/pages.ts';

const browser = useBrowser();

/** Where a page's HTML is cut: inside the header's search control, after its icon, before its word and shortcut hint. */
const CUT_AFTER = '</svg>';

interface TwoPartServer {
  url: string;
  server: Server;
  /** Sends the rest of the page being held. */
  release(): void;
}

/**
 * Serves a built page the way a slow network can deliver it: the HTML up to the cut, then, when
 * the test has seen the browser paint what it has (`release`), the rest. Anything else comes from
 * the test site.
 */
function serveInTwoParts(outDir: string, site: string): Promise<TwoPartServer> {
  let held = () => {};
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const page = PAGES.find((candidate) => `/${candidate.path}` === path);
    if (!page) {
      void fetch(new URL(path.slice(1), site)).then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' });
        response.end(Buffer.from(await answer.arrayBuffer()));
      });
      return;
    }
    const html = readFileSync(join(outDir, builtFile(page.path)), 'utf8');
    const cut = html.indexOf(CUT_AFTER, html.indexOf('class="search-trigger"')) + CUT_AFTER.length;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.write(html.slice(0, cut));
    held = () => response.end(html.slice(cut));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server, release: () => held() }),
    ),
  );
}

/** Every layout shift the page has had, with what moved. */
async function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(
            (list.getEntries() as Array<PerformanceEntry & { value: number; sources: Array<{ node?: Node }> }>).map(
              (shift) =>
                `${shift.value}: ${shift.sources.map((source) => (source.node as Element | undefined)?.outerHTML.slice(0, 60)).join(', ')}`,
            ),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve([]), 200);
      }),
  );
}

describe('nothing moves while a page arrives', () => {
  let split: TwoPartServer;
  beforeAll(async () => {
    split = await serveInTwoParts(inject('outDirs').root, inject('siteUrls').root);
  });
  afterAll(() => new Promise<void>((resolve) => split.server.close(() => resolve())));

  for (const { path, name } of PAGES)
    for (const [device, viewport] of Object.entries(VIEWPORTS))
      it(`${name}, ${device}: painted before the header's search control has its words, then whole, with no layout shift`, async () => {
        await withPage(browser(), split.url, { viewport }, async ({ page }) => {
          await page.goto(`${split.url}${path}`, { waitUntil: 'commit' });
          await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0);
          expect(await page.locator('.search-trigger .label').count(), 'the first paint came before the rest of the page').toBe(0);
          split.release();
          await page.waitForLoadState('networkidle');
          expect(await layoutShifts(page)).toEqual([]);
        });
      });

  it('on an Apple system the hint reads ⌘K from the first paint, and the shortcut is announced as Meta+K', async () => {
    await withPage(browser(), split.url, { viewport: VIEWPORTS.desktop }, async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
      await page.goto(split.url, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0);
      split.release();
      await page.waitForLoadState('networkidle');
      const hint = await page.locator('.search-trigger kbd').evaluate((kbd) => getComputedStyle(kbd, '::before').content);
      expect(hint).toBe('"⌘K"');
      expect(await page.locator('.search-trigger').getAttribute('aria-keyshortcuts')).toBe('Meta+K /');
      expect(await layoutShifts(page)).toEqual([]);
    });
  });
});
