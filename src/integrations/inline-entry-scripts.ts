import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles } from './built-files';

/** A chunk's import of a sibling chunk (`import("./ui.js")`, `from"./x.js"`), in minified code. */
const SIBLING_IMPORT = /(\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)(["'`])\.\/([^"'`]+)\2/g;

/**
 * The code of `file` (a chunk served at `src`) made to run inline in a page: its imports of sibling
 * chunks, relative to the chunk, become addresses from the site's root, since an inline module
 * resolves them against the page's address instead.
 */
export function inlinedChunk(code: string, src: string, file: string): string {
  if (/<\/script|<!--/i.test(code))
    throw new Error(`${file}: the chunk contains “</script” or “<!--”, so it cannot be written inside a page.`);
  const folder = src.slice(0, src.lastIndexOf('/') + 1);
  return code
    .trim()
    .replace(SIBLING_IMPORT, (_, keyword: string, quote: string, name: string) => `${keyword}${quote}${folder}${name}${quote}`);
}

/** A top-level `import … from` or `export` statement, which a module can hold but a function cannot. */
const STATIC_IMPORT_OR_EXPORT = /(?:^|[;}\n])\s*(?:import\s*[\w${*"'`]|export\s*[\w${*])/;
/** A module script of the page: a bundled one, `<script type="module" src="/_astro/….js"></script>`, or one Astro wrote inline (code that imports nothing). */
const MODULE_SCRIPT = /<script type="module"(?: src="([^"]+\.js)">|>([^]*?))<\/script>/g;

/**
 * `html` with its module scripts, the bundled ones (`src` → code, made by `inlinedChunk`) and those
 * Astro wrote inline, as one module script where the last of them stood: each inline script is a
 * hash in the page's policy (54 bytes in its `<meta>`, the same again in its header). Each runs as
 * it did alone: in its own async function (its own scope and top-level `await`, and an error in one
 * leaves the others running), in document order, after the page is parsed. Code that imports
 * statically cannot go into a function: then each stays a script of its own.
 */
export function withScriptsInline(html: string, chunks: Map<string, string>): string {
  const code = [...html.matchAll(MODULE_SCRIPT)].map(([, src, inline]) => (src ? (chunks.get(src) ?? '') : inline!.trim()));
  const alone = (src: string | undefined, inline: string | undefined) =>
    src ? `<script type="module">${chunks.get(src)}</script>` : `<script type="module">${inline}</script>`;
  if (code.length < 2 || code.some((chunk) => STATIC_IMPORT_OR_EXPORT.test(chunk)))
    return html.replace(MODULE_SCRIPT, (_, src?: string, inline?: string) => alone(src, inline));
  let seen = 0;
  return html.replace(MODULE_SCRIPT, () =>
    ++seen < code.length ? '' : `<script type="module">${code.map((chunk) => `(async()=>{${chunk}})();`).join('')}</script>`,
  );
}

/**
 * Writes each page's bundled scripts (what runs before the reader's intent: the search control,
 * the transcript's links) into the page, at the end of `astro build`, and deletes the files no
 * page or chunk refers to any more. The first view is then one request: on a phone's round trips
 * (150 ms each) a script file of 1 KB cost a round trip before the page could finish loading. The
 * chunks they load on intent stay files, shared by every page. Astro inlines only scripts that
 * import nothing, which ours do (lazily); the policy's hashes are made after this (securityHeaders).
 */
export function inlineEntryScripts(): AstroIntegration {
  return {
    name: 'inline-entry-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await builtFiles(outDir);
        const inlined = new Map<string, string>(); // src → the file it names
        for (const page of files.filter((name) => name.endsWith('.html'))) {
          const path = join(outDir, page);
          const html = await readFile(path, 'utf8');
          const chunks = new Map<string, string>();
          for (const [, src] of html.matchAll(MODULE_SCRIPT)) {
            if (!src) continue;
            const file = files.find((name) => src.endsWith(`/${name}`));
            if (!file) throw new Error(`${page}: its script ${src} is not in the build.`);
            chunks.set(src, inlinedChunk(await readFile(join(outDir, file), 'utf8'), src, file));
            inlined.set(src, file);
          }
          const served = withScriptsInline(html, chunks);
          if (served !== html) await writeFile(path, served);
        }
        const scripts = await Promise.all(
          files.filter((name) => name.endsWith('.js')).map(async (name) => readFile(join(outDir, name), 'utf8')),
        );
        let removed = 0;
        for (const file of inlined.values()) {
          const name = file.slice(file.lastIndexOf('/') + 1);
          if (scripts.some((code) => code.includes(`./${name}`))) continue;
          await rm(join(outDir, file));
          removed += 1;
        }
        logger.info(`${inlined.size} script(s) written into the pages that run them (${removed} file(s) no longer needed).`);
      },
    },
  };
}
