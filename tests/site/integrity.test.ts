import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { PAGES } from '../support/pages.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { allIds, readHtml, selectAll } from '../support/html.ts';
import { TEST_SITE_URL } from '../support/global-setup.ts';

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const htmlFiles = (dir: string) => filesIn(dir).filter((file) => file.endsWith('.html'));

/** The site path a built file is served at, base included: `dist/glossary/index.html` → `/interview/glossary/`. */
function servedAt(outDir: string, file: string, base: string): string {
  return `${base}${relative(outDir, file).replace(/index\.html$/, '')}`;
}

describe.each(['root', 'sub'] as const)('links (%s build)', (build) => {
  const outDir = () => inject('outDirs')[build];
  const base = build === 'root' ? '/' : '/interview/';

  it('every internal link and every #fragment on every page resolves', () => {
    const ids = new Map<string, Set<string>>();
    const pages = htmlFiles(outDir());
    for (const file of pages) ids.set(servedAt(outDir(), file, base), new Set(allIds(readHtml(file))));
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const page = servedAt(outDir(), file, base);
      const tree = readHtml(file);
      const targets = [
        ...selectAll('a[href], link[href]', tree).map((element) => String(element.properties.href)),
        ...selectAll('script[src]', tree).map((element) => String(element.properties.src)),
        ...selectAll('form[action]', tree).map((element) => String(element.properties.action)),
      ];
      for (const target of targets) {
        const url = new URL(target, `http://site.test${page}`);
        if (url.host !== 'site.test') continue; // the canonical address and other absolute links
        checked += 1;
        if (!url.pathname.startsWith(base)) {
          broken.push(`${page}: ${target} is outside the base ${base}`);
          continue;
        }
        const path = resolve(outDir(), `.${url.pathname.slice(base.length - 1)}`);
        const file = url.pathname.endsWith('/') ? join(path, 'index.html') : path;
        const existing = filesIn(outDir()).includes(file);
        if (!existing) broken.push(`${page}: ${target} → no file ${relative(outDir(), file)}`);
        else if (url.hash && !ids.get(servedAt(outDir(), file, base))?.has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${page}: ${target} → no element with that id`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});

describe('HTML', () => {
  it('every page is valid (html-validate, zero errors)', async () => {
    // The recommended rules, but for `long-title`: the interview's own title is 92 characters, kept verbatim.
    const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } }));
    const errors: string[] = [];
    const pages = htmlFiles(inject('outDirs').root);
    expect(pages.length).toBe(PAGES.length);
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const message of result.messages)
          errors.push(`${relative(PROJECT_ROOT, file)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
    expect(errors).toEqual([]);
  });
});

describe('sharing and discovery', () => {
  const outDir = () => inject('outDirs').root;
  const site = TEST_SITE_URL;

  it('every page has a title, a description, a canonical address, Open Graph and Twitter cards', () => {
    for (const file of htmlFiles(outDir())) {
      const tree = readHtml(file);
      const meta = (selector: string) => selectAll(selector, tree)[0]?.properties;
      const where = relative(outDir(), file);
      expect(selectAll('head > title', tree), where).toHaveLength(1);
      expect(String(meta('meta[name="description"]')?.content ?? ''), where).not.toBe('');
      expect(String(meta('link[rel="canonical"]')?.href ?? ''), where).toMatch(new RegExp(`^${site}/`));
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type'])
        expect(meta(`meta[property="${property}"]`), `${where} ${property}`).toBeTruthy();
      expect(meta('meta[name="twitter:card"]')?.content, where).toBe('summary');
      expect(meta('link[rel="icon"]')?.href, where).toBe('/favicon.svg');
    }
  });

  it('the interview is described as a news article, with its author and who and what it is about', () => {
    const script = selectAll('script[type="application/ld+json"]', readHtml(join(outDir(), 'index.html')))[0];
    const data = JSON.parse(script ? String((script.children[0] as { value?: string } | undefined)?.value) : '{}');
    expect(data['@type']).toBe('NewsArticle');
    expect(data.url).toBe(`${site}/`);
    expect(data.author).toMatchObject({ '@type': 'Person', name: 'Alexandre Carette' });
    expect(data.about).toContainEqual(expect.objectContaining({ '@type': 'Person', name: 'Alioune Tine' }));
    expect(data.mentions).toContainEqual({ '@type': 'Organization', name: 'ECOWAS' });
    expect(data.mentions).toContainEqual({ '@type': 'Person', name: 'Michelle Bachelet' });
    expect(data.mentions).toContainEqual({ '@type': 'Organization', name: 'Malian Armed Forces' });
  });

  it('the JSON-LD claims no guessed date, and names the site, not UN News, as publisher of this edition', () => {
    const script = selectAll('script[type="application/ld+json"]', readHtml(join(outDir(), 'index.html')))[0];
    const data = JSON.parse(script ? String((script.children[0] as { value?: string } | undefined)?.value) : '{}');
    expect(data.datePublished).toBeUndefined();
    expect(data.publisher).toEqual({ '@type': 'Organization', name: 'Alioune Tine on Mali: the interview' });
    expect(data.isBasedOn).toMatchObject({
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: 'UN News' },
      datePublished: '2022',
    });
    expect(JSON.stringify(data)).not.toMatch(/2022-\d\d/);
  });

  it('a sitemap lists the pages worth finding, and robots.txt points to it', () => {
    const sitemap = readFileSync(join(outDir(), 'sitemap.xml'), 'utf8');
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
      `${site}/`,
      `${site}/glossary/`,
      `${site}/timeline/`,
      `${site}/about/`,
    ]);
    expect(readFileSync(join(outDir(), 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap.xml`);
  });
});
