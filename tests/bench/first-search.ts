import type { Browser } from 'playwright-core';
import { VIEWPORTS } from '../support/pages.ts';

/** A mid-range phone, as the issue measures it: CPU 4× slower, 150 ms round trips, 1.6 Mbps down. */
export const MID_RANGE_PHONE = {
  cpuSlowdown: Number(process.env.CPU ?? 4),
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
} as const;

export interface FirstSearch {
  /** From the first keystroke to the first results on screen (for whatever the box held then). */
  firstResultsMs: number;
  /** From the first keystroke to the results of the whole word. */
  wholeWordMs: number;
  /** From the reader's intent (the pointer on the search control) to the first keystroke. */
  intentToKeystrokeMs: number;
  /** Requests to `pagefind/` made for the first search. */
  pagefindRequests: number;
}

/**
 * The first search of a visit on a throttled phone: the page loaded and idle, the reader taps the
 * header's search control (pointer over it, then a click: the intent), and types `word` at a
 * phone's pace as soon as the box has focus. Timed in the page, from the first keystroke's input
 * event to the status line naming a query with results.
 */
export async function firstSearchOnPhone(browser: Browser, site: string, word = 'Wagner', keyDelayMs = 120): Promise<FirstSearch> {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: MID_RANGE_PHONE.latencyMs,
      downloadThroughput: MID_RANGE_PHONE.downloadBytesPerSecond,
      uploadThroughput: MID_RANGE_PHONE.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MID_RANGE_PHONE.cpuSlowdown });
    let pagefindRequests = 0;
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests += 1;
    });
    await page.goto(site);
    await page.waitForLoadState('networkidle');

    const trigger = page.locator('site-search > a');
    await trigger.hover();
    const intent = await page.evaluate(() => performance.now());
    await trigger.click();
    const input = page.locator('#search-dialog-search-input');
    await input.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'search-dialog-search-input');
    await page.evaluate((whole) => {
      const status = document.querySelector('#search-dialog .search-status')!;
      const box = document.querySelector<HTMLInputElement>('#search-dialog-search-input')!;
      const timing = (window.firstSearch = { start: 0, first: 0, whole: 0 });
      box.addEventListener('input', () => void (timing.start ||= performance.now()));
      new MutationObserver(() => {
        const text = status.textContent ?? '';
        if (!/match(es)? “/.test(text)) return;
        timing.first ||= performance.now();
        if (text.includes(`“${whole}”`)) timing.whole ||= performance.now();
      }).observe(status, { childList: true, characterData: true, subtree: true });
    }, word);
    await input.pressSequentially(word, { delay: keyDelayMs });
    await page.waitForFunction(() => (window.firstSearch?.whole ?? 0) > 0, undefined, { timeout: 30_000 });
    const timing = await page.evaluate(() => window.firstSearch!);
    return {
      firstResultsMs: Math.round(timing.first - timing.start),
      wholeWordMs: Math.round(timing.whole - timing.start),
      intentToKeystrokeMs: Math.round(timing.start - intent),
      pagefindRequests,
    };
  } finally {
    await context.close();
  }
}
