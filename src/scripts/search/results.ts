import type { SearchHit } from './pagefind';

/**
 * Copies Pagefind's excerpt into `target` keeping only text and `<mark>`: whatever the indexed
 * page contained, nothing in an excerpt can run or inject markup.
 */
export function appendExcerpt(target: HTMLElement, excerptHtml: string): void {
  const template = document.createElement('template');
  template.innerHTML = excerptHtml; // parsed inert: a template's content runs nothing, and only its text is copied
  for (const node of template.content.childNodes) {
    if (node instanceof Element && node.localName === 'mark') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else target.append(node.textContent ?? '');
  }
}

/** A list item linking to one hit (Pagefind's address, highlight parameter included), with its title, page and excerpt. */
export function hitItem(hit: SearchHit): { item: HTMLLIElement; link: HTMLAnchorElement } {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'search-hit';
  const title = document.createElement('span');
  title.className = 'search-hit-title';
  title.textContent = hit.title;
  const page = document.createElement('span');
  page.className = 'search-hit-page';
  page.textContent = hit.page;
  const excerpt = document.createElement('span');
  excerpt.className = 'search-hit-excerpt';
  appendExcerpt(excerpt, hit.excerpt);
  link.append(title, page, excerpt);
  item.append(link);
  return { item, link };
}

/** The passages with only some of the query's words, folded under one line that opens them: “4 more passages with some of the words”. */
export function moreItem(hits: readonly SearchHit[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-more';
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = `${hits.length} more ${hits.length === 1 ? 'passage' : 'passages'} with some of the words`;
  const list = document.createElement('ol');
  list.className = 'search-results';
  list.append(...hits.map((hit) => hitItem(hit).item));
  details.append(summary, list);
  item.append(details);
  return item;
}
