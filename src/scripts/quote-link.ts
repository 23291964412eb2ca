import { collapse, directiveForSelection, findTextDirective, formatTextDirective, parseTextDirective } from '../lib/text-fragment';
import stylesheet from '../styles/quote-link.css?url';

/**
 * Links to quotes, for one `<transcript-links>` (loaded on the first selection in it, or for an
 * address that still holds a text directive):
 * - selecting words inside a turn shows a “Copy link to quote” button just below the selection; it
 *   copies the turn's address with a text fragment (`/#a3:~:text=glimmer%20of%20hope`), said in the
 *   transcript's live region. The first Tab after selecting moves it into the document where the
 *   selection ends and focuses it (until then it waits at the end of the transcript, where it cannot
 *   stop a selection made with Shift and the arrow keys); Escape hides it and gives focus back; it
 *   goes when the selection does. A selection across two turns offers the first turn's own link;
 *   one outside any turn, nothing.
 * - in a browser without text fragments (no `document.fragmentDirective`, the directive left in
 *   `location.hash`), the words are marked (<mark>, the site's mark colours) and brought into view.
 */
export class QuoteLinks {
  readonly #host: HTMLElement;
  readonly #say: (message: string) => void;
  readonly #button: HTMLButtonElement;
  #address = '';
  #label = '';
  #returnFocusTo: Element | null = null;

  constructor(host: HTMLElement, say: (message: string) => void) {
    this.#host = host;
    this.#say = say;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    document.head.append(link);
    const button = (this.#button = document.createElement('button'));
    button.type = 'button';
    button.className = 'quote-link';
    button.hidden = true;
    // Pressing it must not move the selection it is about.
    button.addEventListener('pointerdown', (event) => event.preventDefault());
    button.addEventListener('click', () => this.#copy());
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#dismiss();
    });
    host.append(button);
    let pending = 0;
    document.addEventListener('selectionchange', () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => this.#update());
    });
    // The first Tab after selecting goes to the button (a click in the text focuses <main>, so the
    // browser's own next stop would be the top of the page); the Tab after it goes on from there.
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab' || event.shiftKey || button.hidden || document.activeElement === button) return;
      if (document.activeElement?.closest('input, textarea, select, dialog')) return;
      const range = getSelection()?.rangeCount ? getSelection()!.getRangeAt(0) : undefined;
      if (!range) return;
      event.preventDefault();
      this.#returnFocusTo = document.activeElement;
      this.#place(range);
      this.#position(range);
      button.focus();
    });
    this.#update();
    if (location.hash.includes(':~:') && !('fragmentDirective' in document)) markQuote(host, location.hash.slice(1));
  }

  /** The fallback for browsers without text fragments, for a caller that has this class (a test). */
  static mark(host: HTMLElement, fragment: string): void {
    markQuote(host, fragment);
  }

  /** Shows, moves or hides the button for the current selection. */
  #update(): void {
    const selection = getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
    const turnOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.turn');
    const first = range && this.#host.contains(range.startContainer) ? turnOf(range.startContainer) : undefined;
    if (!range || !first) {
      // The button keeps its place while it has focus (Tab from the selection onto it).
      if (document.activeElement !== this.#button) this.#putAway();
      return;
    }
    const base = `${location.origin}${location.pathname}#${first.id}`;
    if (turnOf(range.endContainer) !== first) {
      this.#address = base;
      this.#label = `Copy link to ${first.id.toUpperCase()}`;
    } else {
      const blockOf = (node: Node) => (node instanceof Element ? node : node.parentElement)!.closest('p, li, figcaption, .turn')!;
      const around = document.createRange();
      around.setStart(blockOf(range.startContainer), 0);
      around.setEnd(range.startContainer, range.startOffset);
      const before = textOf(around);
      around.setStart(range.endContainer, range.endOffset);
      around.setEndAfter(blockOf(range.endContainer).lastChild ?? blockOf(range.endContainer));
      const after = textOf(around);
      const directive = directiveForSelection(before, textOf(range), after, collapse(document.body.innerText));
      if (!directive) {
        this.#button.hidden = true;
        return;
      }
      this.#address = `${base}:~:${formatTextDirective(directive)}`;
      this.#label = 'Copy link to quote';
    }
    this.#button.textContent = this.#label;
    this.#button.hidden = false;
    this.#position(range);
  }

  /** Below the last line of the selection, never over the selected words. */
  #position(range: Range): void {
    const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const last = lines.at(-1) ?? range.getBoundingClientRect();
    const box = (this.#button.offsetParent ?? this.#host).getBoundingClientRect();
    const width = this.#button.offsetWidth;
    this.#button.style.top = `${last.bottom - box.top + 6}px`;
    this.#button.style.left = `${Math.max(0, Math.min(last.left - box.left, box.width - width))}px`;
  }

  /** Escape on the button: it goes, and focus goes back to where it was; the selection stays. */
  #dismiss(): void {
    const back = this.#returnFocusTo;
    this.#returnFocusTo = null;
    this.#putAway();
    if (back instanceof HTMLElement && back !== document.body) back.focus();
  }

  /** Hides the button and takes it out of the text, to the end of the transcript. */
  #putAway(): void {
    this.#button.hidden = true;
    if (this.#host.lastChild !== this.#button) this.#host.append(this.#button);
  }

  /**
   * Puts the button in the document right where the selection ends (splitting the text there), so
   * that the Tab after it goes on from the selection; outside a link, so a press never follows one.
   * It is positioned out of the flow: no word moves.
   */
  #place(range: Range): void {
    const button = this.#button;
    let container = range.endContainer;
    let offset = range.endOffset;
    if (container instanceof Text) {
      if (offset > 0 && offset < container.length) container.splitText(offset);
      offset = [...container.parentNode!.childNodes].indexOf(container) + (offset > 0 ? 1 : 0);
      container = container.parentNode!;
    }
    const link = (container instanceof Element ? container : container.parentElement)?.closest('a');
    if (link) link.after(button);
    else if (container.childNodes[offset] !== button && container.childNodes[offset - 1] !== button)
      container.insertBefore(button, container.childNodes[offset] ?? null);
  }

  #copy(): void {
    const address = this.#address;
    navigator.clipboard
      ?.writeText(address)
      .then(() => this.#say(`${this.#label === 'Copy link to quote' ? 'Link to quote' : this.#label.slice(5)} copied: ${address}`))
      .catch(() => this.#say(`Copy this link to the quote: ${address}`));
  }
}

