import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { Node } from 'unist';
import { failAt } from '../lib/content-error';

/** The header's fields, in the source's order, as the frontmatter names them. */
const HEADER_FIELDS = ['kicker', 'title', 'standfirst', 'byline'] as const;

/**
 * What the editors may take away from a source line, and only from the one it names: the title's
 * trailing ` |`, a page-title separator left over from the web page the text was copied from.
 */
const ALLOWED_CUTS: Readonly<Record<(typeof HEADER_FIELDS)[number], RegExp | undefined>> = {
  kicker: undefined,
  title: / \|$/,
  standfirst: undefined,
  byline: undefined,
};

interface Unit {
  text: string;
  node: Node | undefined;
  /** Where the unit is written in the content file, when no node says it: a frontmatter field's line. */
  line?: number;
}

/**
 * Stops the build when the transcript's words are not the source's: the header's fields, each
 * heading, paragraph, photo's alternative text, credit and caption, and pull quote must be, in
 * order, the source's lines (`source.file` in the frontmatter, from the project's `root`), less
 * only what Markdown and components add (the labels' bold, note references, markup). Runs after
 * rehypeInterviewModel, and reads the transcript in the source's order from its derivation.
 */
export function rehypeSourceFidelity({ root }: { root: string }) {
  return (_tree: Root, file: VFile) => {
    const frontmatter = file.data.astro?.frontmatter;
    const sourceFile = (frontmatter?.source as { file?: unknown } | undefined)?.file;
    const derivation = file.data.interview;
    if (typeof sourceFile !== 'string' || !derivation || !frontmatter) return;
    const source = readFileSync(resolve(root, sourceFile), 'utf8')
      .split(/\r?\n/)
      .map((text, index) => ({ text, line: index + 1 }))
      .filter(({ text }) => text.trim() !== '');
    const frontmatterLines = fieldLines(file, root);
    const units: Unit[] = [
      ...HEADER_FIELDS.map((field) => ({
        text: String(frontmatter[field] ?? ''),
        node: undefined,
        line: frontmatterLines.get(field) ?? 1,
      })),
      ...derivation.sourceOrder,
    ];
    for (const [index, unit] of units.entries()) {
      const expected = source[index];
      const cut = index < HEADER_FIELDS.length ? ALLOWED_CUTS[HEADER_FIELDS[index]!] : undefined;
      if (!expected) {
        fail(file, unit, `This text is not in the source: the source (${sourceFile}) ends before it.`, readings(unit.text, ''));
      }
      const sourceText = cut ? expected.text.replace(cut, '') : expected.text;
      if (words(sourceText) !== words(unit.text)) {
        fail(file, unit, `This text is not the source’s words (${sourceFile}:${expected.line}).`, readings(unit.text, sourceText));
      }
    }
    const missing = source[units.length];
    if (missing) {
      fail(
        file,
        units.at(-1)!,
        `The source’s line ${missing.line} (${sourceFile}) comes after this, but the content does not have it.`,
        readings('', missing.text),
      );
    }
  };
}

function fail(file: VFile, unit: Unit, problem: string, sideBySide: string): never {
  const node = unit.node ?? {
    type: 'frontmatter',
    position: { start: { line: unit.line ?? 1, column: 1 }, end: { line: unit.line ?? 1, column: 1 } },
  };
  return failAt(
    file,
    node,
    `${problem}\n${sideBySide}`,
    'Write the source’s words exactly, in its order. An error in the source is kept and flagged with an editorial note, never fixed.',
  );
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The two readings one above the other, from a few words before the first that differs, which `▶` marks. */
export function readings(content: string, source: string): string {
  const a = words(content).split(' ');
  const b = words(source).split(' ');
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first += 1;
  const from = Math.max(0, first - 6);
  const show = (list: string[]) =>
    `${from > 0 ? '… ' : ''}${list.slice(from, first).join(' ')}${first > from ? ' ' : ''}▶${list.slice(first, first + 8).join(' ')}${list.length > first + 8 ? ' …' : ''}`;
  return `  content: ${content === '' ? '(nothing)' : show(a)}\n  source:  ${source === '' ? '(nothing)' : show(b)}`;
}

/** The line of each top-level frontmatter field in the content file as written. */
function fieldLines(file: VFile, root: string): Map<string, number> {
  const lines = new Map<string, number>();
  if (!file.path) return lines;
  const text = readFileSync(resolve(root, file.path), 'utf8').split(/\r?\n/);
  if (text[0] !== '---') return lines;
  for (let index = 1; index < text.length && text[index] !== '---'; index += 1) {
    const field = /^([A-Za-z]\w*):/.exec(text[index]!)?.[1];
    if (field && !lines.has(field)) lines.set(field, index + 1);
  }
  return lines;
}
