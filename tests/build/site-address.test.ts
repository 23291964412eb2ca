import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, PROJECT_ROOT } from '../support/build.ts';
import { readHtml, selectAll } from '../support/html.ts';

// The site's address as the configuration reads it: tests/unit/site-address.test.ts. Here, the two configurations
// no other test builds: without SITE_URL, and with a SITE_URL that has a path.

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** What a page's <head> says about its public address. */
function addresses(file: string) {
  const tree = readHtml(file);
  const attribute = (selector: string, name: string) => selectAll(selector, tree).map((element) => String(element.properties[name]));
  const script = selectAll('script[type="application/ld+json"]', tree)[0];
  const jsonLd = script ? JSON.parse(String((script.children[0] as { value?: string } | undefined)?.value)) : undefined;
  return {
    canonical: attribute('link[rel="canonical"]', 'href'),
    ogUrl: attribute('meta[property="og:url"]', 'content'),
    sitemapLink: attribute('link[rel="sitemap"]', 'href'),
    citationUrl: attribute('meta[name="citation_public_url"]', 'content'),
    jsonLdUrl: jsonLd?.url,
  };
}

const NOTICE = 'SITE_URL is not set:';

describe('a real build', () => {
  it('without SITE_URL publishes no invented domain, leaves out what needs one, and says so once', async () => {
    const outDir = resolve(PROJECT_ROOT, '.test-dist/no-site-url');
    await rm(outDir, { recursive: true, force: true });
    try {
      const build = await astroBuild(outDir);
      expect(build.status, build.output).toBe(0);
      expect(build.output.split(NOTICE).length - 1, build.output).toBe(1);
      expect(build.output).toMatch(/SITE_URL is not set: canonical links, og:url, .* Build with SITE_URL=https:\/\/your\.domain/);
      const mentions = filesIn(outDir).filter((file) => readFileSync(file, 'latin1').includes('example.org'));
      expect(mentions.map((file) => relative(outDir, file))).toEqual([]);
      for (const file of filesIn(outDir).filter((name) => name.endsWith('.html'))) {
        expect(addresses(file), relative(outDir, file)).toEqual({
          canonical: [],
          ogUrl: [],
          sitemapLink: [],
          citationUrl: [],
          jsonLdUrl: undefined,
        });
      }
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<meta name="citation_title"');
      expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).not.toContain('<loc>');
      expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
      expect(JSON.parse(readFileSync(join(outDir, 'interview.schema.json'), 'utf8')).$id).toBe('/interview.schema.json');
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }, 300_000);

  it('with a SITE_URL that has a path, keeps the path in canonical links, social cards, the sitemap and the site’s own links', async () => {
    const outDir = resolve(PROJECT_ROOT, '.test-dist/site-url-path');
    const site = 'https://example.net/interviews/mali/';
    await rm(outDir, { recursive: true, force: true });
    try {
      const build = await astroBuild(outDir, { SITE_URL: site });
      expect(build.status, build.output).toBe(0);
      expect(build.output).not.toContain(NOTICE);
      expect(addresses(join(outDir, 'index.html'))).toEqual({
        canonical: [site],
        ogUrl: [site],
        sitemapLink: ['/interviews/mali/sitemap.xml'],
        citationUrl: [site],
        jsonLdUrl: site,
      });
      expect(addresses(join(outDir, 'glossary/index.html'))).toMatchObject({
        canonical: [`${site}glossary/`],
        ogUrl: [`${site}glossary/`],
      });
      const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
      expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
        site,
        `${site}glossary/`,
        `${site}timeline/`,
        `${site}about/`,
      ]);
      expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}sitemap.xml`);
      const links = selectAll('a.glossary-term', readHtml(join(outDir, 'index.html'))).map((link) => String(link.properties.href));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link).toMatch(/^\/interviews\/mali\/glossary\/#/);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }, 300_000);
});
