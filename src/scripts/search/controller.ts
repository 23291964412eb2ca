import type { SearchView } from './form';
import type { PagefindSearch, SearchHits } from './pagefind';
import type { SpeakerRole } from './rank';
import { hitItem, moreItem } from './results';
import { correctQuery } from './suggest';

/**
 * Longer queries are shown shortened in the status line, which a screen reader reads whole at
 * every change: long enough for the longest name a reader may type whole (the UN mission's, 72).
 */
const QUOTED_LENGTH = 80;

/** A word the status line names as found nowhere is cut shorter: it is one word of the query quoted already. */
const QUOTED_WORD_LENGTH = 24;

/** The query as the status line quotes it: at most `length` characters, with an ellipsis when cut. */
function quoted(query: string, length = QUOTED_LENGTH): string {
  const characters = [...query];
  return characters.length > length
    ? `${characters
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`
    : query;
}

/**
 * The address parameter that asks for a query as typed, without correction: the “Search instead
 * for …” link carries it, as a search engine's verbatim mode does.
 */
export const AS_TYPED_PARAM = 'verbatim';

/** The search page's address for `query` (`/search/?q=…`), as typed when `asTyped`. */
export function searchPageAddress(query: string, asTyped = false): string {
  const parameters = new URLSearchParams({ q: query });
  if (asTyped) parameters.set(AS_TYPED_PARAM, '1');
  return `${import.meta.env.BASE_URL}search/?${parameters}`;
}

const places = (count: number) => (count === 1 ? '1 place matches' : `${count} places match`);

/** What the status line says of the places listed for `query`, as a sentence without its full stop. */
function foundStatus(query: string, found: SearchHits, speakerNames: Readonly<Record<SpeakerRole, readonly string[]>>): string {
  const { hits, more, complete, unknown, read } = found;
  const lacking = unknown.map((word) => `“${quoted(word, QUOTED_WORD_LENGTH)}”`).join(' or ');
  const without = lacking ? ` but for ${lacking}, which nothing on the site has` : '';
  // A question is searched for its words of meaning: the status says which, and whose turns come first.
  const asked = read.searched === query ? `“${quoted(query)}”` : `“${quoted(read.searched)}”, from “${quoted(query)}”`;
  const first = read.speakers.map((role) => `${speakerNames[role][0] ?? role}’s turns first`).join(', ');
  const order = first ? `; ${first}` : '';
  if (!complete) return `${places(hits.length)} some of the words of ${asked}${without}${order}; none has them all`;
  const some = more.length > 0 ? `; ${more.length} more with some of them` : '';
  return `${places(hits.length)} ${asked}${without}${order}${some}`;
}

/**
 * Wires a search form to Pagefind: results follow typing (Pagefind's debounced search drops
 * superseded queries), arrow keys move between the box and the results, Enter goes to the first
 * result. A query that finds nothing, with one clear correction, shows the corrected query's results
 * and links to both. Returns the function that runs a query, for a shared `?q=` or a suggestion;
 * `onQuery` hears each query run, and whether it was asked for as typed.
 */
