import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Where a Chromium for the browser tests may be, in order of preference. */
export const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((path): path is string => Boolean(path));

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

/** The first Chromium found on this machine, or undefined. */
export function findChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? playwrightManagedChromium();
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
