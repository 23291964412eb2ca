import type { GlossaryPreview } from './glossary-preview';

/**
 * `<transcript-links>` around the rendered transcript enhances its links, which work as plain
 * links without JavaScript:
 * - a turn's `Q3`/`A3` badge and a heading's anchor still go to their place, and also copy its full
 *   address, said in the element's polite live region (`[role="status"]`, in its markup);
 * - a glossary term shows the entry's summary in place on hover or focus (the preview's code
 *   loads the first time).
 * Its listeners are on itself, so they last as long as it does.
 */
class TranscriptLinks extends HTMLElement {
  #preview: Promise<GlossaryPreview> | undefined;

  constructor() {
    super();
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a.turn-permalink, a.anchor-link');
      if (!link) return;
      const url = `${location.origin}${location.pathname}${link.hash}`;
      const name = (link.querySelector('.sr-only')?.textContent ?? '').replace(/^Link to |^Section titled /, '');
      navigator.clipboard
        ?.writeText(url)
        .then(() => {
          link.dataset.copied = '';
          setTimeout(() => delete link.dataset.copied, 2500);
          this.#say(`Link to ${name} copied: ${url}`);
        })
        .catch(() => this.#say(`The link to ${name} is in the address bar: ${url}`));
    });
    const wake = (event: Event) => {
      const term = (event.target as Element).closest<HTMLAnchorElement>('a.glossary-term');
      if (!term) return;
      this.#preview ??= import('./glossary-preview').then((module) => new module.GlossaryPreview(this));
      void this.#preview.then((preview) => preview.show(term, event.type === 'focusin'));
    };
    this.addEventListener('pointerover', wake);
    this.addEventListener('focusin', wake);
  }

  disconnectedCallback(): void {
    void this.#preview?.then((preview) => preview.remove());
    this.#preview = undefined;
  }

  #say(message: string): void {
    const region = this.querySelector(':scope > [role="status"]');
    if (!region) return;
    region.textContent = '';
    // A fresh text node after a tick, so the same message twice is read twice.
    setTimeout(() => (region.textContent = message), 50);
  }
}

customElements.define('transcript-links', TranscriptLinks);
