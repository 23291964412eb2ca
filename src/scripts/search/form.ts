/** The parts of a search form, kept by whoever made it. */
export interface SearchView {
  /** The <search> element around form, status and results. */
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  suggestions: HTMLElement;
  list: HTMLOListElement;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

/** The parts of a search form rendered by components/search/SearchForm.astro, found once. */
export function viewOf(root: HTMLElement): SearchView {
  const pick = <T extends Element>(selector: string) => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`The search form has no ${selector}`);
    return found;
  };
  return {
    root,
    form: pick<HTMLFormElement>('form'),
    input: pick<HTMLInputElement>('input'),
    status: pick<HTMLElement>('.search-status'),
    suggestions: pick<HTMLElement>('.search-suggestions'),
    list: pick<HTMLOListElement>('ol'),
  };
}

/**
 * The search box, status line and results list, made in the page for the search dialog (the
 * search page renders the same with components/search/SearchForm.astro): search needs JavaScript, so
 * without it none of this is shown (the search page says what to do instead). Styled by
 * styles/search.css, which the page or the dialog brings.
 */
export function createSearchForm(idPrefix: string): SearchView {
  const id = (name: string) => `${idPrefix}-search-${name}`;
  const root = element('search', { class: 'search-form' });
  const form = element('form', { action: `${import.meta.env.BASE_URL}search/`, method: 'get' });
  const field = element('div', { class: 'search-field' });
  const input = element('input', {
    type: 'search',
    id: id('input'),
    name: 'q',
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    'aria-describedby': id('status'),
    'aria-controls': id('results'),
  });
  field.append(input, element('button', { type: 'submit' }, 'Search'));
  form.append(element('label', { for: id('input') }, 'Search the interview, glossary and notes'), field);
  const status = element('p', { class: 'search-status', id: id('status'), role: 'status' });
  const suggestions = element('p', { class: 'search-suggestions' });
  const list = element('ol', { class: 'search-results', id: id('results'), 'aria-label': 'Search results' });
  root.append(form, status, suggestions, list);
  return { root, form, input, status, suggestions, list };
}
