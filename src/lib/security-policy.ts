import { createHash } from 'node:crypto';

/**
 * The site's security policy and what it asks of a host, in one place. Every page's
 * `<meta>` Content Security Policy, the `_headers` file in the build (Netlify, Cloudflare
 * Pages) and the nginx configuration for hosts are made from it (src/integrations/site-output/
 * writes the first two).
 *
 * Astro's own `security.csp` is not used: it puts the hashes of every page's inline styles and of
 * every bundle in every page's policy, and leaves out `is:inline` scripts such as the theme's.
 */

/** Every page's policy, less the hashes of the page's own inline scripts and styles. */
export const PAGE_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // Pagefind's index and fragments, search-words.json.
  'connect-src': ["'self'"],
  'img-src': ["'self'"],
  // No worker: search runs Pagefind in the page, so that its fetches use what intent preloaded.
  'worker-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Pagefind's WebAssembly; inline code only by its hash, never 'unsafe-inline'.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
};

/** What only a response header can say: browsers ignore `frame-ancestors` in a `<meta>`. */
export const HEADER_ONLY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

/** A page's inline code, each element's text exactly as the page has it. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
}

/** The policy source that allows one inline script or style: `'sha256-…'`. */
export function sourceHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * A page's policy: the site's, with the hashes of that page's inline code and nothing else.
 * For a response header (`header`), also what a `<meta>` cannot carry.
 */
export function pagePolicy(inline: InlineCode, where: 'meta' | 'header'): string {
  const directives: Record<string, readonly string[]> = {
    ...PAGE_POLICY,
    'script-src': [...(PAGE_POLICY['script-src'] ?? []), ...new Set(inline.scripts.map(sourceHash))],
    'style-src': [...(PAGE_POLICY['style-src'] ?? []), ...new Set(inline.styles.map(sourceHash))],
    ...(where === 'header' ? HEADER_ONLY_POLICY : {}),
  };
  return serialise(directives);
}

function serialise(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Headers for every response of the site: what a `<meta>` cannot do. */
export const SITE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': serialise(HEADER_ONLY_POLICY),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

export const CACHE_CONTROL = {
  /** Files whose names change with their content: never fetched twice. */
  hashed: 'public, max-age=31536000, immutable',
  /** Pages (their addresses stay, their content changes): asked again on every visit, cheaply with the ETag. */
  page: 'public, max-age=0, must-revalidate',
} as const;

/**
 * The folders, under the base, whose files are named by their content: Astro's bundles and
 * Pagefind's index, fragment and filter chunks. (Pagefind's metadata file is too, by its name:
 * `pagefind.<language>_<hash>.pf_meta`.)
 */
export const HASHED_FOLDERS = ['_astro/', 'pagefind/index/', 'pagefind/fragment/', 'pagefind/filter/'] as const;
export const HASHED_PAGEFIND_FILE = /^pagefind\/pagefind\.[^/]+\.pf_meta$/;

/** A built page: where it is served (base included) and its policy as a header. */
export interface ServedPage {
  path: string;
  policy: string;
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages): the site's headers for every path, each
 * page's whole policy at its path, long caching for hashed files, revalidation for pages. No
 * two rules that can match one path set the same header, but for the policy: a page's own is
 * added to the site's `frame-ancestors`, and a browser enforces both. A missing address gets the
 * 404 page with the site's headers only; the policy in its `<meta>` still holds.
 */
export function headersFile(base: string, pages: ServedPage[], hashedFiles: string[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    '# Made by the build from src/lib/security-policy.ts: headers for Netlify and Cloudflare Pages.',
    block(`${base}*`, { ...SITE_HEADERS }),
    ...pages.map((page) => block(page.path, { 'Content-Security-Policy': page.policy, 'Cache-Control': CACHE_CONTROL.page })),
    ...[...HASHED_FOLDERS.map((folder) => `${folder}*`), ...hashedFiles].map((path) =>
      block(`${base}${path}`, { 'Cache-Control': CACHE_CONTROL.hashed }),
    ),
  ].join('\n')}\n`;
}

/**
 * What nginx compresses besides HTML (the test server too): the site's text. Pagefind's index
 * files are gzip inside already and are left as they are; Netlify and Cloudflare Pages compress
 * on their own.
 */
export const COMPRESSED_TYPES = [
  'text/css',
  'application/javascript',
  'text/javascript',
  'application/json',
  'image/svg+xml',
  'application/xml',
  'text/plain',
  'text/markdown',
];

/**
 * The nginx configuration for a site at `base`, for the README: the site's headers on every
 * response (each page's policy, with its hashes, is in the page's `<meta>`), long caching for
 * hashed files, revalidation for the rest, text sent compressed.
 */
export function nginxConfig(base: string): string {
  // nginx forgets the add_header lines of the enclosing block in any location that has its own: repeat them.
  const headers = (cacheControl: string) =>
    Object.entries({ ...SITE_HEADERS, 'Cache-Control': cacheControl }).map(([name, value]) => `    add_header ${name} "${value}" always;`);
  const hashed = [
    ...HASHED_FOLDERS.map((folder) => escapeRegExp(`${base}${folder}`)),
    `${escapeRegExp(`${base}pagefind/pagefind.`)}[^/]+\\.pf_meta$`,
  ];
  return [
    'gzip on;',
    `gzip_types ${COMPRESSED_TYPES.join(' ')};`,
    `location ${base} {`,
    ...headers(CACHE_CONTROL.page),
    `    error_page 404 ${base}404.html;`,
    '}',
    `location ~ ^(?:${hashed.join('|')}) {`,
    ...headers(CACHE_CONTROL.hashed),
    '}',
    '',
  ].join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
