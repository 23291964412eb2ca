import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Element, ElementContent, Parents, Root } from 'hast';
import { init, parse } from 'es-module-lexer';
import { visit } from 'unist-util-visit';
import { ownText } from '../../lib/hast-text';
import type { BuiltPage } from './built-pages';

/** A module's imports and whether it has a top-level import or export (which a function cannot hold). */
async function lex(code: string, file: string) {
  await init;
  try {
    const [imports, exports] = parse(code, file);
    return { imports, moduleOnly: exports.length > 0 || imports.some((entry) => entry.d === -1) };
  } catch (error) {
    throw new Error(`${file}: not a module es-module-lexer can read (${String(error)}).`, { cause: error });
  }
}

/** The quoted specifier of a dynamic `import()` or the bare one of a static import, when it names a sibling chunk: `./x.js`. */
const SIBLING = /^(["'`]?)\.\/([^"'`$]+)\1$/;

/**
 * The code of `file` (a chunk served at `src`) made to run inline in a page: its imports of sibling
 * chunks, relative to the chunk, become addresses from the site's root, since an inline module
 * resolves them against the page's address instead.
 */
export async function inlinedChunk(code: string, src: string, file: string): Promise<string> {
  if (/<\/script|<!--/i.test(code))
    throw new Error(`${file}: the chunk contains “</script” or “<!--”, so it cannot be written inside a page.`);
  const folder = src.slice(0, src.lastIndexOf('/') + 1);
  const trimmed = code.trim();
  let result = '';
  let at = 0;
  for (const { s, e } of (await lex(trimmed, file)).imports) {
    if (s < 0) continue;
    const match = SIBLING.exec(trimmed.slice(s, e));
    if (!match) continue;
    const [, quote, name] = match;
    result += `${trimmed.slice(at, s)}${quote}${folder}${name}${quote}`;
    at = e;
  }
  return result + trimmed.slice(at);
}

/** The names of the sibling chunks `code` imports, statically or not. */
async function siblingImports(code: string, file: string): Promise<string[]> {
  const { imports } = await lex(code, file);
  return imports.flatMap(({ s, e }) => (s < 0 ? [] : [SIBLING.exec(code.slice(s, e))?.[2] ?? []].flat()));
}

interface ModuleScript {
  element: Element;
  parent: Parents;
  /** The address of a bundled one; undefined for one Astro wrote inline. */
  src: string | undefined;
}

/** A page's module scripts, in document order. */
function moduleScripts(tree: Root): ModuleScript[] {
  const scripts: ModuleScript[] = [];
  visit(tree, 'element', (element: Element, _, parent: Parents | undefined) => {
    if (element.tagName !== 'script' || element.properties.type !== 'module' || !parent) return;
    const { src } = element.properties;
    scripts.push({ element, parent, src: typeof src === 'string' ? src : undefined });
  });
  return scripts;
}

/**
 * Makes a page's module scripts (`code`: each bundled one by its `src`, each Astro wrote inline by
 * its text) one inline module script where the last of them stood: each inline script is a hash in
 * the page's policy (54 bytes in its `<meta>`, the same again in its header). Each runs as it did
 * alone: in its own async function (its own scope and top-level `await`, and an error in one leaves
 * the others running), in document order, after the page is parsed. Code that imports or exports
 * statically cannot go into a function: then each stays a script of its own, written inline.
 */
export async function writeScriptsInline(tree: Root, chunks: ReadonlyMap<string, string>, file: string): Promise<void> {
  const scripts = moduleScripts(tree).map((script) => {
    const code = script.src === undefined ? ownText(script.element).trim() : chunks.get(script.src);
    if (code === undefined) throw new Error(`${file}: its script ${script.src} was not read.`);
    return { ...script, code };
  });
  if (scripts.length === 0) return;
  const alone = scripts.length < 2 || (await Promise.all(scripts.map(({ code }) => lex(code, file)))).some((lexed) => lexed.moduleOnly);
  if (alone) {
    for (const { element, code } of scripts) setInline(element, code);
    return;
  }
  const last = scripts.at(-1)!;
  setInline(last.element, scripts.map(({ code }) => `(async()=>{${code}})();`).join(''));
  for (const { element, parent } of scripts.slice(0, -1)) parent.children.splice(parent.children.indexOf(element as ElementContent), 1);
}

function setInline(element: Element, code: string): void {
  element.properties = { type: 'module' };
  element.children = [{ type: 'text', value: code }];
}

/**
 * Writes each page's bundled scripts (what runs before the reader's intent: the search control, the
 * transcript's links) into the page, and deletes the chunk files no other chunk imports any more.
 * The first view is then one request: on a phone's round trips (150 ms each) a script file of 1 KB
 * cost a round trip before the page could finish loading. The chunks they load on intent stay
 * files, shared by every page. Astro inlines only scripts that import nothing, which ours do
 * (lazily). Returns how many chunk files were written into pages, and those deleted.
 */
export async function writeEntryScriptsIntoPages(
  outDir: string,
  files: readonly string[],
  pages: readonly BuiltPage[],
  base: string,
): Promise<{ inlined: number; removed: string[] }> {
  const chunks = new Map<string, string>(); // src → the chunk's code, made to run inline
  const inlined = new Set<string>();
  for (const page of pages) {
    for (const { src } of moduleScripts(page.tree)) {
      if (src === undefined) continue;
      const file = src.startsWith(base) ? src.slice(base.length) : '';
      if (!files.includes(file)) throw new Error(`${page.file}: its script ${src} is not in the build.`);
      if (!chunks.has(src)) chunks.set(src, await inlinedChunk(await readFile(join(outDir, file), 'utf8'), src, file));
      inlined.add(file);
    }
    await writeScriptsInline(page.tree, chunks, page.file);
  }
  const folders = new Set([...inlined].map((file) => dirname(file)));
  const imported = new Set<string>();
  for (const file of files.filter((name) => name.endsWith('.js') && folders.has(dirname(name))))
    for (const name of await siblingImports(await readFile(join(outDir, file), 'utf8'), file)) imported.add(name);
  const unused = [...inlined].filter((file) => !imported.has(file.slice(file.lastIndexOf('/') + 1)));
  await Promise.all(unused.map((file) => rm(join(outDir, file))));
  return { inlined: inlined.size, removed: unused };
}
