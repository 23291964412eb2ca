import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Runs `astro build` into `outDir` as a maintainer's `npm run build` does, in a process of its own
 * (its exit code and printed output are what is tested), with extra environment (e.g. SITE_BASE).
 * Asynchronous, so that two builds can run at once on two cores.
 */
export function astroBuild(outDir: string, env: Record<string, string> = {}, root = PROJECT_ROOT): Promise<BuildResult> {
  // process.execPath: the Node running the tests (the pinned one under npm), not whatever `node` is on PATH.
  const astro = resolve(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir, '--root', root], {
      cwd: root,
      env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      timeout: 10 * 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output: `${stdout}\n${stderr}` }));
  });
}

/**
 * The environment without what Vitest adds to it (BASE_URL, MODE, NODE_ENV=test…): Astro reads
 * those into import.meta.env, and a build would take the test runner's BASE_URL for its own.
 * SITE_URL and SITE_BASE are left out too: each test says which it builds with.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'SITE_URL', 'SITE_BASE'].includes(key) || key.startsWith('VITEST'))
      delete env[key];
  }
  return env;
}
