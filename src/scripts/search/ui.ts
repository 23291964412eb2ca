import { loadPagefind, searchHits } from './pagefind';
import { createSearchForm } from './form';
import { hitItem } from './results';
import { suggestWords } from './suggest';

/** The search form and results, wired once per form. */
interface SearchView {
  /** The <search> element around form, status and results. */
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  suggestions: HTMLElement;
}

let vocabulary: Promise<string[]> | undefined;
const loadVocabulary = () =>
  (vocabulary ??= fetch(`${import.meta.env.BASE_URL}search-words.json`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []));

/** Wires a search form: results follow every keystroke; stale answers are dropped. */
export function wireSearch(view: SearchView, onQuery?: (query: string) => void): (query: string) => Promise<void> {
  let latest = 0;
  const run = async (raw: string) => {
    const query = raw.trim();
    const ticket = ++latest;
    onQuery?.(query);
    if (query === '') {
      view.list.replaceChildren();
      view.suggestions.replaceChildren();
      view.status.textContent =
        'Type a word or a name: every place in the interview, its notes and glossary that mentions it will be listed.';
      return;
    }
    let hits;
    try {
      hits = await searchHits(query);
    } catch {
      if (ticket !== latest) return;
      view.status.textContent = import.meta.env.DEV
        ? 'The dev server has no search index yet (its terminal says why). `npm start` builds and serves the site with search.'
        : 'Search could not load. Reload the page to try again, or use your browser’s find on the interview page.';
      return;
    }
    if (hits === null || ticket !== latest) return;
    view.list.replaceChildren(...hits.map((hit) => hitItem(hit, query)));
    view.suggestions.replaceChildren();
    if (hits.length > 0) {
      view.status.textContent = `${hits.length} ${hits.length === 1 ? 'place matches' : 'places match'} “${query}”.`;
      return;
    }
    view.status.textContent = `Nothing in the interview, its notes or glossary matches “${query}”. Check the spelling, try a shorter word, or browse the glossary.`;
    const words = suggestWords(query, await loadVocabulary());
    if (ticket !== latest || words.length === 0) return;
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
  view.input.addEventListener('keydown', () => void loadPagefind().catch(() => undefined), { once: true });
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    view.list.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  // Arrow keys move between the input and the results; Tab works as usual.
  view.root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...view.list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]?.focus();
    else if (at <= 0) view.input.focus();
    else links[at - 1]?.focus();
  });
  return run;
}

/** Finds the parts of a search form made by createSearchForm. */
export function viewOf(root: ParentNode): SearchView {
  const pick = <T extends Element>(selector: string) => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`Search form is missing ${selector}`);
    return element;
  };
  return {
    root: pick<HTMLElement>('search'),
    form: pick<HTMLFormElement>('form'),
    input: pick<HTMLInputElement>('input[type="search"]'),
    status: pick<HTMLElement>('[data-search-status]'),
    list: pick<HTMLOListElement>('[data-search-results]'),
    suggestions: pick<HTMLElement>('[data-search-suggestions]'),
  };
}

let dialog: HTMLDialogElement | undefined;
let returnFocusTo: HTMLElement | null = null;

function createDialog(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.id = 'search-dialog';
  element.className = 'search-dialog';
  element.setAttribute('aria-labelledby', 'search-dialog-title');
  const head = document.createElement('div');
  head.className = 'search-dialog-head';
  const title = document.createElement('h2');
  title.id = 'search-dialog-title';
  title.textContent = 'Search';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = matchMedia('(pointer: fine)').matches ? 'Close (Esc)' : 'Close';
  close.addEventListener('click', () => element.close());
  head.append(title, close);
  element.append(head, createSearchForm('dialog'));
  return element;
}

/** Opens the search dialog (made on first use). */
export function openSearch(): void {
  if (!dialog) {
    dialog = createDialog();
    document.body.append(dialog);
    void wireSearch(viewOf(dialog))('');
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close(); // a click on the backdrop
    });
    dialog.addEventListener('close', () => {
      returnFocusTo?.focus();
      returnFocusTo = null;
    });
  }
  if (dialog.open) return;
  void loadPagefind().catch(() => undefined); // opening the dialog is intent: fetch the index now
  returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  input?.focus();
  input?.select();
}
