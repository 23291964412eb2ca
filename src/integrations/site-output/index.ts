import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { stopForContent } from '../../lib/content-error';
import { HASHED_PAGEFIND_FILE, headersFile } from '../../lib/security-policy';
import { settledOrStalled, stage } from './atomic-publish';
import { builtFiles, readPages, writePages } from './built-pages';
import { deadLinks, writtenAt, type DeadLink } from './dead-links';
import { serveDevSearchIndex } from './dev-search-index';
import { writeEntryScriptsIntoPages } from './entry-scripts';
import { addPolicyMeta } from './page-policy';
import { plainDynamicImport } from './plain-dynamic-import';
import { removeIndexOnlyAttributes, writeSearchIndex } from './search-index';

const NAME = 'site-output';

/**
 * What the build ships, from Astro's pages to the published folder: bundles without Vite's preload
 * helper (plain-dynamic-import.ts), then, once Astro has written the site, one pass over it
 * (`finishSite`) whose steps run in the order written there, and an atomic publish. `astro dev`
 * gets a search index of its own, in memory.
 */
export function siteOutput(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let root = '';
  let outDir = '';
  let staged: ReturnType<typeof stage> | undefined;
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        updateConfig({ vite: { build: { modulePreload: false }, plugins: [plainDynamicImport()] } });
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        staged = stage(outDir);
        updateConfig({ outDir: pathToFileURL(`${staged.staging}/`) });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
        root = fileURLToPath(config.root);
        // Publishing ends the build: a later integration's build:done would write into a folder already published.
        const last = config.integrations.at(-1)?.name;
        if (last !== NAME)
          throw new Error(`${NAME} must be the last integration in astro.config.mjs (it publishes the build); ${last} is.`);
      },
      'astro:server:setup': ({ server, logger }) => serveDevSearchIndex(server, logger, base),
      'astro:build:done': async ({ dir, logger }) => {
        if (!staged) return;
        const built = fileURLToPath(dir).replace(/[\\/]+$/, '');
        if (built !== staged.staging)
          throw new Error(`Astro built into ${built}, not the staging folder ${staged.staging}; nothing was published.`);
        await settledOrStalled(finishSite(built, { base, site, root }, logger), 'The after-build pass');
        await staged.publish();
        logger.info(`Published ${outDir} (built in ${basename(built)}, then swapped in whole).`);
      },
    },
  };
}

/**
 * The after-build pass over the site Astro wrote into `outDir`: each page is read and parsed once,
 * changed by each step in this order, and written once.
 */
export async function finishSite(
  outDir: string,
  { base, site, root }: { base: string; site?: string | undefined; root: string },
  logger: AstroIntegrationLogger,
): Promise<void> {
  const pages = await readPages(outDir, await builtFiles(outDir), base);
  // 1. Search indexes the pages as Astro wrote them: it reads the attributes the next step removes.
  try {
    const indexed = await writeSearchIndex(outDir, pages);
    logger.info(`Indexed ${indexed.pages} page(s) for search (${indexed.files} of Pagefind's ${indexed.of} files).`);
  } catch (error) {
    throw new Error(`Search indexing failed, so nothing was published.\n${String(error)}`, { cause: error });
  }
  // 2. What only the indexer reads leaves the served pages.
  for (const page of pages) removeIndexOnlyAttributes(page.tree);
  // 3. The scripts that run before intent go into their pages.
  const files = await builtFiles(outDir); // the index's files among them
  const scripts = await writeEntryScriptsIntoPages(outDir, files, pages, base);
  logger.info(`${scripts.inlined} script(s) written into the pages that run them (${scripts.removed.length} file(s) no longer needed).`);
  // 4. Each page's policy hashes its inline code as it is now: no step may change that code after this one.
  const policies = pages.map((page) => ({ path: page.path, policy: addPolicyMeta(page.tree, page.file) }));
  // 5. No link leads nowhere, in the pages as they will be served and in the data files.
  const served = files.filter((file) => !scripts.removed.includes(file));
  const dataFiles = await Promise.all(
    served
      .filter((file) => /^[^/]+\.(json|xml)$/.test(file))
      .map(async (file) => ({ file, text: await readFile(join(outDir, file), 'utf8') })),
  );
  const dead = deadLinks(pages, dataFiles, served, { base, site });
  if (dead.length > 0) stopForContent(deadLinksReport(dead, await contentFiles(root)));
  await writePages(outDir, pages);
  // 6. Hosts that read `_headers` send each page's policy, and cache what is named by its content.
  const hashedFiles = files.filter((file) => HASHED_PAGEFIND_FILE.test(file));
  await writeFile(join(outDir, '_headers'), headersFile(base, policies, hashedFiles));
  logger.info(`Content Security Policy in ${policies.length} page(s) and in _headers.`);
}

/** The content's Markdown files, by their path from the project's root, to say where a dead link was written. */
async function contentFiles(root: string): Promise<Array<{ path: string; text: string }>> {
  const names = (await readdir(join(root, 'content'), { recursive: true })).filter((name) => /\.mdx?$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => ({
      path: `content/${name.split('\\').join('/')}`,
      text: await readFile(join(root, 'content', name), 'utf8'),
    })),
  );
}

function deadLinksReport(dead: readonly DeadLink[], content: ReadonlyArray<{ path: string; text: string }>): string {
  const lines = dead.map(({ file, address, problem }) => {
    const where = writtenAt(address, content);
    return `${where ?? file}: the link ${address}${where ? ` (in ${file})` : ''} leads nowhere: ${problem}. → Link to a page and an id the site has, or remove the link.`;
  });
  return `The site would publish ${dead.length} dead link(s), so nothing was published:\n${lines.join('\n')}`;
}
