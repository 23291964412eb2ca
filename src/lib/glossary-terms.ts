import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { FRONTMATTER } from './frontmatter';

/** What the Markdown plugins need of a glossary entry: its id and the words that mention it. */
export interface GlossaryTerm {
  id: string;
  term: string;
  matches: string[];
  /** Where the entry's `matches` list is, for error messages. */
  source: { path: string; line: number };
}

/**
 * Reads the glossary entries' ids and match words from `content/glossary/*.md` for the build's
 * Markdown plugins (which run before Astro's content collections are available).
 */
export function loadGlossaryTerms(dir: string): GlossaryTerm[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const yamlText = FRONTMATTER.exec(text)?.[1] ?? '';
      const lines = new LineCounter();
      const document = parseDocument(yamlText, { lineCounter: lines });
      const data = document.toJS() as { term?: unknown; matches?: unknown };
      const matchesNode = isMap(document.contents)
        ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === 'matches')
        : undefined;
      const offset = (matchesNode?.key as { range?: [number] } | undefined)?.range?.[0] ?? 0;
      return {
        id: basename(name, '.md'),
        term: typeof data.term === 'string' ? data.term : basename(name, '.md'),
        matches: Array.isArray(data.matches) ? data.matches.filter((match): match is string => typeof match === 'string') : [],
        source: { path, line: lines.linePos(offset).line + 1 },
      };
    });
}
