import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { indexedText, readHtml } from '../support/html.ts';
import { ALLOWED_DEPARTURES, SOURCE_PATH, sourceParagraphs } from '../support/source.ts';

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

  it('counts seven labels for each speaker', () => {
    expect(text.match(/Alexandre Carette:/g)).toHaveLength(7);
    expect(text.match(/Alioune Tine:/g)).toHaveLength(7);
  });
});

describe('the transcript content file', () => {
  const mdx = readFileSync(join(import.meta.dirname, '../../content/interview/interview.mdx'), 'utf8');

  it('keeps every source paragraph, alt-text copies and pull quote included (only the title’s “ |” dropped)', () => {
    // Markdown's own marks (bold speaker labels, footnote references) are not words of the source.
    const plain = mdx.replaceAll('**', '').replace(/\[\^[\w-]+\]/g, '');
    const absent = sourceParagraphs()
      .filter(({ line }) => line !== 3)
      .filter(({ text }) => !plain.includes(text));
    expect(absent).toEqual([]);
  });
});
