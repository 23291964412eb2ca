import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml, type Options } from 'hast-util-to-html';

/** A page of the finished build, parsed once for every step of the after-build pass. */
export interface BuiltPage {
  /** Its file in the build, `/` between folders: `glossary/index.html`. */
  file: string;
  /** Where it is served, base included: `/interview/glossary/`. */
  path: string;
  /** The page as Astro wrote it: what Pagefind indexes. */
  html: string;
  /** The page the steps change, written out once at the end. */
  tree: Root;
}

/**
 * How a page is written back: as Astro writes it where the two can differ (a bare `data-pagefind-ignore`, an upper-case
 * doctype, `&` and `"` the only characters escaped in attribute values), and the shortest reference where one is needed.
 * Script and style text is written as it is, so the hashes of the page's policy are the hashes of what is served.
 */
const SERIALISATION: Options = {
  allowDangerousCharacters: true,
  collapseEmptyAttributes: true,
  upperDoctype: true,
  characterReferences: { useShortestReferences: true },
};

/** Every file of a finished build, by its path inside `outDir` with `/` between folders (on Windows too), sorted. */
export async function builtFiles(outDir: string): Promise<string[]> {
  return (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Each HTML page among `files`, read and parsed. */
export async function readPages(outDir: string, files: readonly string[], base: string): Promise<BuiltPage[]> {
  return Promise.all(
    files
      .filter((file) => file.endsWith('.html'))
      .map(async (file) => {
        const html = await readFile(join(outDir, file), 'utf8');
        return { file, path: `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, html, tree: fromHtml(html) };
      }),
  );
}

/** A page's tree as HTML, the way the build writes it. */
export function servedHtml(tree: Root): string {
  return toHtml(tree, SERIALISATION);
}

/** Writes each page back once, as its steps left it. */
export async function writePages(outDir: string, pages: readonly BuiltPage[]): Promise<void> {
  await Promise.all(pages.map((page) => writeFile(join(outDir, page.file), servedHtml(page.tree))));
}
