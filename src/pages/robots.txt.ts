import type { APIRoute } from 'astro';
import { publicAddress } from '../lib/public-address';

/** Everything may be crawled; the sitemap's line needs its absolute address, so it is left out without SITE_URL. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = publicAddress(`${import.meta.env.BASE_URL}sitemap.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'content-type': 'text/plain' },
  });
};
