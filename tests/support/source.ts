import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from './build.ts';

export const SOURCE_PATH = resolve(PROJECT_ROOT, 'content/source/interview.txt');

/** A paragraph of the source: one non-empty line, with its 1-based line number. */
export interface SourceParagraph {
  line: number;
  text: string;
}

export function sourceParagraphs(): SourceParagraph[] {
  return readFileSync(SOURCE_PATH, 'utf8')
    .split('\n')
    .map((text, index) => ({ line: index + 1, text }))
    .filter(({ text }) => text.trim() !== '');
}

/**
 * Every sentence of the source, paragraph by paragraph (a sentence ends at `.`, `?` or `!` before a
 * space or the paragraph's end), with the line it is on.
 */
export function sourceSentences(): SourceParagraph[] {
  return sourceParagraphs().flatMap(({ line, text }) => text.split(/(?<=[.?!])\s+/).map((sentence) => ({ line, text: sentence })));
}

/**
 * The only places where the page's text departs from the source, and why. The fidelity tests
 * allow these and nothing else. A `pullQuote` is shown, but only as the page's pull quote.
 */
export const ALLOWED_DEPARTURES: Record<number, { shown: string | null; pullQuote?: true; reason: string }> = {
  3: {
    shown: 'Interview: Despite the security and political crises in Mali, the UN expert remains optimistic',
    reason: 'The title’s trailing “ |” is a page-title separator left over from the web page it was copied from.',
  },
  33: {
    shown: null,
    pullQuote: true,
    reason: 'The pull quote repeats a sentence of answer 2 (line 31); it is shown set apart, hidden from assistive technology and search.',
  },
  47: {
    shown: null,
    reason:
      'The first copy of the Timbuktu caption is the photo’s alternative text; no image is shown, so it is kept in the content, not displayed.',
  },
  68: {
    shown: null,
    reason:
      'The first copy of the last caption is the photo’s alternative text; no image is shown, so it is kept in the content, not displayed.',
  },
};
