import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { servedHtml } from '../../src/integrations/site-output/built-pages.ts';
import { removeIndexOnlyAttributes } from '../../src/integrations/site-output/search-index.ts';

/** `html` (a body's content) as the build serves it once Pagefind has indexed it. */
function served(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  removeIndexOnlyAttributes(tree);
  return servedHtml(tree);
}

describe('a page once Pagefind has indexed it', () => {
  it('loses the attributes only the indexer reads, and keeps those the page’s highlighting reads', () => {
    const html =
      '<main data-pagefind-body><div id="a1" data-pagefind-title="Alioune Tine · Part (A1)" class="turn">' +
      '<a href="/glossary/#ecowas" data-search-forms="ECOWAS" data-pagefind-index-attrs="data-search-forms">ECOWAS</a>' +
      '<sup data-pagefind-ignore data-pagefind-weight=2 data-pagefind-meta="x" data-pagefind-default-meta="y" data-pagefind-filter="z" data-pagefind-sort="w">1</sup></div></main>';
    expect(served(html)).toBe(
      '<main data-pagefind-body><div id="a1" class="turn">' +
        '<a href="/glossary/#ecowas" data-search-forms="ECOWAS">ECOWAS</a>' +
        '<sup data-pagefind-ignore>1</sup></div></main>',
    );
  });

  it('leaves text alone, even text that names the attributes, and a `>` inside a value does not end the tag', () => {
    const html = '<p title="a > b" data-pagefind-title="T">Pagefind reads data-pagefind-title="…" at indexing.</p>';
    expect(served(html)).toBe('<p title="a > b">Pagefind reads data-pagefind-title="…" at indexing.</p>');
  });
});
