/** Every page of the site, relative to its base path. */
export const PAGES = [
  { path: '', name: 'interview' },
  { path: 'glossary/', name: 'glossary' },
  { path: 'about/', name: 'about' },
  { path: 'search/', name: 'search' },
  { path: '404.html', name: '404' },
] as const;

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
