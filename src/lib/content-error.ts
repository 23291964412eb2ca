import type { Node } from 'unist';
import type { VFile } from 'vfile';

/**
 * Stops the build with a message that names the file, the line and what to do.
 * vfile prefixes the message with `path:line:column`, which Astro prints as is.
 */
export function failAt(file: VFile, node: Node | undefined, problem: string, fix: string): never {
  const where = node?.position?.start;
  const location = where ? `${file.path}:${where.line}:${where.column}` : file.path;
  return file.fail(`${location}: ${problem}\n  → ${fix}`, node ?? undefined);
}
