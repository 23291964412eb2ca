import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

/** Launches the machine's Chromium headless, with `extraArgs` after the usual switches; `npm test` made sure there is one. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run the tests with `npm test`, which installs one.');
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * The browser for the test file that calls this: the run's one Chromium (tests/support/global-setup.ts), connected to
 * before its tests and let go after; with `extraArgs` (e.g. `--enable-caret-browsing`), a Chromium of its own.
 */
export function useBrowser(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = extraArgs.length > 0 ? await launchBrowser(extraArgs) : await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not launched yet: use it inside a test.');
    return browser;
  };
}

export interface PageProblems {
  /** Console errors, uncaught exceptions and failed requests seen on the page. */
  errors: string[];
  /** Requests to any host other than the site's own. */
  foreignRequests: string[];
}

/** A new page in a fresh context, recording console errors and requests that leave the site. */
export async function openPage(
  browser: Browser,
  siteUrl: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const problems: PageProblems = { errors: [], foreignRequests: [] };
  const origin = new URL(siteUrl).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreignRequests.push(url);
  });
  return { page, problems };
}

/**
 * Runs `use` on a new page in a fresh context (as openPage) and closes the context afterwards,
 * also when an assertion in `use` fails, so no failed test leaves a page open.
 */
export async function withPage<T>(
  browser: Browser,
  siteUrl: string,
  options: BrowserContextOptions,
  use: (opened: { page: Page; problems: PageProblems }) => Promise<T>,
): Promise<T>;
export async function withPage<T>(
  browser: Browser,
  siteUrl: string,
  use: (opened: { page: Page; problems: PageProblems }) => Promise<T>,
): Promise<T>;
export async function withPage<T>(
  browser: Browser,
  siteUrl: string,
  optionsOrUse: BrowserContextOptions | ((opened: { page: Page; problems: PageProblems }) => Promise<T>),
  maybeUse?: (opened: { page: Page; problems: PageProblems }) => Promise<T>,
): Promise<T> {
  const [options, use] = typeof optionsOrUse === 'function' ? [{}, optionsOrUse] : [optionsOrUse, maybeUse!];
  const opened = await openPage(browser, siteUrl, options);
  try {
    return await use(opened);
  } finally {
    await opened.page.context().close();
  }
}

/**
 * Where the first element matching `selector` is on screen: `inView` when its top lies within the
 * viewport below the sticky header; `wholeInView` when all of it does (for a small thing, a mark).
 */
export async function isInViewBelowHeader(
  page: Page,
  selector: string,
): Promise<{ top: number; bottom: number; headerBottom: number; height: number; inView: boolean; wholeInView: boolean }> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel);
    const header = document.querySelector('.site-header');
    if (!target) throw new Error(`No element ${sel}`);
    const { top, bottom } = target.getBoundingClientRect();
    const headerBottom = header ? header.getBoundingClientRect().bottom : 0;
    const height = window.innerHeight;
    const inView = top >= headerBottom - 1 && top < height;
    return { top, bottom, headerBottom, height, inView, wholeInView: inView && bottom <= height };
  }, selector);
}
