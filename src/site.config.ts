/** The site's public address: canonical URLs, the sitemap and social cards are built from it. */
export const siteUrl = 'https://mali-interview.example.org';

/**
 * The sub-path the site is served under (`/` at a domain's root, `/interview/` under a path),
 * read from the SITE_BASE environment variable at build time.
 */
export function siteBase(value: string | undefined): string {
  if (value === undefined || value === '' || value === '/') return '/';
  if (!value.startsWith('/')) {
    throw new Error(
      `SITE_BASE="${value}" must start with a slash: set SITE_BASE=/${value} to serve the site under that path.`,
    );
  }
  return value.endsWith('/') ? value : `${value}/`;
}
