/** One path segment of an address the site lives at: letters, digits and `-._~`, not `.` or `..`. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** The segments of `path` (`/interviews/mali/` → interviews, mali), or undefined when one is not a plain segment. */
function plainSegments(path: string): string[] | undefined {
  const segments = path.split('/').filter((segment) => segment !== '');
  return segments.every((segment) => SEGMENT.test(segment) && segment !== '.' && segment !== '..') ? segments : undefined;
}

/**
 * The sub-path the site is served under (`/` at a domain's root, `/interview/` under a path),
 * read from the SITE_BASE environment variable at build time. Only plain path segments: a value
 * such as `//evil.example/` would make every link on every page point at another host.
 */
export function siteBase(value: string | undefined): string {
  if (value === undefined || value === '' || value === '/') return '/';
  if (!value.startsWith('/')) {
    throw new Error(`SITE_BASE="${value}" must start with a slash: set SITE_BASE=/${value} to serve the site under that path.`);
  }
  const segments = plainSegments(value);
  if (value.startsWith('//') || value.includes('//') || !segments) {
    throw new Error(
      `SITE_BASE="${value}" is not a plain path: write the sub-path the site is served under as words of letters, digits, ` +
        `“-”, “_”, “.” or “~” between single slashes, such as SITE_BASE=/interview/ (no “//”, “..”, spaces or %-escapes), ` +
        `or leave SITE_BASE unset at a domain's root.`,
    );
  }
  return `/${segments.join('/')}/`;
}

/**
 * The site's public address (SITE_URL at build time), as Astro's `site`: its origin, and the path
 * the site lives at in `base`. Undefined when SITE_URL is not set: then nothing that needs an
 * absolute address (canonical links, og:url, the sitemap's entries…) is published, rather than an
 * invented one.
 */
export interface SiteAddress {
  /** `https://example.org`, or undefined without SITE_URL. */
  site: string | undefined;
  /** `/`, `/interview/`… */
  base: string;
}

/**
 * Reads SITE_URL and SITE_BASE together. A SITE_URL with a path (`https://example.org/interviews/mali/`)
 * says where the site lives, so it is the base too; a SITE_BASE that says otherwise is an error.
 */
export function siteAddress(env: { SITE_URL?: string | undefined; SITE_BASE?: string | undefined }): SiteAddress {
  const base = siteBase(env.SITE_BASE);
  const value = env.SITE_URL;
  if (value === undefined || value === '') return { site: undefined, base };
  const example = 'such as SITE_URL=https://interview.example.org or SITE_URL=https://example.org/interviews/mali/';
  if (value.trim() !== value || !URL.canParse(value)) {
    throw new Error(`SITE_URL="${value}" is not an address: write the site's public address, ${example}.`);
  }
  const url = new URL(value);
  if (!/^https?:$/.test(url.protocol)) {
    throw new Error(`SITE_URL="${value}" must be an http(s) address, ${example}.`);
  }
  if (url.username || url.password || url.search || url.hash || value.endsWith('?') || value.endsWith('#')) {
    throw new Error(`SITE_URL="${value}" must be only the site’s address, without a user name, “?query” or “#fragment”, ${example}.`);
  }
  const segments = plainSegments(url.pathname);
  if (!segments || url.pathname.includes('//')) {
    throw new Error(
      `SITE_URL="${value}" has a path that is not plain: write its path as words of letters, digits, “-”, “_”, “.” or “~” ` +
        `between single slashes, ${example}.`,
    );
  }
  const path = segments.length === 0 ? '/' : `/${segments.join('/')}/`;
  if (path === '/') return { site: url.origin, base };
  if (env.SITE_BASE !== undefined && env.SITE_BASE !== '' && base !== path) {
    throw new Error(
      `SITE_URL="${value}" says the site lives at ${path}, but SITE_BASE="${env.SITE_BASE}" says ${base}: ` +
        `leave SITE_BASE unset (the path of SITE_URL is used), or set SITE_BASE=${path}.`,
    );
  }
  return { site: url.origin, base: path };
}
