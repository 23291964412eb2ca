import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { isNoteReference, proseText } from '../lib/hast-text';

/** The public anchor of the notes: `/#editorial-notes`. */
const NOTES_ID = 'editorial-notes';

/**
 * Presents GFM footnotes as the editors' notes: references are labelled as editorial notes and
 * kept out of the search index, and the notes open with a line saying whose they are.
 */
export function rehypeEditorialNotes() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (isNoteReference(node)) {
        node.properties.className = ['note-ref'];
        node.properties.dataPagefindIgnore = '';
        const link = node.children.find((child): child is Element => child.type === 'element');
        if (link) {
          link.properties.ariaLabel = `Editorial note ${proseText(link)}`;
          link.properties.ariaDescribedBy = [NOTES_ID];
        }
        return;
      }
      if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) {
        node.properties.className = ['editorial-notes'];
        const label = node.children.findIndex((child) => child.type === 'element' && child.properties.id === 'footnote-label');
        const heading = node.children[label];
        if (heading?.type === 'element') heading.properties.id = NOTES_ID;
        node.properties.ariaLabelledBy = [NOTES_ID];
        // Each note is a search result of its own, linking to the note itself.
        visit(node, 'element', (item: Element) => {
          if (item.tagName !== 'ol') return;
          item.children
            .filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
            .forEach((note, index) => (note.properties.dataPagefindTitle = `Editorial note ${index + 1}`));
        });
        node.children.splice(
          label + 1,
          0,
          h(
            'p',
            { className: ['notes-intro'] },
            'These notes are the editors’, not the speakers’. The transcript keeps the source’s words exactly, errors included; where they seem mistaken, a note says what the source says, what is most likely meant, and why.',
          ),
        );
      }
    });
  };
}
