import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/lib/words.ts';
import { correctQuery, wordsOf } from '../../src/scripts/search/suggest.ts';

const vocabulary = wordsOf(
  'Operation Barkhane. The Timbuktu region. Burkina Faso and Mali. Malian army. Barkhane’s strength. Mercenaries of Wagner. In June. The Gao region.',
);

describe('corrections', () => {
  it('measures edits, a swap of neighbours counting once', () => {
    expect(editDistance('barkane', 'barkhane')).toBe(1);
    expect(editDistance('timbuctu', 'timbuktu')).toBe(1);
    expect(editDistance('mlai', 'mali')).toBe(1);
    expect(editDistance('gao', 'gao')).toBe(0);
  });

  it('corrects a word nothing holds to the one site word clearly closest, in the site’s spelling, keeping the other words as typed', () => {
    expect(correctQuery('barkane', ['barkane'], vocabulary)).toEqual({ clear: 'Barkhane', choices: ['Barkhane'] });
    expect(correctQuery('Timbuctu?', ['timbuctu'], vocabulary)).toEqual({ clear: 'Timbuktu?', choices: ['Timbuktu?'] });
    expect(correctQuery('what did Tine say about Barkane', ['barkane'], vocabulary).clear).toBe('what did Tine say about Barkhane');
    // Two edits are sure only in a long word.
    expect(correctQuery('mercenarys', ['mercenarys'], vocabulary).clear).toBe('Mercenaries');
    expect(correctQuery('Barkane Timbuctu', ['barkane', 'timbuctu'], vocabulary).clear).toBe('Barkhane Timbuktu');
  });

  it('offers, without a clear correction, the words within reach: too far for a short word, or two as close', () => {
    expect(correctQuery('junta', ['junta'], vocabulary)).toEqual({ choices: ['June'] });
    // A three-letter word is one edit from too many words to be sure.
    expect(correctQuery('Gxo', ['gxo'], vocabulary)).toEqual({ choices: ['Gao'] });
    // Two words as close: neither is clearly best.
    expect(correctQuery('Gaoo', ['gaoo'], wordsOf('Gao and Gaon'))).toEqual({ choices: ['Gao', 'Gaon'] });
  });

  it('corrects nothing for a word far from every word', () => {
    expect(correctQuery('photosynthesis', ['photosynthesis'], vocabulary)).toEqual({ choices: [] });
    expect(correctQuery('ab', ['ab'], vocabulary)).toEqual({ choices: [] });
  });

  it('lists each word once, in its first spelling, without a possessive', () => {
    expect(vocabulary.filter((word) => word.toLowerCase().startsWith('barkhane'))).toEqual(['Barkhane']);
  });
});
