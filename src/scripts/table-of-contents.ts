/**
 * `<table-of-contents>` around the contents' links (the wide list and the narrow `<details>`):
 * marks the links of the section being read with `aria-current`, as the reader scrolls. Without
 * JavaScript the contents are plain links.
 */
class TableOfContents extends HTMLElement {
  #scroll: AbortController | undefined;

  connectedCallback(): void {
    const links = [...this.querySelectorAll('a')];
    // The section each link points to, in the links' order.
    const sections = links.map((link) => document.getElementById(link.hash.slice(1))?.closest('section'));
    let queued = false;
    const update = () => {
      queued = false;
      // The section being read: the last one whose top has passed a third of the window (the
      // first one while the reader is still above it, in the introduction).
      const line = innerHeight / 3;
      const current = sections.filter((section) => section && section.getBoundingClientRect().top <= line).at(-1) ?? sections[0];
      links.forEach((link, index) => {
        if (sections[index] === current) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      });
    };
    this.#scroll = new AbortController();
    addEventListener(
      'scroll',
      () => {
        if (!queued) requestAnimationFrame(update);
        queued = true;
      },
      { passive: true, signal: this.#scroll.signal },
    );
    update();
  }

  disconnectedCallback(): void {
    this.#scroll?.abort();
  }
}

customElements.define('table-of-contents', TableOfContents);
