import { FIRST_SEARCH_FILE } from '../../lib/first-search';
import type { FirstSearchFiles, SearchWords } from '../../lib/json-endpoints';
import { rankPassages, type Candidate } from './rank';

/** The parts of Pagefind's browser API the search interface uses. */
interface PagefindWordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: PagefindWordLocation[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed words; match locations count words in it. */
  content: string;
  meta: { title?: string };
  weighted_locations: PagefindWordLocation[];
  sub_results: PagefindSubResult[];
}

type PagefindResponse = { results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null;

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<PagefindResponse>;
  debouncedSearch(term: string, options?: Record<string, unknown>, debounceTimeoutMs?: number): Promise<PagefindResponse>;
}

/** The places that match a query: `hits` with every word of it, best first, and `more` with only some. */
export interface SearchHits {
  hits: SearchHit[];
  more: SearchHit[];
}

/** One place that matches: a turn, a section, a figure or a page. */
export interface SearchHit {
  title: string;
  /** Which page it is on: “Interview”, “Glossary”… */
  page: string;
  /** The place's address, with the searched words in the highlight parameter (Pagefind's `highlightParam`). */
  url: string;
  excerpt: string;
}

/**
 * Pause after a keystroke before searching. Pagefind's own default is 300 ms; the index is small
 * and searches take a few milliseconds, so results can follow typing closely (within 100 ms).
 */
const DEBOUNCE_MS = 40;

/**
 * Search through Pagefind, for one search interface: loads the bundle and the interview's
 * vocabulary (for “did you mean”) once, when first asked.
 */
export class PagefindSearch {
  readonly #highlightParam: string;
  #api: Promise<PagefindApi> | undefined;
  #vocabulary: Promise<SearchWords> | undefined;

  /** `highlightParam`: the query parameter that carries the searched words to the page a result opens. */
  constructor(highlightParam: string) {
    this.#highlightParam = highlightParam;
  }

  /**
   * Loads Pagefind from the site's bundle, and with it everything the first search needs, all at
   * once (called on intent: the dialog is made, or the search page's form is touched). Pagefind
   * alone fetches in steps, each waiting for the one before (its script, its worker, its entry,
   * the WebAssembly, the index chunk, the fragments): seven round trips, some two seconds on a
   * phone. Here the list of its files (`first-search.json`) comes beside its script, each file is
   * preloaded, and Pagefind runs without a worker (whose fetches could not use the page's
   * preloads), so each of its steps finds its file already arriving. Rejects in a dev server that
   * has no index yet.
   */
  load(): Promise<PagefindApi> {
    this.#api ??= (async () => {
      const bundle = `${import.meta.env.BASE_URL}pagefind/`;
      const script = import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>;
      // The WebAssembly, the largest file, is named after the page's language (as Pagefind picks
      // it): it starts now, beside the script and the list, not a round trip later.
      preload(`${bundle}wasm.${document.documentElement.lang.toLowerCase() || 'unknown'}.pagefind`);
      const cacheTag = await preloadFirstSearch(bundle);
      const pagefind = await script;
      await pagefind.options({
        baseUrl: import.meta.env.BASE_URL,
        excerptLength: 24,
        highlightParam: this.#highlightParam,
        noWorker: true,
        ...(cacheTag ? { metaCacheTag: cacheTag } : {}),
      });
      await pagefind.init();
      // Searches wait for the warm-up: two of Pagefind's searches at once can each load a chunk
      // into its WebAssembly, and one may then search with the state the other has replaced.
      await warmUp(pagefind);
      return pagefind;
    })();
    return this.#api;
  }

  /** The interview's own words, for suggestions when nothing matches. */
  vocabulary(): Promise<SearchWords> {
    this.#vocabulary ??= fetch(`${import.meta.env.BASE_URL}search-words.json`)
      .then((response) => (response.ok ? (response.json() as Promise<SearchWords>) : []))
      .catch(() => []);
    return this.#vocabulary;
  }

  /**
   * Every matching place, not just the first few per page: each sub-result is a passage of its own,
   * ranked by how well it matches (./rank.ts). When some passages have every word of the query,
   * those with only some are `more`. `null` when a newer search has superseded this one (Pagefind's
   * debounced search says so).
   */
  async hits(query: string): Promise<SearchHits | null> {
    const pagefind = await this.load();
    const response = await pagefind.debouncedSearch(query, {}, DEBOUNCE_MS);
    if (!response) return null;
    const pages = await Promise.all(response.results.map((result) => result.data()));
    // In page order: the interview's passages first, then the other pages as Pagefind ranks them.
    pages.sort((a, b) => Number(pageLabel(b) === 'Interview') - Number(pageLabel(a) === 'Interview'));
    const candidates = pages.flatMap((page): Array<Candidate<SearchHit>> => {
      const label = pageLabel(page);
      const words = page.content.split(/[\r\n\s]+/g); // as Pagefind counts word locations
      const places =
        page.sub_results.length > 0
          ? page.sub_results
          : [{ title: page.meta.title ?? label, url: page.url, excerpt: page.excerpt, weighted_locations: page.weighted_locations }];
      return places.map((sub) => ({
        item: { title: sub.title, page: label, url: sub.url, excerpt: sub.excerpt },
        interview: label === 'Interview',
        matches: sub.weighted_locations.map(({ location, weight }) => ({ word: words[location] ?? '', location, weight })),
      }));
    });
    const { full, partial } = rankPassages(query, candidates);
    return full.length > 0 ? { hits: full, more: partial } : { hits: partial, more: [] };
  }
}

/**
 * Preloads every file the first search fetches (`first-search.json`, written with the index) and
 * returns the tag that makes Pagefind's entry address the preloaded one. Without the list (an
 * older index), nothing is preloaded and Pagefind fetches as usual.
 */
async function preloadFirstSearch(bundle: string): Promise<string | undefined> {
  let list: FirstSearchFiles;
  try {
    const response = await fetch(`${bundle}${FIRST_SEARCH_FILE}`);
    if (!response.ok) return undefined;
    list = (await response.json()) as FirstSearchFiles;
  } catch {
    return undefined;
  }
  for (const file of list.files) preload(`${bundle}${file}`);
  return list.cacheTag;
}

/** Preloads `href` for a later fetch() (once: a second preload of it is not made). */
function preload(href: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous'; // as Pagefind's fetch() asks, or the preload goes unused
  link.href = href;
  if ([...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].some((other) => other.href === link.href)) return;
  document.head.append(link);
}

/**
 * Does the first search's work before the first keystroke: a search for words starting with “a”
 * (on every page of this site) unpacks the index chunk it needs and every matching page's fragment,
 * which Pagefind keeps, so the reader's first search costs what later ones do. On a phone
 * (CPU 4× slower) that work took about a second after the keystroke.
 */
async function warmUp(pagefind: PagefindApi): Promise<void> {
  try {
    const response = await pagefind.search('a');
    await Promise.all(response?.results.map((result) => result.data()) ?? []);
  } catch {
    // The reader's own search reports a failure; a warm-up has nothing to say.
  }
}

function pageLabel(page: PagefindResultData): string {
  const path = page.url.slice(import.meta.env.BASE_URL.length).split(/[?#]/)[0] ?? '';
  if (path === '') return 'Interview';
  return page.meta.title?.split(' | ')[0] ?? path;
}
