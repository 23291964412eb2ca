import type { SearchDialog } from './ui';

/** Set before first paint by the head script (ThemeScript.astro), which also picks the shortcut hint's text. */
const isApple = document.documentElement.dataset.platform === 'apple';

/**
 * `<site-search>` around the header's link to the search page: the only search code a page loads
 * before the reader shows intent. It turns the link into a control that opens a search dialog
 * (made inside this element on first use), loads that dialog's code on intent (hover, focus,
 * touch, Ctrl/⌘+K or `/`), and, on a page a result opened, marks the searched words.
 * Without JavaScript the link leads to the search page. Its `id` names the dialog's ids;
 * `data-highlight-param` is the address parameter that carries searched words.
 */
class SiteSearch extends HTMLElement {
  #dialog: Promise<SearchDialog> | undefined;
  #shortcut: AbortController | undefined;

  constructor() {
    super();
    // The link's events, heard here so they last as long as the element (the dialog's own, from
    // inside it, are not the link's).
    const open = (event: Event) => {
      if ((event.target as Element).closest('dialog')) return;
      event.preventDefault();
      this.#open();
    };
    for (const intent of ['pointerover', 'focusin', 'touchstart'])
      this.addEventListener(intent, () => void this.#load(), { once: true, passive: true });
    this.addEventListener('click', open);
    this.addEventListener('keydown', (event) => {
      if (event.key === ' ') open(event);
    });
  }

  connectedCallback(): void {
    const trigger = this.querySelector('a');
    trigger?.setAttribute('role', 'button');
    trigger?.setAttribute('aria-haspopup', 'dialog');
    trigger?.setAttribute('aria-keyshortcuts', isApple ? 'Meta+K /' : 'Control+K /');

    this.#shortcut = new AbortController();
    document.addEventListener(
      'keydown',
      (event) => {
        const target = event.target as HTMLElement;
        const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
        const shortcut = (event.key.toLowerCase() === 'k' && (isApple ? event.metaKey : event.ctrlKey)) || (event.key === '/' && !typing);
        // A shortcut another control already answered is not ours: one dialog opens, not two.
        if (!shortcut || event.defaultPrevented) return;
        event.preventDefault();
        this.#open();
      },
      { signal: this.#shortcut.signal },
    );

    const highlightParam = this.dataset.highlightParam ?? '';
    if (new URLSearchParams(location.search).has(highlightParam))
      void import('./highlight').then((module) => module.markSearchedWords(highlightParam, this.closest('header')));
  }

  disconnectedCallback(): void {
    this.#shortcut?.abort();
  }

  #open(): void {
    void this.#load().then((dialog) => dialog.open());
  }

  #load(): Promise<SearchDialog> {
    this.#dialog ??= import('./ui').then((module) => new module.SearchDialog(this, this.dataset.highlightParam ?? ''));
    return this.#dialog;
  }
}

customElements.define('site-search', SiteSearch);
