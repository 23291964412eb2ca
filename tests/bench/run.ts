/**
 * `npm run bench`: builds the site, serves it locally and measures, in Debian's Chromium, what a
 * reader pays: build time, first-view weight of every page, script before interaction, the search
 * index, time from keystroke to results (and the first search on a throttled phone), and
 * Lighthouse scores. Prints tables, each figure beside its budget (tests/support/budgets.ts), then JSON.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { astroBuild, PROJECT_ROOT } from '../support/build.ts';
import { BUDGETS } from '../support/budgets.ts';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.ts';
import { PAGES } from '../support/pages.ts';
import { meanRank, precisionAtOne, runRelevanceSet, type RelevanceOutcome } from '../support/relevance.ts';
import { serveStatic } from '../support/static-server.ts';
import { measureFirstView, type FirstView } from '../support/weight.ts';
import { firstSearchOnPhone, MID_RANGE_PHONE, type FirstSearch } from './first-search.ts';

const OUT_DIR = resolve(PROJECT_ROOT, '.bench-dist');
const KB = (bytes: number) => (bytes / 1024).toFixed(1);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The search index as served: Pagefind's script, WebAssembly, index and fragments (what is shipped). */
function indexSize(): { files: number; raw: number; gzip: number } {
  const files = filesUnder(join(OUT_DIR, 'pagefind'));
  const raw = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  return { files: files.length, raw, gzip };
}

/** Milliseconds from the last keystroke of a query to its results on screen, over several queries. */
async function timeToResults(
  browser: Browser,
  site: string,
): Promise<{ medianMs: number; p95Ms: number; runs: number; indexLoadedBytes: number }> {
  const page = await browser.newPage();
  let loaded = 0;
  page.on('response', (response) => {
    if (response.url().includes('/pagefind/')) void response.body().then((body) => (loaded += body.length));
  });
  await page.goto(site);
  await page.keyboard.press('Control+k');
  const input = page.locator('#search-dialog-search-input');
  await input.fill('Mali');
  await page.locator('#search-dialog .search-status').filter({ hasText: '“Mali”' }).waitFor();
  const queries = ['ECOWAS', 'Barkhane', 'Wagner', 'elections', 'Timbuktu', 'civilians', 'impunity', 'dialogue', 'optimistic', 'security'];
  const times: number[] = [];
  for (const query of [...queries, ...queries]) {
    await input.fill('');
    await page.locator('#search-dialog .search-status').filter({ hasText: 'Type a word' }).waitFor();
    // start: the input event of the query's last character; end: the status naming the whole query.
    await page.evaluate((final) => {
      const status = document.querySelector('#search-dialog .search-status')!;
      const input = document.querySelector<HTMLInputElement>('#search-dialog-search-input')!;
      const timing = (window.timing = { start: 0, end: 0 });
      input.addEventListener('input', () => {
        if (input.value === final) timing.start = performance.now();
      });
      new MutationObserver(() => {
        if (timing.end === 0 && status.textContent?.includes(`“${final}”`)) timing.end = performance.now();
      }).observe(status, { childList: true, characterData: true, subtree: true });
    }, query);
    await input.pressSequentially(query, { delay: 30 });
    await page
      .locator('#search-dialog .search-status')
      .filter({ hasText: `“${query}”` })
      .waitFor();
    const { start, end } = await page.evaluate(() => window.timing ?? { start: 0, end: 0 });
    times.push(end - start);
  }
  await page.close();
  times.sort((a, b) => a - b);
  return {
    medianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10,
    p95Ms: Math.round(times[Math.floor(times.length * 0.95)]! * 10) / 10,
    runs: times.length,
    indexLoadedBytes: loaded,
  };
}

interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  lcpMs: number;
  cls: number;
}

async function runLighthouse(url: string, port: number, preset: 'desktop' | 'mobile'): Promise<LighthouseScores> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
    cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
  };
}

