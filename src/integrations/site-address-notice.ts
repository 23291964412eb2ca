import type { AstroIntegration } from 'astro';

/**
 * Says once, at the start of `astro build`, when the site is built without SITE_URL: what the
 * pages leave out because it needs the site's absolute address, and how to set it.
 */
export function siteAddressNotice(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'site-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (site) return;
        logger.warn(
          'SITE_URL is not set: canonical links, og:url, absolute addresses in JSON-LD and citation_* tags, the sitemap’s entries and robots.txt’s Sitemap line are left out. Build with SITE_URL=https://your.domain (the public address) to include them.',
        );
      },
    },
  };
}
