import { FIRST_SEARCH_FILE } from '../../lib/first-search';
import type { FirstSearchFiles, SearchWords } from '../../lib/json-endpoints';
import { turnId, turnOfId } from '../../lib/speakers';
import { indexedNameMap, setNamesApart, type IndexedNames } from './excerpt';
import { meaningWords, rankPassages, readQuery, type Candidate, type SearchQuery, type SpeakerRole, type TurnRef } from './rank';

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
  /** The page's elements with an id, where its passages start. */
  anchors: Array<{ id: string; title?: string; text?: string; location: number }>;
}

type PagefindResponse = { results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null;

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<PagefindResponse>;
  debouncedSearch(term: string, options?: Record<string, unknown>, debounceTimeoutMs?: number): Promise<PagefindResponse>;
}

/**
 * The places that answer a query, best first: `hits` to list, and `more` with only some of its
 * words when `hits` have all of them; `complete` tells which. `unknown`: the query's words that
 * nothing on the site holds.
 */
export interface SearchHits {
  hits: SearchHit[];
  more: SearchHit[];
  complete: boolean;
  unknown: string[];
  /** The query as search read it: the words searched, and the speakers whose turns come first. */
  read: Pick<SearchQuery, 'searched' | 'speakers'>;
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

/** The words of an excerpt, as Pagefind is asked for (`excerptLength`). */
const EXCERPT_WORDS = 24;

/** The start of an editorial note's id (remark-gfm's footnotes): `user-content-fn-keita`. */
const NOTE_PREFIX = 'user-content-fn-';

/** Without the search data (an older site, a failed fetch): no corrections, no speakers. */
const NO_SEARCH_WORDS: SearchWords = { words: [], speakers: { interviewer: [], interviewee: [] }, names: [], terms: [] };

/**
 * Search through Pagefind, for one search interface: loads the bundle and what search knows
 * besides it (`search-words.json`: words for corrections, the speakers' names) once, when first asked.
 */
export class PagefindSearch {
  readonly #highlightParam: string;
  #api: Promise<PagefindApi> | undefined;
  #vocabulary: Promise<SearchWords> | undefined;
  #names: Promise<IndexedNames> | undefined;

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
      void this.vocabulary();
      const cacheTag = await preloadFirstSearch(bundle);
      const pagefind = await script;
      await pagefind.options({
        baseUrl: import.meta.env.BASE_URL,
        excerptLength: EXCERPT_WORDS,
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

  /** The site's words (for corrections) and the speakers' names (for questions about what one said). */
  vocabulary(): Promise<SearchWords> {
    this.#vocabulary ??= fetch(`${import.meta.env.BASE_URL}search-words.json`)
      .then((response) => (response.ok ? (response.json() as Promise<SearchWords>) : NO_SEARCH_WORDS))
      .catch(() => NO_SEARCH_WORDS);
    return this.#vocabulary;
  }

  /** The names indexed beside mentions, for excerpts (./excerpt.ts): made once, from the search data. */
  #indexedNames(): Promise<IndexedNames> {
    this.#names ??= this.vocabulary().then(({ names, terms }) => indexedNameMap(names, terms));
    return this.#names;
  }

  /**
   * Every matching place, not just the first few per page: each sub-result is a passage of its own,
   * ranked by how well it answers the query as ./rank.ts reads it (question words and speakers'
   * names are not searched for). When some passages hold every word of the query, those with only
   * some are `more`. `null` when a newer search has superseded this one (Pagefind's debounced
   * search says so).
   */
  async hits(query: string): Promise<SearchHits | null> {
    const [pagefind, { speakers }, indexed] = await Promise.all([this.load(), this.vocabulary(), this.#indexedNames()]);
    const read = readQuery(query, speakers);
    const response = await pagefind.debouncedSearch(read.searched, {}, DEBOUNCE_MS);
    if (!response) return null;
    const pages = await pageData(response);
    // Pagefind lists only the pages that hold every word it knows (“Russian” is only in the
    // glossary, so “Russian mercenaries” would miss Q4): the pages with some of them come from a
    // search for each word, one after another (./rank.ts weighs what each holds).
    const words = meaningWords(read);
    if (!read.exact && words.length > 1) {
      const bySome: PagefindResultData[] = [];
      for (const word of words) {
        const each = await pagefind.search(word);
        bySome.push(...(await pageData(each)));
      }
      pages.push(...withSomeWords(bySome, new Set(pages.map((page) => placeOf(page.url)))));
    }
    // In page order: the interview's passages first, then the other pages as Pagefind ranks them.
    pages.sort((a, b) => Number(pageLabel(b) === 'Interview') - Number(pageLabel(a) === 'Interview'));
    const candidates = pages.flatMap((page): Array<Candidate<SearchHit>> => {
      const label = pageLabel(page);
      const words = page.content.split(/[\r\n\s]+/g); // as Pagefind counts word locations
      const places =
        page.sub_results.length > 0
          ? page.sub_results
          : [{ title: page.meta.title ?? label, url: page.url, excerpt: page.excerpt, weighted_locations: page.weighted_locations }];
      const found = places.map((sub): Candidate<SearchHit> => {
        const interview = label === 'Interview';
        const turn = interview ? turnOf(sub.url) : undefined;
        return {
          item: { title: sub.title, page: label, url: this.#marking(sub.url, read), excerpt: setNamesApart(sub.excerpt, indexed) },
          interview,
          note: interview && (sub.url.split('#')[1] ?? '').startsWith(NOTE_PREFIX),
          ...(turn ? { turn } : {}),
          matches: sub.weighted_locations.map(({ location, weight }) => ({ word: words[location] ?? '', location, weight })),
        };
      });
      return [...found, ...(label === 'Interview' ? this.#pairedTurns(page, found, read, words) : [])];
    });
    const { shown, more, complete, unknown } = rankPassages(read, candidates);
    return { hits: shown, more, complete, unknown, read: { searched: read.searched, speakers: read.speakers } };
  }

  /**
   * The turns of a speaker the query names that nothing found, when the turn they pair with was
   * found (“how does Tine think Mali can recover”: Q6 has the words, A6 answers it), as passages
   * holding no word themselves, for ./rank.ts to weigh by their pair's; their excerpt is their start.
   */
  #pairedTurns(
    page: PagefindResultData,
    found: ReadonlyArray<Candidate<SearchHit>>,
    read: SearchQuery,
    words: readonly string[],
  ): Array<Candidate<SearchHit>> {
    if (read.speakers.length === 0) return [];
    return found.flatMap(({ turn }): Array<Candidate<SearchHit>> => {
      if (!turn || read.speakers.includes(turn.speaker) || !read.speakers.includes(other(turn.speaker))) return [];
      const pair = { speaker: other(turn.speaker), number: turn.number };
      if (found.some((candidate) => candidate.turn?.speaker === pair.speaker && candidate.turn.number === pair.number)) return [];
      const id = turnId(pair.speaker === 'interviewer' ? 'question' : 'answer', pair.number);
      const anchor = page.anchors.find((each) => each.id === id);
      if (!anchor) return [];
      const start = words.slice(anchor.location, anchor.location + EXCERPT_WORDS).join(' ');
      const url = `${placeOf(page.url)}#${id}`;
      return [
        {
          item: {
            title: anchor.title ?? anchor.text ?? id,
            page: 'Interview',
            url: this.#marking(url, read),
            excerpt: `${escapeHtml(start)}…`,
          },
          interview: true,
          turn: pair,
          matches: [],
        },
      ];
    });
  }

  /**
   * A result's address with the words the page it opens marks: the query's words of meaning
   * (Pagefind puts every searched word there, “of” and “the” included).
   */
  #marking(url: string, read: SearchQuery): string {
    const address = new URL(url, location.href);
    const marked = meaningWords(read);
    if (marked.length === 0) return url;
    address.searchParams.delete(this.#highlightParam);
    for (const word of marked) address.searchParams.append(this.#highlightParam, word);
    return `${address.pathname}${address.search}${address.hash}`;
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

/**
 * The data of each page a search found, copied: Pagefind hands every search the same object for a
 * page and rewrites its passages and excerpt in place, so the next search would change this one's.
 */
async function pageData(response: PagefindResponse): Promise<PagefindResultData[]> {
  return Promise.all(response?.results.map(async (result) => structuredClone(await result.data())) ?? []);
}

/** The other speaker. */
const other = (speaker: SpeakerRole): SpeakerRole => (speaker === 'interviewer' ? 'interviewee' : 'interviewer');

/** Text as HTML: an excerpt is HTML, as Pagefind's are. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A result's address without the searched words: the same page or passage for every search. */
const placeOf = (url: string) => url.replace(/\?[^#]*/, '');

/**
 * The pages of the searches for each word that `found` (the places of the whole query's pages)
 * lacks, each page once with every match of every word: its passages merged by address, the
 * excerpt of the first word that found each.
 */
function withSomeWords(pages: readonly PagefindResultData[], found: ReadonlySet<string>): PagefindResultData[] {
  const merged = new Map<string, PagefindResultData>();
  for (const page of pages) {
    if (found.has(placeOf(page.url))) continue;
    const known = merged.get(placeOf(page.url));
    if (!known) {
      merged.set(placeOf(page.url), { ...page, sub_results: page.sub_results.map((sub) => ({ ...sub })) });
      continue;
    }
    known.weighted_locations = [...known.weighted_locations, ...page.weighted_locations];
    for (const sub of page.sub_results) {
      const same = known.sub_results.find((other) => placeOf(other.url) === placeOf(sub.url));
      if (same) same.weighted_locations = [...same.weighted_locations, ...sub.weighted_locations];
      else known.sub_results.push({ ...sub });
    }
  }
  return [...merged.values()];
}

/** The turn a result's address points to (`/#q4`), when it points to one. */
function turnOf(url: string): TurnRef | undefined {
  const turn = turnOfId(url.split('#')[1] ?? '');
  return turn && { speaker: turn.kind === 'question' ? 'interviewer' : 'interviewee', number: turn.n };
}

function pageLabel(page: PagefindResultData): string {
  const path = page.url.slice(import.meta.env.BASE_URL.length).split(/[?#]/)[0] ?? '';
  if (path === '') return 'Interview';
  return page.meta.title?.split(' | ')[0] ?? path;
}
