import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isNoteReference, proseText } from '../lib/hast-text';
import { checkHeadingId } from '../lib/heading-id';

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Gives every heading a stable id from its text (or keeps the one the interview model gave it)
 * and places a link to it after the heading, with a hidden “Section titled …” label that search
 * does not index. A note reference in a heading moves out to just after it, so that the heading's
 * accessible name is its words alone (“Cancer impunity”, not “Cancer impunityEditorial note 1”).
 */
export function rehypeHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, number | undefined>();
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!HEADINGS.has(node.tagName) || !parent || index === undefined) return;
      const text = proseText(node);
      const given = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      const id = given ?? checkHeadingId(file, node, text, seen, { interview: file.data.interview !== undefined });
      node.properties.id = id;
      const noteReferences = node.children.filter(isNoteReference);
      node.children = node.children.filter((child) => !isNoteReference(child));
      const wrapper = h('div', { className: ['heading-wrapper'] }, [
        node,
        ...noteReferences,
        h('a', { className: ['anchor-link'], href: `#${id}` }, [
          h('span', { ariaHidden: 'true' }, '#'),
          h('span', { className: ['sr-only'], dataPagefindIgnore: '' }, `Section titled “${text}”`),
        ]),
      ]);
      parent.children.splice(index, 1, wrapper);
      return [SKIP, index + 1];
    });
  };
}
