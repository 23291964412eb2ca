import { describe, expect, it } from 'vitest';
import { renderMdx } from '../support/markdown.ts';

describe('editorial notes (GFM footnotes through the site’s pipeline)', () => {
  const source = [
    '## Prevent a apocalypse[^grammar]',
    '**Alioune Tine:** The fall of East Africa[^west] – a kind of apocalypse.',
    '[^grammar]: Grammar.',
    '[^west]: West Africa is meant.',
  ].join('\n\n');

  it('keeps the heading’s id and label free of the note number', async () => {
    const html = await renderMdx(source);
    expect(html).toContain('<h2 id="prevent-a-apocalypse">');
    expect(html).toContain('Section titled “Prevent a apocalypse”');
  });

  it('labels references as editorial notes and keeps them out of search', async () => {
    const html = await renderMdx(source);
    expect(html).toMatch(
      /<sup class="note-ref" data-pagefind-ignore=""><a href="#user-content-fn-west" id="user-content-fnref-west" data-footnote-ref aria-describedby="editorial-notes" aria-label="Editorial note 2">2<\/a><\/sup>/,
    );
  });

  it('titles the notes as the editors’ and links each note back to its reference', async () => {
    const html = await renderMdx(source);
    expect(html).toMatch(/<section data-footnotes class="editorial-notes" aria-labelledby="editorial-notes">/);
    expect(html).toMatch(/<h2 class="notes-heading" id="editorial-notes">Editorial notes<\/h2>/);
    expect(html).toContain('These notes are the editors’, not the speakers’.');
    expect(html).toContain('<li id="user-content-fn-west" data-pagefind-title="Editorial note 2">');
    expect(html).toMatch(/<a href="#user-content-fnref-west" data-footnote-backref="" aria-label="Back to the text of note 2"/);
  });
});
