/**
 * Copies the full address of `link` (a turn's `Q3`/`A3` badge or a heading's anchor, which also go
 * to their place as plain links) and says so with `say`; where the clipboard refuses, says that
 * the address is in the address bar. Marks the link `data-copied` for 2.5 s, which the styles show.
 */
export function copyAddress(link: HTMLAnchorElement, say: (message: string) => void): void {
  const url = `${location.origin}${location.pathname}${link.hash}`;
  const name = (link.querySelector('.sr-only')?.textContent ?? '').replace(/^Link to |^Section titled /, '');
  navigator.clipboard
    ?.writeText(url)
    .then(() => {
      link.dataset.copied = '';
      setTimeout(() => delete link.dataset.copied, 2500);
      say(`Link to ${name} copied: ${url}`);
    })
    .catch(() => say(`The link to ${name} is in the address bar: ${url}`));
}
