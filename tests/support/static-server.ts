import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface StaticSite {
  /** The site's address, base path included, e.g. http://127.0.0.1:4567/interview/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: `base` maps to `dir`, directories to their
 * index.html, and anything missing to 404.html with status 404.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = pathname.startsWith(base) ? await resolveFile(dir, pathname.slice(base.length)) : undefined;
    if (!file) {
      const notFound = join(dir, '404.html');
      const exists = await stat(notFound).catch(() => undefined);
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      if (exists) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function resolveFile(dir: string, relative: string): Promise<string | undefined> {
  const path = normalize(join(dir, relative));
  if (!path.startsWith(dir)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}
