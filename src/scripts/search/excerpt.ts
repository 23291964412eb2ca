/**
 * Sets apart, in a Pagefind excerpt, the other names the pages index beside a mention (a mention of
 * ECOWAS is also indexed as “CEDEAO”: `data-search-forms`). Pagefind writes them into the indexed
 * text before the mention's own words, ending with a full stop (“… CEDEAO, Communauté économique
 * États Afrique ouest. Economic Community of East African States West”), so an excerpt would show
 * them as the speaker's words. They are dropped, or, when the search matched one of them, shown
 * in brackets as the editors' insertion: “[CEDEAO] Economic Community of East African States West”.
 */
import { indexedNames } from '../../lib/words';

/** The longest name, in words, to try at each place. */
const LONGEST_NAME = 14;

/** An indexed name (French articles dropped): the name as written, and whether it is a glossary term, which the text also uses alone. */
export type IndexedNames = ReadonlyMap<string, { shown: string; term: boolean }>;

/** `names` as they are indexed, each to the name as written; `terms` are marked so. */
export function indexedNameMap(names: readonly string[], terms: readonly string[]): IndexedNames {
  return new Map(names.map((name) => [indexedNames([name]), { shown: name, term: terms.includes(name) }]));
}

/** The excerpt's HTML (text and `<mark>`) with the indexed names set apart. */
export function setNamesApart(excerptHtml: string, names: IndexedNames): string {
  if (names.size === 0) return excerptHtml;
  const tokens = excerptHtml.split(' ').map((html) => ({ html, text: html.replace(/<\/?mark>/g, ''), marked: html.includes('<mark>') }));
  const out: string[] = [];
  let at = 0;
  while (at < tokens.length) {
    const run = namesAt(tokens, at, names);
    if (!run) {
      out.push(tokens[at]!.html);
      at += 1;
      continue;
    }
    const matched = run.names.filter(({ marked }) => marked).map(({ shown }) => `<mark>${shown}</mark>`);
    if (matched.length > 0) out.push(`[${matched.join(', ')}]`);
    at = run.end;
  }
  return out.join(' ');
}

/**
 * A run of names from `start`: “name, name, name.”, each one of `names`, ending with a full stop;
 * not a glossary term alone.
 */
function namesAt(
  tokens: ReadonlyArray<{ text: string; marked: boolean }>,
  start: number,
  names: IndexedNames,
): { end: number; names: Array<{ shown: string; marked: boolean }> } | undefined {
  const found: Array<{ shown: string; marked: boolean; term: boolean }> = [];
  let at = start;
  while (at < tokens.length) {
    let next: { end: number; shown: string; marked: boolean; term: boolean; last: string } | undefined;
    for (let length = Math.min(LONGEST_NAME, tokens.length - at); length >= 1 && !next; length -= 1) {
      const words = tokens.slice(at, at + length);
      const text = words.map(({ text: word }) => word).join(' ');
      const last = text.at(-1) ?? '';
      const name = last === ',' || last === '.' ? names.get(text.slice(0, -1)) : undefined;
      if (name) next = { end: at + length, ...name, marked: words.some(({ marked }) => marked), last };
    }
    if (!next) return undefined;
    found.push({ shown: next.shown, marked: next.marked, term: next.term });
    at = next.end;
    // A term alone and a full stop (“… in Mali.”) is the text's own sentence, not names indexed beside a mention.
    if (next.last === '.') return found.length === 1 && found[0]!.term ? undefined : { end: at, names: found };
  }
  return undefined;
}
