import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
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
    const { tree } = await renderMdx(source);
    expect(select('h2#prevent-a-apocalypse', tree)).toBeTruthy();
    expect(toString(select('.anchor-link .sr-only', tree) ?? { type: 'root', children: [] })).toBe('Section titled “Prevent a apocalypse”');
  });

  it('moves a heading’s note reference out of the heading to just after it, so the heading is named by its words alone', async () => {
    const { tree } = await renderMdx(source);
    const heading = select('h2#prevent-a-apocalypse', tree);
    expect(heading && toString(heading)).toBe('Prevent a apocalypse');
    const wrapper = select('div.heading-wrapper', tree);
    expect(
      wrapper && selectAll(':scope > *', wrapper).map((child) => `${child.tagName}.${String(child.properties.className ?? '')}`),
    ).toEqual(['h2.', 'sup.note-ref', 'a.anchor-link']);
    expect(select('h2 + sup.note-ref > a', tree)?.properties).toMatchObject({
      id: 'user-content-fnref-grammar',
      href: '#user-content-fn-grammar',
      ariaLabel: 'Editorial note 1',
    });
  });

  it('labels references as editorial notes and keeps them out of search', async () => {
    const { tree } = await renderMdx(source);
    const reference = select('#a1 sup.note-ref', tree);
    expect(reference?.properties.dataPagefindIgnore).toBe('');
    const link = reference && select('a', reference);
    expect(link?.properties).toMatchObject({
      href: '#user-content-fn-west',
      ariaLabel: 'Editorial note 2',
    });
    // Its label says what it is; a description by the notes' heading would only say it again.
    expect(link?.properties.ariaDescribedBy).toBeUndefined();
    expect(link && toString(link)).toBe('2');
  });

  it('titles the notes as the editors’ and links each note back to its reference', async () => {
    const { tree } = await renderMdx(source);
    const notes = select('section.editorial-notes', tree);
    expect(notes?.properties.ariaLabelledBy).toEqual(['editorial-notes']);
    expect(notes && toString(select('h2#editorial-notes', notes) ?? notes)).toBe('Editorial notes');
    expect(notes && toString(select('.notes-intro', notes) ?? notes)).toMatch(
      /^These notes are the editors’, not the speakers’: what the source says, what is most likely meant, why, and how sure we are\./,
    );
    expect(select('li#user-content-fn-west', tree)?.properties.dataPagefindTitle).toBe('Editorial note 2');
    expect(select('li#user-content-fn-west a[data-footnote-backref]', tree)?.properties).toMatchObject({
      href: '#user-content-fnref-west',
      ariaLabel: 'Back to the text of note 2',
    });
  });
});
