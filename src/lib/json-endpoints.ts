/** The JSON files the site serves for its own scripts: one type each, shared by endpoint and client. */

/** `/glossary.json`: each entry's term, summary and “since then”, for the previews in the transcript. */
export type GlossarySummaries = Record<string, { term: string; summary: string; since?: string }>;

/**
 * `/search-words.json`: what search knows besides Pagefind's index. `words`: the words readers see,
 * and the other names the glossary gives, for corrections and “did you mean”; `speakers`: the names
 * a reader may call each speaker by, for “what did Tine say about…”; `names`: every name indexed
 * beside a mention.
 */
export interface SearchWords {
  words: string[];
  speakers: { interviewer: string[]; interviewee: string[] };
  /**
   * The other names the pages index beside a mention (CEDEAO…), to set them apart in excerpts:
   * the glossary's expansions and forms, and its terms (`terms`, which the text also uses alone).
   */
  names: string[];
  terms: string[];
}

/**
 * `/pagefind/first-search.json` (written after the index): every file the first search fetches,
 * relative to `pagefind/`, so the search can ask for all of them at once when the reader shows
 * intent, and `cacheTag`, Pagefind's `metaCacheTag`, which makes the entry file's address known
 * in advance (`pagefind-entry.json?ts=<cacheTag>`).
 */
export interface FirstSearchFiles {
  cacheTag: string;
  files: string[];
}
