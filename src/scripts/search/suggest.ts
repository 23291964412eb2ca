/**
 * “Did you mean”: the interview's own words closest to a query that found nothing
 * (`barkane` → Barkhane, `Timbuctu` → Timbuktu).
 */

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

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
