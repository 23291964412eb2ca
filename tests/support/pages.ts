export { PAGES } from '../../src/lib/pages.ts';

/** The built file a page's path is served from: `glossary/` → `glossary/index.html`, `` → `index.html`, `404.html` as it is. */
export const builtFile = (path: string) => path.replace(/(^|\/)$/, '$1index.html');

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
