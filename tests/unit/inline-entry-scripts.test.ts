import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { servedHtml } from '../../src/integrations/site-output/built-pages.ts';
import { inlinedChunk, writeScriptsInline } from '../../src/integrations/site-output/entry-scripts.ts';

describe('a page’s script written into the page', () => {
  it('imports its sibling chunks from the site’s root, as an inline module resolves them against the page', async () => {
    const code = 'import{a as b}from"./shared.1.js";const c=()=>import(`./ui.2.js`),d=import("./x.3.js");';
    expect(await inlinedChunk(code, '/interview/_astro/entry.js', '_astro/entry.js')).toBe(
      'import{a as b}from"/interview/_astro/shared.1.js";const c=()=>import(`/interview/_astro/ui.2.js`),d=import("/interview/_astro/x.3.js");',
    );
  });

  it('leaves other addresses alone, and words that only look like imports', async () => {
    const code = 'fetch("./data.json");import("https://example.org/x.js");const s="import(\'./y.js\')";';
    expect(await inlinedChunk(code, '/_astro/entry.js', '_astro/entry.js')).toBe(code);
  });

  it('refuses code that would end the script element early, naming the chunk', async () => {
    await expect(inlinedChunk('const s="</script>";', '/_astro/entry.js', '_astro/entry.js')).rejects.toThrow(
      /_astro\/entry\.js: .*<\/script/,
    );
  });
});

describe('a page’s module scripts made one', () => {
  const page = (...scripts: string[]) => `<html><head></head><body><p>x</p>${scripts.join('<p>y</p>')}</body></html>`;
  async function inline(html: string, chunks: Record<string, string>): Promise<string> {
    const tree = fromHtml(html);
    await writeScriptsInline(tree, new Map(Object.entries(chunks)), 'index.html');
    return servedHtml(tree);
  }

  it('runs each as before, in its own async function and in document order, where the last stood', async () => {
    const html = page('<script type="module" src="/_astro/a.js"></script>', '<script type="module">var e=2;</script>');
    expect(await inline(html, { '/_astro/a.js': 'var e=1;' })).toBe(
      page('', '<script type="module">(async()=>{var e=1;})();(async()=>{var e=2;})();</script>'),
    );
  });

  it('keeps each script alone when one imports statically, which a function cannot', async () => {
    const html = page('<script type="module" src="/_astro/a.js"></script>', '<script type="module">f();</script>');
    expect(await inline(html, { '/_astro/a.js': 'import{x}from"/_astro/x.js";x();' })).toBe(
      page('<script type="module">import{x}from"/_astro/x.js";x();</script>', '<script type="module">f();</script>'),
    );
  });

  it('leaves a page with one inline script, or none, as it was', async () => {
    const html = page('<script type="module">f();</script>');
    expect(await inline(html, {})).toBe(html);
    expect(await inline(page(), {})).toBe(page());
  });
});
