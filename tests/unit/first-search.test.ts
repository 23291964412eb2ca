import { describe, expect, it } from 'vitest';
import { contentTag, firstSearchFiles } from '../../src/lib/first-search.ts';

const entry = JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_aa1ec0ee36', wasm: 'en', page_count: 3 } } });
const output = [
  'pagefind.js',
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-entry.json',
  'wasm.en.pagefind',
  'wasm.unknown.pagefind',
  'pagefind.en_aa1ec0ee36.pf_meta',
  'index/en_a22e61a.pf_index',
  'fragment/en_73d3b1f.pf_fragment',
  'fragment/en_3ed89cc.pf_fragment',
  'filter/en_1.pf_filter',
];

describe('the files of the first search', () => {
  it('lists the entry at its tagged address, the language’s WebAssembly, the metadata, every index chunk and fragment', () => {
    expect(firstSearchFiles(output, entry, 'tag1')).toEqual({
      cacheTag: 'tag1',
      files: [
        'pagefind-entry.json?ts=tag1',
        'wasm.en.pagefind',
        'pagefind.en_aa1ec0ee36.pf_meta',
        'fragment/en_3ed89cc.pf_fragment',
        'fragment/en_73d3b1f.pf_fragment',
        'index/en_a22e61a.pf_index',
      ],
    });
  });

  it('names what is missing when the output does not match its entry', () => {
    expect(() =>
      firstSearchFiles(
        output.filter((path) => !path.startsWith('wasm.en')),
        entry,
        'tag1',
      ),
    ).toThrow("Pagefind's output lacks wasm.en.pagefind, which its entry names: rebuild the index.");
    expect(() => firstSearchFiles(output, '{"languages": ', 'tag1')).toThrow(
      /pagefind-entry.json is not the JSON Pagefind writes .*rebuild the index/,
    );
  });

  it('tags an entry by its content: another index, another tag', () => {
    expect(contentTag(entry)).toBe(contentTag(entry));
    expect(contentTag(entry.replace('en_aa1ec0ee36', 'en_bb1ec0ee36'))).not.toBe(contentTag(entry));
    expect(contentTag(entry)).toMatch(/^[0-9a-z]+$/);
  });
});