/**
 * For a browser without text fragments: marks the words of `fragment`'s text directive
 * (`a3:~:text=…`) in the turn it names (or anywhere in `host`) and brings them into view; without
 * the words, brings the turn into view.
 */
export function markQuote(host: HTMLElement, fragment: string): void {
  const directive = parseTextDirective(fragment);
  if (!directive) return;
  let id = '';
  try {
    id = decodeURIComponent(fragment.split(':~:')[0] ?? '');
  } catch {
    // a malformed %-escape names no turn: the words are looked for in the whole transcript
  }
  const root = (id && document.getElementById(id)) || host;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const found = findTextDirective(nodes.map((node) => node.data).join(''), directive);
  if (!found) {
    root.scrollIntoView();
    return;
  }
  const [from, to] = found;
  const marks: HTMLElement[] = [];
  let offset = 0;
  for (const node of nodes) {
    const start = Math.max(from - offset, 0);
    const end = Math.min(to - offset, node.length);
    offset += node.length;
    if (end <= start || !node.data.slice(start, end).trim()) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const mark = document.createElement('mark');
    mark.className = 'quote-mark';
    range.surroundContents(mark);
    marks.push(mark);
  }
  marks[0]?.scrollIntoView({ block: 'center' });
}

/** A range's text without the quote button's label, which sits in the text where the selection ends. */
function textOf(range: Range): string {
  const contents = range.cloneContents();
  for (const button of contents.querySelectorAll('.quote-link')) button.remove();
  return contents.textContent ?? '';
}
