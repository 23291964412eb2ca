import type { SearchView } from './form';
import type { PagefindSearch } from './pagefind';
import { hitItem, moreItem } from './results';
import { suggestWords } from './suggest';

/**
 * Longer queries are shown shortened in the status line, which a screen reader reads whole at
 * every change: long enough for the longest name a reader may type whole (the UN mission's, 72).
 */
const QUOTED_LENGTH = 80;

/** The query as the status line quotes it: at most QUOTED_LENGTH characters, with an ellipsis when cut. */
function quoted(query: string): string {
  const characters = [...query];
  return characters.length > QUOTED_LENGTH
    ? `${characters
        .slice(0, QUOTED_LENGTH - 1)
        .join('')
        .trimEnd()}…`
    : query;
}

/**
 * Wires a search form to Pagefind: results follow typing (Pagefind's debounced search drops
 * superseded queries), arrow keys move between the box and the results, Enter goes to the first
 * result. Returns the function that runs a query, for a shared `?q=` or a suggestion.
 */
export function wireSearch(view: SearchView, search: PagefindSearch, onQuery?: (query: string) => void): (query: string) => Promise<void> {
  /** The results a reader can move between with the arrow keys: the links on show, and the control that shows more. */
  const links = () => [...view.list.querySelectorAll<HTMLElement>('a.search-hit, summary')].filter((element) => element.checkVisibility());
  /** Whether `query` is still what the box asks for: an answer that arrives after the box changed is dropped. */
  const isCurrent = (query: string) => view.input.value.trim() === query;

  const run = async (raw: string) => {
    const query = raw.trim();
    onQuery?.(query);
    if (query === '') {
      view.list.replaceChildren();
      view.suggestions.replaceChildren();
      view.status.textContent =
        'Type a word or a name: every place in the interview, its notes and glossary that mentions it will be listed.';
      return;
    }
    let found;
    try {
      found = await search.hits(query);
    } catch {
      if (!isCurrent(query)) return;
      view.status.textContent = import.meta.env.DEV
        ? 'The dev server has no search index yet (its terminal says why). `npm start` builds and serves the site with search.'
        : 'Search could not load. Reload the page to try again, or use your browser’s find on the interview page.';
      return;
    }
    if (found === null || !isCurrent(query)) return;
    const { hits, more } = found;
    view.list.replaceChildren(...hits.map((hit) => hitItem(hit).item));
    if (more.length > 0) view.list.append(moreItem(more));
    view.suggestions.replaceChildren();
    if (hits.length > 0) {
      const some = more.length > 0 ? `; ${more.length} more with some of the words` : '';
      view.status.textContent = `${hits.length} ${hits.length === 1 ? 'place matches' : 'places match'} “${quoted(query)}”${some}.`;
      return;
    }
    view.status.textContent = `Nothing in the interview, its notes or glossary matches “${quoted(query)}”. Check the spelling, try a shorter word, or browse the glossary.`;
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
  // Wired on intent: the first search's files start loading now, before the first keystroke.
  void search.load().catch(() => undefined);
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    links()[0]?.focus();
  });
  // Arrow keys move between the input and the results; Tab works as usual.
  view.root.addEventListener('keydown', (event) => {
    const shown = links();
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || shown.length === 0) return;
    const at = shown.indexOf(document.activeElement as HTMLElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') shown[Math.min(at + 1, shown.length - 1)]?.focus();
    else if (at <= 0) view.input.focus();
    else shown[at - 1]?.focus();
  });
  return run;
}
