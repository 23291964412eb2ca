/** A word or name compared without case, accents or extra spaces: `Keïta` → `keita`. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The words of a text as search matches them: case, accents and punctuation aside, one per word the text spaces apart (`l’Afrique` → `lafrique`). */
export function searchTerms(text: string): string[] {
  return fold(text)
    .split(' ')
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

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

/**
 * French articles and prepositions, as search folds them. The glossary's French names are indexed
 * without them (“État islamique Grand Sahara”), so that “AU” finds the African Union and not the
 * “au” of a French name, and a French query's “de la” decides nothing. “AU” alone is still searched.
 */
export const FRENCH_FUNCTION_WORDS: readonly string[] = [
  'au',
  'aux',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'pour',
  'dans',
  'sur',
];

/** A French article or preposition as a whole word, or elided (`l’`). */
const FRENCH_FUNCTION_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FRENCH_FUNCTION_WORDS.join('|')})(?:[’']|(?![\\p{L}\\p{N}]))`, 'giu');

/** Names as search indexes them beside a mention: joined, without French articles and prepositions (`FRENCH_FUNCTION_WORDS`). */
export function indexedNames(names: readonly string[]): string {
  return names.map((name) => name.replace(FRENCH_FUNCTION_WORD, '').replace(/\s+/g, ' ').trim()).join(', ');
}
