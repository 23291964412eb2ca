/**
 * The absolute public address of a path of the site (`/glossary/`, base included), or undefined
 * when the build has no SITE_URL: an address that needs the site's domain is then left out, never
 * made up.
 */
export function publicAddress(path: string, site: URL | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}
