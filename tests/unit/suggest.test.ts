import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/lib/words.ts';
import { suggestWords, wordsOf } from '../../src/scripts/search/suggest.ts';

const vocabulary = wordsOf('Operation Barkhane. The Timbuktu region. Burkina Faso and Mali. Malian army. Barkhane was a major operation.');

describe('did you mean', () => {
  it('measures edits, a swap of neighbours counting once', () => {
    expect(editDistance('barkane', 'barkhane')).toBe(1);
    expect(editDistance('timbuctu', 'timbuktu')).toBe(1);
    expect(editDistance('mlai', 'mali')).toBe(1);
    expect(editDistance('gao', 'gao')).toBe(0);
  });

  it('suggests the interview’s own spelling', () => {
    expect(suggestWords('barkane', vocabulary)).toEqual(['Barkhane']);
    expect(suggestWords('Timbuctu', vocabulary)).toEqual(['Timbuktu']);
  });

  it('suggests nothing for a word far from every word', () => {
    expect(suggestWords('photosynthesis', vocabulary)).toEqual([]);
    expect(suggestWords('ab', vocabulary)).toEqual([]);
  });

  it('lists each word once, in its first spelling', () => {
    expect(vocabulary.filter((word) => word.toLowerCase() === 'barkhane')).toEqual(['Barkhane']);
  });
});
