import { fold, indexedNames } from './words';

/** Finds glossary entries in text: whole words, exactly as the glossary's `matches` write them, longest first. */
export function termMatcher(
  terms: ReadonlyArray<{ id: string; matches: readonly string[] }>,
): (text: string) => Array<{ id: string; index: number; text: string }> {
  const owner = new Map<string, string>();
  for (const { id, matches } of terms) for (const match of matches) owner.set(match, id);
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map((match) => match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (alternatives.length === 0) return () => [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => [...text.matchAll(pattern)].map((match) => ({ id: owner.get(match[0])!, index: match.index, text: match[0] }));
}

/**
 * The names a reader may search a mention by that its own words are not (“Ibrahim Boubacar Keïta”
 * for “Boubacar Keit”), for Pagefind to index at the mention through `data-pagefind-index-attrs`:
 * a data attribute, so the page shows and screen readers read only the source's words.
 */
export function searchFormsOf(text: string, forms: readonly string[]): string {
  const own = fold(text);
  const other = [...new Set(forms.filter((form) => fold(form) !== own))];
  return indexedNames(other);
}

/** A text cut at its glossary mentions: each mention with the other names it may be searched by (`forms`, empty when none). */
export function mentionParts(
  text: string,
  terms: ReadonlyArray<{ id: string; matches: readonly string[]; searchForms?: readonly string[] }>,
): Array<{ text: string; forms: string }> {
  const parts: Array<{ text: string; forms: string }> = [];
  let last = 0;
  for (const { id, index, text: words } of termMatcher(terms)(text)) {
    if (index > last) parts.push({ text: text.slice(last, index), forms: '' });
    parts.push({ text: words, forms: searchFormsOf(words, terms.find((term) => term.id === id)?.searchForms ?? []) });
    last = index + words.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), forms: '' });
  return parts;
}
