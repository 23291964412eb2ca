import { announce } from './announce';

/**
 * A turn's permalink (`#q1`…) is a plain link; with JavaScript, following it also copies the
 * turn's full address and says so.
 */
export function wirePermalinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.turn-permalink');
    if (!link) return;
    const url = `${location.origin}${location.pathname}${link.hash}`;
    const name = link.querySelector('.sr-only')?.textContent?.replace(/^Link to /, '') ?? 'this turn';
    navigator.clipboard
      ?.writeText(url)
      .then(() => {
        link.dataset.copied = '';
        setTimeout(() => delete link.dataset.copied, 2500);
        announce(`Link to ${name} copied: ${url}`);
      })
      .catch(() => announce(`The link to ${name} is in the address bar: ${url}`));
  });
}
