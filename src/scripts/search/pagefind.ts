import type { SearchWords } from '../../lib/json-endpoints';
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

  /** Loads Pagefind from the site's bundle; rejects in a dev server that has no index yet. */
  load(): Promise<PagefindApi> {
    this.#api ??= (async () => {
      const bundle = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
      await pagefind.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 24, highlightParam: this.#highlightParam });
      await pagefind.init();
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

function pageLabel(page: PagefindResultData): string {
  const path = page.url.slice(import.meta.env.BASE_URL.length).split(/[?#]/)[0] ?? '';
  if (path === '') return 'Interview';
  return page.meta.title?.split(' | ')[0] ?? path;
}
