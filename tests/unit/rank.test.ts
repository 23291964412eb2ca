import { describe, expect, it } from 'vitest';
import { rankPassages, type Candidate } from '../../src/scripts/search/rank.ts';

/** A passage as Pagefind hands it over: every word of `text` at its location (words no term matches are skipped by the ranking). */
function passage(id: string, text: string, { interview = true, heading = '' } = {}): Candidate<string> {
  const words = [
    ...heading
      .split(' ')
      .filter(Boolean)
      .map((word) => ({ word, weight: 7 })),
    ...text.split(' ').map((word) => ({ word, weight: 1 })),
  ];
  return { item: id, interview, matches: words.map(({ word, weight }, location) => ({ word, location, weight })) };
}

describe('ranking passages', () => {
  it('puts passages with all the words before those with some, which it keeps apart', () => {
    const ranked = rankPassages('legislative elections', [
      passage('q5', 'Could the elections be a first step?'),
      passage('a5', 'the coup came from the disputed legislative elections in Mali.'),
    ]);
    expect(ranked).toEqual({ full: ['a5'], partial: ['q5'] });
  });

  it('never counts stop-words alone as a match', () => {
    const ranked = rankPassages('glimmer of hope', [
      passage('q1', 'the situation of Mali'),
      passage('a2', 'hope of peace'),
      passage('a3', 'I saw a glimmer of hope.'),
    ]);
    expect(ranked).toEqual({ full: ['a3'], partial: ['a2'] });
  });

  it('ranks the words as a phrase, then close together, over scattered words', () => {
    const ranked = rankPassages('security crisis', [
      passage('scattered', 'security matters, and in the end there was a long and painful crisis'),
      passage('close', 'the crisis of security'),
      passage('phrase', 'to overcome the security crisis'),
    ]);
    expect(ranked.full).toEqual(['phrase', 'close', 'scattered']);
  });

  it('counts a rare word more than a common one among partial matches', () => {
    const ranked = rankPassages('Barkhane Mali', [
      passage('a', 'Mali'),
      passage('b', 'Mali and Mali'),
      passage('c', 'Barkhane'),
      passage('d', 'Mali again'),
    ]);
    expect(ranked.partial[0]).toBe('c');
  });

  it('puts a match in the text before one only in a heading, and a whole word before a longer one it starts', () => {
    expect(
      rankPassages('apocalypse', [passage('section', '', { heading: 'Prevent a apocalypse' }), passage('a3', 'a kind of apocalypse')]).full,
    ).toEqual(['a3', 'section']);
    expect(rankPassages('AU', [passage('photo', 'Aurora Bourdin'), passage('a2', 'the African Union (AU).')]).full).toEqual([
      'a2',
      'photo',
    ]);
  });

  it('keeps page order among equals, interview passages before other pages', () => {
    const ranked = rankPassages('Wagner', [
      passage('glossary', 'Wagner group', { interview: false }),
      passage('q4', 'the group Wagner'),
      passage('a4', 'Wagner is there'),
    ]);
    expect(ranked.full).toEqual(['q4', 'a4', 'glossary']);
  });

  it('needs the exact phrase for a quoted query', () => {
    const ranked = rankPassages('"glimmer of hope"', [passage('a', 'hope and a glimmer of light'), passage('b', 'a glimmer of hope')]);
    expect(ranked).toEqual({ full: ['b'], partial: ['a'] });
  });
});
