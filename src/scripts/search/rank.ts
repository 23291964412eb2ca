/**
 * Orders the passages Pagefind found by how well each matches the query. Pagefind ranks pages, and
 * lists a page's passages (its sub-results) in page order with every passage that holds any one
 * of the words; this scores each passage from the words at its match locations instead.
 */
import { fold } from '../../lib/words';

/** A passage Pagefind found: what to show, and the words at its match locations. */
export interface Candidate<T> {
  item: T;
  /** Whether it is a passage of the interview (listed before the glossary and About on equal footing). */
  interview: boolean;
  /** Each match location: the indexed word there, its position on the page, and Pagefind's weight (headings weigh more than 1). */
  matches: ReadonlyArray<{ word: string; location: number; weight: number }>;
}

/** Words that never make a passage a match on their own. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he her his i in into is it its of on or our she so than that the their them there these they this to was we were what which who will with you'.split(
    ' ',
  ),
);

/** The words of a query as Pagefind searches them (case, accents and punctuation aside), and whether it asks for the exact phrase. */
export function queryTerms(query: string): { terms: string[]; exact: boolean } {
  const exact = /^\s*".+"\s*$/.test(query);
  const terms = fold(query)
    .split(' ')
    .map((term) => term.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  return { terms, exact };
}

/**
 * How closely an indexed word matches a query term: 1 for the word itself, less for a longer word
 * it starts (`au` in `authorities`) or a word sharing its stem (`elections`, `election`).
 */
function similarity(term: string, word: string): number {
  if (word === term) return 1;
  if (word.startsWith(term)) return term.length / word.length;
  let common = 0;
  while (common < term.length && term[common] === word[common]) common += 1;
  return common >= Math.min(3, term.length) ? common / Math.max(term.length, word.length) : 0;
}

/** Whether the terms appear one after another, in order, somewhere in the passage. */
function hasPhrase(positions: ReadonlyArray<ReadonlySet<number>>): boolean {
  const [first, ...rest] = positions;
  return [...(first ?? [])].some((start) => rest.every((set, index) => set.has(start + index + 1)));
}

/** The fewest words that hold at least one match of every term. */
function narrowestSpan(positions: ReadonlyArray<ReadonlySet<number>>): number {
  const all = positions.flatMap((set, term) => [...set].map((at) => ({ at, term }))).sort((a, b) => a.at - b.at);
  const count = new Map<number, number>();
  let best = Infinity;
  let from = 0;
  for (const { at, term } of all) {
    count.set(term, (count.get(term) ?? 0) + 1);
    while (count.size === positions.length) {
      const start = all[from]!;
      best = Math.min(best, at - start.at + 1);
      const left = count.get(start.term)! - 1;
      if (left === 0) count.delete(start.term);
      else count.set(start.term, left);
      from += 1;
    }
  }
  return best;
}

/**
 * The candidates that match `query`, best first: `full` holds those with every word of the query
 * (stop-words aside), `partial` those with only some. Ranked by, in turn: the words as a phrase or
 * close together over scattered ones; rarer words over common ones, and a word in the text over one
 * only in a heading; then interview passages before other pages; then the order given (page order).
 * A quoted query needs the exact phrase for a full match.
 */
export function rankPassages<T>(query: string, candidates: ReadonlyArray<Candidate<T>>): { full: T[]; partial: T[] } {
  const { terms, exact } = queryTerms(query);
  const meaningful = terms.map((term) => !STOP_WORDS.has(term));
  if (!meaningful.includes(true)) meaningful.fill(true);

  const scored = candidates.map((candidate, order) => {
    const best = terms.map(() => 0);
    const positions = terms.map(() => new Set<number>());
    for (const { word, location, weight } of candidate.matches) {
      // The word as the page has it (“MINUSMA/Marco”, “(ECOWAS).”): whole, and in the parts Pagefind also indexes.
      const folded = fold(word);
      const forms = [folded.replace(/[^\p{L}\p{N}]/gu, ''), ...folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)];
      let at = -1;
      let top = 0;
      terms.forEach((term, index) => {
        const value = Math.max(...forms.map((form) => similarity(term, form)));
        if (value > top) [at, top] = [index, value];
      });
      if (at < 0) continue;
      positions[at]!.add(location);
      // A heading's words weigh more in Pagefind; here a match in the text counts more than one only in a title.
      best[at] = Math.max(best[at]!, weight > 1 ? top / 2 : top);
    }
    const matched = terms.map((_, index) => meaningful[index]! && best[index]! > 0);
    return { candidate, order, best, positions, matched };
  });

  const found = scored.filter(({ matched }) => matched.includes(true));
  const rarity = terms.map((_, index) => Math.log(1 + found.length / Math.max(1, found.filter(({ matched }) => matched[index]).length)));
  const wanted = meaningful.filter(Boolean).length;
  const ranked = found.map((entry) => {
    const count = entry.matched.filter(Boolean).length;
    const phrase = terms.length > 1 && hasPhrase(entry.positions);
    let full = count === wanted && (!exact || phrase);
    let closeness = 0;
    if (full && wanted > 1) {
      const inMeaning = entry.positions.filter((_, index) => meaningful[index]);
      closeness = phrase ? 2 : narrowestSpan(inMeaning) <= terms.length + 3 ? 1 : 0;
    }
    if (exact && !phrase) full = false;
    const score = entry.best.reduce((sum, value, index) => sum + (entry.matched[index] ? value * rarity[index]! : 0), 0);
    return { ...entry, full, closeness, score: Math.round(score * 1e6) / 1e6 };
  });
  ranked.sort(
    (a, b) =>
      Number(b.full) - Number(a.full) ||
      b.closeness - a.closeness ||
      b.score - a.score ||
      Number(b.candidate.interview) - Number(a.candidate.interview) ||
      a.order - b.order,
  );
  return {
    full: ranked.filter(({ full }) => full).map(({ candidate }) => candidate.item),
    partial: ranked.filter(({ full }) => !full).map(({ candidate }) => candidate.item),
  };
}
