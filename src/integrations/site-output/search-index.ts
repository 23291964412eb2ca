import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import * as pagefindService from 'pagefind';
import { visit } from 'unist-util-visit';
import { contentTag, FIRST_SEARCH_FILE, firstSearchFiles, languageFiles } from '../../lib/first-search';
import { builtFile, LISTED_PAGES } from '../../lib/pages';
import type { BuiltPage } from './built-pages';

/**
 * Indexes the pages for search with Pagefind's Node API, from the HTML the pass has already read
 * (Pagefind reads no file itself), and writes into `outDir/pagefind/` only the files our search
 * loads, with the list of the first search's files. The pages indexed are the listed ones
 * (src/lib/pages.ts). Returns how many, and how many of Pagefind's files were kept.
 */
export async function writeSearchIndex(outDir: string, pages: readonly BuiltPage[]): Promise<{ pages: number; files: number; of: number }> {
  // The pages worth finding, in the site's order (Pagefind numbers them so, as the dev server's index does).
  const indexed = LISTED_PAGES.map(({ path }) => {
    const page = pages.find(({ file }) => file === builtFile(path));
    if (!page) throw new Error(`the build has no ${builtFile(path)} to index.`);
    if (!select('[data-pagefind-body]', page.tree))
      throw new Error(`${page.file} has no element with data-pagefind-body: search would find nothing in it.`);
    return page;
  });
  try {
    const { index, errors } = await pagefindService.createIndex({ forceLanguage: 'en' });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind returned no index.');
    for (const page of indexed)
      check(`addHTMLFile (${page.file})`, (await index.addHTMLFile({ sourcePath: page.file, content: page.html })).errors);
    const built = await index.getFiles();
    check('getFiles', built.errors);
    const files = built.files.map((file) => ({ path: file.path.replace(/^\/+/, ''), content: file.content }));
    const entryFile = files.find((file) => file.path === 'pagefind-entry.json');
    if (!entryFile) throw new Error('Pagefind wrote no pagefind-entry.json: the search code cannot find the index without it.');
    const entry = new TextDecoder().decode(entryFile.content);
    const loaded = filesSearchLoads(
      files.map((file) => file.path),
      entry,
    );
    const folder = join(outDir, 'pagefind');
    for (const file of files.filter((file) => loaded.has(file.path))) {
      await mkdir(dirname(join(folder, file.path)), { recursive: true });
      await writeFile(join(folder, file.path), file.content);
    }
    await writeFile(join(folder, FIRST_SEARCH_FILE), JSON.stringify(firstSearchFiles([...loaded], entry, contentTag(entry))));
    return { pages: indexed.length, files: loaded.size, of: files.length };
  } finally {
    await pagefindService.close();
  }
}

/**
 * The Pagefind files our search code loads, out of all Pagefind writes: its script (not its worker: search runs it in the page),
 * the entry file, each language's metadata and WebAssembly (the language-neutral `wasm.unknown`
 * only for a language without its own), and the index, fragment and filter chunks. Not the UI
 * bundles (`pagefind-ui.js`, the component and modular UIs, `pagefind-highlight.js`; about 430 KB
 * that no page loads: the search interface is our own) nor the playground.
 */
export function filesSearchLoads(paths: string[], entry: string): Set<string> {
  if (!paths.includes('pagefind.js'))
    throw new Error('Pagefind did not produce pagefind.js, which search loads: is the pagefind package complete?');
  const wanted = new Set(['pagefind.js', 'pagefind-entry.json', ...languageFiles(paths, entry)]);
  return new Set(paths.filter((path) => wanted.has(path) || /^(index|fragment|filter)\/[^/]+$/.test(path)));
}

/**
 * Pagefind's attributes that only the indexer reads (a result's title, the attributes to index, weights, metadata, filters,
 * sort keys), as hast names them. `data-pagefind-body` and `data-pagefind-ignore` stay: the page's highlighting of searched
 * words reads them.
 */
const INDEX_ONLY_PROPERTIES = [
  'dataPagefindTitle',
  'dataPagefindIndexAttrs',
  'dataPagefindWeight',
  'dataPagefindMeta',
  'dataPagefindDefaultMeta',
  'dataPagefindFilter',
  'dataPagefindSort',
  // Ours, for the indexer only: a glossary entry's other names (components/GlossaryEntry.astro).
  'dataSearchNames',
];

/** Removes from a page, once it is indexed, the attributes only the indexer reads: on the interview they were 0.24 KB gzip of every reader's first view. */
export function removeIndexOnlyAttributes(tree: Root): void {
  visit(tree, 'element', (element: Element) => {
    for (const name of INDEX_ONLY_PROPERTIES) delete element.properties[name];
  });
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step}: ${errors.join('; ')}`);
}
