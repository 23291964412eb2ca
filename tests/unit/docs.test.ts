import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build.ts';

/**
 * The three guides name files, folders and npm scripts. When one is renamed or removed, the guide
 * that names it fails here, not a reader following it.
 *
 * The rule, kept simple on purpose:
 * - Fenced code blocks (``` or ~~~) are example input or output: their paths are not checked.
 * - A path is an inline code span (`…`) that starts with one of the project's folders
 *   (src/, tests/, content/, public/, tools/, .ci/), read from the project's root up to the first
 *   character a path does not have (`content/x.mdx:60:1: …` names content/x.mdx, `content/glossary/*.md`
 *   names content/glossary/); or one that is exactly a top-level file's name (package.json…).
 * - A Markdown link's target is a path relative to the guide's own folder, as GitHub reads it;
 *   addresses with a scheme (https:, mailto:) and `#fragments` alone are not paths.
 * - Every `npm run X`, code blocks included, names a script of package.json. `npm test`, `npm start`,
 *   `npm ci` and `npm exec` are npm's own commands.
 */

const GUIDES = ['README.md', 'CONTRIBUTING.md', 'content/README.md'];
const FOLDER_PATH = /^(?:src|tests|content|public|tools|\.ci)\/[A-Za-z0-9_.\-/]*/;
const TOP_LEVEL_FILES = new Set([
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'README.md',
  'CONTRIBUTING.md',
  '.gitignore',
]);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The guide without its fenced code blocks. */
function prose(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .filter((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return false;
      }
      return !fenced;
    })
    .join('\n');
}

/** The paths a guide at `guide` (from the project's root) names, each from the project's root. */
function namedPaths(markdown: string, guide: string): string[] {
  const text = prose(markdown);
  const paths = new Set<string>();
  for (const [, span = ''] of text.matchAll(/`([^`\n]+)`/g)) {
    const token = span.trim();
    if (TOP_LEVEL_FILES.has(token)) paths.add(token);
    const path = FOLDER_PATH.exec(token)?.[0];
    if (path) paths.add(path);
  }
  for (const [, target = ''] of text.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)) {
    if (SCHEME.test(target) || target.startsWith('#')) continue;
    const path = target.replace(/[#?].*$/, '');
    paths.add(
      relative(PROJECT_ROOT, resolve(PROJECT_ROOT, dirname(guide), path))
        .split('\\')
        .join('/') || '.',
    );
  }
  return [...paths].sort();
}

/** The npm scripts a guide runs with `npm run X`. */
function namedScripts(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(/\bnpm run ([A-Za-z0-9:_.-]+)/g)].map(([, name = '']) => name.replace(/\.+$/, '')))].sort();
}

const scripts = Object.keys((JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts);

describe('the guides name only what exists', () => {
  it('reads paths and scripts by the rule above', () => {
    const sample = [
      'See `src/lib/pages.ts`, `tests/browser/` and `content/glossary/*.md`; `package.json`; `dist/` is built.',
      'Errors read `content/interview/interview.mdx:60:1: … → …`. Run `npm run build`, then npm run bench.',
      '[Contributing](../CONTRIBUTING.md), [a section](#deploy), [Vite](https://github.com/vitejs/vite/issues/18551).',
      '```sh',
      'cat src/not/checked.ts   # `src/not/checked.ts`',
      'npm run test:unit',
      '```',
    ].join('\n');
    expect(namedPaths(sample, 'content/README.md')).toEqual([
      'CONTRIBUTING.md',
      'content/glossary/',
      'content/interview/interview.mdx',
      'package.json',
      'src/lib/pages.ts',
      'tests/browser/',
    ]);
    expect(namedScripts(sample)).toEqual(['bench', 'build', 'test:unit']);
  });

  for (const guide of GUIDES) {
    describe(guide, () => {
      const markdown = existsSync(join(PROJECT_ROOT, guide)) ? readFileSync(join(PROJECT_ROOT, guide), 'utf8') : '';

      it('exists and names paths', () => {
        expect(markdown, `${guide} is missing`).not.toBe('');
        expect(namedPaths(markdown, guide).length).toBeGreaterThan(0);
      });

      it('names no file or folder that is not in the project', () => {
        const missing = namedPaths(markdown, guide).filter((path) => !existsSync(join(PROJECT_ROOT, path)));
        expect(missing, `${guide} names paths that do not exist`).toEqual([]);
      });

      it('runs no npm script that package.json does not define', () => {
        const unknown = namedScripts(markdown).filter((name) => !scripts.includes(name));
        expect(unknown, `${guide} names npm scripts package.json does not define`).toEqual([]);
      });
    });
  }
});
