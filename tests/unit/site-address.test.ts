import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteAddress, siteBase } from '../../src/site.config.ts';
import { astroBuild, PROJECT_ROOT } from '../support/build.ts';
import { readHtml, selectAll } from '../support/html.ts';

describe('SITE_BASE', () => {
  it('is / at a domain’s root, and a sub-path with its slashes', () => {
    expect(siteBase(undefined)).toBe('/');
    expect(siteBase('')).toBe('/');
    expect(siteBase('/interview')).toBe('/interview/');
    expect(siteBase('/interviews/mali/')).toBe('/interviews/mali/');
  });

  it.each([
    ['//evil.example/', 'protocol-relative: every link would lead to another host'],
    ['/../x/', 'a dot segment'],
    ['/my interview/', 'a space'],
    ['/my%20interview/', 'a %-escape'],
    ['/interview//mali/', 'an empty segment'],
  ])('refuses %s (%s), naming the variable, the value and what to write', (value) => {
    expect(() => siteBase(value)).toThrow(`SITE_BASE="${value}" is not a plain path`);
    expect(() => siteBase(value)).toThrow('such as SITE_BASE=/interview/');
  });

  it('says where the missing leading slash goes', () => {
    expect(() => siteBase('interview/')).toThrow('SITE_BASE="interview/" must start with a slash: set SITE_BASE=/interview/');
  });
});

describe('SITE_URL', () => {
  it('is left unset when not given: nothing is made up', () => {
    expect(siteAddress({})).toEqual({ site: undefined, base: '/' });
    expect(siteAddress({ SITE_URL: '', SITE_BASE: '/interview/' })).toEqual({ site: undefined, base: '/interview/' });
  });

  it('at a domain’s root, is the origin, with SITE_BASE as the path', () => {
    expect(siteAddress({ SITE_URL: 'https://example.net' })).toEqual({ site: 'https://example.net', base: '/' });
    expect(siteAddress({ SITE_URL: 'https://example.net/', SITE_BASE: '/interview/' })).toEqual({
      site: 'https://example.net',
      base: '/interview/',
    });
  });

  it('with a path, keeps it: the path is where the site lives, so it is the base', () => {
    expect(siteAddress({ SITE_URL: 'https://example.net/interviews/mali/' })).toEqual({
      site: 'https://example.net',
      base: '/interviews/mali/',
    });
    expect(siteAddress({ SITE_URL: 'https://example.net/interviews/mali' })).toEqual({
      site: 'https://example.net',
      base: '/interviews/mali/',
    });
    expect(siteAddress({ SITE_URL: 'https://example.net/interviews/mali/', SITE_BASE: '/interviews/mali' })).toEqual({
      site: 'https://example.net',
      base: '/interviews/mali/',
    });
  });

  it('with a path SITE_BASE contradicts, names both and what to write', () => {
    expect(() => siteAddress({ SITE_URL: 'https://example.net/interviews/mali/', SITE_BASE: '/interview/' })).toThrow(
      'SITE_URL="https://example.net/interviews/mali/" says the site lives at /interviews/mali/, but SITE_BASE="/interview/" says /interview/: leave SITE_BASE unset (the path of SITE_URL is used), or set SITE_BASE=/interviews/mali/.',
    );
  });

  it.each([
    ['example.net', 'is not an address'],
    [' https://example.net', 'is not an address'],
    ['ftp://example.net/', 'must be an http(s) address'],
    ['https://example.net/?page=1', 'must be only the site’s address, without a user name, “?query” or “#fragment”'],
    ['https://example.net/#top', 'must be only the site’s address, without a user name, “?query” or “#fragment”'],
    ['https://me@example.net/', 'must be only the site’s address, without a user name, “?query” or “#fragment”'],
    ['https://example.net/my%20site/', 'has a path that is not plain'],
  ])('refuses %s, naming the variable, the value and what to write', (value, problem) => {
    expect(() => siteAddress({ SITE_URL: value })).toThrow(`SITE_URL="${value}" ${problem}`);
    expect(() => siteAddress({ SITE_URL: value })).toThrow('such as SITE_URL=https://interview.example.org');
  });
});

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
      const build = astroBuild(outDir);
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
      const build = astroBuild(outDir, { SITE_URL: site });
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
      expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([site, `${site}glossary/`, `${site}about/`]);
      expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}sitemap.xml`);
      const links = selectAll('a.glossary-term', readHtml(join(outDir, 'index.html'))).map((link) => String(link.properties.href));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link).toMatch(/^\/interviews\/mali\/glossary\/#/);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }, 300_000);
});
