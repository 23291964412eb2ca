import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from '../lib/content-error';
import { proseText } from '../lib/hast-text';
import { headingId } from '../lib/slug';

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Gives every heading a stable id from its text and places a link to it after the heading,
 * with a hidden “Section titled …” label that search does not index.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, Element>();
    visit(tree, 'element', (node, index, parent) => {
      if (!HEADINGS.has(node.tagName) || !parent || index === undefined) return;
      const text = proseText(node);
      const id = typeof node.properties.id === 'string' ? node.properties.id : headingId(text);
      const earlier = seen.get(id);
      if (earlier) {
        const line = earlier.position?.start.line ?? '?';
        failAt(
          file,
          node,
          `The heading “${text}” would get the id #${id}, already taken by the heading on line ${line}.`,
          'Give one of the two headings different words: ids must be unique so that shared links land in one place.',
        );
      }
      seen.set(id, node);
      node.properties.id = id;
      const wrapper = h('div', { className: ['heading-wrapper', `level-${node.tagName}`] }, [
        node,
        h('a', { className: ['anchor-link'], href: `#${id}` }, [
          h('span', { ariaHidden: 'true', className: ['anchor-icon'] }, '#'),
          h('span', { className: ['sr-only'], dataPagefindIgnore: '' }, `Section titled “${text}”`),
        ]),
      ]);
      parent.children.splice(index, 1, wrapper);
      return [SKIP, index + 1];
    });
  };
}
