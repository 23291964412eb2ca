/**
 * Marks the links in `contents` (a `<table-of-contents>`) of the section being read with
 * `aria-current`, now and as the reader scrolls, for as long as the page lives.
 */
export function followScroll(contents: HTMLElement): void {
  const links = [...contents.querySelectorAll('a')];
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
  addEventListener(
    'scroll',
    () => {
      if (!queued) requestAnimationFrame(update);
      queued = true;
    },
    { passive: true },
  );
  update();
}
