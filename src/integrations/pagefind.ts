import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefindService from 'pagefind';
import { contentTag, FIRST_SEARCH_FILE, firstSearchFiles, languageFiles } from '../lib/first-search';
import { builtFiles } from './built-files';
import { serveDevSearchIndex } from './dev-search-index';

/**
 * Builds the Pagefind search index at the end of `astro build`, with Pagefind's Node API, into the
 * folder being built. If indexing fails the build fails, so atomic-output (the last integration)
 * never publishes a site without working search. The dev server gets an index of its own, in memory.
 */
export function pagefind(): AstroIntegration {
  let base = '/';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => serveDevSearchIndex(server, logger, base),
      'astro:build:done': async ({ dir, logger }) => {
        try {
          await buildIndex(fileURLToPath(dir), logger);
        } catch (error) {
          throw new Error(`Search indexing failed, so nothing was published.\n${String(error)}`, { cause: error });
        }
      },
    },
  };
}

async function buildIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  try {
    const { index, errors } = await pagefindService.createIndex({ forceLanguage: 'en' });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind returned no index.');

    const added = await index.addDirectory({ path: outDir });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${outDir}.`);

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
    const outputPath = join(outDir, 'pagefind');
    for (const file of files.filter((file) => loaded.has(file.path))) {
      await mkdir(dirname(join(outputPath, file.path)), { recursive: true });
      await writeFile(join(outputPath, file.path), file.content);
    }
    await writeFile(join(outputPath, FIRST_SEARCH_FILE), JSON.stringify(firstSearchFiles([...loaded], entry, contentTag(entry))));
    for (const page of (await builtFiles(outDir)).filter((name) => name.endsWith('.html'))) {
      const html = await readFile(join(outDir, page), 'utf8');
      const served = withoutIndexOnlyAttributes(html);
      if (served !== html) await writeFile(join(outDir, page), served);
    }
    logger.info(`Indexed ${added.page_count} page(s) for search into ${outputPath} (${loaded.size} of Pagefind's ${files.length} files).`);
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
 * sort keys), removed from a page once it is indexed: on the interview they were 0.24 KB gzip of every reader's first
 * view. `data-pagefind-body` and `data-pagefind-ignore` stay, as the page's highlighting of searched words reads them.
 */
export function withoutIndexOnlyAttributes(html: string): string {
  return html.replace(START_TAG, (tag) => tag.replace(INDEX_ONLY_ATTRIBUTE, ''));
}

/** An HTML start tag, its attribute values quoted or not (a `>` inside quotes does not end it). */
const START_TAG = /<[a-zA-Z][\w:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const INDEX_ONLY_ATTRIBUTE =
  /\s+data-pagefind-(?:title|index-attrs|weight|meta|default-meta|filter|sort)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step}: ${errors.join('; ')}`);
}
