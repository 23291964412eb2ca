import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isNoteReference, proseText } from '../lib/hast-text';
import { SITE_IDS } from '../lib/site-ids';
import type { InterviewNote } from '../model/interview';

/** remark-rehype's prefix for a note's id: `user-content-fn-keita`. */
const NOTE_PREFIX = 'user-content-fn-';

/**
 * Presents GFM footnotes as the editors' notes: references are labelled as editorial notes and
 * kept out of the search index, and the notes open with a line saying whose they are. In the
 * interview, records each note in the model with its number, words and the places that refer to it.
 */
export function rehypeEditorialNotes() {
  return (tree: Root, file: VFile) => {
    const notes: InterviewNote[] = [];
    visit(tree, 'element', (node: Element) => {
      if (isNoteReference(node)) {
        node.properties.className = ['note-ref'];
        node.properties.dataPagefindIgnore = '';
        const link = node.children.find((child): child is Element => child.type === 'element');
        if (link) {
          link.properties.ariaLabel = `Editorial note ${proseText(link)}`;
          // GFM describes each reference by the notes' heading, which its label already says.
          delete link.properties.ariaDescribedBy;
        }
        return;
      }
      if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) {
        node.properties.className = ['editorial-notes'];
        const label = node.children.findIndex((child) => child.type === 'element' && child.properties.id === 'footnote-label');
        const heading = node.children[label];
        if (heading?.type === 'element') heading.properties.id = SITE_IDS.notes;
        node.properties.ariaLabelledBy = [SITE_IDS.notes];
        // Each note is a search result of its own, linking to the note itself.
        visit(node, 'element', (item: Element) => {
          if (item.tagName !== 'ol') return;
          item.children.filter(isListItem).forEach((note, index) => {
            note.properties.dataPagefindTitle = `Editorial note ${index + 1}`;
            const anchor = String(note.properties.id ?? '');
            notes.push({ id: anchor.slice(NOTE_PREFIX.length), number: index + 1, anchor, text: noteText(note), referencedIn: [] });
          });
        });
        node.children.splice(
          label + 1,
          0,
          h(
            'p',
            { className: ['notes-intro'] },
            'These notes are the editors’, not the speakers’: what the source says, what is most likely meant, why, and how sure we are.',
          ),
        );
      }
    });

    const derivation = file.data.interview;
    if (!derivation) return;
    for (const note of notes) {
      for (const [place, element] of derivation.placeElements) {
        let refers = false;
        visit(element, 'element', (node: Element) => {
          if (node.properties.dataFootnoteRef !== undefined && node.properties.href === `#${note.anchor}`) refers = true;
        });
        if (refers) note.referencedIn.push(place);
      }
    }
    derivation.model.notes = notes;
  };
}

function isListItem(node: ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'li';
}

/** A note's words, without the link back to the text. */
function noteText(note: Element): string {
  const text = (node: ElementContent): string => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element' || node.properties.dataFootnoteBackref !== undefined) return '';
    return node.children.map(text).join('');
  };
  return note.children.map(text).join('').replace(/\s+/g, ' ').trim();
}
