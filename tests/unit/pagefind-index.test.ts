import { describe, expect, it } from 'vitest';
import { withoutIndexOnlyAttributes } from '../../src/integrations/pagefind.ts';

describe('a page once Pagefind has indexed it', () => {
  it('loses the attributes only the indexer reads, and keeps those the page’s highlighting reads', () => {
    const html =
      '<main data-pagefind-body><div id="a1" data-pagefind-title="Alioune Tine · Part (A1)" class="turn">' +
      '<a href="/glossary/#ecowas" data-search-forms="ECOWAS" data-pagefind-index-attrs="data-search-forms">ECOWAS</a>' +
      '<sup data-pagefind-ignore data-pagefind-weight=2>1</sup></div></main>';
    expect(withoutIndexOnlyAttributes(html)).toBe(
      '<main data-pagefind-body><div id="a1" class="turn">' +
        '<a href="/glossary/#ecowas" data-search-forms="ECOWAS">ECOWAS</a>' +
        '<sup data-pagefind-ignore>1</sup></div></main>',
    );
  });

  it('leaves text alone, even text that names the attributes, and a `>` inside a value does not end the tag', () => {
    const html = '<p title="a > b" data-pagefind-title="T">Pagefind reads data-pagefind-title="…" at indexing.</p>';
    expect(withoutIndexOnlyAttributes(html)).toBe('<p title="a > b">Pagefind reads data-pagefind-title="…" at indexing.</p>');
  });
});
