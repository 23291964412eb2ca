import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { mentionsByEntry } from '../../src/model/interview.ts';
import { renderMdx, SPEAKERS } from '../support/markdown.ts';

const ids = (nodes: ReturnType<typeof selectAll>) => nodes.map((node) => node.properties.id);

describe('the interview model, derived once by rehypeInterviewModel', () => {
  it('opens a turn at each **Name:** paragraph and continues it over unlabelled paragraphs', async () => {
    const { tree, model } = await renderMdx(
      ['## First part', '**Alexandre Carette:** One?', 'Two?', '**Alioune Tine:** Three.', 'Four.'].join('\n\n'),
    );
    const section = select('section.interview-section', tree);
    expect(section && select('h2#first-part', section)).toBeTruthy();
    expect(ids(selectAll('section > .turn', tree))).toEqual(['q1', 'a1']);
    expect(selectAll('#q1 > p', tree).map((p) => toString(p))).toEqual(['Alexandre Carette: One?', 'Two?']);
    expect(selectAll('#a1 > p', tree).map((p) => toString(p))).toEqual(['Alioune Tine: Three.', 'Four.']);
    expect(toString(select('#q1 > p > strong.speaker', tree) ?? { type: 'root', children: [] })).toBe('Alexandre Carette:');
    expect(model?.sections).toEqual([{ id: 'first-part', title: 'First part', turns: ['q1', 'a1'] }]);
    expect(model?.turns).toEqual([
      {
        id: 'q1',
        number: 1,
        role: 'question',
        speaker: 'Alexandre Carette',
        section: 'first-part',
        paragraphs: ['One?', 'Two?'],
        mentions: [],
      },
      {
        id: 'a1',
        number: 1,
        role: 'answer',
        speaker: 'Alioune Tine',
        section: 'first-part',
        paragraphs: ['Three.', 'Four.'],
        mentions: [],
      },
    ]);
  });

  it('numbers questions and answers through the whole interview, across sections', async () => {
    const { tree, model } = await renderMdx(
      [
        '## One',
        '**Alexandre Carette:** Q',
        '**Alioune Tine:** A',
        '## Two',
        '**Alexandre Carette:** Q',
        '**Alioune Tine:** A',
        '**Alexandre Carette:** Q',
        '**Alioune Tine:** A',
      ].join('\n\n'),
    );
    expect(ids(selectAll('.turn', tree))).toEqual(['q1', 'a1', 'q2', 'a2', 'q3', 'a3']);
    expect(model?.sections.map((section) => section.turns)).toEqual([
      ['q1', 'a1'],
      ['q2', 'a2', 'q3', 'a3'],
    ]);
  });

  it('names the speaker and role in the markup and titles the search result with the section', async () => {
    const { tree } = await renderMdx(['## Prevent a apocalypse', '**Alioune Tine:** With nearly 6,000 men.'].join('\n\n'));
    const turn = select('#a1', tree);
    expect(turn?.properties).toMatchObject({
      role: 'group',
      ariaLabel: `Answer 1: Alioune Tine, ${SPEAKERS.interviewee.role}`,
      className: ['turn', 'turn-answer'],
      dataPagefindTitle: 'Alioune Tine · Prevent a apocalypse (A1)',
    });
    const permalink = select('#a1 > a.turn-permalink', tree);
    expect(permalink?.properties.href).toBe('#a1');
    expect(permalink?.properties.dataPagefindIgnore).toBe('');
    expect(toString(permalink ?? { type: 'root', children: [] })).toBe('A1Link to answer 1');
  });

  it('sets a component after a turn’s last paragraph between turns, tells it its section, and records photos in reading order', async () => {
    const { tree, model } = await renderMdx(
      [
        '## Part',
        '**Alexandre Carette:** Q',
        '<Photo id="photo-x" credit="C">\n  Caption\n</Photo>',
        '**Alioune Tine:** A',
        '<PullQuote>\n  A\n</PullQuote>',
      ].join('\n\n'),
    );
    expect(select('section > #q1 + mdx-photo#photo-x + #a1 + mdx-pullquote', tree)).toBeTruthy();
    expect(select('mdx-photo', tree)?.properties.section).toBe('Part');
    expect(model?.photos).toEqual([{ id: 'photo-x', credit: 'C', caption: 'Caption', section: 'part', mentions: [] }]);
    expect(model?.readingOrder).toEqual(['q1', 'photo-x', 'a1']);
  });

  it('keeps a component inside the turn when the turn goes on after it', async () => {
    const { tree, model } = await renderMdx(['## Part', '**Alioune Tine:** One.', '<PullQuote>\n  One\n</PullQuote>', 'Two.'].join('\n\n'));
    expect(select('#a1 > p + mdx-pullquote + p', tree)).toBeTruthy();
    expect(model?.turns[0]?.paragraphs).toEqual(['One.', 'Two.']);
  });

  it('keeps the words exactly: quotes, dashes and the space before a question mark', async () => {
    const words = 'What are the priorities ? – “Well, the elections are the solution”. I’m sure.';
    const { html, model } = await renderMdx(['## Part', `**Alioune Tine:** ${words}`].join('\n\n'));
    expect(html).toContain(words);
    expect(model?.turns[0]?.paragraphs).toEqual([words]);
  });

  it('records each note with its number, its words and where it is referred to', async () => {
    const { model } = await renderMdx(
      [
        '## Part[^heading]',
        '**Alioune Tine:** One[^one].',
        '<Photo id="photo-x" credit="C">\n  Caption[^one]\n</Photo>',
        '[^heading]: On the heading.',
        '[^one]: *On* one.',
      ].join('\n\n'),
    );
    expect(model?.notes).toEqual([
      { id: 'heading', number: 1, anchor: 'user-content-fn-heading', text: 'On the heading.', referencedIn: ['part'] },
      { id: 'one', number: 2, anchor: 'user-content-fn-one', text: 'On one.', referencedIn: ['a1', 'photo-x'] },
    ]);
    expect(model?.turns[0]?.paragraphs).toEqual(['One.']);
  });

  it('lists, for each glossary entry, the places that mention it in reading order', async () => {
    const term = (id: string, matches: string[]) => ({ id, term: id, matches, source: { path: `${id}.md`, line: 4 } });
    const { model } = await renderMdx(
      [
        '## Part',
        '**Alexandre Carette:** About Mali?',
        '<Photo id="photo-x" credit="ECOWAS/Someone">\n  A caption.\n</Photo>',
        '**Alioune Tine:** Mali.',
      ].join('\n\n'),
      {
        frontmatter: { ...SPEAKERS, byline: 'Spoke with Alioune Tine in Mali about ECOWAS.' },
        glossary: [term('mali', ['Mali']), term('ecowas', ['ECOWAS'])],
      },
    );
    if (!model) throw new Error('no model');
    const places = mentionsByEntry(model);
    expect(places.get('mali')).toEqual([
      { id: 'introduction', label: 'Introduction', section: '' },
      { id: 'q1', label: 'Q1', section: 'Part' },
      { id: 'a1', label: 'A1', section: 'Part' },
    ]);
    expect(places.get('ecowas')).toEqual([
      { id: 'introduction', label: 'Introduction', section: '' },
      { id: 'photo-x', label: 'Photo', section: 'Part' },
    ]);
  });

  it('leaves a document that names no speakers alone', async () => {
    const { html, model } = await renderMdx('## About\n\nSome text.', { frontmatter: { title: 'About' } });
    expect(model).toBeUndefined();
    expect(html).toContain('<h2 id="about">About</h2>');
    expect(html).not.toContain('turn');
  });
});
