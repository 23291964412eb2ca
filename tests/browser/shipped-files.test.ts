import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { builtFile, PAGES } from '../support/pages.ts';

const browser = useBrowser();

/** Files a host or a crawler asks for by their well-known name, with no page linking to them. */
const WELL_KNOWN = ['robots.txt', 'sitemap.xml', 'favicon.svg', '404.html', '_headers'];
const TEXT = /\.(html|js|css|json|xml|txt|md)$/;

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The built file a path of the root build is served from: `/glossary/` → `glossary/index.html`. */
const fileServedAt = (pathname: string) => builtFile(decodeURIComponent(pathname).slice(1));

describe('what dist/ ships', () => {
  const outDir = () => inject('outDirs').root;
  const site = () => inject('siteUrls').root;

  it('every file is loaded by a reader, named by another shipped file, or well known: none of Pagefind’s unused UI bundles', async () => {
    const files = filesIn(outDir());
    const requested = new Set<string>();
    await withPage(browser(), site(), async ({ page, problems }) => {
      // Requests of the page, Pagefind's among them (its WebAssembly, index and fragments).
      page.context().on('request', (request) => requested.add(fileServedAt(new URL(request.url()).pathname)));
      for (const { path } of PAGES) {
        await page.goto(`${site()}${path}`);
        await page.waitForLoadState('networkidle');
      }
      // A word on every indexed page, so that every page's fragment loads.
      await page.goto(`${site()}search/?q=Mali`);
      await page.locator('search-page .search-status').filter({ hasText: /match/ }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(problems.errors).toEqual([]);
    });
    const texts = files.filter((file) => TEXT.test(file)).map((file) => ({ file, text: readFileSync(join(outDir(), file), 'utf8') }));
    const namedElsewhere = (file: string) => texts.some((other) => other.file !== file && other.text.includes(basename(file)));
    const unreachable = files.filter((file) => !requested.has(file) && !namedElsewhere(file) && !WELL_KNOWN.includes(file));
    expect(unreachable).toEqual([]);
    // One fragment per page the index holds.
    expect([...requested].filter((path) => path.startsWith('pagefind/fragment/'))).toHaveLength(
      PAGES.filter(({ listed }) => listed).length,
    );
  });

  it('no page carries markup only the indexer reads or scoped-style attributes; search still titles a turn by its speaker and section', async () => {
    for (const file of filesIn(outDir()).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(outDir(), file), 'utf8');
      expect(html.match(/data-pagefind-(?:title|index-attrs|weight|meta|filter|sort)|data-astro-cid-\w+/g), file).toBeNull();
    }
    await withPage(browser(), site(), async ({ page }) => {
      await page.goto(`${site()}search/?q=Barkhane`);
      await page.locator('search-page .search-hit[href*="#a3"] .search-hit-title').first().waitFor();
      expect(await page.locator('search-page .search-hit[href*="#a3"] .search-hit-title').first().textContent()).toBe(
        'Alioune Tine · Prevent a apocalypse (A3)',
      );
    });
  });
});
