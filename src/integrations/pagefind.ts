import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefindService from 'pagefind';
import { contentTag, FIRST_SEARCH_FILE, firstSearchFiles } from '../lib/first-search';
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

    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    check('writeFiles', written.errors);
    await writeFirstSearchFiles(written.outputPath);
    logger.info(`Indexed ${added.page_count} page(s) for search into ${written.outputPath}.`);
  } finally {
    await pagefindService.close();
  }
}

/** Lists the files the first search fetches (lib/first-search.ts) beside the index. */
async function writeFirstSearchFiles(bundleDir: string): Promise<void> {
  const entries = await readdir(bundleDir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(bundleDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const entry = await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8');
  const manifest = firstSearchFiles(paths, entry, contentTag(entry));
  await writeFile(join(bundleDir, FIRST_SEARCH_FILE), JSON.stringify(manifest));
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step}: ${errors.join('; ')}`);
}
