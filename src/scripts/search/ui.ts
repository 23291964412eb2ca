/**
 * The search interface, loaded on intent as one chunk by both `<site-search>` (its dialog) and
 * `<search-page>` (its form): one module to load, so no list of chunks to fetch.
 */
export { SearchDialog } from './dialog';
export { AS_TYPED_PARAM, wireSearch } from './controller';
export { viewOf } from './form';
export { PagefindSearch } from './pagefind';
