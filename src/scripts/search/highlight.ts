/**
 * Marks the searched words on the page a search result opened (`?highlight=…`), then makes sure
 * the first mark in the target turn is on screen. Only text search indexes is marked.
 */
export function highlightFromUrl(): void {
  const query = new URLSearchParams(location.search).get('highlight')?.trim();
  const root = document.querySelector<HTMLElement>('[data-pagefind-body]');
  if (!query || !root) return;
  const terms = query
    .split(/\s+/)
    .filter((term) => term.length > 1)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (terms.length === 0) return;
  // A word that starts with a searched term, as Pagefind matches “election” in “elections”.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})[\\p{L}\\p{N}]*`, 'giu');

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const textNodes: Text[] = [];
  while (walker.nextNode()) textNodes.push(walker.currentNode as Text);

  for (const node of textNodes) {
    const text = node.data;
    const parts: Array<string | HTMLElement> = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      parts.push(text.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      mark.textContent = match[0];
      parts.push(mark);
      last = match.index + match[0].length;
    }
    if (last === 0) continue;
    parts.push(text.slice(last));
    node.replaceWith(...parts);
  }

  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = (target ?? root).querySelector('mark.search-mark') ?? root.querySelector('mark.search-mark');
  if (!first) return;
  const box = first.getBoundingClientRect();
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  if (box.top < header || box.bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
}
