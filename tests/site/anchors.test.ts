import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { allIds, readHtml, select } from '../support/html.ts';

/**
 * Every public anchor of the interview page. Readers share links to these: renaming or dropping
 * one breaks those links, so a change here must be deliberate.
 */
const PUBLIC_IDS = [
  'standfirst',
  'introduction',
  'cancer-impunity',
  'q1',
  'photo-mopti',
  'a1',
  'put-civilians-first',
  'q2',
  'a2',
  'prevent-a-apocalypse',
  'q3',
  'a3',
  'ensure-the-security',
  'q4',
  'a4',
  'photo-timbuktu',
  'q5',
  'a5',
  'look-forward',
  'q6',
  'a6',
  'q7',
  'a7',
  'photo-alioune-tine',
  'editorial-notes',
];

/** The editorial notes and the places that refer to them: `#user-content-fn-…` / `#user-content-fnref-…`. */
const NOTE_IDS = [
  'cancer-impunity',
  'keita',
  'ecowas',
  'even-if',
  'caught-between',
  'french-citizens',
  'aggression',
  'prosecution',
  'instructions',
  'could-you',
  'military-service',
  'apocalypse',
  'withdrawal',
  'civil-abuses',
  'barkhane-strength',
  'east-africa',
  'case',
  'elections-first',
];

describe('anchors of the interview page', () => {
  const tree = readHtml(join(inject('outDirs').root, 'index.html'));
  const article = select('article.interview', tree);
  const articleIds = article ? allIds({ type: 'root', children: [article] }) : [];

  it('are exactly the public list, in order', () => {
    expect(articleIds.filter((id) => !id.startsWith('user-content-'))).toEqual(PUBLIC_IDS);
  });

  it('include every editorial note and every reference to one', () => {
    expect(articleIds.filter((id) => id.startsWith('user-content-fn-'))).toEqual(NOTE_IDS.map((id) => `user-content-fn-${id}`));
    expect(articleIds.filter((id) => id.startsWith('user-content-fnref-'))).toEqual(NOTE_IDS.map((id) => `user-content-fnref-${id}`));
  });

  it('are unique on the page', () => {
    const ids = allIds(tree);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('put Q5 and A5 in “Ensure the security”, with no heading of their own', () => {
    const section = select('section:has(#ensure-the-security)', tree);
    expect(section && select('#q5', section)).toBeTruthy();
    expect(section && select('#a5', section)).toBeTruthy();
  });

  it('tell questions from answers in the markup, with the speaker’s name and role', () => {
    const q3 = select('#q3', tree);
    const a3 = select('#a3', tree);
    expect(q3?.properties.ariaLabel).toBe('Question 3: Alexandre Carette, UN News');
    expect(a3?.properties.ariaLabel).toBe('Answer 3: Alioune Tine, UN Independent Expert on the situation of human rights in Mali');
    expect(q3?.properties.className).toEqual(['turn', 'turn-question']);
    expect(a3?.properties.className).toEqual(['turn', 'turn-answer']);
  });
});
