import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, PROJECT_ROOT } from '../support/build.ts';
import { copyProject } from '../support/fixture-project.ts';

const TRANSCRIPT = 'content/interview/interview.mdx';
const transcript = readFileSync(join(PROJECT_ROOT, TRANSCRIPT), 'utf8');
const lineOf = (text: string) => transcript.slice(0, transcript.indexOf(text)).split('\n').length;

/** Builds a copy of the project with `changes` (path → text, or null to remove) and returns what a maintainer sees. */
function buildWith(changes: Record<string, string>, inspect?: (outDir: string) => void) {
  const project = copyProject(changes);
  try {
    const outDir = join(project.root, 'dist');
    const result = astroBuild(outDir, {}, project.root);
    inspect?.(outDir);
    return { ...result, published: existsSync(join(outDir, 'index.html')) };
  } finally {
    project.remove();
  }
}

/** Every file of a folder with the hash of its bytes. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

describe('a real build holds content to the contract', () => {
  it('refuses an expression, so the build machine’s details are never published', () => {
    const result = buildWith({ [TRANSCRIPT]: transcript.replace('No one can confirm', 'No one {process.env.HOME} can confirm') });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      new RegExp(
        `content/interview/interview\\.mdx:${lineOf('No one can confirm')}:\\d+: The expression \\{process\\.env\\.HOME\\} would run code at build time`,
      ),
    );
    expect(result.published).toBe(false);
  });

  it('refuses a glossary entry whose file name is not its id', () => {
    const wagner = readFileSync(join(PROJECT_ROOT, 'content/glossary/wagner.md'), 'utf8');
    const project = { 'content/glossary/Wagner.md': wagner };
    const result = buildWith(project);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/glossary/Wagner.md:1: A glossary entry’s file name is its id in links (/glossary/#id), so it must be a lowercase slug. → Rename it wagner.md.',
    );
    expect(result.published).toBe(false);
  });

  it('builds the same site, byte for byte, from content with Windows line endings', () => {
    const crlf = Object.fromEntries(
      [
        'content/interview/interview.mdx',
        'content/pages/about.mdx',
        ...readdirSync(join(PROJECT_ROOT, 'content/glossary')).map((name) => `content/glossary/${name}`),
      ].map((path) => [path, readFileSync(join(PROJECT_ROOT, path), 'utf8').replace(/\n/g, '\r\n')]),
    );
    let lf: Record<string, string> = {};
    let windows: Record<string, string> = {};
    expect(buildWith({}, (outDir) => (lf = tree(outDir))).status).toBe(0);
    expect(buildWith(crlf, (outDir) => (windows = tree(outDir))).status).toBe(0);
    expect(Object.keys(lf).length).toBeGreaterThan(10);
    expect(windows).toEqual(lf);
  });
});
