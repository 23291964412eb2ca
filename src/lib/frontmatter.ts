import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';

/** A frontmatter problem, located in the content file. */
export interface FrontmatterProblem {
  line: number;
  message: string;
}

/** A content file's frontmatter block; group 1 is its YAML. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Checks a content file's frontmatter against its schema and says, for each problem, on which
 * line of the file it is and what to write instead. Returns no problems for a valid file.
 */
export function checkFrontmatter(fileText: string, schema: z.ZodType): FrontmatterProblem[] {
  const fence = FRONTMATTER.exec(fileText);
  if (!fence)
    return [{ line: 1, message: 'The file has no frontmatter. → Start it with a `---` line, the fields, and another `---` line.' }];

  const lines = new LineCounter();
  const document = parseDocument(fence[1] ?? '', { lineCounter: lines, prettyErrors: false });
  const lineOf = (offset: number) => lines.linePos(offset).line + 1; // +1: the opening `---`
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      line: lineOf(error.pos[0]),
      message: `The frontmatter is not valid YAML: ${error.message.split('\n')[0]} → Check the indentation and quote values that contain a colon.`,
    }));
  }

  const result = schema.safeParse(document.toJS());
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    const node = nodeAt(document.contents, path);
    const field = path.join('.') || 'frontmatter';
    const line = node?.range ? lineOf(node.range[0]) : 2;
    return { line, message: describe(issue, field) };
  });
}

function describe(issue: z.core.$ZodIssue, field: string): string {
  // A rule across fields (src/schemas/content.ts) writes its whole message, the hint included.
  if (issue.code === 'custom') return issue.message;
  const name = field.split('.').pop()?.replace(/^\d+$/, '') ?? field;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    const how = FIELD_HINTS[name] ?? `Add \`${field}: …\` (${issue.expected}); content/README.md lists every field`;
    return `The field \`${field}\` is missing. → ${how}.`;
  }
  if (issue.code === 'too_small' && FIELD_HINTS[name]) {
    return `The field \`${field}\` is not valid: ${issue.message}. → ${FIELD_HINTS[name]}.`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `Unknown field(s) ${issue.keys.map((key) => `\`${key}\``).join(', ')} in \`${field}\`. → Remove them or fix their spelling; content/README.md lists every field.`;
  }
  if (issue.code === 'invalid_type') {
    return `The field \`${field}\` should be ${article(issue.expected)} ${issue.expected}. → ${HOW_TO_WRITE[issue.expected] ?? issue.message}.`;
  }
  return `The field \`${field}\` is not valid: ${issue.message}. → Correct it; content/README.md lists every field.`;
}

/** What to write for a field whose absence needs more than its name (the fields are in content/README.md). */
const FIELD_HINTS: Record<string, string> = {
  sources:
    'Add `sources:` with at least one source you have read that supports the entry, each with `publisher`, `title`, `date` (YYYY-MM-DD or YYYY-MM) and `url` (https://…); content/README.md shows one',
};

const HOW_TO_WRITE: Record<string, string> = {
  boolean: 'Write true or false',
  string: 'Write text; put it in quotes if it contains a colon',
  array: 'Write a list, one `- item` per line',
  object: 'Write the nested fields indented under it',
};

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/**
 * The lines, in a content file, of its frontmatter's values: the returned function gives the line
 * of the value at a path (`['concerns', 2]`), for messages that point at it. The YAML is parsed once.
 */
export function frontmatterLines(fileText: string): (path: ReadonlyArray<string | number>) => number {
  const lines = new LineCounter();
  const document = parseDocument(FRONTMATTER.exec(fileText)?.[1] ?? '', { lineCounter: lines });
  return (path) => {
    const node = nodeAt(document.contents, path.map(String));
    return node?.range ? lines.linePos(node.range[0]).line + 1 : 1;
  };
}

/** The YAML node at a path of keys and list indexes, or the deepest node on the way (for a missing key). */
function nodeAt(root: unknown, path: string[]): YamlNode | undefined {
  let node = root as YamlNode | undefined;
  for (const key of path) {
    if (isSeq(node)) {
      const item = node.items[Number(key)] as YamlNode | undefined;
      if (!item) return node;
      node = item;
      continue;
    }
    if (!isMap(node)) return node;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    if (!pair) return node;
    node = (pair.value ?? pair.key) as YamlNode;
  }
  return node;
}