/** The relevance set (tests/support/relevance.ts): precision at 1 and the expected passage's mean rank, overall and by kind, then each query that misses or lists too much. */
function printRelevance(outcomes: RelevanceOutcome[]): void {
  const line = (label: string, group: RelevanceOutcome[]) => {
    const right = group.filter(({ firstRight }) => firstRight).length;
    const { mean, unlisted } = meanRank(group);
    return {
      queries: label,
      count: group.length,
      'precision at 1': `${((right / group.length) * 100).toFixed(0)}% (${right})`,
      'mean rank': mean.toFixed(2),
      'not listed': unlisted,
    };
  };
  const kinds = [...new Set(outcomes.map(({ kind }) => kind))];
  console.log('Relevance set (tests/support/relevance.ts):');
  console.table([
    line('all', outcomes),
    ...kinds.map((kind) =>
      line(
        kind,
        outcomes.filter((outcome) => outcome.kind === kind),
      ),
    ),
  ]);
  for (const { query, first, most, listed, rank, firstRight, withinMost } of outcomes) {
    if (firstRight && withinMost) continue;
    console.log(
      `  “${query}”: wanted ${first}${most ? ` (at most ${most})` : ''}; listed ${listed.length}, first ${listed[0] ?? 'none'}, wanted at ${rank ?? 'none'}`,
    );
  }
}

/** Each figure with a budget, measured beside it. */
function budgetTable(
  views: Array<FirstView & { page: string }>,
  laterSearchMs: number,
  firstSearch: FirstSearch,
  scores: Record<string, { desktop: LighthouseScores; mobile: LighthouseScores }>,
): Array<{ figure: string; measured: string; budget: string; within: boolean }> {
  const rows: Array<{ figure: string; measured: string; budget: string; within: boolean }> = [];
  const row = (figure: string, measured: number, budget: number, unit: string, atLeast = false) =>
    rows.push({
      figure,
      measured: `${unit === 'KB' ? KB(measured) : measured} ${unit}`.trim(),
      budget: `${atLeast ? '≥ ' : '≤ '}${unit === 'KB' ? KB(budget) : budget} ${unit}`.trim(),
      within: atLeast ? measured >= budget : measured <= budget,
    });
  const interview = views.find((view) => view.page === 'interview');
  if (interview) row('interview first view', interview.total.gzip, BUDGETS.interviewFirstView, 'KB');
  const glossary = views.find((view) => view.page === 'glossary');
  if (glossary) row('glossary first view (with the map)', glossary.total.gzip, BUDGETS.glossaryFirstView, 'KB');
  const timeline = views.find(({ page }) => page === 'timeline');
  if (timeline) row('timeline first view (with the time axis)', timeline.total.gzip, BUDGETS.timelineFirstView, 'KB');
  for (const view of views) row(`${view.page}: script before intent`, view.scriptBeforeInteraction.gzip, BUDGETS.scriptBeforeIntent, 'KB');
  row('first search on a phone: first results', firstSearch.firstResultsMs, BUDGETS.firstSearchOnPhoneMs, 'ms');
  row('later searches: keystroke to results (median)', laterSearchMs, BUDGETS.laterSearchMs, 'ms');
  for (const [page, { desktop, mobile }] of Object.entries(scores)) {
    row(`${page}: mobile LCP`, mobile.lcpMs, BUDGETS.mobileLcpMs, 'ms');
    row(`${page}: CLS (worse of desktop, mobile)`, Math.max(desktop.cls, mobile.cls), BUDGETS.cls, '');
    const lowest = Math.min(
      ...(['performance', 'accessibility', 'best-practices', 'seo'] as const).flatMap((key) => [desktop[key], mobile[key]]),
    );
    row(`${page}: lowest Lighthouse score (4 categories × 2 presets)`, lowest, BUDGETS.lighthouseScore, '', true);
  }
  return rows;
}