export function wireSearch(
  view: SearchView,
  search: PagefindSearch,
  onQuery?: (query: string, asTyped: boolean) => void,
): (query: string, options?: { asTyped?: boolean }) => Promise<void> {
  /** The results a reader can move between with the arrow keys: the links on show, and the control that shows more. */
  const links = () => [...view.list.querySelectorAll<HTMLElement>('a.search-hit, summary')].filter((element) => element.checkVisibility());
  /** Whether `query` is still what the box asks for: an answer that arrives after the box changed is dropped. */
  const isCurrent = (query: string) => view.input.value.trim() === query;

  /** A link to the search page for `query` that, clicked here, runs it in this form. */
  const queryLink = (query: string, asTyped: boolean) => {
    const link = document.createElement('a');
    link.href = searchPageAddress(query, asTyped);
    const words = document.createElement('em');
    words.textContent = query;
    link.append(words);
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      view.input.value = query;
      view.input.focus();
      void run(query, { asTyped });
    });
    return link;
  };

  const run = async (raw: string, { asTyped = false } = {}) => {
    const query = raw.trim();
    onQuery?.(query, asTyped && query !== '');
    if (query === '') {
      view.list.replaceChildren();
      view.suggestions.replaceChildren();
      view.status.textContent =
        'Type a word or a name: every place in the interview, its notes and glossary that mentions it will be listed.';
      return;
    }
    let found;
    let choices: string[] = [];
    let shown: { query: string; found: SearchHits } | undefined;
    try {
      found = await search.hits(query);
      if (found === null || !isCurrent(query)) return;
      if (found.unknown.length > 0) {
        const correction = correctQuery(query, found.unknown, (await search.vocabulary()).words);
        if (found.hits.length === 0) {
          // Nothing found: corrected at once when one correction is clearly best and finds something
          // (unless the words were asked for as typed); else the choices.
          const corrected = correction.clear === undefined || asTyped ? null : await search.hits(correction.clear);
          if (!isCurrent(query)) return;
          if (corrected && correction.clear && corrected.hits.length > 0) shown = { query: correction.clear, found: corrected };
          else choices = correction.choices;
        } else if (correction.clear) {
          // Something found: a correction is only offered, and only when it finds every word.
          const corrected = await search.hits(correction.clear);
          if (!isCurrent(query)) return;
          if (corrected?.complete && corrected.unknown.length === 0) choices = [correction.clear];
        }
      }
    } catch {
      if (!isCurrent(query)) return;
      view.status.textContent = import.meta.env.DEV
        ? 'The dev server has no search index yet (its terminal says why). `npm start` builds and serves the site with search.'
        : 'Search could not load. Reload the page to try again, or use your browser’s find on the interview page.';
      return;
    }
    shown ??= { query, found };
    const { speakers } = await search.vocabulary();
    if (!isCurrent(query)) return;
    const { hits, more } = shown.found;
    view.list.replaceChildren(...hits.map((hit) => hitItem(hit).item));
    if (more.length > 0) view.list.append(moreItem(more));
    view.suggestions.replaceChildren();

    if (shown.query !== query) {
      view.status.textContent = `${foundStatus(shown.query, shown.found, speakers)}, shown for “${quoted(query)}”, which matches nothing.`;
      view.suggestions.append('Showing results for ', queryLink(shown.query, false), ' · Search instead for ', queryLink(query, true));
      return;
    }
    view.status.textContent =
      hits.length > 0
        ? `${foundStatus(query, shown.found, speakers)}.`
        : `Nothing in the interview, its notes or glossary matches “${quoted(query)}”. Check the spelling, try a shorter word, or browse the glossary.`;
    if (choices.length === 0) return;
    view.suggestions.append('Did you mean ');
    choices.forEach((choice, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'search-suggestion';
      button.textContent = choice;
      button.addEventListener('click', () => {
        view.input.value = choice;
        view.input.focus();
        void run(choice);
      });
      view.suggestions.append(index === 0 ? '' : index === choices.length - 1 ? ' or ' : ', ', button);
    });
    view.suggestions.append('?');
  };

  view.input.addEventListener('input', () => void run(view.input.value));
  // Wired on intent: the first search's files start loading now, before the first keystroke.
  void search.load().catch(() => undefined);
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    links()[0]?.focus();
  });
  // Arrow keys move between the input and the results; Tab works as usual.
  view.root.addEventListener('keydown', (event) => {
    const shown = links();
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || shown.length === 0) return;
    const at = shown.indexOf(document.activeElement as HTMLElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') shown[Math.min(at + 1, shown.length - 1)]?.focus();
    else if (at <= 0) view.input.focus();
    else shown[at - 1]?.focus();
  });
  return run;
}
