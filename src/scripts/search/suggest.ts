/**
 * Corrections: the site's own words closest to a word of a query that nothing holds
 * (`barkane` → Barkhane, `Timbuctu` → Timbuktu), and whether one is clearly best.
 */
import { editDistance, fold, searchTerms } from '../../lib/words';

/** How many edits a word of this length may be away and still be suggested. */
const tolerance = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * The fewest edits a correction may be away to be made without asking: one for a word of four to
 * eight letters, two from nine (`mercenarys` → mercenaries). Shorter words are too close to too many.
 */
const sureWithin = (length: number) => (length < 4 ? 0 : length <= 8 ? 1 : 2);

/**
 * The corrections of a query whose words `unknown` (as search folds them) nothing holds: `clear`,
 * the query with each such word replaced by the one site word clearly closest to it (closer than
 * any other, and within `sureWithin`), when every one has such a word; `choices`, up to three
 * queries with the closest words, to offer when it has not. The query's other words stay as typed.
 */
export function correctQuery(
  query: string,
  unknown: readonly string[],
  vocabulary: readonly string[],
): { clear?: string; choices: string[] } {
  const typed = query.split(/(\s+)/);
  const at = (term: string) => typed.findIndex((word) => searchTerms(word).join('') === term);
  const wrong = unknown.map((term) => ({ index: at(term), closest: closestWords(term, vocabulary, 3) })).filter(({ index }) => index >= 0);
  if (wrong.length === 0 || wrong.some(({ closest }) => closest.length === 0)) return { choices: [] };
  const replaced = (pick: (closest: Closest[]) => string) => {
    const words = [...typed];
    for (const { index, closest } of wrong) words[index] = words[index]!.replace(/[\p{L}\p{N}'’-]+/u, pick(closest));
    return words.join('').trim();
  };
  const sure = wrong.every(
    ({ index, closest: [best, next] }) =>
      best!.distance <= sureWithin(fold(typed[index]!).length) && (next === undefined || next.distance > best!.distance),
  );
  const [first] = wrong;
  const choices = first!.closest.map((_, choice) =>
    replaced((closest) => (closest === first!.closest ? closest[choice]! : closest[0]!).word),
  );
  return sure ? { clear: choices[0]!, choices } : { choices };
}

interface Closest {
  word: string;
  distance: number;
}

/** Up to `limit` words of `vocabulary` within a tolerance of edits of `query`, closest first. */
function closestWords(query: string, vocabulary: readonly string[], limit: number): Closest[] {
  const wanted = fold(query.trim());
  if (wanted.length < 3) return [];
  const scored: Array<{ word: string; distance: number }> = [];
  const seen = new Set<string>();
  for (const word of vocabulary) {
    const folded = fold(word);
    if (seen.has(folded) || folded === wanted || Math.abs(folded.length - wanted.length) > tolerance(wanted.length)) continue;
    seen.add(folded);
    const distance = editDistance(wanted, folded);
    if (distance <= tolerance(wanted.length)) scored.push({ word, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word));
  return scored.slice(0, limit);
}

/** The distinct words of a text, in first-seen spelling and without a possessive `’s` (for the vocabulary file). */
export function wordsOf(text: string): string[] {
  const words = new Map<string, string>();
  for (const [found] of text.matchAll(/\p{L}[\p{L}\p{M}’'-]*\p{L}/gu)) {
    const word = found.replace(/[’']s$/u, '');
    const key = fold(word);
    if (key.length >= 3 && !words.has(key)) words.set(key, word);
  }
  return [...words.values()];
}
