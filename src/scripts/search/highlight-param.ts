/**
 * The query parameter Pagefind adds to result addresses (`highlightParam`) and the page it opens
 * reads: one value per searched word. Given to the search elements by their markup
 * (`data-highlight-param`), so no script chunk is shared just for this word.
 */
export const HIGHLIGHT_PARAM = 'highlight';
