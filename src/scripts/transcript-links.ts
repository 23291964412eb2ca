import type { GlossaryPreview } from './glossary-preview';
import type { QuoteLinks } from './quote-link';

/**
 * `<transcript-links>` around the rendered transcript enhances its links, which work as plain
 * links without JavaScript:
 * - a turn's `Q3`/`A3` badge and a heading's anchor still go to their place, and also copy its full
 *   address (copy-address.ts, loaded on the first click), said in the element's polite live region
 *   (`[role="status"]`, in its markup);
 * - a glossary term shows the entry's summary in place on hover or focus (the preview's code
 *   loads the first time);
 * - a Cite button (each turn's, beside its badge, or the interview's in its header; hidden until
 *   this element is defined) opens the citations (cite-dialog.ts, loaded on the first click);
 * - selecting words in a turn offers a link to the quote, and an address whose text fragment the
 *   browser did not apply (`#a3:~:text=…` still in `location.hash`) marks the words (quote-link.ts,
 *   loaded on the first selection in the transcript or for such an address).
 * Its listeners are on itself, except the two on the document that a selection and the header's
 * Cite button need; the element lives as long as the page.
 */
class TranscriptLinks extends HTMLElement {
  #preview: Promise<GlossaryPreview> | undefined;
  #quotes: Promise<QuoteLinks> | undefined;

  constructor() {
    super();
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a.turn-permalink, a.anchor-link');
      if (link) void import('./copy-address').then((module) => module.copyAddress(link, (text) => this.#say(text)));
    });
    const wake = (event: Event) => {
      const term = (event.target as Element).closest<HTMLAnchorElement>('a.glossary-term');
      if (!term) return;
      this.#preview ??= import('./glossary-preview').then((module) => new module.GlossaryPreview(this));
      void this.#preview.then((preview) => preview.show(term, event.type === 'focusin'));
    };
    this.addEventListener('pointerover', wake);
    this.addEventListener('focusin', wake);
    const quotes = () => (this.#quotes ??= import('./quote-link').then((module) => new module.QuoteLinks(this, (text) => this.#say(text))));
    document.addEventListener('selectionchange', () => void (this.contains(getSelection()?.anchorNode ?? null) && quotes()));
    if (location.hash.includes(':~:')) void quotes();
    document.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-cite]');
      if (button) void import('./cite-dialog').then((module) => module.openCitations(button));
    });
  }

  disconnectedCallback(): void {
    void this.#preview?.then((preview) => preview.remove());
    this.#preview = undefined;
  }

  /** Says `message` in the element's polite live region. */
  #say(message: string): void {
    const region = this.querySelector(':scope > [role="status"]');
    if (!region) return;
    region.textContent = '';
    // A fresh text node after a tick, so the same message twice is read twice.
    setTimeout(() => (region.textContent = message), 50);
  }
}

customElements.define('transcript-links', TranscriptLinks);
