import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { COMPRESSED_TYPES } from '../../src/lib/security-policy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
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

/** One rule of a `_headers` file: the paths it matches and the headers it adds. */
interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/**
 * Reads `dir/_headers` as Netlify and Cloudflare Pages do: a path pattern (`*` matches anything,
 * slashes included) on its own line, then its indented `Name: value` lines; `#` starts a comment.
 * No file, no rules. Anything else in it is an error, as the hosts would not read it as meant.
 */
export async function readHeaderRules(dir: string): Promise<HeaderRule[]> {
  const text = await readFile(join(dir, '_headers'), 'utf8').catch(() => undefined);
  const rules: HeaderRule[] = [];
  for (const [index, line] of (text ?? '').split('\n').entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (header && rule) rule.headers.push([header[1]!, header[2]!.trim()]);
    else if (/^\/\S*$/.test(line)) {
      const pattern = line
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
    } else throw new Error(`_headers:${index + 1}: “${line}” is neither a path (from /) nor an indented “Name: value” under one.`);
  }
  return rules;
}

/** The headers every matching rule adds to a path, in order; a header set by two rules has both values, joined by a comma (as the hosts do). */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter(({ pattern }) => pattern.test(pathname)))
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
    }
  return headers;
}

/**
 * Sends `file` as a host would: HTML and the types the README's nginx settings compress
 * (`COMPRESSED_TYPES`; Netlify and Cloudflare Pages compress text too) gzip-compressed for a
 * browser that accepts it, anything else as it is.
 */
function send(request: IncomingMessage, response: ServerResponse, status: number, headers: Record<string, string>, file: string): void {
  const type = (headers['content-type'] ?? '').split(';')[0]!;
  const compress =
    (type === 'text/html' || COMPRESSED_TYPES.includes(type)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(status, compress ? { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : headers);
  const body = createReadStream(file);
  if (compress) body.pipe(createGzip()).pipe(response);
  else body.pipe(response);
}

/**
 * Serves a built site the way a static host does: `base` maps to `dir`, directories to their
 * index.html, anything missing to 404.html with status 404, and text compressed (see `send`).
 * With `hostHeaders` (the default), as Netlify and Cloudflare Pages do, every response also
 * gets the headers that `dir/_headers` gives its path.
 */
export async function serveStatic(dir: string, base = '/', { hostHeaders = true } = {}): Promise<StaticSite> {
  const rules = hostHeaders ? await readHeaderRules(dir) : [];
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = pathname.startsWith(base) ? await resolveFile(dir, pathname.slice(base.length)) : undefined;
    const headers = headersFor(rules, pathname);
    if (!file) {
      const notFound = join(dir, '404.html');
      const exists = await stat(notFound).catch(() => undefined);
      if (exists) send(request, response, 404, { ...headers, 'content-type': TYPES['.html']! }, notFound);
      else response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    send(request, response, 200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }, file);
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
