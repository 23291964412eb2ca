/**
 * Every page of the site, relative to its base path: the header's links, the sitemap, the dev
 * server's search index and the tests all read this list.
 */
export const PAGES = [
  { path: '', name: 'interview', label: 'Interview', inHeader: true, listed: true },
  { path: 'glossary/', name: 'glossary', label: 'Glossary', inHeader: true, listed: true },
  { path: 'timeline/', name: 'timeline', label: 'Timeline', inHeader: true, listed: true },
  { path: 'about/', name: 'about', label: 'About', inHeader: true, listed: true },
  { path: 'search/', name: 'search', label: 'Search', inHeader: false, listed: false },
  { path: '404.html', name: '404', label: 'Page not found', inHeader: false, listed: false },
] as const;

/** The pages worth finding: in the sitemap and the search index (not search itself, not 404). */
export const LISTED_PAGES = PAGES.filter((page) => page.listed);

/** The built file a page's path is served from: `glossary/` → `glossary/index.html`, `` → `index.html`, `404.html` as it is. */
export const builtFile = (path: string) => path.replace(/(^|\/)$/, '$1index.html');
