import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build.ts';

/** Runs `npm test`'s Chromium step as it runs there, with CHROMIUM_PATH set to `chromiumPath`. */
function ensureChromium(chromiumPath: string) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'tests/support/ensure-chromium.ts')], {
    env: { ...process.env, CHROMIUM_PATH: chromiumPath },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

describe('CHROMIUM_PATH', () => {
  it('pointing at nothing stops the browser tests with one line naming it and what to do', () => {
    const result = ensureChromium('/nonexistent/chromium');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      '[chromium] CHROMIUM_PATH="/nonexistent/chromium" does not exist: set CHROMIUM_PATH to a Chromium executable (e.g. /usr/bin/chromium), or unset it to use the Chromium found on this machine.',
    );
  });

  it('pointing at a folder stops them too', () => {
    const folder = mkdtempSync(join(tmpdir(), 'chromium-path-'));
    try {
      const result = ensureChromium(folder);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `[chromium] CHROMIUM_PATH="${folder}" is not an executable file: set CHROMIUM_PATH to a Chromium executable (e.g. /usr/bin/chromium), or unset it to use the Chromium found on this machine.`,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
