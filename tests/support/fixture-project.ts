import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build.ts';

/**
 * A throw-away copy of the project (sharing its node_modules) whose files the test can break,
 * so a real `astro build` shows what a maintainer would see.
 */
export function copyProject(changes: Record<string, string>): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'interview-fixture-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
    cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(changes)) writeFileSync(join(root, path), text);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
