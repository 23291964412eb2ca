import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage, type PageProblems } from '../support/browser.ts';
import { PAGES } from '../support/pages.ts';

const browser = useBrowser();

/** Runs `use` on a page that records every Content-Security-Policy violation from the first byte on; closes it after. */
function withWatchedPage(site: string, use: (opened: { page: Page; problems: PageProblems }) => Promise<void>) {
  return withPage(browser(), site, async (opened) => {
    await opened.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await opened.page.addInitScript(() => {
      const seen: string[] = [];
      window.cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    await use(opened);
  });
}

/** The directives every page's policy has, with exactly these sources (script-src and style-src also take hashes). */
const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // WebAssembly for Pagefind, never 'unsafe-inline' or 'unsafe-eval': inline code only by its hash.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
};
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
function policyProblems(policy: string): string[] {
  const problems: string[] = [];
  const parsed = parsePolicy(policy);
  const names = parsed.map(([name]) => name);
  for (const name of new Set(names)) if (names.indexOf(name) !== names.lastIndexOf(name)) problems.push(`${name} given twice`);
  for (const name of names) if (!(name in DIRECTIVES)) problems.push(`unexpected directive ${name}`);
  for (const [name, expected] of Object.entries(DIRECTIVES)) {
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

const violations = (page: Page) => page.evaluate(() => window.cspViolations ?? []);

describe('the policy check', () => {
  const strict = Object.entries(DIRECTIVES)
    .map(([name, sources]) => `${name} ${sources.join(' ')}${HASHED.has(name) ? " 'sha256-abc='" : ''}`)
    .join('; ');

  it('passes the policy the site must have, and names each way a weaker one differs', () => {
    expect(policyProblems(strict)).toEqual([]);
    expect(policyProblems(strict.replace("connect-src 'self'", 'connect-src *'))).toEqual(["connect-src is “*”, should start “'self'”"]);
    expect(policyProblems(strict.replace("object-src 'none'; ", ''))).toEqual(['object-src missing']);
    expect(policyProblems(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toContain(
      "script-src is “'self' 'unsafe-inline' 'wasm-unsafe-eval' 'sha256-abc='”, should start “'self' 'wasm-unsafe-eval'”",
    );
    expect(policyProblems(`${strict}; style-src 'self' 'unsafe-inline'`)).toEqual(['style-src given twice']);
    expect(policyProblems(`${strict}; frame-ancestors *`)).toEqual(['unexpected directive frame-ancestors']);
  });
});

describe.each(['root', 'sub'] as const)('strict Content Security Policy (%s build)', (build) => {
  const site = () => inject('siteUrls')[build];

  for (const { path, name } of PAGES) {
    it(`${name}: a strict policy in the page, nothing violates it, no console error`, async () => {
      await withWatchedPage(site(), async ({ page, problems }) => {
        await page.goto(`${site()}${path}`);
        const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
        expect(policyProblems(policy ?? '')).toEqual([]);
        await page.waitForLoadState('networkidle');
        expect(await violations(page)).toEqual([]);
        expect(problems.errors).toEqual([]);
        expect(problems.foreignRequests).toEqual([]);
      });
    });
  }

  it('everything still works under it: theme, contents, permalinks, glossary preview, search and marks', async () => {
    await withWatchedPage(site(), async ({ page, problems }) => {
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
      await page.goto(`${site()}search/?q=barkane`);
      await page.locator('.search-suggestion').first().waitFor();
      expect(await violations(page)).toEqual([]);
      expect(problems.errors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    });
  });
});
