import type { Plugin, Rollup } from 'vite';

const HELPER = '\0vite/preload-helper.js';

/**
 * A workaround for a Vite gap, vitejs/vite#18551 (open): Vite wraps every dynamic `import()` of the browser code in
 * its preload helper even with `build.modulePreload: false`. tests/site/bundles.test.ts fails when this stops working.
 *
 * Vite wraps every dynamic `import()` of the browser code in its preload helper, which preloads the
 * imported chunk's dependencies (shared chunks, and CSS the chunk imports) in parallel with it. Our
 * lazily loaded chunks (search interface, glossary preview, quote links, Cite dialog) bring their
 * own stylesheet (`?url`) and are one file each, yet the 0.9 KB gzip helper was loaded on every page
 * before any interaction. This replaces it with a plain call of the import (a shared chunk, if one
 * appears, still loads, as the chunk's own import, only not in parallel), and stops the build if a
 * lazily loaded chunk imports CSS, which only the helper would have loaded. A call with nothing to
 * preload becomes the bare `import()`; the one-line helper is written into any chunk that still
 * calls it, so that no page loads a 28-byte file for it (a request of its own, and more gzip
 * framing than code).
 */
export function plainDynamicImport(): Plugin {
  return {
    name: 'plain-dynamic-import',
    enforce: 'pre',
    apply: 'build',
    resolveId(id) {
      return id === HELPER ? id : undefined;
    },
    load(id) {
      return id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined;
    },
    renderChunk(code) {
      return this.environment.config.consumer === 'client' ? inlineHelperImport(code) : null;
    },
    generateBundle(_, bundle) {
      if (this.environment.config.consumer !== 'client') return; // the pages rendered at build time
      dropUnusedHelper(bundle);
      for (const chunk of Object.values(bundle)) {
        const css = chunk.type === 'chunk' && chunk.isDynamicEntry ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
        if (css.length > 0)
          this.error(
            `${chunk.name} is loaded lazily and imports CSS (${css.join(', ')}): load it as a stylesheet link (import … from '….css?url') instead`,
          );
      }
    },
  };
}

/** `import { t as name } from "./preload-helper….js";`, the statement by which a chunk imports the helper. */
const HELPER_IMPORT = /import\s*\{\s*\w+\s+as\s+(\w+)\s*\}\s*from\s*["']\.\/preload-helper[^"']*["'];?/;

/**
 * Writes the helper into the chunk that imports it. Done while chunks render, before their file
 * names are hashed, so a changed chunk gets a new name and no browser keeps a stale copy.
 */
function inlineHelperImport(code: string): string | null {
  const match = HELPER_IMPORT.exec(code);
  if (!match) return null;
  const name = match[1]!;
  const plain = unwrapCalls(code.replace(match[0], ''), name);
  return new RegExp(`\\b${name}\\(`).test(plain) ? `var ${name}=l=>l();${plain}` : plain;
}

/**
 * `helper(() => import("./x.js").then(…), __VITE_PRELOAD__)`, as chunks are rendered (Vite fills in
 * the placeholder later), calls the function it is given, so it is that function's body: written
 * so, the import is plain and the helper need not be shipped. A call whose body holds another is
 * left as it is.
 */
function unwrapCalls(code: string, helper: string): string {
  const open = new RegExp(`\\b${helper}\\(\\s*\\(\\)\\s*=>\\s*`, 'g');
  const close = /,\s*__VITE_PRELOAD__\s*\)/g;
  const call = new RegExp(`\\b${helper}\\(`);
  let result = '';
  let at = 0;
  for (let start = open.exec(code); start; start = open.exec(code)) {
    close.lastIndex = open.lastIndex;
    const end = close.exec(code);
    const body = end ? code.slice(open.lastIndex, end.index) : '';
    if (!end || call.test(body)) continue;
    result += `${code.slice(at, start.index)}(${body})`;
    at = open.lastIndex = close.lastIndex;
  }
  return result + code.slice(at);
}

/** Drops the helper's own chunk once no chunk imports it any more. */
function dropUnusedHelper(bundle: Rollup.OutputBundle): void {
  const helper = Object.values(bundle).find(
    (chunk) => chunk.type === 'chunk' && chunk.moduleIds.length === 1 && chunk.moduleIds[0] === HELPER,
  );
  if (!helper) return;
  for (const chunk of Object.values(bundle)) {
    if (chunk.type === 'chunk' && !HELPER_IMPORT.test(chunk.code)) chunk.imports = chunk.imports.filter((file) => file !== helper.fileName);
  }
  const importers = Object.values(bundle).filter(
    (chunk) => chunk !== helper && chunk.type === 'chunk' && chunk.imports.includes(helper.fileName),
  );
  if (importers.length === 0) delete bundle[helper.fileName];
}
