import { isAbsolute, relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/**
 * Whether a content error ends the process with its message alone. `astro build` turns this on
 * (content-check.ts): thrown, the error would reach Astro, which prints it after a line that reads
 * like a crash of the tool ("An unhandled error occurred while running the … hook", or Vite's
 * "Build failed"), with a location it already names and a stack trace. `astro dev` keeps throwing:
 * the dev server shows the error and goes on.
 */
let exitOnContentError = false;
/** The project's folder, which the printed paths are relative to. */
let projectRoot = '';

export function endBuildOnContentError(root: string): void {
  exitOnContentError = true;
  projectRoot = root;
}

/**
 * Stops the build with a content error, `block` (the file, the line, what is wrong, what to do):
 * printed as it is and the process ended with exit code 1 during `astro build`; thrown otherwise.
 * A build that ends so publishes nothing (src/integrations/site-output/atomic-publish.ts).
 */
export function stopForContent(block: string): never {
  if (exitOnContentError) {
    process.stderr.write(`\n${block}\n\n`);
    process.exit(1);
  }
  throw new Error(block);
}

/** A content file's path as a content error names it: from the project's folder during `astro build`. */
export function shownPath(path: string): string {
  return exitOnContentError && isAbsolute(path) ? relative(projectRoot, path).split('\\').join('/') : path;
}

/** Stops the build with a message that names the file, the line and what to do. */
export function failAt(file: VFile, node: Node | undefined, problem: string, fix: string): never {
  const where = node?.position?.start;
  const path = shownPath(file.path);
  const location = where ? `${path}:${where.line}:${where.column}` : path;
  const block = `${location}: ${problem}\n  → ${fix}`;
  if (exitOnContentError) stopForContent(block);
  // vfile keeps the position, which `astro dev` shows beside the message.
  return file.fail(block, node ?? undefined);
}
