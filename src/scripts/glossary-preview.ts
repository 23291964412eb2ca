import '../styles/glossary-preview.css';

/**
 * Shows a glossary entry's summary beside its link, on hover or focus, without leaving the page.
 * The link still leads to the full entry. Escape, or leaving link and preview, hides it.
 */
interface GlossarySummary {
  term: string;
  summary: string;
  since?: string;
}

let entries: Promise<Record<string, GlossarySummary>> | undefined;
function loadEntries(): Promise<Record<string, GlossarySummary>> {
  entries ??= fetch(`${import.meta.env.BASE_URL}glossary.json`)
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, GlossarySummary>>) : {}))
    .catch(() => ({}));
  return entries;
}

let box: HTMLElement | undefined;
let current: HTMLAnchorElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function popover(): HTMLElement {
  if (box) return box;
  box = document.createElement('div');
  box.id = 'glossary-preview';
  box.className = 'glossary-preview';
  box.setAttribute('popover', 'manual');
  box.setAttribute('role', 'tooltip');
  box.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  box.addEventListener('pointerleave', scheduleHide);
  document.body.append(box);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && box?.matches(':popover-open')) hide();
  });
  // It is placed beside its link on screen: when the page moves it follows the link, and goes
  // when the link leaves the window.
  addEventListener(
    'scroll',
    () => {
      if (!current || !box?.matches(':popover-open')) return;
      const link = current.getBoundingClientRect();
      if (link.bottom < 0 || link.top > window.innerHeight) hide();
      else place(box, current);
    },
    { passive: true },
  );
  return box;
}

function scheduleHide(): void {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, 300);
}

function hide(): void {
  clearTimeout(hideTimer);
  if (box?.matches(':popover-open')) box.hidePopover();
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

/** Shows the preview for a glossary link. */
export async function preview(link: HTMLAnchorElement, byFocus: boolean): Promise<void> {
  clearTimeout(hideTimer);
  if (current === link) return;
  const entry = (await loadEntries())[link.dataset.glossary ?? ''];
  if (!entry) return;
  const element = popover();
  const title = document.createElement('strong');
  title.textContent = entry.term;
  const summary = document.createElement('span');
  summary.textContent = ` ${entry.summary}`;
  element.replaceChildren(title, summary);
  if (entry.since) {
    const since = document.createElement('span');
    since.className = 'since';
    since.textContent = `Since then: ${entry.since}`;
    element.append(since);
  }
  current?.removeAttribute('aria-describedby');
  current = link;
  link.setAttribute('aria-describedby', element.id);
  if (!element.matches(':popover-open')) element.showPopover();
  place(element, link);
  link.addEventListener('pointerleave', scheduleHide, { once: true });
  if (byFocus) link.addEventListener('focusout', hide, { once: true });
}

function place(element: HTMLElement, link: HTMLElement): void {
  const anchor = link.getBoundingClientRect();
  const width = Math.min(22 * 16, window.innerWidth - 16);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
  element.style.width = `${width}px`;
  element.style.left = `${left}px`;
  const below = anchor.bottom + 6;
  const height = element.offsetHeight;
  element.style.top = `${below + height > window.innerHeight ? Math.max(8, anchor.top - height - 6) : below}px`;
}
