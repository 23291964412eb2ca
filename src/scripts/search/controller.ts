import type { SearchView } from './form';
import type { PagefindSearch } from './pagefind';
import { hitItem } from './results';
import { suggestWords } from './suggest';

/**
 * Wires a search form to Pagefind: results follow typing (Pagefind's debounced search drops
 * superseded queries), arrow keys move between the box and the results, Enter goes to the first
 * result. Returns the function that runs a query, for a shared `?q=` or a suggestion.
 */
export function wireSearch(view: SearchView, search: PagefindSearch, onQuery?: (query: string) => void): (query: string) => Promise<void> {
  /** The result links on show, in order (kept rather than looked up again). */
  let links: HTMLAnchorElement[] = [];
  /** Whether `query` is still what the box asks for: an answer that arrives after the box changed is dropped. */
  const isCurrent = (query: string) => view.input.value.trim() === query;

  const run = async (raw: string) => {
    const query = raw.trim();
    onQuery?.(query);
    if (query === '') {
      links = [];
      view.list.replaceChildren();
      view.suggestions.replaceChildren();
      view.status.textContent =
        'Type a word or a name: every place in the interview, its notes and glossary that mentions it will be listed.';
      return;
    }
    let hits;
    try {
      hits = await search.hits(query);
    } catch {
      if (!isCurrent(query)) return;
      view.status.textContent = import.meta.env.DEV
        ? 'The dev server has no search index yet (its terminal says why). `npm start` builds and serves the site with search.'
        : 'Search could not load. Reload the page to try again, or use your browser’s find on the interview page.';
      return;
    }
    if (hits === null || !isCurrent(query)) return;
    const items = hits.map(hitItem);
    links = items.map(({ link }) => link);
    view.list.replaceChildren(...items.map(({ item }) => item));
    view.suggestions.replaceChildren();
    if (hits.length > 0) {
      view.status.textContent = `${hits.length} ${hits.length === 1 ? 'place matches' : 'places match'} “${query}”.`;
      return;
    }
    view.status.textContent = `Nothing in the interview, its notes or glossary matches “${query}”. Check the spelling, try a shorter word, or browse the glossary.`;
    const words = suggestWords(query, await search.vocabulary());
    if (!isCurrent(query) || words.length === 0) return;
    view.suggestions.append('Did you mean ');
    words.forEach((word, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'search-suggestion';
      button.textContent = word;
      button.addEventListener('click', () => {
        view.input.value = word;
        view.input.focus();
        void run(word);
      });
      view.suggestions.append(index === 0 ? '' : index === words.length - 1 ? ' or ' : ', ', button);
    });
    view.suggestions.append('?');
  };

  view.input.addEventListener('input', () => void run(view.input.value));
  view.input.addEventListener('keydown', () => void search.load().catch(() => undefined), { once: true });
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    links[0]?.focus();
  });
  // Arrow keys move between the input and the results; Tab works as usual.
  view.root.addEventListener('keydown', (event) => {
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]?.focus();
    else if (at <= 0) view.input.focus();
    else links[at - 1]?.focus();
  });
  return run;
}
