import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, PROJECT_ROOT } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

/** The public address both builds are made for (SITE_URL): canonical links, social cards and the sitemap use it. */
export const TEST_SITE_URL = 'https://mali-interview.example.net';

/** The two builds every browser test runs against: at a domain's root, and under a sub-path. */
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
  }
}

export default async function setup(project: TestProject) {
  const sites: StaticSite[] = [];
  for (const { base, outDir, env } of Object.values(BUILDS)) {
    await rm(outDir, { recursive: true, force: true });
    const build = astroBuild(outDir, env);
    if (build.status !== 0) throw new Error(`astro build (base ${base}) failed:\n${build.output}`);
    sites.push(await serveStatic(outDir, base));
  }
  const [root, sub] = sites as [StaticSite, StaticSite];
  project.provide('siteUrls', { root: root.url, sub: sub.url });
  project.provide('outDirs', { root: BUILDS.root.outDir, sub: BUILDS.sub.outDir });
  return async () => {
    await Promise.all(sites.map((site) => site.close()));
  };
}
