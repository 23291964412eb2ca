import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from '../lib/content-error';

/**
 * Stops the build for a note reference with no note (GFM would print `[^id]` as text), for a
 * note that nothing refers to and for a note written twice (GFM would drop either silently).
 */
export function remarkNoteCheck() {
  return (tree: Root, file: VFile) => {
    const referenced = new Set<string>();
    visit(tree, 'footnoteReference', (node) => {
      referenced.add(node.identifier);
    });
    visit(tree, (node) => {
      const text =
        node.type === 'text' ? node.value : node.type === 'linkReference' && node.label?.startsWith('^') ? `[${node.label}]` : undefined;
      const dangling = text && /\[\^([^\]\s]+)\]/.exec(text);
      if (dangling) {
        failAt(
          file,
          node,
          `The note reference [^${dangling[1]}] has no note.`,
          `Add a line \`[^${dangling[1]}]: …\` with the note (at the end of the file), or remove the reference.`,
        );
      }
    });
    const defined = new Map<string, number | undefined>();
    visit(tree, 'footnoteDefinition', (node) => {
      if (defined.has(node.identifier)) {
        failAt(
          file,
          node,
          `The note [^${node.label ?? node.identifier}] is written twice; the first one, on line ${defined.get(node.identifier) ?? '?'}, would be published and this one dropped.`,
          'Keep one of the two notes (merge their words if both matter).',
        );
      }
      defined.set(node.identifier, node.position?.start.line);
      if (!referenced.has(node.identifier)) {
        failAt(
          file,
          node,
          `The note [^${node.label ?? node.identifier}] is never referred to.`,
          `Put [^${node.label ?? node.identifier}] in the text where the note applies, or remove the note.`,
        );
      }
    });
  };
}
