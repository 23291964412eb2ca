/** Loads the glossary previews the first time a reader points at or focuses a glossary link. */
export function wireGlossaryPreviews(): void {
  const wake = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.glossary-term');
    if (link) void import('./glossary-preview').then((module) => module.preview(link, event.type === 'focusin'));
  };
  document.addEventListener('pointerover', wake);
  document.addEventListener('focusin', wake);
}
