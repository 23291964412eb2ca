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
