/**
 * Text fragment directives (https://wicg.github.io/scroll-to-text-fragment/): `#a3:~:text=…` makes
 * supporting browsers scroll to the words and highlight them. Pure functions over strings, shared
 * by the quote button (which writes them) and the fallback for browsers without support (which
 * reads them).
 */

export interface TextDirective {
  prefix?: string | undefined;
  start: string;
  end?: string | undefined;
  suffix?: string | undefined;
}

/** Whitespace as a reader sees it: runs collapsed to one space. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * A term percent-encoded as the spec requires: everything `encodeURIComponent` encodes (space,
 * `,`, `&`…), and `-` too, which would otherwise read as a prefix or suffix mark.
 */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replaceAll('-', '%2D');
}

/** `text=[prefix-,]start[,end][,-suffix]`, each term encoded. */
export function formatTextDirective({ prefix, start, end, suffix }: TextDirective): string {
  return `text=${prefix ? `${encodeTerm(prefix)}-,` : ''}${encodeTerm(start)}${end ? `,${encodeTerm(end)}` : ''}${suffix ? `,-${encodeTerm(suffix)}` : ''}`;
}

/** The first text directive of a fragment (`a3:~:text=…`), decoded; `undefined` when there is none or it is malformed. */
export function parseTextDirective(fragment: string): TextDirective | undefined {
  const directives = fragment.split(':~:')[1];
  const value = directives
    ?.split('&')
    .find((directive) => directive.startsWith('text='))
    ?.slice(5);
  if (!value) return undefined;
  const parts = value.split(',');
  try {
    const prefix = parts[0]?.endsWith('-') ? decodeURIComponent(parts.shift()!.slice(0, -1)) : undefined;
    const suffix = parts.at(-1)?.startsWith('-') ? decodeURIComponent(parts.pop()!.slice(1)) : undefined;
    const [start, end, ...rest] = parts.map((part) => decodeURIComponent(part));
    if (!start || rest.length > 0) return undefined;
    return { prefix, start, end, suffix };
  } catch {
    return undefined; // a malformed %-escape
  }
}

const WORDS = /[\p{L}\p{N}]/u;
const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** How many times `term` occurs in `text` as whole words, ignoring case (as the browser matches). */
export function countOccurrences(text: string, term: string): number {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'giu'))].length;
}

/**
 * Where a directive's words are in `text`: the start and end offsets of the quoted words (not the
 * prefix or suffix), or `undefined`. Word boundaries and whitespace as in the spec, case ignored.
 */
export function findTextDirective(text: string, { prefix, start, end, suffix }: TextDirective): [number, number] | undefined {
  const edge = (term: string, side: 'before' | 'after') =>
    side === 'before' ? `(?<![\\p{L}\\p{N}])${escape(term)}` : `${escape(term)}(?![\\p{L}\\p{N}])`;
  const quoted = end ? `${edge(start, 'before')}[\\s\\S]*?${edge(end, 'after')}` : `${edge(start, 'before')}(?![\\p{L}\\p{N}])`;
  const pattern = `${prefix ? `${edge(prefix, 'before')}\\s*` : ''}(${quoted})${suffix ? `\\s*${edge(suffix, 'after')}` : ''}`;
  const match = new RegExp(pattern, 'iud').exec(text);
  return match?.indices?.[1];
}

/**
 * The directive for the words at `[from, to)` of `block` text (a selection), given the text of
 * the whole page to check that the words are found where they were selected:
 * - the selection grows to whole words (the browser matches whole words only);
 * - up to 10 words are quoted exactly (`text=glimmer%20of%20hope`), longer ones as their first and
 *   last four words (`text=start,end`);
 * - where the (first) words occur more than once on the page, up to three words before and after
 *   are added as `prefix-,` and `,-suffix`.
 * `undefined` when the selection holds no word.
 */
export function directiveForSelection(before: string, selected: string, after: string, pageText: string): TextDirective | undefined {
  // Grow to whole words: a selection that starts or ends inside a word takes the whole word.
  let head = before;
  let body = selected;
  let tail = after;
  while (head && body && WORDS.test(head.at(-1)!) && WORDS.test(body[0]!)) {
    body = head.at(-1)! + body;
    head = head.slice(0, -1);
  }
  while (tail && body && WORDS.test(tail[0]!) && WORDS.test(body.at(-1)!)) {
    body += tail[0]!;
    tail = tail.slice(1);
  }
  const words = collapse(body).trim().split(' ');
  if (!words.some((word) => WORDS.test(word))) return undefined;
  const quote = words.join(' ');
  let start = quote;
  let end: string | undefined;
  if (words.length > 10) {
    start = words.slice(0, 4).join(' ');
    // The end term must not occur earlier in the quote, or the browser would stop there.
    let count = 4;
    do {
      end = words.slice(-count).join(' ');
      count += 1;
    } while (count <= words.length - 4 && countOccurrences(quote, end) > 1);
  }
  if (countOccurrences(pageText, start) <= 1) return { start, end };
  const prefix = collapse(head).trim().split(' ').filter(Boolean).slice(-3).join(' ') || undefined;
  const suffix = collapse(tail).trim().split(' ').filter(Boolean).slice(0, 3).join(' ') || undefined;
  return { prefix, start, end, suffix };
}
