/**
 * Case and accents aside, as `fold` in lib/words.ts; written here so that this chunk and the search
 * interface share none (a shared chunk adds to the script every page loads before intent).
 */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * At most this many searched words, each at most this long, are marked: no word of the site is
 * near that long, and an address with `?highlight=` of 100 000 letters must not make a regular
 * expression the browser refuses to compile ("regex too large").
 */
const MAX_TERMS = 32;
const MAX_TERM_LENGTH = 64;

/** The element a fragment names (`#a3`, `#%C3%A9…`), or null; a malformed %-escape names none. */
function fragmentTarget(hash: string): HTMLElement | null {
  try {
    return hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  } catch {
    return null;
  }
}

/**
 * Marks the searched words on the page a search result opened: the words Pagefind's
 * `highlightParam` put in the address (`?highlight=…`, one per word, under the name `highlightParam`), in the text Pagefind indexes
 * (`data-pagefind-body`, not what it ignores). Then brings the first mark in the target place (or
 * on the page) into view below `header`. Our own few lines instead of `pagefind-highlight.js`,
 * whose injected <style> the strict CSP refuses.
 */
export function markSearchedWords(highlightParam: string, header: Element | null): void {
  const searched = new URLSearchParams(location.search)
    .getAll(highlightParam)
    .flatMap((value) => value.split(/\s+/))
    .filter((term) => term.length > 1 && term.length <= MAX_TERM_LENGTH)
    .slice(0, MAX_TERMS);
  const terms = searched.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (terms.length === 0) return;
  const folded = searched.map((term) => fold(term));
  /** Whether a name a mention is also searched by (`data-search-forms`) holds a searched word: `keita` in “Ibrahim Boubacar Keïta”. */
  const namesSearched = (forms: string) =>
    fold(forms)
      .split(/[^\p{L}\p{N}]+/u)
      .some((word) => folded.some((term) => word === term || (term.length > 2 && word.startsWith(term))));
  // A word that starts with a searched term, as Pagefind matches “election” in “elections”.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})[\\p{L}\\p{N}]*`, 'giu');

  for (const root of document.querySelectorAll<HTMLElement>('[data-pagefind-body]')) {
    if (root.dataset.searchMarked !== undefined) continue; // marked already (by another search control)
    root.dataset.searchMarked = '';
    // A mention found by another name (“Keita” for the source's “Boubacar Keit”): its own words are marked, as they are what the page shows.
    for (const mention of root.querySelectorAll<HTMLElement>('[data-search-forms]')) {
      if (!mention.textContent?.trim() || !namesSearched(mention.dataset.searchForms ?? '') || mention.closest('[data-pagefind-ignore]'))
        continue;
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      mark.append(...mention.childNodes);
      mention.append(mark);
    }
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
  }

  const target = fragmentTarget(location.hash);
  const first =
    target?.querySelector<HTMLElement>('mark.search-mark') ?? document.querySelector<HTMLElement>('[data-pagefind-body] mark.search-mark');
  if (!first) return;
  const box = first.getBoundingClientRect();
  const headerBottom = header?.getBoundingClientRect().bottom ?? 0;
  if (box.top < headerBottom || box.bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
}
