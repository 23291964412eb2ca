import { SITE_IDS } from '../lib/site-ids';
import stylesheet from '../styles/glossary-preview.css?url';

import type { GlossarySummaries } from '../lib/json-endpoints';

type GlossarySummary = GlossarySummaries[string];

/**
 * The entries of a `glossary.json` answer that have the expected shape; anything else (`null`, a
 * list, an entry without its words) is left out, so its links stay plain links.
 */
function summariesFrom(json: unknown): Map<string, GlossarySummary> {
  const entries = new Map<string, GlossarySummary>();
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return entries;
  for (const [id, value] of Object.entries(json as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const { term, summary, since } = value as Record<string, unknown>;
    if (typeof term !== 'string' || typeof summary !== 'string' || (since !== undefined && typeof since !== 'string')) continue;
    entries.set(id, since === undefined ? { term, summary } : { term, summary, since });
  }
  return entries;
}

/**
 * The glossary preview of one `<transcript-links>`: a glossary entry's summary beside its link, on
 * hover or focus, without leaving the page (the link still leads to the full entry). Escape, or
 * leaving link and preview, hides it. Made inside the host on first use.
 */
export class GlossaryPreview {
  readonly #box = document.createElement('div');
  readonly #entries: Promise<Map<string, GlossarySummary>>;
  readonly #listening = new AbortController();
  readonly #stylesheet = document.createElement('link');
  readonly #styled: Promise<unknown>;
  #current: HTMLAnchorElement | undefined;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: HTMLElement) {
    this.#entries = fetch(`${import.meta.env.BASE_URL}glossary.json`)
      .then(async (response) => summariesFrom(response.ok ? await response.json() : null))
      .catch(() => summariesFrom(null));
    const box = this.#box;
    box.id = SITE_IDS.glossaryPreview;
    box.className = 'glossary-preview';
    box.setAttribute('popover', 'manual');
    box.setAttribute('role', 'tooltip');
    const { signal } = this.#listening;
    box.addEventListener('pointerenter', () => clearTimeout(this.#hideTimer), { signal });
    box.addEventListener('pointerleave', () => this.#scheduleHide(), { signal });
    // Its styles come with it, as a stylesheet of the site (the CSP allows no inline style).
    const link = this.#stylesheet;
    link.rel = 'stylesheet';
    link.href = stylesheet;
    this.#styled = new Promise((done) => {
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
    });
    host.append(link, box);
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.#isOpen()) this.#hide();
      },
      { signal },
    );
    // It is placed beside its link on screen: when the page moves it follows the link, and goes
    // when the link leaves the window.
    addEventListener(
      'scroll',
      () => {
        if (!this.#current || !this.#isOpen()) return;
        const link = this.#current.getBoundingClientRect();
        if (link.bottom < 0 || link.top > window.innerHeight) this.#hide();
        else this.#place(this.#current);
      },
      { passive: true, signal },
    );
  }

  /** Shows the preview for a glossary link; `byFocus` hides it again when focus leaves the link. */
  async show(link: HTMLAnchorElement, byFocus: boolean): Promise<void> {
    clearTimeout(this.#hideTimer);
    if (this.#current === link) return;
    const [entries] = await Promise.all([this.#entries, this.#styled]);
    // The entry's id is the link's fragment (`/glossary/#ecowas`); ids are lowercase ASCII (SLUG_FILE_NAME).
    const entry = entries.get(link.hash.slice(1));
    if (!entry) return;
    const box = this.#box;
    const title = document.createElement('strong');
    title.textContent = entry.term;
    const summary = document.createElement('span');
    summary.textContent = ` ${entry.summary}`;
    box.replaceChildren(title, summary);
    if (entry.since) {
      const since = document.createElement('span');
      since.className = 'since';
      since.textContent = `Since then: ${entry.since}`;
      box.append(since);
    }
    this.#current?.removeAttribute('aria-describedby');
    this.#current = link;
    link.setAttribute('aria-describedby', box.id);
    if (!this.#isOpen()) box.showPopover();
    this.#place(link);
    link.addEventListener('pointerleave', () => this.#scheduleHide(), { once: true });
    if (byFocus) link.addEventListener('focusout', () => this.#hide(), { once: true });
  }

  /** Takes the preview and its listeners away (its host left the page). */
  remove(): void {
    this.#hide();
    this.#listening.abort();
    this.#box.remove();
    this.#stylesheet.remove();
  }

  #isOpen(): boolean {
    return this.#box.matches(':popover-open');
  }

  #scheduleHide(): void {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => this.#hide(), 300);
  }

  #hide(): void {
    clearTimeout(this.#hideTimer);
    if (this.#isOpen()) this.#box.hidePopover();
    this.#current?.removeAttribute('aria-describedby');
    this.#current = undefined;
  }

  #place(link: HTMLElement): void {
    const box = this.#box;
    const anchor = link.getBoundingClientRect();
    const width = Math.min(22 * 16, window.innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
    box.style.width = `${width}px`;
    box.style.left = `${left}px`;
    const below = anchor.bottom + 6;
    const height = box.offsetHeight;
    box.style.top = `${below + height > window.innerHeight ? Math.max(8, anchor.top - height - 6) : below}px`;
  }
}
