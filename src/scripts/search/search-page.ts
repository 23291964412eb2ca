/**
 * `<search-page>` around the search page's form (rendered hidden: search needs JavaScript, and the
 * page says so in a <noscript>). It shows the form at once; the search behind it loads when there
 * is something to search: a shared `?q=`, or the reader's first move in the form. The address
 * follows what the reader types, so a search can be shared. `data-highlight-param` is the address
 * parameter that carries searched words to a result.
 */
class SearchPage extends HTMLElement {
  #started = false;

  connectedCallback(): void {
    const root = this.querySelector('search');
    if (!root) return;
    root.hidden = false;
    const shared = new URLSearchParams(location.search).get('q');
    const start = async () => {
      if (this.#started) return;
      this.#started = true;
      const { viewOf, wireSearch, PagefindSearch, AS_TYPED_PARAM } = await import('./ui');
      const view = viewOf(root);
      const asTyped = new URLSearchParams(location.search).has(AS_TYPED_PARAM);
      const run = wireSearch(view, new PagefindSearch(this.dataset.highlightParam ?? ''), (query, typed) => {
        const url = new URL(location.href);
        if (query) url.searchParams.set('q', query);
        else url.searchParams.delete('q');
        if (typed) url.searchParams.set(AS_TYPED_PARAM, '1');
        else url.searchParams.delete(AS_TYPED_PARAM);
        history.replaceState(null, '', url);
      });
      if (shared !== null && view.input.value === '') view.input.value = shared;
      await run(view.input.value, { asTyped: asTyped && view.input.value === shared });
      if (shared !== null && shared.trim() === '' && view.input.value.trim() === '') {
        view.status.textContent = 'This search address (?q=) names no words to search for. Type a word or a name above.';
      }
    };
    if (shared !== null) void start();
    else for (const intent of ['focusin', 'pointerdown', 'input']) this.addEventListener(intent, () => void start(), { once: true });
  }
}

customElements.define('search-page', SearchPage);
