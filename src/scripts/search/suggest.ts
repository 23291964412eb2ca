/**
 * “Did you mean”: the interview's own words closest to a query that found nothing
 * (`barkane` → Barkhane, `Timbuctu` → Timbuktu).
 */
import { editDistance, fold } from '../../lib/words';

/** How many edits a word of this length may be away and still be suggested. */
const tolerance = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * Up to `limit` words from `vocabulary` closest to `query`, best first. Words are compared
 * without case or accents; each suggestion keeps the spelling the interview uses.
 */
export function suggestWords(query: string, vocabulary: readonly string[], limit = 3): string[] {
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
  return scored.slice(0, limit).map(({ word }) => word);
}

/** The distinct words of a text, in first-seen spelling (for the vocabulary file). */
export function wordsOf(text: string): string[] {
  const words = new Map<string, string>();
  for (const [word] of text.matchAll(/\p{L}[\p{L}\p{M}’'-]*\p{L}/gu)) {
    const key = fold(word);
    if (key.length >= 3 && !words.has(key)) words.set(key, word);
  }
  return [...words.values()];
}
