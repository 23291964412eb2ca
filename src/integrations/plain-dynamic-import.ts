import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps every dynamic `import()` of the browser code in its preload helper, which preloads the
 * imported chunk's dependencies (shared chunks, and CSS the chunk imports) in parallel with it. Our
 * lazily loaded chunks (search interface, glossary preview, quote links, Cite dialog) bring their
 * own stylesheet (`?url`) and are one file each, yet the 0.9 KB gzip helper was loaded on every page
 * before any interaction. This replaces it with a plain call of the import (a shared chunk, if one
 * appears, still loads, as the chunk's own import, only not in parallel), and stops the build if a
 * lazily loaded chunk imports CSS, which only the helper would have loaded.
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
    generateBundle(_, bundle) {
      if (this.environment.config.consumer !== 'client') return; // the pages rendered at build time
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
