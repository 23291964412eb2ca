import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches, select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export function readHtml(path: string): Root {
  return fromHtml(readFileSync(path, 'utf8'));
}

/**
 * The text search indexes: `[data-pagefind-body]` without anything marked `data-pagefind-ignore`
 * (and without what `alsoWithout` selects).
 */
export function indexedText(tree: Root, alsoWithout?: string): string {
  const body = select('[data-pagefind-body]', tree);
  if (!body) throw new Error('The page has no [data-pagefind-body] element.');
  const copy = structuredClone(body);
  visit(copy, 'element', (node: Element, index, parent) => {
    const excluded = node.properties.dataPagefindIgnore !== undefined || (alsoWithout !== undefined && matches(alsoWithout, node));
    if (parent && index !== undefined && excluded) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return toString(copy);
}

/** Every `id` on the page, in document order. */
export function allIds(tree: Root): string[] {
  return selectAll('[id]', tree).map((element) => String(element.properties.id));
}

export { select, selectAll };
