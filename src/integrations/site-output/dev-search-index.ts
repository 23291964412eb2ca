import type { AddressInfo } from 'node:net';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefindService from 'pagefind';
import type { ViteDevServer } from 'vite';
import { contentTag, FIRST_SEARCH_FILE, firstSearchFiles } from '../../lib/first-search';
import { LISTED_PAGES } from '../../lib/pages';

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json', css: 'text/css' };

/**
 * Search in `astro dev`: indexes the pages the dev server renders (the listed pages, as in the sitemap) with
 * Pagefind's Node API, keeps the index in memory, serves it at `<base>pagefind/`, and indexes
 * again when content or source files change.
 */
export function serveDevSearchIndex(server: ViteDevServer, logger: AstroIntegrationLogger, base: string): void {
  let files = new Map<string, Uint8Array>();
  let origin: string | undefined;
  let current: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The last indexing's error, served in place of the index so the failure shows where search is used.
  let failure: string | undefined;

  const rebuild = () => {
    current = current
      .then(() => indexPages())
      .then(() => {
        failure = undefined;
      })
      .catch((error: unknown) => {
        failure = `Search index for the dev server failed: ${String(error)}`;
        logger.error(failure);
      });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 300);
  };

  async function indexPages(): Promise<void> {
    if (!origin) return;
    const paths = LISTED_PAGES.map((page) => `${base}${page.path}`);
    const { index, errors } = await pagefindService.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length > 0) throw new Error(errors.join('; ') || 'no index');
    for (const path of paths) {
      // Result addresses are relative to the base, as in the built index.
      const added = await index.addHTMLFile({ url: path.slice(base.length - 1), content: await fetchText(`${origin}${path}`) });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    }
    const built = await index.getFiles();
    if (built.errors.length > 0) throw new Error(built.errors.join('; '));
    files = new Map(built.files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
    const entry = new TextDecoder().decode(files.get('pagefind-entry.json'));
    const firstSearch = firstSearchFiles([...files.keys()], entry, contentTag(entry));
    files.set(FIRST_SEARCH_FILE, new TextEncoder().encode(JSON.stringify(firstSearch)));
    await index.deleteIndex();
    logger.info(`Search index for the dev server: ${paths.length} pages (indexed again when files change).`);
  }

  server.httpServer?.once('listening', () => {
    const address = server.httpServer?.address() as AddressInfo | null;
    if (!address) return;
    const host =
      address.family === 'IPv6'
        ? `[${address.address === '::' ? '::1' : address.address}]`
        : address.address === '0.0.0.0'
          ? '127.0.0.1'
          : address.address;
    origin = `http://${host}:${address.port}`;
    rebuild();
  });
  server.watcher.on('change', (path) => {
    if (/[\\/](content|src)[\\/]/.test(path)) schedule();
  });
  server.httpServer?.once('close', () => void pagefindService.close());

  const prefix = `${base}pagefind/`;
  server.middlewares.use((request, response, next) => {
    const pathname = request.url?.split('?')[0] ?? '';
    if (!pathname.startsWith(prefix)) return next();
    void current.then(() => {
      if (failure) {
        response.statusCode = 500;
        response.end(failure);
        return;
      }
      const body = files.get(pathname.slice(prefix.length));
      if (!body) {
        response.statusCode = 404;
        response.end('Not in the dev search index');
        return;
      }
      response.setHeader('content-type', TYPES[pathname.split('.').pop() ?? ''] ?? 'application/octet-stream');
      response.end(body);
    });
  });
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}
