import { describe, expect, it } from 'vitest';
import { rankPassages, readQuery, type Candidate } from '../../src/scripts/search/rank.ts';

/** A passage as Pagefind hands it over: every word of `text` at its location (words no term matches are skipped by the ranking). */
function passage(
  id: string,
  text: string,
  {
    interview = true,
    heading = '',
    turn,
    note = false,
  }: { interview?: boolean; heading?: string; turn?: Candidate<string>['turn']; note?: boolean } = {},
): Candidate<string> {
  const words = [
    ...heading
      .split(' ')
      .filter(Boolean)
      .map((word) => ({ word, weight: 7 })),
    ...text.split(' ').map((word) => ({ word, weight: 1 })),
  ];
  return {
    item: id,
    interview,
    note,
    ...(turn ? { turn } : {}),
    matches: words.map(({ word, weight }, location) => ({ word, location, weight })),
  };
}

describe('ranking passages', () => {
  it('puts passages with all the words before those with some, which it keeps apart', () => {
    const ranked = rankPassages(readQuery('legislative elections'), [
      passage('q5', 'Could the elections be a first step?'),
      passage('a5', 'the coup came from the disputed legislative elections in Mali.'),
    ]);
    expect(ranked).toEqual({ shown: ['a5'], more: ['q5'], complete: true, unknown: [] });
  });

  it('never counts stop-words alone as a match', () => {
    const ranked = rankPassages(readQuery('glimmer of hope'), [
      passage('q1', 'the situation of Mali'),
      passage('a2', 'hope of peace'),
      passage('a3', 'I saw a glimmer of hope.'),
    ]);
    expect(ranked).toEqual({ shown: ['a3'], more: ['a2'], complete: true, unknown: [] });
  });

  it('ranks the words as a phrase, then close together, over scattered words', () => {
    const ranked = rankPassages(readQuery('security crisis'), [
      passage('scattered', 'security matters, and in the end there was a long and painful crisis'),
      passage('close', 'the crisis of security'),
      passage('phrase', 'to overcome the security crisis'),
    ]);
    expect(ranked.shown).toEqual(['phrase', 'close', 'scattered']);
  });

  it('counts a rare word more than a common one among partial matches', () => {
    const ranked = rankPassages(readQuery('Barkhane Mali'), [
      passage('a', 'Mali'),
      passage('b', 'Mali and Mali'),
      passage('c', 'Barkhane'),
      passage('d', 'Mali again'),
    ]);
    expect(ranked.shown[0]).toBe('c');
  });

  it('puts a match in the text before one only in a heading, and a whole word before a longer one it starts', () => {
    expect(
      rankPassages(readQuery('apocalypse'), [
        passage('section', '', { heading: 'Prevent a apocalypse' }),
        passage('a3', 'a kind of apocalypse'),
      ]).shown,
    ).toEqual(['a3', 'section']);
    expect(rankPassages(readQuery('AU'), [passage('photo', 'Aurora Bourdin'), passage('a2', 'the African Union (AU).')]).shown).toEqual([
      'a2',
      'photo',
    ]);
  });

  it('keeps page order among equals, interview passages before other pages', () => {
    const ranked = rankPassages(readQuery('Wagner'), [
      passage('glossary', 'Wagner group', { interview: false }),
      passage('q4', 'the group Wagner'),
      passage('a4', 'Wagner is there'),
    ]);
    expect(ranked.shown).toEqual(['q4', 'a4', 'glossary']);
  });

  it('needs the exact phrase for a quoted query', () => {
    const ranked = rankPassages(readQuery('"glimmer of hope"'), [
      passage('a', 'hope and a glimmer of light'),
      passage('b', 'a glimmer of hope'),
    ]);
    expect(ranked).toEqual({ shown: ['b'], more: ['a'], complete: true, unknown: [] });
  });

  it('weighs a word by its rarity in the interview: one the interview never uses does not hide the passage that lacks it', () => {
    const ranked = rankPassages(readQuery('Russian mercenaries'), [
      passage('q4', 'the mercenaries of the paramilitary group Wagner'),
      passage('a4', 'No one can confirm that Wagner is there'),
      passage('wagner', 'Wagner, a Russian paramilitary group of mercenaries', { interview: false }),
    ]);
    expect(ranked).toEqual({ shown: ['q4', 'wagner'], more: [], complete: true, unknown: [] });
  });

  it('ranks passages with some of the words by the rarest words they hold, and lists them all when none has every word', () => {
    const ranked = rankPassages(readQuery('elections say'), [
      passage('a3', 'we say it again'),
      passage('a2', 'we say so'),
      passage('a5', 'the elections are not the solution, without saying'),
      passage('q5', 'Could the elections be a first step?'),
    ]);
    expect(ranked.shown.slice(0, 2)).toEqual(['a5', 'q5']);
    const partial = rankPassages(readQuery('mercenaries Mali'), [
      passage('a1', 'Mali'),
      passage('a2', 'Mali again'),
      passage('q4', 'the mercenaries'),
    ]);
    expect(partial).toEqual({ shown: ['q4', 'a1', 'a2'], more: [], complete: false, unknown: [] });
  });

  it('reads a question: its question words are not searched, and never decide the order', () => {
    expect(readQuery('what did Tine say about elections?', { interviewer: ['Alexandre Carette'], interviewee: ['Alioune Tine'] })).toEqual({
      searched: 'elections?',
      terms: ['elections'],
      exact: false,
      speakers: ['interviewee'],
    });
    expect(readQuery('what did the interviewer ask about elections')).toMatchObject({
      searched: 'the elections',
      speakers: ['interviewer'],
    });
    expect(readQuery('What does this mean').searched).toBe('What does this mean');
    expect(readQuery('"what did he say"')).toMatchObject({ searched: '"what did he say"', exact: true });
    // A name alone is what is searched.
    expect(readQuery('Alioune Tine', { interviewer: [], interviewee: ['Alioune Tine'] })).toMatchObject({
      searched: 'Alioune Tine',
      speakers: [],
    });
  });

  it('puts the named speaker’s turns first, an answer holding its question’s words', () => {
    const names = { interviewer: ['Alexandre Carette'], interviewee: ['Alioune Tine'] };
    const candidates = [
      passage('q4', 'the mercenaries of the paramilitary group Wagner', { turn: { speaker: 'interviewer', number: 4 } }),
      passage('a4', 'No one can confirm that Wagner is there', { turn: { speaker: 'interviewee', number: 4 } }),
      passage('wagner', 'Wagner, a group that later sent armed mercenaries to Mali', { interview: false }),
    ];
    expect(rankPassages(readQuery('what did Tine say about Wagner mercenaries', names), candidates).shown).toEqual(['a4', 'q4', 'wagner']);
    expect(rankPassages(readQuery('what did Carette ask about Wagner mercenaries', names), candidates)).toMatchObject({
      shown: ['q4', 'wagner'],
      more: ['a4'],
    });
    expect(rankPassages(readQuery('Wagner mercenaries', names), candidates)).toMatchObject({ shown: ['q4', 'wagner'], more: ['a4'] });
  });

  it('names the words nothing holds', () => {
    expect(rankPassages(readQuery('Barkhane xylophone'), [passage('q3', 'Operation Barkhane')])).toEqual({
      shown: ['q3'],
      more: [],
      complete: true,
      unknown: ['xylophone'],
    });
  });

  it('lists a turn that lacks only a common word beside the passages with every word, and before them', () => {
    const ranked = rankPassages(readQuery('which countries are threatened by the armed groups'), [
      passage('a1', 'armed groups, extremists'),
      passage('q2', 'these extremist armed groups'),
      passage('a2', 'These are groups that loot. It is cancer that threatens not only Mali but also coastal countries'),
      passage('benin', 'one of the coastal countries threatened by armed groups', { interview: false }),
    ]);
    expect(ranked).toMatchObject({ shown: ['a2', 'benin'], complete: true });
  });

  it('lists the source’s words before an editorial note on equal footing', () => {
    const ranked = rankPassages(readQuery('president overthrown coup'), [
      passage('note', 'the coup that overthrew President Keita; the President overthrown', { note: true }),
      passage('q1', 'a military coup that overthrew President Boubacar Keit'),
    ]);
    expect(ranked.shown).toEqual(['q1', 'note']);
  });

  it('finds the named speaker’s turn through the turn it pairs with, even holding none of the words itself', () => {
    const names = { interviewer: ['Alexandre Carette'], interviewee: ['Alioune Tine'] };
    const ranked = rankPassages(readQuery('how does the expert think Mali can recover', names), [
      passage('q6', 'What can the UN do to help Mali recover?', { turn: { speaker: 'interviewer', number: 6 } }),
      passage('a6', 'Since all security responses have failed', { turn: { speaker: 'interviewee', number: 6 } }),
      passage('a1', 'Mali to control', { turn: { speaker: 'interviewee', number: 1 } }),
    ]);
    expect(ranked.shown.slice(0, 2)).toEqual(['a6', 'q6']);
  });

  it('neither searches nor weighs the French articles of a French name, but searches “AU” alone', () => {
    expect(readQuery('sanctions de la CEDEAO').terms).toEqual(['sanctions', 'de', 'la', 'cedeao']);
    const ranked = rankPassages(readQuery('sanctions de la CEDEAO'), [
      passage('a2', 'de la paix, de la guerre'),
      passage('q1', 'international sanctions, including from ECOWAS CEDEAO'),
    ]);
    expect(ranked).toMatchObject({ shown: ['q1'], more: [] });
    expect(rankPassages(readQuery('AU'), [passage('a2', 'the African Union (AU)')]).shown).toEqual(['a2']);
  });
});
