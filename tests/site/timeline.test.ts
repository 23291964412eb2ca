import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import type { InterviewData } from '../../src/schemas/interview-data.ts';
import type { TimelineData } from '../../src/schemas/timeline-data.ts';
import { readHtml, select, selectAll } from '../support/html.ts';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';

const built = (path: string) => readFileSync(join(inject('outDirs').root, path), 'utf8');
const timeline = () => JSON.parse(built('timeline.json')) as TimelineData;
const interview = () => JSON.parse(built('interview.json')) as InterviewData;
const attribute = (element: Element | undefined, name: string) => String(element?.properties[name] ?? '');

describe('the record of events', () => {
  it('/timeline.json is valid against /timeline.schema.json, and the schema refuses a date at no known precision', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(built('timeline.schema.json')) as object);
    expect(validate(timeline()), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const broken = timeline();
    broken.events[0]!.date = 'January 2012';
    expect(validate(broken)).toBe(false);
  });

  it('is in the order things happened, reaches past 2025, and refers to the interview by its public ids and its words', () => {
    const { events } = timeline();
    const dates = events.map(({ date }) => date);
    expect(dates).toEqual([...dates].sort());
    expect(events.length).toBeGreaterThanOrEqual(40);
    expect(dates.at(-1)! >= '2025').toBe(true);
    const ids = new Set(selectAll('[id]', readHtml(join(inject('outDirs').root, 'index.html'))).map((element) => attribute(element, 'id')));
    const { turns, standfirst, byline } = interview();
    const text = new Map([
      ...turns.map((turn) => [turn.id, turn.paragraphs.join('\n')] as const),
      ['standfirst', standfirst],
      ['introduction', byline],
    ]);
    for (const { id, refersTo } of events)
      for (const { place, words } of refersTo) {
        expect(ids.has(place), `${id} refers to #${place}`).toBe(true);
        if (text.has(place)) expect(text.get(place), `${id}: “${words}” in ${place}`).toContain(words);
      }
  });

  it('covers what the interview leans on: each turn that dates nothing refers, with its words, to an event', () => {
    const referred = new Set(timeline().events.flatMap(({ refersTo }) => refersTo.map(({ place }) => place)));
    // Q1 (the coup, the sanctions, the Council), A1 (ISGS), A2 (since 2012), Q3 (the withdrawal), Q4 (Wagner), Q5 (the coups), A5 (the elections), the standfirst (Moura), the byline (the visit).
    for (const place of ['q1', 'a1', 'a2', 'q3', 'q4', 'q5', 'a5', 'standfirst', 'introduction']) expect(referred, place).toContain(place);
  });
});

describe('the timeline page', () => {
  const page = () => readHtml(join(inject('outDirs').root, 'timeline/index.html'));

  it('lists every event in order, each with its date in <time datetime>, and the interview’s month where it falls', () => {
    const { events, interview: when } = timeline();
    const items = selectAll('ol.events > li', page());
    const listed = items.map((item) => attribute(item, 'id'));
    const at = listed.indexOf('the-interview');
    expect(listed.filter((id) => id !== 'the-interview')).toEqual(events.map(({ id }) => id));
    expect(listed.slice(0, at)).toEqual(events.filter(({ date }) => date.slice(0, 7) <= when.month).map(({ id }) => id));
    expect(toString(items[at]!)).toContain('The interview: April 2022, approximate');
    for (const [index, event] of events.entries()) {
      const item = items.find((each) => attribute(each, 'id') === event.id)!;
      expect(attribute(select('time', item), 'dateTime'), `${index}`).toBe(event.date);
      for (const { place } of event.refersTo)
        expect(selectAll('.refers a', item).map((link) => attribute(link, 'href'))).toContain(`/#${place}`);
      for (const id of event.concerns)
        expect(selectAll('.concerns a', item).map((link) => attribute(link, 'href'))).toContain(`/glossary/#${id}`);
      expect(selectAll('.sources a', item)).toHaveLength(event.sources.length);
    }
  });

  it('draws its time axis at build time: no script, one named link per event to its place in the list, the interview marked', () => {
    const svg = select('svg.timeline-axis', page());
    expect(svg).toBeDefined();
    expect(selectAll('script', svg!)).toEqual([]);
    const marks = selectAll('a', svg!);
    expect(marks.map((mark) => attribute(mark, 'href'))).toEqual(timeline().events.map(({ id }) => `#${id}`));
    for (const mark of marks) expect(toString(select('title', mark)!)).toMatch(/^(about )?(\d{1,2} )?([A-Z][a-z]+ )?\d{4}: .+/);
    expect(toString(svg!)).toContain('Interview');
  });
});

describe('one home per fact', () => {
  it('each glossary entry’s “Since then” lists, and links, exactly the events after the interview that concern it', () => {
    const { events, interview: when } = timeline();
    const glossary = readHtml(join(inject('outDirs').root, 'glossary/index.html'));
    for (const entry of selectAll('article.entry', glossary)) {
      const id = attribute(select('h3', entry), 'id');
      const expected = events
        .filter(({ date, concerns }) => date.slice(0, 7) > when.month && concerns.includes(id))
        .map((event) => `/timeline/#${event.id}`);
      expect(
        selectAll('.since a', entry).map((link) => attribute(link, 'href')),
        id,
      ).toEqual(expected);
    }
    // Written once: no entry keeps a “since” line of its own.
    const summaries = JSON.parse(built('glossary.json')) as Record<string, { since?: string }>;
    const latestOfWagner = events.filter(({ concerns, date }) => concerns.includes('wagner') && date.slice(0, 7) > when.month).at(-1)!;
    expect(summaries.wagner?.since).toBe(`6 June 2025: ${latestOfWagner.title}`);
  });

  it('the glossary’s and the timeline’s “latest event” is the record’s last', () => {
    const last = timeline().events.at(-1)!;
    for (const path of ['glossary/index.html', 'timeline/index.html']) {
      const line = select('p.checked', readHtml(join(inject('outDirs').root, path)))!;
      expect(
        selectAll('a', line)
          .map((link) => attribute(link, 'href'))
          .at(-1),
        path,
      ).toMatch(new RegExp(`#${last.id}$`));
    }
  });

  it('the About page counts the editorial notes the interview has, and lists each', () => {
    const about = readHtml(join(inject('outDirs').root, 'about/index.html'));
    const notes = interview().notes.length;
    const words: Record<number, string> = { 17: 'Seventeen', 18: 'Eighteen', 19: 'Nineteen', 20: 'Twenty', 21: 'Twenty-one' };
    const sentence = selectAll('p', about).find((paragraph) => / passages carry a note:$/.test(toString(paragraph)))!;
    expect(toString(sentence)).toBe(`${words[notes]} passages carry a note:`);
    const list = selectAll('p + ul', about).find((ul) => toString(ul).includes('(case)'));
    expect(selectAll('li', list!)).toHaveLength(notes);
  });
});