async function main() {
  await rm(OUT_DIR, { recursive: true, force: true });
  // The site is measured where it is served, so its canonical address is that one.
  const site = await serveStatic(OUT_DIR, '/');
  const started = performance.now();
  const build = await astroBuild(OUT_DIR, { SITE_URL: site.url });
  const buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);

  const browser = await launchBrowser();
  const views: Array<FirstView & { page: string }> = [];
  for (const { path, name } of PAGES) views.push({ page: name, ...(await measureFirstView(browser, `${site.url}${path}`)) });
  const search = await timeToResults(browser, site.url);
  // The first search of a visit, three times (each in a fresh context: nothing cached), the median kept.
  const firstSearches: FirstSearch[] = [];
  for (let run = 0; run < 3; run++) firstSearches.push(await firstSearchOnPhone(browser, site.url));
  firstSearches.sort((a, b) => a.firstResultsMs - b.firstResultsMs);
  const firstSearch = firstSearches[1]!;
  const relevancePage = await browser.newPage();
  const relevance = await runRelevanceSet(relevancePage, `${site.url}search/`, '/');
  await browser.close();

  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found: run `npm test` once (it installs one) or set CHROMIUM_PATH.');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  const lighthouseScores: Record<string, { desktop: LighthouseScores; mobile: LighthouseScores }> = {};
  try {
    for (const { path, name } of PAGES) {
      lighthouseScores[name] = {
        desktop: await runLighthouse(`${site.url}${path}`, chrome.port, 'desktop'),
        mobile: await runLighthouse(`${site.url}${path}`, chrome.port, 'mobile'),
      };
    }
  } finally {
    chrome.kill();
  }
  await site.close();

  const index = indexSize();
  const rows = views.map((view) => ({
    page: view.page,
    requests: view.requests,
    'html gz': KB(view.bytes.html.gzip),
    'css gz': KB(view.bytes.css.gzip),
    'js gz': KB(view.bytes.js.gzip),
    fonts: KB(view.bytes.font.raw),
    images: KB(view.bytes.image.raw),
    'total raw': KB(view.total.raw),
    'total gz': KB(view.total.gzip),
    'js before interaction gz': KB(view.scriptBeforeInteraction.gzip),
    'foreign requests': view.foreignRequests.length,
  }));
  console.log(`\nBuild (astro build with the search index): ${buildSeconds.toFixed(1)} s\n\nFirst view of each page (KB; gzip level 9):`);
  console.table(rows);
  console.log(
    `Search index: ${index.files} files, ${KB(index.raw)} KB raw, ${KB(index.gzip)} KB gzip; loaded for a search: ${KB(search.indexLoadedBytes)} KB`,
  );
  console.log(`Keystroke to results (index loaded, ${search.runs} queries): median ${search.medianMs} ms, p95 ${search.p95Ms} ms`);
  console.log(
    `First search on a phone (CPU ${MID_RANGE_PHONE.cpuSlowdown}× slower, ${MID_RANGE_PHONE.latencyMs} ms round trips, 1.6 Mbps; median of 3): ` +
      `first results ${firstSearch.firstResultsMs} ms after the first keystroke, the whole word's ${firstSearch.wholeWordMs} ms; ` +
      `intent to first keystroke ${firstSearch.intentToKeystrokeMs} ms; ${firstSearch.pagefindRequests} requests to pagefind/ ` +
      `(all runs: ${firstSearches.map((run) => run.firstResultsMs).join(', ')} ms)`,
  );
  printRelevance(relevance);
  console.log('\nLighthouse (performance / accessibility / best practices / SEO; mobile LCP):');
  console.table(
    Object.fromEntries(
      Object.entries(lighthouseScores).map(([page, { desktop, mobile }]) => [
        page,
        {
          desktop: `${desktop.performance} / ${desktop.accessibility} / ${desktop['best-practices']} / ${desktop.seo}`,
          mobile: `${mobile.performance} / ${mobile.accessibility} / ${mobile['best-practices']} / ${mobile.seo}`,
          'mobile LCP ms': mobile.lcpMs,
          CLS: `${desktop.cls} / ${mobile.cls}`,
        },
      ]),
    ),
  );
  const budgets = budgetTable(views, search.medianMs, firstSearch, lighthouseScores);
  console.log('\nBudgets (tests/support/budgets.ts; KB are gzip):');
  console.table(budgets);
  const report = {
    buildSeconds,
    budgets,
    pages: views,
    searchIndex: index,
    timeToResults: search,
    firstSearchOnPhone: { median: firstSearch, runs: firstSearches },
    relevance: { precisionAtOne: precisionAtOne(relevance), meanRank: meanRank(relevance), queries: relevance },
    lighthouse: lighthouseScores,
  };
  writeFileSync(join(OUT_DIR, 'bench.json'), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report));
}

await main();
process.exit(0);
