/**
 * The site's public address: canonical URLs, the sitemap and social cards are built from it.
 * Set SITE_URL at build time to deploy elsewhere.
 */
export function siteUrl(value: string | undefined): string {
  const url = value ?? 'https://mali-interview.example.org';
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new Error(`SITE_URL="${url}" must be an absolute http(s) address, such as https://interview.example.org.`);
  }
  return url;
}

/**
 * The sub-path the site is served under (`/` at a domain's root, `/interview/` under a path),
 * read from the SITE_BASE environment variable at build time.
 */
export function siteBase(value: string | undefined): string {
  if (value === undefined || value === '' || value === '/') return '/';
  if (!value.startsWith('/')) {
    throw new Error(`SITE_BASE="${value}" must start with a slash: set SITE_BASE=/${value} to serve the site under that path.`);
  }
  return value.endsWith('/') ? value : `${value}/`;
}
