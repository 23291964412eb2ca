/**
 * The ids the site gives elements itself. A heading's id comes from its words, so a heading may
 * not take one of these: two elements with one id would send a shared link to the wrong place.
 */
export const SITE_IDS = {
  /** The skip link's target. */
  main: 'main',
  /** The interview's byline, and so its header (kicker, title, standfirst, byline). */
  introduction: 'introduction',
  /** The interview's standfirst: an event of the timeline refers to it. */
  standfirst: 'standfirst',
  /** The heading of the editorial notes: `/#editorial-notes`. */
  notes: 'editorial-notes',
  /** The heading of the contents beside the transcript. */
  tocHeading: 'toc-heading',
  /** The header's search control (`<site-search>`); its dialog and the parts in it take ids that start with it. */
  search: 'search',
  /** The glossary preview beside a glossary link. */
  glossaryPreview: 'glossary-preview',
  /** The glossary's map of places: `/glossary/#map`. */
  map: 'map',
} as const;

/** Families of ids the site makes: turns, photos, notes and their references (GFM's `user-content-` prefix). */
const SITE_ID_PATTERNS: ReadonlyArray<{ pattern: RegExp; what: string; interviewOnly: boolean }> = [
  { pattern: /^[qa]\d+$/, what: 'a question’s or answer’s (q1…, a1…)', interviewOnly: true },
  { pattern: /^photo-/, what: 'a photo’s (photo-…)', interviewOnly: true },
  { pattern: /^(user-content-|footnote-label$)/, what: 'an editorial note’s', interviewOnly: false },
  { pattern: /^search-/, what: 'the search dialog’s', interviewOnly: false },
  { pattern: /^map-/, what: 'a place’s on the glossary’s map (map-…)', interviewOnly: false },
];

/**
 * What the site uses an id for, or `undefined` when a heading may take it. Turn and photo ids
 * exist on the interview page only, so other pages' headings may look like them.
 */
export function siteIdUse(id: string, { interview }: { interview: boolean }): string | undefined {
  const name = Object.entries(SITE_IDS).find(([, value]) => value === id)?.[0];
  if (name) return `the site’s own (${name})`;
  return SITE_ID_PATTERNS.find(({ pattern, interviewOnly }) => (interview || !interviewOnly) && pattern.test(id))?.what;
}
