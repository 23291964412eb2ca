import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { cleanEnvironment, PROJECT_ROOT } from '../support/build.ts';
import { copyProject } from '../support/fixture-project.ts';

const browser = useBrowser();
let devServer: ChildProcess | undefined;
let project: ReturnType<typeof copyProject> | undefined;
let site = '';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

beforeAll(async () => {
  // A copy of the project, so a developer's own `npm run dev` is not in the way.
  project = copyProject({});
  const port = await freePort();
  site = `http://127.0.0.1:${port}/`;
  devServer = spawn(
    process.execPath,
    [resolve(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: project.root,
      env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    },
  );
  let log = '';
  await new Promise<void>((ready, fail) => {
    const timeout = setTimeout(() => fail(new Error(`The dev server did not index for search within 90 s:\n${log}`)), 90_000);
    const listen = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Search index for the dev server')) {
        clearTimeout(timeout);
        ready();
      }
    };
    devServer?.stdout?.on('data', listen);
    devServer?.stderr?.on('data', listen);
  });
}, 120_000);

afterAll(() => {
  devServer?.kill();
  project?.remove();
});

describe('search in `npm run dev`', () => {
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
