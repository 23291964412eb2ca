import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Whether a node is a GFM footnote reference (`<sup><a data-footnote-ref>1</a></sup>`). */
export function isNoteReference(node: RootContent | ElementContent): boolean {
  return (
    node.type === 'element' &&
    node.tagName === 'sup' &&
    node.children.some((child) => child.type === 'element' && child.properties.dataFootnoteRef !== undefined)
  );
}

/** The text of a node as a reader sees it in the prose: note reference numbers left out. */
export function proseText(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'root') return node.children.map(proseText).join('');
  if (node.type !== 'element' || isNoteReference(node)) return '';
  return node.children.map(proseText).join('');
}

/** The text an element holds directly, as written: a `<script>`'s or `<style>`'s code, exactly as a policy hash sees it. */
export function ownText(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}
