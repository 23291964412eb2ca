import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage, type PageProblems } from '../support/browser.ts';
import { readHtml, selectAll } from '../support/html.ts';
import { builtFile, PAGES } from '../support/pages.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

const browser = useBrowser();
const BASES = { root: '/', sub: '/interview/' } as const;

interface WatchedPage {
  page: Page;
  problems: PageProblems;
  /** Console warnings (Pagefind warns, and carries on without its worker, when the worker fails). */
  warnings: string[];
  /** The addresses of the workers the page started. */
  workers: string[];
}

/**
 * Runs `use` on a page that records every Content-Security-Policy violation from the first byte on,
 * and with `savedTheme` in storage as a reader's earlier choice; closes it after.
 */
function withWatchedPage(site: string, use: (opened: WatchedPage) => Promise<void>, { savedTheme }: { savedTheme?: string } = {}) {
  return withPage(browser(), site, async ({ page, problems }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript((theme) => {
      const seen: string[] = [];
      window.cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
      if (theme) localStorage.setItem('theme', theme);
    }, savedTheme);
    const warnings: string[] = [];
    const workers: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    page.on('worker', (worker) => workers.push(worker.url()));
    await use({ page, problems, warnings, workers });
  });
}

/** The directives every page's policy has, with exactly these sources (script-src and style-src also take hashes). */
const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'"],
  'worker-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // WebAssembly for Pagefind, never 'unsafe-inline' or 'unsafe-eval': inline code only by its hash.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
};
/** The same policy sent as a header, which can also refuse every page that frames the site. */
const HEADER_DIRECTIVES: Record<string, string[]> = { ...DIRECTIVES, 'frame-ancestors': ["'none'"] };
const HASHED = new Set(['script-src', 'style-src']);
const HASH = /^'sha256-[A-Za-z0-9+/]+={0,2}'$/;

/** A policy as directive → sources, in order; a directive given twice is kept twice (browsers ignore the second). */
function parsePolicy(policy: string): [string, string[]][] {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .flatMap(([name, ...sources]): [string, string[]][] => (name ? [[name.toLowerCase(), sources]] : []));
}

/** Every difference between a policy and the one the site must have (an empty list when it is exactly that). */
function policyProblems(policy: string, directives = DIRECTIVES): string[] {
  const problems: string[] = [];
  const parsed = parsePolicy(policy);
  const names = parsed.map(([name]) => name);
  for (const name of new Set(names)) if (names.indexOf(name) !== names.lastIndexOf(name)) problems.push(`${name} given twice`);
  for (const name of names) if (!(name in directives)) problems.push(`unexpected directive ${name}`);
  for (const [name, expected] of Object.entries(directives)) {
    const sources = parsed.find(([found]) => found === name)?.[1];
    if (!sources) {
      problems.push(`${name} missing`);
      continue;
    }
    const fixed = sources.slice(0, expected.length);
    const rest = sources.slice(expected.length);
    if (fixed.join(' ') !== expected.join(' ')) problems.push(`${name} is “${sources.join(' ')}”, should start “${expected.join(' ')}”`);
    if (!HASHED.has(name) && rest.length > 0) problems.push(`${name} also allows ${rest.join(' ')}`);
    if (HASHED.has(name)) {
      for (const source of rest) if (!HASH.test(source)) problems.push(`${name} allows ${source}`);
      if (rest.length === 0) problems.push(`${name} has no hash for the page's inline code`);
    }
  }
  return problems;
}

/** The hashes a policy lists in `directive`, sorted. */
const hashesIn = (policy: string, directive: string) =>
  (parsePolicy(policy).find(([name]) => name === directive)?.[1] ?? []).filter((source) => HASH.test(source)).sort();

