/** A place in the interview where a glossary term is mentioned. */
export interface MentionPlace {
  /** The anchor on the interview page: `introduction`, `q1`, `a3`, `photo-mopti`… */
  id: string;
  /** Short label: `Q1`, `A3`, `Photo`, `Introduction`. */
  label: string;
  /** Title of the section it is in; empty for the introduction. */
  section: string;
}

/** Term id → every place that mentions it, in reading order. Carried from the Markdown plugin to the glossary page. */
export type GlossaryMentions = Record<string, MentionPlace[]>;

/** Finds glossary terms in text: whole words, exactly as the glossary's `matches` write them, longest first. */
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
