/**
 * `<table-of-contents>` around the contents' links (the wide list and the narrow `<details>`):
 * marks the links of the section being read with `aria-current`. On a page opened at its top, the
 * first section is marked at once and the code that follows the scroll (scroll-spy.ts) loads with
 * the first scroll; on a page opened further down, at once. Without JavaScript the contents are
 * plain links.
 */
class TableOfContents extends HTMLElement {
  connectedCallback(): void {
    const follow = () => void import('./scroll-spy').then((module) => module.followScroll(this));
    // Not `scrollY`, which would force a layout before the first paint: a page reloaded further down
    // gets its scroll position back after this runs, and that restoring is a scroll event.
    if (location.hash) return follow();
    for (const link of this.querySelectorAll(`a[href="${this.querySelector('a')?.hash}"]`)) link.setAttribute('aria-current', 'true');
    addEventListener('scroll', follow, { once: true, passive: true });
  }
}

customElements.define('table-of-contents', TableOfContents);
