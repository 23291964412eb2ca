import type { APIRoute } from 'astro';
import { LISTED_PAGES } from '../lib/pages';
import { publicAddress } from '../lib/public-address';

/**
 * The pages worth finding (not search, not 404), as absolute addresses; none without SITE_URL
 * (a sitemap lists absolute addresses only), and the pages do not link to it then.
 */
export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const urls = LISTED_PAGES.flatMap(({ path }) => publicAddress(`${base}${path}`, site) ?? []);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((url) => `  <url><loc>${url}</loc></url>`)
    .join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml' } });
};
