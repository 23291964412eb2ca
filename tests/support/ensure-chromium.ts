/**
 * Makes sure the browser tests have a Chromium, before `npm test` runs them.
 *
 * Uses one already installed; otherwise tries Playwright's installer, then (as root, where its
 * download host cannot be reached) Debian's `chromium` package. Says what it does, and fails with
 * a one-line instruction when neither works: the browser tests are never skipped.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.ts';

function run(command: string, args: string[]): boolean {
  console.log(`[chromium] $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60_000 });
  return result.status === 0;
}

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;

  console.log('[chromium] No Chromium found for the browser tests; trying Playwright’s installer.');
  if (run('npx', ['--no-install', 'playwright-core', 'install', 'chromium'])) {
    const installed = findChromium();
    if (installed) return installed;
  }

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    console.log('[chromium] Playwright’s download failed; installing Debian’s chromium package with apt-get.');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env, timeout: 15 * 60_000 }).status === 0;
    if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium'])) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }

  console.error(
    '[chromium] No Chromium for the browser tests: install one (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to its executable, then run `npm test` again.',
  );
  process.exit(1);
}

const path = ensureChromium();
console.log(`[chromium] Browser tests will use ${path}`);
