import stylesheet from '../../styles/search.css?url';
import { wireSearch } from './controller';
import { createSearchForm } from './form';
import { PagefindSearch } from './pagefind';

/**
 * The search dialog of one `<site-search>`: made on first use inside that element, with its own
 * form and its own Pagefind. Closing it returns focus to where the reader was.
 */
export class SearchDialog {
  readonly #dialog = document.createElement('dialog');
  readonly #search: PagefindSearch;
  readonly #input: HTMLInputElement;
  readonly #styled: Promise<unknown>;
  #returnFocusTo: HTMLElement | null = null;

  /**
   * Made inside `host`; its ids start with the host's (`search` → `#search-dialog`,
   * `#search-dialog-search-input`). `highlightParam` is Pagefind's, for result addresses.
   */
  constructor(host: HTMLElement, highlightParam: string) {
    this.#search = new PagefindSearch(highlightParam);
    const dialog = this.#dialog;
    dialog.id = `${host.id}-dialog`;
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-labelledby', `${dialog.id}-title`);
    const head = document.createElement('div');
    head.className = 'search-dialog-head';
    const title = document.createElement('h2');
    title.id = `${dialog.id}-title`;
    title.textContent = 'Search';
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = matchMedia('(pointer: fine)').matches ? 'Close (Esc)' : 'Close';
    close.addEventListener('click', () => dialog.close());
    head.append(title, close);
    const view = createSearchForm(dialog.id);
    this.#input = view.input;
    // The dialog's styles come with it, as a stylesheet of the site (the CSP allows no inline style).
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    this.#styled = new Promise((done) => {
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
    });
    dialog.append(link, head, view.root);
    host.append(dialog);
    void wireSearch(view, this.#search)('');
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close(); // a click on the backdrop
    });
    dialog.addEventListener('close', () => {
      this.#returnFocusTo?.focus();
      this.#returnFocusTo = null;
    });
  }

  /** Opens the dialog with the search box focused and its words selected. */
  async open(): Promise<void> {
    await this.#styled;
    if (this.#dialog.open) return;
    this.#returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.#dialog.showModal();
    this.#input.focus();
    this.#input.select();
  }
}
