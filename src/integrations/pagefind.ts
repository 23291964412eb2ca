import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefindService from 'pagefind';
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
    logger.info(`Indexed ${added.page_count} page(s) for search into ${written.outputPath}.`);
  } finally {
    await pagefindService.close();
  }
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step}: ${errors.join('; ')}`);
}
