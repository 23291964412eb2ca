import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, withPage } from '../support/browser.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { copyProject } from '../support/fixture-project.ts';
import type { Browser } from 'playwright-core';

// One dev server for the file, on a copy of the project (so a developer's own `npm run dev` is not in the way, and the
// glossary can be edited): search is tested first, on the content as it is; then the glossary is edited.
let project: ReturnType<typeof copyProject> | undefined;
let server: DevServer;
let browser: Browser | undefined;

beforeAll(async () => {
  project = copyProject({});
  server = await startDevServer(project.root);
  browser = await launchBrowser();
  // Ready when the index is built; a failed index (or a server that stops) fails at once, with its error.
  await server.waitFor(/Search index for the dev server: \d+ pages/, { seconds: 90, failure: /Search index for the dev server failed:.*/ });
}, 120_000);

afterAll(async () => {
  server?.stop();
  await browser?.close();
  project?.remove();
});

describe('search in `npm run dev`', () => {
  it('serves the index (or the error that stopped it)', async () => {
    const response = await fetch(`${server.site}pagefind/pagefind-entry.json`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await response.json()).toHaveProperty('languages');
  });

  it('works as in the built site: results per turn, landing with the word marked', async () => {
    await withPage(browser!, server.site, async ({ page }) => {
      await page.goto(server.site);
      await page.waitForLoadState('networkidle');
      await page.keyboard.press('Control+k');
      await page.locator('#search-dialog-search-input').fill('Barkhane');
      await page.locator('#search-dialog .search-status').filter({ hasText: 'match “Barkhane”' }).waitFor();
      await page.locator('#search-dialog .search-hit[href$="#a3"]').click();
      await page.waitForURL(/#a3$/);
      await page.locator('#a3 mark.search-mark').first().waitFor();
      expect(await page.locator('#a3 mark.search-mark').first().textContent()).toBe('Barkhane');
    });
  });
});

/** Asks the dev server for `path` until its text passes `test`, for up to 30 s; returns the last text. */
async function poll(path: string, test: (text: string) => boolean): Promise<string> {
  let text = '';
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((wait) => setTimeout(wait, 500))) {
    text = await (await fetch(new URL(path, server.site))).text();
    if (test(text)) break;
  }
  return text;
}

describe('the glossary in `npm run dev`', () => {
  it('follows an added entry and an edited one, links and previews, without a restart', async () => {
    const root = project!.root;
    const interview = await poll('', (html) => html.includes('href="/glossary/#gao"'));
    expect(interview).toContain('href="/glossary/#gao"');
    expect(interview).not.toContain('href="/glossary/#africans"');

    writeFileSync(
      join(root, 'content/glossary/africans.md'),
      '---\nterm: Africans\nkind: group\nmatches:\n  - Africans\nsummary: The people of Africa.\nsources:\n  - publisher: Example\n    title: Africa\n    date: undated\n    url: https://example.org/africa\n---\n\nThe people.\n',
    );
    const linked = await poll('', (html) => html.includes('href="/glossary/#africans"'));
    expect(linked).toMatch(/<a class="glossary-term" href="\/glossary\/#africans"[^>]*>Africans<\/a>/);
    const previews = JSON.parse(await poll('glossary.json', (json) => json.includes('africans'))) as Record<string, { summary: string }>;
    expect(previews['africans']?.summary).toBe('The people of Africa.');

    const gao = join(root, 'content/glossary/gao.md');
    writeFileSync(gao, readFileSync(gao, 'utf8').replace(/^summary: .*$/m, 'summary: A city on the Niger.'));
    const edited = JSON.parse(await poll('glossary.json', (json) => json.includes('A city on the Niger.'))) as Record<
      string,
      { summary: string }
    >;
    expect(edited.gao?.summary).toBe('A city on the Niger.');
    const mentioned = await poll('glossary/', (html) => html.includes('id="africans"'));
    expect(mentioned).toMatch(/id="africans"[\s\S]*Mentioned in[\s\S]*href="\/#a4"/);

    expect(server.log()).not.toMatch(/restart/i);
  });
});
