/**
 * `<table-of-contents>` around the contents' links (the wide list and the narrow `<details>`):
 * marks the links of the section being read with `aria-current`. On a page opened at its top, the
 * first section is marked at once and the code that follows the scroll (scroll-spy.ts) loads with
 * the first scroll; on a page opened further down (a fragment), reloaded or gone back to, at once.
 * Without JavaScript the contents are plain links.
 */
class TableOfContents extends HTMLElement {
  connectedCallback(): void {
    const follow = () => void import('./scroll-spy').then((module) => module.followScroll(this));
    // Not `scrollY`, which would force a layout before the first paint. A reloaded page (or one gone back to) gets its
    // scroll position back before or after this runs (on a busy machine, before: no scroll event would come), so it
    // follows at once. `performance.navigation` is deprecated but in every browser; its successor,
    // getEntriesByType('navigation')[0].type, costs 26 bytes gzip more, over the 1.5 KB before intent.
    if (location.hash || performance.navigation.type) return follow();
    for (const link of this.querySelectorAll(`a[href="${this.querySelector('a')?.hash}"]`)) link.setAttribute('aria-current', 'true');
    addEventListener('scroll', follow, { once: true, passive: true });
  }
}

customElements.define('table-of-contents', TableOfContents);
