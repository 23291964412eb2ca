import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { FRONTMATTER } from './frontmatter';

/** What the Markdown plugins need of a glossary entry: its id and the words that mention it. */
export interface GlossaryTerm {
  /** The entry's id, its file name without `.md`: `/glossary/#wagner`. */
  id: string;
  term: string;
  matches: string[];
  /**
   * The names readers may search the entry by, besides the interview's words: its `term`, its
   * `expansion` and its `forms` (`Ibrahim Boubacar Keïta` for the interview's “Boubacar Keit”).
   * Indexed for search at each linked mention; absent, nothing is added.
   */
  searchForms?: string[];
  /** Where the entry's `matches` list is, for error messages. */
  source: { path: string; line: number };
}

/**
 * The glossary's entries as the Markdown plugins see them. One object for the whole run: the
 * content integration fills it when the build starts and again when an entry changes in
 * `astro dev`, so links and previews follow without a restart.
 */
export interface GlossaryIndex {
  terms: GlossaryTerm[];
}

/** A glossary entry's or an event's id is its file name: a lowercase slug, so that links and ids always agree. */
export const SLUG_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/** The file name an entry or event should have: `Wagner group.md` → `wagner-group.md`. */
export function slugFileName(name: string): string {
  const stem = name
    .replace(/\.[^.]*$/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${stem || 'entry'}.md`;
}

/** The line of the `matches` key in an entry's file, for messages that point at it. */
export function matchesLine(fileText: string): number {
  const yamlText = FRONTMATTER.exec(fileText)?.[1] ?? '';
  const lines = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: lines });
  const pair = isMap(document.contents)
    ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === 'matches')
    : undefined;
  const offset = isScalar(pair?.key) ? (pair.key.range?.[0] ?? 0) : 0;
  return lines.linePos(offset).line + 1;
}

/** Two entries that claim the same term or the same words: the second one's problem, naming both files. */
export function duplicateTermProblems(terms: readonly GlossaryTerm[]): Array<{ path: string; line: number; message: string }> {
  const problems = [];
  const byTerm = new Map<string, GlossaryTerm>();
  const byMatch = new Map<string, GlossaryTerm>();
  for (const entry of terms) {
    const sameTerm = byTerm.get(entry.term.toLowerCase());
    if (sameTerm) {
      problems.push({
        ...entry.source,
        message: `The glossary entry “${entry.term}” has the same term as ${sameTerm.source.path}. → Keep one entry for it, or tell the two apart.`,
      });
    }
    byTerm.set(entry.term.toLowerCase(), entry);
    for (const match of entry.matches) {
      const owner = byMatch.get(match);
      if (owner && owner !== entry) {
        problems.push({
          ...entry.source,
          message: `The words “${match}” are in the \`matches\` of both ${owner.source.path} and ${entry.source.path}. → Leave them in one entry only: a mention links to one entry.`,
        });
      }
      byMatch.set(match, entry);
    }
  }
  return problems;
}
