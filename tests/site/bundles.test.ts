import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { describe, expect, inject, it } from 'vitest';
import { readHtml, selectAll } from '../support/html.ts';

/** The browser code a reader can run: the bundles, and the module scripts written into the pages. */
function browserCode(outDir: string): Array<{ where: string; code: string }> {
  const bundles = readdirSync(join(outDir, '_astro'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ where: `_astro/${name}`, code: readFileSync(join(outDir, '_astro', name), 'utf8') }));
  const pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .flatMap((entry) =>
      selectAll('script[type="module"]', readHtml(join(entry.parentPath, entry.name))).map((script) => ({
        where: join(entry.parentPath, entry.name).slice(outDir.length + 1),
        code: script.children.map((child) => ('value' in child ? child.value : '')).join(''),
      })),
    );
  return [...bundles, ...pages];
}

describe.each(['root', 'sub'] as const)('the browser code (%s build)', (build) => {
  // The workaround for vitejs/vite#18551 (src/integrations/site-output/plain-dynamic-import.ts): this fails when it stops working.
  it('loads its lazily loaded parts with plain `import()`: no preload helper, shipped or inlined', async () => {
    await init;
    const code = browserCode(inject('outDirs')[build]);
    expect(code.length).toBeGreaterThan(4);
    expect(code.filter(({ where }) => /preload-helper/.test(where)).map(({ where }) => where)).toEqual([]);
    // The helper's own words survive minification: its link type, its error event, its placeholder.
    const helperTraces = code.filter(({ code }) =>
      /__vitePreload|__VITE_PRELOAD__|vite:preloadError|modulepreload|preload-helper/.test(code),
    );
    expect(helperTraces.map(({ where }) => where)).toEqual([]);
    // Each lazily loaded chunk is imported by its address, as the code was written: `import("/_astro/ui.….js")`.
    const chunkImports = code.flatMap(({ code }) => parse(code)[0].filter((entry) => entry.d > -1 && entry.n?.endsWith('.js')));
    expect(chunkImports.length).toBeGreaterThan(4);
  });
});