/** The hashes of a built page's inline scripts that a browser runs and of its inline styles, sorted, each once. */
function inlineHashes(file: string): { scripts: string[]; styles: string[] } {
  const tree = readHtml(file);
  const hash = (element: (typeof tree.children)[number]) => {
    const text = 'children' in element ? element.children.map((child) => ('value' in child ? child.value : '')).join('') : '';
    return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  };
  const runs = selectAll('script:not([src])', tree).filter((script) => ['', 'module'].includes(String(script.properties.type ?? '')));
  const unique = (list: string[]) => [...new Set(list)].sort();
  return { scripts: unique(runs.map(hash)), styles: unique(selectAll('style', tree).map(hash)) };
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations ?? []);
const metaPolicy = async (page: Page) => (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
/** The policies a response's header carries (a host joins two policies with a comma; policies never contain one). */
const headerPolicies = async (response: Response | null) =>
  (await response?.headerValue('content-security-policy'))?.split(/\s*,\s*/) ?? [];

describe('the policy check', () => {
  const policyOf = (directives: Record<string, string[]>) =>
    Object.entries(directives)
      .map(([name, sources]) => `${name} ${sources.join(' ')}${HASHED.has(name) ? " 'sha256-abc='" : ''}`)
      .join('; ');
  const strict = policyOf(DIRECTIVES);

  it('passes the policy the site must have, and names each way a weaker one differs', () => {
    expect(policyProblems(strict)).toEqual([]);
    expect(policyProblems(strict.replace("connect-src 'self'", 'connect-src *'))).toEqual(["connect-src is “*”, should start “'self'”"]);
    expect(policyProblems(strict.replace("object-src 'none'; ", ''))).toEqual(['object-src missing']);
    expect(policyProblems(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toContain(
      "script-src is “'self' 'unsafe-inline' 'wasm-unsafe-eval' 'sha256-abc='”, should start “'self' 'wasm-unsafe-eval'”",
    );
    expect(policyProblems(strict.replace("img-src 'self'", "img-src 'self' data:"))).toEqual(['img-src also allows data:']);
    expect(policyProblems(strict.replace("worker-src 'none'", "worker-src 'self' blob:"))).toContain(
      "worker-src is “'self' blob:”, should start “'none'”",
    );
    expect(policyProblems(`${strict}; style-src 'self' 'unsafe-inline'`)).toEqual(['style-src given twice']);
    expect(policyProblems(`${strict}; frame-ancestors *`)).toEqual(['unexpected directive frame-ancestors']);
  });

  it('as a header, also needs frame-ancestors to refuse every frame', () => {
    const header = policyOf(HEADER_DIRECTIVES);
    expect(policyProblems(header, HEADER_DIRECTIVES)).toEqual([]);
    expect(policyProblems(strict, HEADER_DIRECTIVES)).toEqual(['frame-ancestors missing']);
    expect(policyProblems(header.replace("frame-ancestors 'none'", 'frame-ancestors *'), HEADER_DIRECTIVES)).toEqual([
      "frame-ancestors is “*”, should start “'none'”",
    ]);
  });
});

/**
 * Two ways a host can serve the build: `meta`, files only (the policy is each page's `<meta>`), and
 * `header`, applying the build's `_headers` as Netlify and Cloudflare Pages do (each page's policy
 * also comes as a header, with frame-ancestors, nosniff, a referrer policy and caching).
 */
describe.each([
  ['root', 'meta'],
  ['root', 'header'],
  ['sub', 'meta'],
  ['sub', 'header'],
] as const)('strict Content Security Policy (%s build, policy by %s)', (build, delivery) => {
  let filesOnly: StaticSite | undefined;
  beforeAll(async () => {
    if (delivery === 'meta') filesOnly = await serveStatic(inject('outDirs')[build], BASES[build], { hostHeaders: false });
  });
  afterAll(async () => {
    await filesOnly?.close();
  });
  const site = () => filesOnly?.url ?? inject('siteUrls')[build];

  for (const { path, name } of PAGES) {
    it(`${name}: a policy with only this page's hashes, before any script; nothing violates it, and the page's scripts ran`, async () => {
      await withWatchedPage(
        site(),
        async ({ page, problems }) => {
          const response = await page.goto(`${site()}${path}`);
          const policy = await metaPolicy(page);
          expect(policyProblems(policy)).toEqual([]);
          const inline = inlineHashes(join(inject('outDirs')[build], builtFile(path)));
          expect(hashesIn(policy, 'script-src')).toEqual(inline.scripts);
          expect(hashesIn(policy, 'style-src')).toEqual(inline.styles);
          // The policy covers every script only if it comes before them.
          expect(
            await page.evaluate(() => {
              const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
              return [...document.scripts].filter(
                (script) => !meta || meta.compareDocumentPosition(script) !== Node.DOCUMENT_POSITION_FOLLOWING,
              ).length;
            }),
          ).toBe(0);

          const headers = await response?.allHeaders();
          if (delivery === 'header') {
            expect(await headerPolicies(response)).toEqual(["frame-ancestors 'none'", `${policy}; frame-ancestors 'none'`]);
            expect(policyProblems((await headerPolicies(response))[1] ?? '', HEADER_DIRECTIVES)).toEqual([]);
            expect(headers?.['x-content-type-options']).toBe('nosniff');
            expect(headers?.['referrer-policy']).toBe('strict-origin-when-cross-origin');
            expect(headers?.['cache-control']).toBe('public, max-age=0, must-revalidate');
          } else expect(headers?.['content-security-policy']).toBeUndefined();

          await page.waitForLoadState('networkidle');
          // The inline theme script ran (the reader's saved theme is applied), and the header control's module woke.
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
          await page.locator('site-search a[role="button"]').waitFor();
          expect(await violations(page)).toEqual([]);
          expect(problems.errors).toEqual([]);
          expect(problems.foreignRequests).toEqual([]);
        },
        { savedTheme: 'dark' },
      );
    });
  }

  it('everything still works under it: theme, contents, permalinks, glossary preview, search in the page (no worker) with its WebAssembly, marks', async () => {
    await withWatchedPage(site(), async ({ page, problems, warnings, workers }) => {
      const requested: string[] = [];
      page.context().on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(site());
      await page.locator('theme-toggle button').click();
      await page.locator('#a2 .turn-permalink').click();
      await page.waitForFunction(() => document.querySelector('transcript-links > [role="status"]')?.textContent?.includes('copied'));
      await page.locator('#a5 a.glossary-term').first().hover();
      await page.locator('#glossary-preview:popover-open').waitFor();
      await page.keyboard.press('Control+k');
      await page.locator('#search-dialog-search-input').fill('Barkhane');
      await page.locator('#search-dialog .search-hit[href$="#a3"]').click();
      await page.waitForURL(/#a3$/);
      await page.locator('#a3 mark.search-mark').first().waitFor();
      expect(workers).toEqual([]);
      expect(requested).toContain(`${BASES[build]}pagefind/wasm.en.pagefind`);
      // The correction's line (“Showing results for Barkhane”) and the corrected results, under the policy too.
      await page.goto(`${site()}search/?q=barkane`);
      await page.locator('.search-suggestions a').first().waitFor();
      await page.locator('search-page .search-hit').first().waitFor();
      expect(await violations(page)).toEqual([]);
      expect(warnings).toEqual([]);
      expect(problems.errors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    });
  });
});

describe.each(['root', 'sub'] as const)('host headers from _headers (%s build)', (build) => {
  const site = () => inject('siteUrls')[build];
  const outDir = () => inject('outDirs')[build];

  it('a missing address gets the 404 page with the site’s headers, and its own policy still holds', async () => {
    await withWatchedPage(
      site(),
      async ({ page }) => {
        const response = await page.goto(`${site()}no-such-page/`);
        expect(response?.status()).toBe(404);
        expect(await headerPolicies(response)).toEqual(["frame-ancestors 'none'"]);
        expect(await response?.headerValue('x-content-type-options')).toBe('nosniff');
        expect(policyProblems(await metaPolicy(page))).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        await page.waitForLoadState('networkidle');
        expect(await violations(page)).toEqual([]);
      },
      { savedTheme: 'dark' },
    );
  });

  it('files named by their content are cached for a year; Pagefind’s script, worker, entry and WebAssembly are not', async () => {
    const files = (folder: string) => readdirSync(join(outDir(), folder)).map((name) => `${folder}/${name}`);
    const cacheControl = async (file: string) => (await fetch(`${site()}${file}`)).headers.get('cache-control');
    const hashed = [
      ...files('_astro'),
      ...files('pagefind/index'),
      ...files('pagefind/fragment'),
      ...files('pagefind').filter((file) => file.endsWith('.pf_meta')),
    ];
    expect(hashed.length).toBeGreaterThan(10);
    for (const file of hashed) expect(await cacheControl(file), file).toBe('public, max-age=31536000, immutable');
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind'])
      expect(await cacheControl(file), file).toBeNull();
  });

  it('a page of another site that frames this one is refused (frame-ancestors), where files alone would let it', async () => {
    const filesOnly = await serveStatic(outDir(), BASES[build], { hostHeaders: false });
    try {
      await withPage(browser(), site(), async ({ page }) => {
        const refusals: string[] = [];
        page.on('console', (message) => {
          if (message.text().includes('frame-ancestors')) refusals.push(message.text());
        });
        // A page of another origin (localhost, not 127.0.0.1; answered here, the server never sees it) that frames the site
        // twice. Chromium lets a page it did not load from this machine frame a local address only with this permission.
        await page.context().grantPermissions(['local-network-access']);
        const framer = `http://localhost:${new URL(site()).port}/framer/`;
        await page.route(framer, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><title>Framer</title><iframe src="${site()}" title="with headers"></iframe><iframe src="${filesOnly.url}" title="files only"></iframe>`,
          }),
        );
        await page.goto(framer);
        await page.frameLocator('iframe[title="files only"]').locator('main').waitFor({ state: 'attached' });
        await page.waitForLoadState('networkidle');
        expect(await page.frameLocator('iframe[title="with headers"]').locator('main').count()).toBe(0);
        expect(refusals).not.toEqual([]);
      });
    } finally {
      await filesOnly.close();
    }
  });
});
