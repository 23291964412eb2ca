import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { astroBuild, PROJECT_ROOT } from './build.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

/** The public address both builds are made for (SITE_URL): canonical links, social cards and the sitemap use it. */
export const TEST_SITE_URL = 'https://mali-interview.example.net';

/** The two builds the built-site and browser tests read: at a domain's root, and under a sub-path. */
export const BUILDS = {
  root: { base: '/', outDir: resolve(PROJECT_ROOT, '.test-dist/root'), env: { SITE_BASE: '/', SITE_URL: TEST_SITE_URL } },
  sub: {
    base: '/interview/',
    outDir: resolve(PROJECT_ROOT, '.test-dist/interview'),
    env: { SITE_BASE: '/interview/', SITE_URL: TEST_SITE_URL },
  },
} as const;

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrls: { root: string; sub: string };
    outDirs: { root: string; sub: string };
    /** Where the one Chromium of the run listens (tests/support/browser.ts connects to it). */
    browserEndpoint: string;
  }
}

const SHARED = Symbol.for('mali-interview.test-run');

/** What a run shares, made by the first project that needs it and closed after the last. */
interface Shared<T> {
  value: Promise<T>;
  users: number;
  close(value: T): Promise<void>;
}

/**
 * Each project's global setup runs in a module instance of its own, but in one process: what they
 * share is kept on `globalThis`, so that a run of several projects builds each site once.
 */
function share<T>(key: string, make: () => Promise<T>, close: (value: T) => Promise<void>) {
  const registry = ((globalThis as { [SHARED]?: Map<string, Shared<unknown>> })[SHARED] ??= new Map());
  return (): { ready: Promise<T>; release(): Promise<void> } => {
    const entry = (registry.get(key) as Shared<T> | undefined) ?? { value: make(), users: 0, close };
    registry.set(key, entry as Shared<unknown>);
    entry.users += 1;
    return {
      ready: entry.value,
      async release() {
        if (--entry.users > 0) return;
        registry.delete(key);
        await entry.close(await entry.value);
      },
    };
  };
}
const builtSites = share(
  'sites',
  async () => {
    // Both at once: two cores, and each build waits on its own processes part of the time.
    const builds = await Promise.all(
      Object.values(BUILDS).map(async ({ base, outDir, env }) => {
        await rm(outDir, { recursive: true, force: true });
        const build = await astroBuild(outDir, env);
        if (build.status !== 0) throw new Error(`astro build (base ${base}) failed:\n${build.output}`);
        return serveStatic(outDir, base);
      }),
    );
    return builds as [StaticSite, StaticSite];
  },
  async (sites) => {
    await Promise.all(sites.map((site) => site.close()));
  },
);

const browserServer = share(
  'browser',
  async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium found: run the tests with `npm test`, which installs one.');
    return chromium.launchServer({ executablePath, args: CHROMIUM_ARGS });
  },
  async (server: BrowserServer) => server.close(),
);

/**
 * Vitest's global setup of the projects that read the built sites: both builds, served; the
 * `browser` project also gets the one Chromium its files share.
 */
export default async function setup(project: TestProject) {
  const sites = builtSites();
  const [root, sub] = await sites.ready;
  project.provide('siteUrls', { root: root.url, sub: sub.url });
  project.provide('outDirs', { root: BUILDS.root.outDir, sub: BUILDS.sub.outDir });
  if (project.name !== 'browser') return () => sites.release();
  const browser = browserServer();
  project.provide('browserEndpoint', (await browser.ready).wsEndpoint());
  return async () => {
    await browser.release();
    await sites.release();
  };
}
