import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from './build.ts';

/**
 * A throw-away copy of the project (sharing its node_modules) whose files the test can break or
 * add (text, or bytes for what is not valid UTF-8), so a real `astro build` shows what a
 * maintainer would see.
 */
export function copyProject(changes: Record<string, string | Uint8Array>): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'interview-fixture-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
    cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const [path, content] of Object.entries(changes)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
