/**
 * Makes sure the browser tests have a Chromium, before `npm test` runs them.
 *
 * Uses CHROMIUM_PATH, or one already installed; otherwise tries Playwright's installer, then (as
 * root, where its download host cannot be reached) Debian's `chromium` package. Says what it does,
 * one line a step, and fails with a one-line instruction when neither works: the browser tests are
 * never skipped.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.ts';

/** Runs a step quietly: one line saying how it went, with the gist of its output when it failed. */
function step(what: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8', env, timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.status === 0) {
    console.log(`[chromium] ${what}: done.`);
    return true;
  }
  const lines = `${result.stderr ?? ''}\n${result.stdout ?? ''}`
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const gist = lines.find((line) => /error|failed|unable|could not|E:/i.test(line)) ?? lines.at(-1) ?? result.error?.message ?? 'no output';
  const why = result.status === null ? `stopped (${result.signal ?? result.error?.message ?? 'timed out'})` : `exit ${result.status}`;
  console.log(`[chromium] ${what}: failed, ${why}: ${gist.slice(0, 200)}`);
  return false;
}

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;

  console.log('[chromium] No Chromium found for the browser tests.');
  if (
    step('Playwright’s installer (npx playwright-core install chromium)', 'npx', ['--no-install', 'playwright-core', 'install', 'chromium'])
  ) {
    const installed = findChromium();
    if (installed) return installed;
  }

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (
      step('Debian’s package lists (apt-get update)', 'apt-get', ['update', '-qq'], env) &&
      step('Debian’s chromium package (apt-get install chromium)', 'apt-get', ['install', '-y', '-qq', 'chromium'], env)
    ) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }

  console.error(
    '[chromium] No Chromium for the browser tests: install one (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to its executable, then run `npm test` again.',
  );
  process.exit(1);
}

try {
  console.log(`[chromium] Browser tests will use ${ensureChromium()}`);
} catch (error) {
  console.error(`[chromium] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
