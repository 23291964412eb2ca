/** The JSON files the site serves for its own scripts: one type each, shared by endpoint and client. */

/** `/glossary.json`: each entry's term, summary and “since then”, for the previews in the transcript. */
export type GlossarySummaries = Record<string, { term: string; summary: string; since?: string }>;

/** `/search-words.json`: the words readers see, for “did you mean”. */
export type SearchWords = string[];
