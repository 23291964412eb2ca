/** The parts of Pagefind's browser API the search interface uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
}

/** One place that matches: a turn, a section, a figure or a page. */
export interface SearchHit {
  title: string;
  /** Which page it is on: “Interview”, “Glossary”… */
  page: string;
  url: string;
  excerpt: string;
}

let api: Promise<PagefindApi> | undefined;

/** Loads Pagefind from the built site's bundle; rejects in the dev server, which has no index. */
export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const bundle = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
    await pagefind.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return api;
}

/** Every matching place, not just the first few per page: each sub-result is a hit of its own. */
export async function searchHits(query: string): Promise<SearchHit[] | null> {
  const pagefind = await loadPagefind();
  const response = await pagefind.search(query);
  if (!response) return null; // superseded by a newer search
  const pages = await Promise.all(response.results.map((result) => result.data()));
  // The interview's own passages first; then the glossary and other pages, by relevance.
  pages.sort((a, b) => Number(pageLabel(b) === 'Interview') - Number(pageLabel(a) === 'Interview'));
  return pages.flatMap((page) => {
    const pageTitle = pageLabel(page);
    const places =
      page.sub_results.length > 0 ? page.sub_results : [{ title: page.meta.title ?? pageTitle, url: page.url, excerpt: page.excerpt }];
    return places.map((sub) => ({ title: sub.title, page: pageTitle, url: sub.url, excerpt: sub.excerpt }));
  });
}

function pageLabel(page: PagefindResultData): string {
  const path = page.url.slice(import.meta.env.BASE_URL.length).split(/[?#]/)[0] ?? '';
  if (path === '') return 'Interview';
  return page.meta.title?.split(' | ')[0] ?? path;
}
