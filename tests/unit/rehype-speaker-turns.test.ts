import { describe, expect, it } from 'vitest';
import { rehypeSpeakerTurns } from '../../src/markdown/rehype-speaker-turns.ts';
import { renderMdx } from '../support/markdown.ts';

const only = { plugins: [rehypeSpeakerTurns] };

describe('rehypeSpeakerTurns', () => {
  it('opens a turn at each **Name:** paragraph and continues it over unlabelled paragraphs', async () => {
    const html = await renderMdx(
      ['## First part', '**Alexandre Carette:** One?', 'Two?', '**Alioune Tine:** Three.', 'Four.'].join('\n\n'),
      only,
    );
    expect(html).toContain('<section class="interview-section"><h2>First part</h2>');
    expect(html).toMatch(
      /<div class="turn turn-question" id="q1"[^>]*><a[^>]*>.*?<\/a><p><strong class="speaker">Alexandre Carette:<\/strong> One\?<\/p><p>Two\?<\/p><\/div>/,
    );
    expect(html).toMatch(
      /<div class="turn turn-answer" id="a1"[^>]*>.*<p><strong class="speaker">Alioune Tine:<\/strong> Three.<\/p><p>Four.<\/p><\/div><\/section>/,
    );
  });

  it('numbers questions and answers through the whole interview, across sections', async () => {
    const html = await renderMdx(
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
      only,
    );
    expect([...html.matchAll(/ id="([qa]\d+)"/g)].map((match) => match[1])).toEqual(['q1', 'a1', 'q2', 'a2', 'q3', 'a3']);
  });

  it('names the speaker and role in the markup and titles the search result with the section', async () => {
    const html = await renderMdx(['## Prevent a apocalypse', '**Alioune Tine:** With nearly 6,000 men.'].join('\n\n'), only);
    expect(html).toContain('role="group"');
    expect(html).toContain('aria-label="Answer 1: Alioune Tine, UN Independent Expert on the situation of human rights in Mali"');
    expect(html).toContain('data-speaker="answer"');
    expect(html).toContain('data-pagefind-title="Alioune Tine · Prevent a apocalypse (A1)"');
    expect(html).toMatch(
      /<a class="turn-permalink" href="#a1" title="Link to this answer: copies its address" data-pagefind-ignore=""><span aria-hidden="true">A1<\/span><span class="sr-only">Link to answer 1<\/span><\/a>/,
    );
  });

  it('sets a component after a turn’s last paragraph between turns, and tells it its section', async () => {
    const html = await renderMdx(
      [
        '## Part',
        '**Alexandre Carette:** Q',
        '<Photo id="photo-x" credit="C">\n  Caption\n</Photo>',
        '**Alioune Tine:** A',
        '<PullQuote>\n  A\n</PullQuote>',
      ].join('\n\n'),
      only,
    );
    expect(html).toMatch(/<\/div><mdx-photo id="photo-x" credit="C" section="Part">.*<\/mdx-photo><div class="turn turn-answer"/);
    expect(html).toMatch(/<\/div><mdx-pullquote section="Part">.*<\/mdx-pullquote><\/section>/);
  });

  it('keeps a component inside the turn when the turn goes on after it', async () => {
    const html = await renderMdx(['## Part', '**Alioune Tine:** One.', '<PullQuote>\n  One\n</PullQuote>', 'Two.'].join('\n\n'), only);
    expect(html).toMatch(/<p>.*One.<\/p><mdx-pullquote[^>]*>.*<\/mdx-pullquote><p>Two.<\/p><\/div>/);
  });

  it('keeps the words exactly: quotes, dashes and the space before a question mark', async () => {
    const words = 'What are the priorities ? – “Well, the elections are the solution”. I’m sure.';
    const html = await renderMdx(['## Part', `**Alioune Tine:** ${words}`].join('\n\n'));
    expect(html).toContain(words);
  });

  it('leaves a document that names no speakers alone', async () => {
    const html = await renderMdx('## About\n\nSome text.', { frontmatter: { title: 'About' }, plugins: [rehypeSpeakerTurns] });
    expect(html).toBe('<h2>About</h2>\n<p>Some text.</p>');
  });
});
