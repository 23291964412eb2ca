/**
 * Reads a reader's query and orders the passages Pagefind found by how well each answers it.
 * Pagefind ranks pages, and lists a page's passages (its sub-results) in page order with every
 * passage that holds any one of the words; this scores each passage from the words at its match
 * locations instead.
 */
import { fold, FRENCH_FUNCTION_WORDS, searchTerms } from '../../lib/words';

/** Who speaks a turn, as the search data names them (src/lib/json-endpoints.ts). */
export type SpeakerRole = 'interviewer' | 'interviewee';

/** A turn of the interview, as its public id says (`q4`: the interviewer's fourth question). */
export interface TurnRef {
  speaker: SpeakerRole;
  number: number;
}

/** A passage Pagefind found: what to show, and the words at its match locations. */
export interface Candidate<T> {
  item: T;
  /** Whether it is a passage of the interview (listed before the glossary and About on equal footing). */
  interview: boolean;
  /** The turn it is, when it is one. */
  turn?: TurnRef;
  /** Whether it is an editorial note: the editors' words, listed after the source's on equal footing. */
  note?: boolean;
  /** Each match location: the indexed word there, its position on the page, and Pagefind's weight (headings weigh more than 1). */
  matches: ReadonlyArray<{ word: string; location: number; weight: number }>;
}

/** Words that never make a passage a match on their own: English ones, and French ones from the names readers type (“sanctions de la CEDEAO”). */
const STOP_WORDS = new Set([
  ...'a an and are as at be been being but by for from had has have he her his i in into is it its of on or our she so than that the their them there these they this to was we were what which who will with you'.split(
    ' ',
  ),
  ...FRENCH_FUNCTION_WORDS,
]);

/**
 * Words a question is made of that say nothing about what it asks (“what did Tine say about
 * elections”): Pagefind is not asked for them, and they never decide the order.
 */
const QUESTION_WORDS = new Set(
  'what who whom whose which when where why how do does did done doing say says said saying tell tells told talk talks talked speak speaks spoke think thinks thought mean means meant about explain explains explained ask asks asked asking answer answers answered reply replies replied can could would should me please any anything'.split(
    ' ',
  ),
);

/**
 * The share of a query's meaning (its words weighted by rarity) a turn must hold to be listed with
 * the passages that hold all of it: “which countries are threatened by the armed groups” lists A2,
 * which lacks only “armed”, beside the glossary entries that have every word.
 */
const NEARLY_ALL = 0.7;

/**
 * How much a word the interview's own text lacks weighs, against its rarity on the site: enough that
 * “Africa Corps” finds the timeline's Africa Corps rather than every turn that says “Africa”, little
 * enough that “Russian mercenaries” still lists Q4, which has “mercenaries”, with the pages that have both.
 */
const OUTSIDE_WEIGHT = 0.25;

/** Words readers call the speakers by besides their names: “what did the expert say about…”. */
const ROLE_WORDS: Readonly<Record<SpeakerRole, readonly string[]>> = {
  interviewer: ['interviewer', 'journalist', 'reporter'],
  interviewee: ['expert', 'interviewee'],
};

/** A query as search reads it. */
export interface SearchQuery {
  /** What Pagefind is asked: the query without its question words and the speakers' names, when other words remain. */
  searched: string;
  /** The words of `searched` as Pagefind matches them (case, accents and punctuation aside). */
  terms: string[];
  /** Whether it asks for the exact phrase (in quotes). */
  exact: boolean;
  /** The speakers the query names (“what did Tine say…”), whose turns come first. */
  speakers: SpeakerRole[];
}

/**
 * Reads `query`: drops the words that only make it a question and the names of the interview's
 * speakers (`names`, each speaker's names as readers may type them), noting whose turns it asks
 * for. A quoted query, or one with nothing else, is searched as typed.
 */
export function readQuery(
  query: string,
  names: Readonly<Record<SpeakerRole, readonly string[]>> = { interviewer: [], interviewee: [] },
): SearchQuery {
  const exact = /^\s*".+"\s*$/.test(query);
  const typed = query.trim().split(/\s+/).filter(Boolean);
  const nameWords = (Object.keys(names) as SpeakerRole[]).map((role) => ({
    role,
    words: new Set([...names[role].flatMap(searchTerms).filter((word) => word.length >= 3), ...ROLE_WORDS[role]]),
  }));
  const speakers = new Set<SpeakerRole>();
  const kept = typed.filter((word) => {
    const [folded = ''] = searchTerms(word);
    if (QUESTION_WORDS.has(folded)) return false;
    const speaker = nameWords.find(({ words }) => words.has(folded));
    if (speaker) speakers.add(speaker.role);
    return !speaker;
  });
  const meaningful = kept.some((word) => searchTerms(word).some((folded) => !STOP_WORDS.has(folded)));
  if (exact || !meaningful) return { searched: query.trim(), terms: searchTerms(query), exact, speakers: [] };
  const searched = kept.join(' ');
  return { searched, terms: searchTerms(searched), exact, speakers: [...speakers] };
}

/** Which of the query's words carry its meaning: not stop-words or question words, unless it has nothing else. */
function meaningOf(terms: readonly string[]): boolean[] {
  const meaningful = terms.map((term) => !STOP_WORDS.has(term) && !QUESTION_WORDS.has(term));
  return meaningful.includes(true) ? meaningful : meaningful.fill(true);
}

