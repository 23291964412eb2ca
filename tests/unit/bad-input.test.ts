import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderError } from '../support/markdown.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/bad-input');

/** Each fixture, the line the error must name, and what the message must say. */
const CASES: Array<{ fixture: string; line: number; says: RegExp[] }> = [
  {
    fixture: 'unknown-speaker.mdx',
    line: 5,
    says: [/“Alioune Tin” is not written exactly as the speaker’s name “Alioune Tine”/, /Write the label as \*\*Alioune Tine:\*\*/],
  },
  {
    fixture: 'duplicate-heading.mdx',
    line: 7,
    says: [
      /“Look forward!” would get the id #look-forward, already taken by the heading on line 1/,
      /Give one of the two headings different words/,
    ],
  },
  {
    fixture: 'empty-section.mdx',
    line: 7,
    says: [/heading “Put civilians first” has no speaker turn under it/, /Add at least one paragraph that opens with \*\*Name:\*\*/],
  },
  {
    fixture: 'text-before-label.mdx',
    line: 7,
    says: [
      /Text in the section “Put civilians first” comes before its first speaker label/,
      /Open the paragraph with \*\*Alexandre Carette:\*\*/,
    ],
  },
  {
    fixture: 'undefined-note.mdx',
    line: 3,
    says: [/The note reference \[\^missing\] has no note/, /Add a line `\[\^missing\]: …`/],
  },
  {
    fixture: 'unreferenced-note.mdx',
    line: 7,
    says: [/The note \[\^orphan\] is never referred to/, /Put \[\^orphan\] in the text/],
  },
  {
    fixture: 'text-before-heading.mdx',
    line: 1,
    says: [/Text comes before the first section heading/, /Start the transcript with a `## Heading`/],
  },
];

describe('bad transcript content stops the build with a message naming file, line and fix', () => {
  for (const { fixture, line, says } of CASES) {
    it(fixture, async () => {
      const path = join(FIXTURES, fixture);
      const message = await renderError(readFileSync(path, 'utf8'), path);
      expect(message).toContain(`${path}:${line}:`);
      for (const pattern of says) expect(message).toMatch(pattern);
    });
  }
});
