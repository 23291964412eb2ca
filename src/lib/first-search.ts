import type { FirstSearchFiles } from './json-endpoints';

/** Where the list of the first search's files is served, inside Pagefind's folder. */
export const FIRST_SEARCH_FILE = 'first-search.json';

/**
 * The files a first search fetches, from Pagefind's output: its entry (whose address carries
 * `cacheTag`), the WebAssembly of each language, the metadata, every index chunk and every
 * fragment (no filter chunks: the site searches without filters). All of them, because this site's index is small (one interview, a few pages: some
 * 100 KB gzip with the WebAssembly) and one round trip for all beats one per step on a phone.
 * `entry` is `pagefind-entry.json`'s text; `cacheTag` should change whenever the index does.
 */
export function firstSearchFiles(paths: readonly string[], entry: string, cacheTag: string): FirstSearchFiles {
  const chunks = paths.filter((path) => /^(index|fragment)\//.test(path)).sort();
  return { cacheTag, files: [`pagefind-entry.json?ts=${cacheTag}`, ...languageFiles(paths, entry), ...chunks] };
}

/**
 * The files `pagefind-entry.json` (its text, `entry`) names for each language: its WebAssembly (the
 * language-neutral `wasm.unknown` for a language without its own) and its metadata. Each must be
 * among `paths`, Pagefind's output.
 */
export function languageFiles(paths: readonly string[], entry: string): string[] {
  let languages: Record<string, { hash: string; wasm?: string | null }>;
  try {
    languages = (JSON.parse(entry) as { languages: typeof languages }).languages;
  } catch (error) {
    throw new Error(`pagefind-entry.json is not the JSON Pagefind writes (${String(error)}): rebuild the index.`, { cause: error });
  }
  const files = Object.values(languages).flatMap(({ hash, wasm }) => [`wasm.${wasm || 'unknown'}.pagefind`, `pagefind.${hash}.pf_meta`]);
  const missing = files.filter((path) => !paths.includes(path));
  if (missing.length > 0) throw new Error(`Pagefind's output lacks ${missing.join(', ')}, which its entry names: rebuild the index.`);
  return files;
}

/** A short tag that changes when `text` does (FNV-1a): the entry names the index's hash, so its tag changes with the index. */
export function contentTag(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash.toString(36);
}
