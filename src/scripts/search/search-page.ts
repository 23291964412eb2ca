import { viewOf, wireSearch } from './ui';

/** The search page: results for `?q=`, and an address that follows what the reader types. */
export function startSearchPage(container: HTMLElement): void {
  const view = viewOf(container);
  const shared = new URLSearchParams(location.search).get('q');
  const run = wireSearch(view, (query) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  if (shared !== null && view.input.value === '') view.input.value = shared;
  void run(view.input.value).then(() => {
    if (shared !== null && shared.trim() === '' && view.input.value.trim() === '') {
      view.status.textContent = 'This search address (?q=) names no words to search for. Type a word or a name above.';
    }
  });
}
