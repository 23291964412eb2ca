import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { indexedText, readHtml, selectAll } from '../support/html.ts';
import { ALLOWED_DEPARTURES, SOURCE_PATH, sourceParagraphs, sourceSentences } from '../support/source.ts';

const page = () => readHtml(join(inject('outDirs').root, 'index.html'));

describe('the source text', () => {
  it('is the project’s untouched copy of the interview (7,557 bytes, 72 lines, no final newline)', () => {
    const bytes = readFileSync(SOURCE_PATH);
    expect(bytes.length).toBe(7557);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('b3f43fe6bf43eade75c2329dc21663fa702cba85ad5e6600b5e5c1b78c57130d');
    expect(bytes.toString('utf8').split('\n')).toHaveLength(72);
    expect(bytes.at(-1)).not.toBe(0x0a);
  });
});

describe('the interview page’s text', () => {
  // The transcript as indexed, without the editorial notes (the editors’ words, not the source’s).
  const text = indexedText(page(), '.editorial-notes');

  it('holds every paragraph of the source verbatim and in order, but for the listed departures', () => {
    let cursor = 0;
    const missing: string[] = [];
    for (const { line, text: paragraph } of sourceParagraphs()) {
      const departure = ALLOWED_DEPARTURES[line];
      const expected = departure ? departure.shown : paragraph;
      if (expected === null) continue;
      const at = text.indexOf(expected, cursor);
      if (at === -1) missing.push(`line ${line}: ${expected.slice(0, 80)}…`);
      else cursor = at + expected.length;
    }
    expect(missing).toEqual([]);
  });

  it('keeps every special character of the source', () => {
    expect(text.match(/ – /g)).toHaveLength(4);
    for (const word of ['haven’t', 'Mali’s', 'it’s', 'we’ll', 'I’m']) expect(text).toContain(word);
    expect(text).toContain('“Well, the elections are the solution”.');
    expect(text).toContain('© Aurora Bourdin');
    expect(text).toContain('priorities ?');
    expect(text).toContain('6,000');
    expect(text).toContain('COVID-19');
    expect(text).toContain('favor');
    expect(text).not.toMatch(/[—‘]|\.\.\.|…/);
    expect(text).not.toMatch(/haven't|Mali's|"Well/);
  });

  it('departs from the source only where listed: the title without “ |”, no alt-text copies, no pull-quote repeat', () => {
    expect(text).not.toContain('optimistic |');
    expect(text).not.toContain('Mali.  (case)');
    expect(text.split('The top priority is to protect civilians who are invariably the main victims')).toHaveLength(2);
    expect(text.split('Alioune Tine, independent expert on the situation of human rights in Mali, during an interview.')).toHaveLength(2);
  });

  it('shows as its pull quote exactly the source’s pull-quote line, word for word: a sentence of the answer without its full stop', () => {
    // Out of the indexed text (hidden from search and assistive technology), so checked on its own.
    const quotes = selectAll('figure.pull-quote', page()).map((figure) => toString(figure).replace(/\s+/g, ' ').trim());
    const pullQuoteLines = sourceParagraphs().filter(({ line }) => ALLOWED_DEPARTURES[line]?.pullQuote);
    expect(quotes).toEqual(pullQuoteLines.map(({ text }) => text));
    for (const { line, text } of pullQuoteLines) {
      const elsewhere = sourceSentences().filter((sentence) => sentence.line !== line);
      expect(elsewhere.map((sentence) => sentence.text)).toContain(`${text}.`);
    }
  });

  it('counts seven labels for each speaker', () => {
    expect(text.match(/Alexandre Carette:/g)).toHaveLength(7);
    expect(text.match(/Alioune Tine:/g)).toHaveLength(7);
  });
});

describe('the transcript content file', () => {
  const mdx = readFileSync(join(import.meta.dirname, '../../content/interview/interview.mdx'), 'utf8');

  it('keeps every source paragraph, alt-text copies and pull quote included (only the title’s “ |” dropped)', () => {
    // Markdown's own marks (bold speaker labels, footnote references) are not words of the source.
    // Each as a whole: starting a line (or a heading, or a quoted value) and ending it, so a
    // shortened pull quote does not pass as the start of the sentence it repeats.
    const plain = mdx.replaceAll('**', '').replace(/\[\^[\w-]+\]/g, '');
    const whole = (text: string) => new RegExp(`(?:^\\s*|^#+ |")${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|")`, 'm');
    const absent = sourceParagraphs()
      .filter(({ line }) => line !== 3)
      .filter(({ text }) => !whole(text).test(plain));
    expect(absent).toEqual([]);
  });
});
