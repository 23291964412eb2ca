import '../../styles/search.css';

/**
 * The search box, status line and results list, made in the page: search needs JavaScript, so
 * without it none of this is shown (the search page says what to do instead).
 */
export function createSearchForm(idPrefix: string): HTMLElement {
  const id = (name: string) => `${idPrefix}-search-${name}`;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text = '') => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  };

  const search = element('search', { class: 'search-form' });
  const form = element('form', { action: `${import.meta.env.BASE_URL}search/`, method: 'get' });
  const field = element('div', { class: 'search-field' });
  field.append(
    element('input', {
      type: 'search',
      id: id('input'),
      name: 'q',
      autocomplete: 'off',
      spellcheck: 'false',
      enterkeyhint: 'search',
      'aria-describedby': id('status'),
      'aria-controls': id('results'),
    }),
    element('button', { type: 'submit' }, 'Search'),
  );
  form.append(element('label', { for: id('input') }, 'Search the interview, glossary and notes'), field);
  search.append(
    form,
    element('p', { class: 'search-status', id: id('status'), role: 'status', 'data-search-status': '' }),
    element('p', { class: 'search-suggestions', 'data-search-suggestions': '' }),
    element('ol', { class: 'search-results', id: id('results'), 'aria-label': 'Search results', 'data-search-results': '' }),
  );
  return search;
}
