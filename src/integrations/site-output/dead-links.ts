import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { ownText } from '../../lib/hast-text';
import type { BuiltPage } from './built-pages';

/** The attribute of each element that holds an address a browser follows or fetches. */
const ADDRESS_ATTRIBUTE: Readonly<Record<string, 'href' | 'src' | 'action'>> = {
  a: 'href',
  area: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  source: 'src',
  iframe: 'src',
  form: 'action',
};

/** A link of the built site that leads nowhere: the page it is on, the address as written, and why. */
export interface DeadLink {
  /** The built file it is in: `about/index.html`, `interview.json`. */
  file: string;
  address: string;
  problem: string;
}

/** A built data file (JSON, or the sitemap) and its text: its addresses within the site must resolve too. */
export interface DataFile {
  file: string;
  text: string;
}

/**
 * Every address within the site, in the pages and in the data files, that names no file of the
 * build or, with a `#fragment`, no element of the page it names. `files` is the finished build's
 * file list; `site` its public address when it has one (absolute links to it are internal too).
 */
export function deadLinks(
  pages: readonly BuiltPage[],
  dataFiles: readonly DataFile[],
  files: readonly string[],
  { base, site }: { base: string; site?: string | undefined },
): DeadLink[] {
  const origin = site ? new URL(site).origin : 'http://site.invalid';
  const available = new Set(files);
  const idsByFile = new Map(pages.map((page) => [page.file, ids(page)]));
  const dead: DeadLink[] = [];
  const check = (file: string, from: string, address: string) => {
    const url = new URL(address, `${origin}${from}`);
    if (url.origin !== origin) return;
    const problem = resolveProblem(url, base, available, idsByFile);
    if (problem) dead.push({ file, address, problem });
  };
  for (const page of pages) {
    visit(page.tree, 'element', (element: Element) => {
      const attribute = ADDRESS_ATTRIBUTE[element.tagName];
      const value = attribute ? element.properties[attribute] : undefined;
      if (typeof value === 'string' && value !== '') check(page.file, page.path, value);
    });
  }
  const data = [
    ...dataFiles.map(({ file, text }) => ({ file, from: `${base}${file}`, values: addressesIn(file, text) })),
    // A page's JSON-LD is data too.
    ...pages.map((page) => ({ file: page.file, from: page.path, values: jsonLd(page).flatMap(stringsOf) })),
  ];
  for (const { file, from, values } of data) {
    for (const value of values) {
      const address = !/\s/.test(value) && (value.startsWith(base) || value.startsWith(`${origin}${base}`));
      if (address) check(file, from, value);
    }
  }
  return dead;
}

/** Why `url` (within the site's origin) leads nowhere, or undefined when it resolves. */
function resolveProblem(url: URL, base: string, files: ReadonlySet<string>, idsByFile: ReadonlyMap<string, ReadonlySet<string>>) {
  if (!url.pathname.startsWith(base)) return `it is outside the site's base path ${base}`;
  const path = decodeURIComponent(url.pathname.slice(base.length));
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!files.has(file)) return `the build has no ${file}`;
  // A text fragment (`#a3:~:text=…`) is the browser's: the id is what comes before it.
  const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0]!;
  if (fragment === '') return undefined;
  const ids = idsByFile.get(file);
  if (!ids) return `#${fragment} points into ${file}, which is not a page`;
  return ids.has(fragment) ? undefined : `${file} has no element with the id “${fragment}”`;
}

function ids(page: BuiltPage): Set<string> {
  const found = new Set<string>();
  visit(page.tree, 'element', (element: Element) => {
    if (typeof element.properties.id === 'string') found.add(element.properties.id);
  });
  return found;
}

/** The strings of a JSON file, or the `<loc>` addresses of a sitemap. */
function addressesIn(file: string, text: string): string[] {
  if (file.endsWith('.xml')) return [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
  return stringsOf(JSON.parse(text));
}

function jsonLd(page: BuiltPage): unknown[] {
  const blocks: unknown[] = [];
  visit(page.tree, 'element', (element: Element) => {
    if (element.tagName !== 'script' || element.properties.type !== 'application/ld+json') return;
    blocks.push(JSON.parse(ownText(element)));
  });
  return blocks;
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/**
 * Where `address` is written in the content (`content/pages/about.mdx:82`), for a dead link that
 * came from there: the first line of a content file that holds it as a Markdown link's target or
 * an attribute's value.
 */
export function writtenAt(address: string, contentFiles: ReadonlyArray<{ path: string; text: string }>): string | undefined {
  for (const { path, text } of contentFiles) {
    const lines = text.split('\n');
    const line = lines.findIndex((candidate) => candidate.includes(`](${address})`) || candidate.includes(`"${address}"`));
    if (line !== -1) return `${path}:${line + 1}`;
  }
  return undefined;
}
