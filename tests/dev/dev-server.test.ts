import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { copyProject } from '../support/fixture-project.ts';

const browser = useBrowser();
let server: DevServer | undefined;
let project: ReturnType<typeof copyProject> | undefined;
let site = '';

beforeAll(async () => {
  // A copy of the project, so a developer's own `npm run dev` is not in the way.
  project = copyProject({});
  server = await startDevServer(project.root);
  site = server.site;
  // Ready when the index is built; a failed index (or a server that stops) fails at once, with its error.
  await server.waitFor(/Search index for the dev server: \d+ pages/, { seconds: 90, failure: /Search index for the dev server failed:.*/ });
}, 120_000);

afterAll(() => {
  server?.stop();
  project?.remove();
});

describe('search in `npm run dev`', () => {
  it('serves the index (or the error that stopped it)', async () => {
    const response = await fetch(`${site}pagefind/pagefind-entry.json`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await response.json()).toHaveProperty('languages');
  });

  it('works as in the built site: results per turn, landing with the word marked', async () => {
    await withPage(browser(), site, async ({ page }) => {
      await page.goto(site);
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
