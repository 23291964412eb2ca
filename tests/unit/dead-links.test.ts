import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import type { BuiltPage } from '../../src/integrations/site-output/built-pages.ts';
import { deadLinks, writtenAt } from '../../src/integrations/site-output/dead-links.ts';

const page = (file: string, path: string, body: string): BuiltPage => {
  const html = `<!DOCTYPE html><html><head><title>x</title></head><body>${body}</body></html>`;
  return { file, path, html, tree: fromHtml(html) };
};

describe('the links of a finished build', () => {
  const files = ['index.html', 'glossary/index.html', 'interview.json', 'interview.txt', '_astro/ui.js'];

  it('resolve when each names a file of the build and, with a #fragment, an element of that page', () => {
    const pages = [
      page('index.html', '/', '<p id="a3"><a href="glossary/#ecowas">x</a><a href="#a3">y</a><a href="/interview.txt">t</a></p>'),
      page(
        'glossary/index.html',
        '/glossary/',
        '<dl id="ecowas"><a href="../#a3">A3</a><a href="../#a3:~:text=hope">q</a></dl><script src="/_astro/ui.js"></script>',
      ),
    ];
    expect(deadLinks(pages, [], files, { base: '/' })).toEqual([]);
  });

  it('name the file, the address as written and why, for a missing page, file or id, and an address outside the base', () => {
    const pages = [
      page(
        'index.html',
        '/interview/',
        '<a href="glossary/#maps">m</a><a href="about/">a</a><a href="/glossary/">g</a><img src="photo.jpg" alt="">',
      ),
      page('glossary/index.html', '/interview/glossary/', '<p id="map">map</p><a href="../interview.json#x">j</a>'),
    ];
    expect(deadLinks(pages, [], files, { base: '/interview/' })).toEqual([
      { file: 'index.html', address: 'glossary/#maps', problem: 'glossary/index.html has no element with the id “maps”' },
      { file: 'index.html', address: 'about/', problem: 'the build has no about/index.html' },
      { file: 'index.html', address: '/glossary/', problem: "it is outside the site's base path /interview/" },
      { file: 'index.html', address: 'photo.jpg', problem: 'the build has no photo.jpg' },
      { file: 'glossary/index.html', address: '../interview.json#x', problem: '#x points into interview.json, which is not a page' },
    ]);
  });

  it('leave other sites alone, and check the site’s own absolute addresses', () => {
    const pages = [
      page(
        'index.html',
        '/',
        '<a href="https://example.org/nowhere">e</a><a href="https://site.example/gone/">g</a><a href="mailto:x@example.org">m</a>',
      ),
    ];
    expect(deadLinks(pages, [], files, { base: '/', site: 'https://site.example' })).toEqual([
      { file: 'index.html', address: 'https://site.example/gone/', problem: 'the build has no gone/index.html' },
    ]);
  });

  it('include the addresses in the data files, the sitemap and each page’s JSON-LD', () => {
    const pages = [
      page(
        'index.html',
        '/',
        '<script type="application/ld+json">{"url":"https://site.example/","isPartOf":{"url":"https://site.example/old/"}}</script>',
      ),
    ];
    const data = [
      {
        file: 'interview.json',
        text: JSON.stringify({ source: { text: '/interview.txt' }, schema: '/interview.schema.json', words: ['/ not an address'] }),
      },
      {
        file: 'sitemap.xml',
        text: '<urlset><url><loc>https://site.example/</loc></url><url><loc>https://site.example/about/</loc></url></urlset>',
      },
    ];
    expect(deadLinks(pages, data, [...files, 'sitemap.xml'], { base: '/', site: 'https://site.example' })).toEqual([
      { file: 'interview.json', address: '/interview.schema.json', problem: 'the build has no interview.schema.json' },
      { file: 'sitemap.xml', address: 'https://site.example/about/', problem: 'the build has no about/index.html' },
      { file: 'index.html', address: 'https://site.example/old/', problem: 'the build has no old/index.html' },
    ]);
  });

  it('say where in the content a dead link was written, when it was', () => {
    const content = [
      { path: 'content/interview/interview.mdx', text: '## A\n\nno link here\n' },
      { path: 'content/pages/about.mdx', text: '# About\n\nSee the [map](../glossary/#maps).\n' },
    ];
    expect(writtenAt('../glossary/#maps', content)).toBe('content/pages/about.mdx:3');
    expect(writtenAt('/made-by-a-component/', content)).toBeUndefined();
  });
});
