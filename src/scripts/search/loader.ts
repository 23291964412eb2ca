/**
 * The only search code a page loads before the reader shows intent: it turns the header's
 * search link into a control that opens the search dialog, and loads the interface on intent
 * (hover, focus, touch, Ctrl/⌘+K or `/`). It also marks searched words on arrival.
 */
type SearchUi = typeof import('./ui');

let ui: Promise<SearchUi> | undefined;
const loadUi = () => (ui ??= import('./ui'));

const isApple = /Mac|iPhone|iPad/.test(navigator.platform);

function isTypingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function wireSearchTrigger(): void {
  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  if (trigger) {
    trigger.setAttribute('role', 'button');
    trigger.setAttribute('aria-haspopup', 'dialog');
    trigger.setAttribute('aria-keyshortcuts', isApple ? 'Meta+K /' : 'Control+K /');
    const hint = trigger.querySelector('[data-search-shortcut]');
    if (hint) hint.textContent = isApple ? '⌘K' : 'Ctrl K';
    for (const intent of ['pointerenter', 'focus', 'touchstart'])
      trigger.addEventListener(intent, () => void loadUi(), { once: true, passive: true });
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      void loadUi().then((module) => module.openSearch());
    });
    trigger.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        trigger.click();
      }
    });
  }

  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key.toLowerCase() === 'k' && (isApple ? event.metaKey : event.ctrlKey)) || (event.key === '/' && !isTypingIn(event.target));
    if (!shortcut || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    void loadUi().then((module) => module.openSearch());
  });

  if (new URLSearchParams(location.search).has('highlight')) void import('./highlight').then((module) => module.highlightFromUrl());
}