/** The query's words of meaning, as `terms` has them: those a page a result opens marks. */
export function meaningWords(query: SearchQuery): string[] {
  const meaningful = meaningOf(query.terms);
  return query.terms.filter((_, index) => meaningful[index]);
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

/** The passages that answer a query, best first. */
export interface RankedPassages<T> {
  /** Those to list: every passage that holds all of the query's meaning; when none does, every passage that holds some. */
  shown: T[];
  /** The passages with only some of it, when others hold all of it: listed apart. */
  more: T[];
  /** Whether `shown` hold all of the query's meaning. */
  complete: boolean;
  /** The query's words that nothing found holds, as `terms` has them: what a correction may replace. */
  unknown: string[];
}

/**
 * The candidates that answer `query`, best first. Each word of meaning (not a stop-word) is
 * weighted by how rare it is among the passages of the interview's own text that were found, so
 * that the rarer word decides; a word that text lacks weighs a fraction of its rarity on the site
 * (OUTSIDE_WEIGHT). A passage holds the query's meaning when it has every word; a turn is listed
 * with those when it holds nearly all of the weight (NEARLY_ALL). Ranked by, in turn: being
 * listed; being a turn of the speaker the query names (a turn then also counts its question's or
 * answer's words: what Tine said about the mercenaries is his answer to the question about them);
 * interview passages before other pages (the glossary and About explain the interview, and their
 * longer texts hold more words), the source's words before the editors' notes; holding every
 * word; the words as a phrase or close together; the weight of the words it has, a word in the
 * text counting more than one only in a heading; then page order. A quoted query needs the exact
 * phrase to be held whole.
 */
export function rankPassages<T>(query: SearchQuery, candidates: ReadonlyArray<Candidate<T>>): RankedPassages<T> {
  const { terms, exact } = query;
  const meaningful = meaningOf(terms);

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
    return { candidate, order, best, positions, own: best.map((value, index) => meaningful[index]! && value > 0) };
  });

  // A turn of a speaker the query names also holds the words of the turn it pairs with (q4 with a4).
  const named = (turn: TurnRef | undefined) => turn !== undefined && query.speakers.includes(turn.speaker);
  const partnerOf = (turn: TurnRef) =>
    scored.find(({ candidate: { turn: other } }) => other?.number === turn.number && other.speaker !== turn.speaker);
  const paired = scored.map((entry) => (named(entry.candidate.turn) ? partnerOf(entry.candidate.turn!) : undefined));

  const matching = scored.filter(({ own }) => own.includes(true));
  const found = scored.filter(({ own }, index) => own.includes(true) || paired[index]?.own.includes(true));
  const unknown = terms.filter((_, index) => meaningful[index] && !matching.some(({ own }) => own[index]));
  // Rarity among the interview's passages; among all passages when the interview has none of the words.
  const rarityIn = (pool: typeof matching) =>
    terms.map((_, index) => {
      const holding = pool.filter(({ own }) => own[index]).length;
      return holding === 0 ? 0 : Math.log(1 + pool.length / holding);
    });
  // The source's words: the editors' notes on the interview page are not the interview's.
  const inSource = rarityIn(matching.filter(({ candidate }) => candidate.interview && !candidate.note));
  const onSite = rarityIn(matching);
  // A word the interview's own text lacks (“Russian”, “Corps”) weighs a fraction of its rarity on the site.
  const rarity = inSource.some((value) => value > 0)
    ? inSource.map((value, index) => (value > 0 ? value : OUTSIDE_WEIGHT * onSite[index]!))
    : onSite;
  const weighs = rarity.map((value, index) => meaningful[index]! && value > 0);
  const meaning = rarity.reduce((sum, value, index) => sum + (weighs[index] ? value : 0), 0);

  const ranked = found.map((entry) => {
    const partner = paired[entry.order];
    const held = entry.own.map((value, index) => value || (partner?.own[index] ?? false));
    const ownFull = weighs.every((needed, index) => !needed || entry.own[index]);
    const full = weighs.every((needed, index) => !needed || held[index]) && (!exact || (terms.length > 1 && hasPhrase(entry.positions)));
    // The share of the query's meaning held: a turn lacking only a common word stands with those holding all of it.
    const share = meaning > 0 ? rarity.reduce((sum, value, index) => sum + (weighs[index] && held[index] ? value : 0), 0) / meaning : 0;
    const listed = full || (entry.candidate.interview && !entry.candidate.note && !exact && share >= NEARLY_ALL);
    let closeness = 0;
    if (ownFull && weighs.filter(Boolean).length > 1) {
      // The words that weigh, one after another or close: “the” or “of” between them, or a name
      // indexed beside a mention (“AU, Union africaine” before “African Union”), change nothing.
      const inMeaning = entry.positions.filter((_, index) => weighs[index]);
      closeness = hasPhrase(inMeaning) ? 2 : narrowestSpan(inMeaning) <= terms.length + 3 ? 1 : 0;
    }
    const strength = (index: number) => Math.max(entry.best[index]!, (partner?.best[index] ?? 0) / 2);
    const score = terms.reduce((sum, _, index) => sum + (held[index] && weighs[index] ? strength(index) * rarity[index]! : 0), 0);
    return { ...entry, full, listed, preferred: named(entry.candidate.turn), closeness, score: Math.round(score * 1e6) / 1e6 };
  });
  ranked.sort(
    (a, b) =>
      Number(b.listed) - Number(a.listed) ||
      Number(b.preferred) - Number(a.preferred) ||
      Number(b.candidate.interview) - Number(a.candidate.interview) ||
      Number(a.candidate.note ?? false) - Number(b.candidate.note ?? false) ||
      Number(b.full) - Number(a.full) ||
      b.closeness - a.closeness ||
      b.score - a.score ||
      a.order - b.order,
  );
  const complete = ranked.some(({ full }) => full);
  const shown = ranked.filter(({ listed }) => listed).map(({ candidate }) => candidate.item);
  const more = ranked.filter(({ listed }) => !listed).map(({ candidate }) => candidate.item);
  return complete ? { shown, more, complete, unknown } : { shown: [...shown, ...more], more: [], complete, unknown };
}
