/**
 * Marks the searched words on the page a search result opened: the words Pagefind's
 * `highlightParam` put in the address (`?highlight=…`, one per word, under the name `highlightParam`), in the text Pagefind indexes
 * (`data-pagefind-body`, not what it ignores). Then brings the first mark in the target place (or
 * on the page) into view below `header`. Our own few lines instead of `pagefind-highlight.js`,
 * whose injected <style> the strict CSP refuses.
 */
export function markSearchedWords(highlightParam: string, header: Element | null): void {
  const terms = new URLSearchParams(location.search)
    .getAll(highlightParam)
    .flatMap((value) => value.split(/\s+/))
    .filter((term) => term.length > 1)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (terms.length === 0) return;
  // A word that starts with a searched term, as Pagefind matches “election” in “elections”.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})[\\p{L}\\p{N}]*`, 'giu');

  const marks: HTMLElement[] = [];
  for (const root of document.querySelectorAll<HTMLElement>('[data-pagefind-body]')) {
    if (root.dataset.searchMarked !== undefined) continue; // marked already (by another search control)
    root.dataset.searchMarked = '';
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
        marks.push(mark);
        last = match.index + match[0].length;
      }
      if (last === 0) continue;
      parts.push(text.slice(last));
      node.replaceWith(...parts);
    }
  }

  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = marks.find((mark) => target?.contains(mark)) ?? marks[0];
  if (!first) return;
  const box = first.getBoundingClientRect();
  const headerBottom = header?.getBoundingClientRect().bottom ?? 0;
  if (box.top < headerBottom || box.bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
}
