import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Where a Chromium for the browser tests may be, in order of preference, after CHROMIUM_PATH. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(
  (path): path is string => Boolean(path),
);

/** Flags for a headless Chromium that never reaches for the network on its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Whether `path` is a file this process may run. */
function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium CHROMIUM_PATH names; otherwise the first found on this machine, or undefined.
 * A CHROMIUM_PATH that names no executable file is an error, not a hint to look elsewhere: the
 * tests would otherwise run, unnoticed, in another browser than the one asked for.
 */
export function findChromium(chromiumPath = process.env.CHROMIUM_PATH): string | undefined {
  if (chromiumPath) {
    if (isExecutableFile(chromiumPath)) return chromiumPath;
    const what = existsSync(chromiumPath) ? 'is not an executable file' : 'does not exist';
    throw new Error(
      `CHROMIUM_PATH="${chromiumPath}" ${what}: set CHROMIUM_PATH to a Chromium executable (e.g. /usr/bin/chromium), or unset it to use the Chromium found on this machine.`,
    );
  }
  return CHROMIUM_CANDIDATES.find((path) => isExecutableFile(path)) ?? playwrightManagedChromium();
}

function playwrightManagedChromium(): string | undefined {
  try {
    // playwright-core knows where its own installer puts Chromium.
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}
