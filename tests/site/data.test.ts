import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import type { InterviewData } from '../../src/schemas/interview-data.ts';
import { ALLOWED_DEPARTURES, SOURCE_PATH, sourceParagraphs } from '../support/source.ts';

const built = (path: string) => readFileSync(join(inject('outDirs').root, path));
const data = () => JSON.parse(built('interview.json').toString('utf8')) as InterviewData;

/** The source's paragraphs as the site shows them: the listed departures applied. */
const shownSource = () =>
  sourceParagraphs().flatMap(({ line, text }) => {
    const departure = ALLOWED_DEPARTURES[line];
    if (!departure) return [text];
    return departure.shown === null ? [] : [departure.shown];
  });

describe('the transcript as data', () => {
  it('/interview.json is valid against /interview.schema.json', () => {
    const schema = JSON.parse(built('interview.schema.json').toString('utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(data()), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema is not a blank check: a turn without paragraphs is refused.
    const broken = data();
    broken.turns[0]!.paragraphs = [];
    expect(validate(broken)).toBe(false);
  });

  it('/interview.json holds the source’s words exactly and in order, by the page’s fidelity rule', () => {
    const { kicker, title, standfirst, byline, sections, turns, photos, readingOrder } = data();
    const text: string[] = [kicker, title, standfirst, byline];
    for (const section of sections) {
      text.push(section.title);
      for (const id of readingOrder) {
        const turn = turns.find((each) => each.id === id && each.section === section.id);
        const photo = photos.find((each) => each.id === id && each.section === section.id);
        if (turn) text.push(`${turn.speaker}: ${turn.paragraphs[0] ?? ''}`, ...turn.paragraphs.slice(1));
        if (photo) text.push(photo.credit, photo.caption);
      }
    }
    expect(text).toEqual(shownSource());
  });

  it('/interview.json numbers fourteen turns in seven sections… and gives notes their places', () => {
    const { sections, turns, notes } = data();
    expect(turns.map((turn) => turn.id)).toEqual(['q1', 'a1', 'q2', 'a2', 'q3', 'a3', 'q4', 'a4', 'q5', 'a5', 'q6', 'a6', 'q7', 'a7']);
    expect(sections.map((section) => section.id)).toEqual([
      'cancer-impunity',
      'put-civilians-first',
      'prevent-a-apocalypse',
      'ensure-the-security',
      'look-forward',
    ]);
    expect(notes.find((note) => note.id === 'keita')).toMatchObject({ number: 2, anchor: 'user-content-fn-keita', referencedIn: ['q1'] });
    expect(notes.find((note) => note.id === 'case')?.referencedIn).toEqual(['photo-timbuktu']);
    expect(turns.find((turn) => turn.id === 'a5')?.mentions).toContain('ecowas');
  });

  it('/interview.txt is the source text, byte for byte', () => {
    expect(built('interview.txt').equals(readFileSync(SOURCE_PATH))).toBe(true);
  });

  it('/interview.md is plain Markdown with every source paragraph, speaker labels and notes as footnotes, no MDX', () => {
    const markdown = built('interview.md').toString('utf8');
    expect(markdown).not.toMatch(/<[A-Z]|\{/);
    expect(markdown).toContain('## Prevent a apocalypse[^apocalypse]');
    expect(markdown).toContain('**Alioune Tine:** With nearly 6,000 men');
    expect(markdown).toMatch(/^\[\^keita\]: The source says “President Boubacar Keit”/m);
    const plain = markdown.replace(/\[\^[\w-]+\]/g, '').replace(/\*\*?/g, '');
    let cursor = 0;
    for (const paragraph of shownSource()) {
      const at = plain.indexOf(paragraph, cursor);
      expect(at, paragraph).toBeGreaterThanOrEqual(0);
      cursor = at + paragraph.length;
    }
  });
});
