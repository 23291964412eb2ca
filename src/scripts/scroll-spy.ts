/**
 * Marks the contents link of the section being read with aria-current, as the reader scrolls.
 * The contents are plain links without it.
 */
export function wireScrollSpy(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  const targets = [...new Set(links.map((link) => link.hash.slice(1)))]
    .map((id) => document.getElementById(id)?.closest('section') ?? null)
    .filter((section): section is HTMLElement => section !== null);
  if (targets.length === 0) return;

  let queued = false;
  const update = () => {
    queued = false;
    // The section being read: the last one whose top has passed a third of the window
    // (the first one while the reader is still above it, in the introduction).
    const line = window.innerHeight / 3;
    const current = targets.filter((section) => section.getBoundingClientRect().top <= line).at(-1) ?? targets[0];
    const id = current?.querySelector('h2[id]')?.id;
    for (const link of links) {
      if (link.hash === `#${id}`) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
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
