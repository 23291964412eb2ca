import { describe, expect, it } from 'vitest';
import { indexedNameMap, setNamesApart } from '../../src/scripts/search/excerpt.ts';

const names = indexedNameMap(
  [
    'ECOWAS',
    'Economic Community of West African States',
    'CEDEAO',
    'Communauté économique des États de l’Afrique de l’ouest',
    'Mali',
    'IBK',
    'Ibrahim Boubacar Keïta',
  ],
  ['ECOWAS', 'Mali', 'Ibrahim Boubacar Keïta'],
);

describe('excerpts set apart the names indexed beside a mention', () => {
  it('shows a name the search matched in brackets, as it is written, and drops the others', () => {
    expect(
      setNamesApart(
        'including from the ECOWAS, Economic Community of West African States, <mark>CEDEAO,</mark> Communauté économique États Afrique ouest. Economic Community of East African States',
        names,
      ),
    ).toBe('including from the [<mark>CEDEAO</mark>] Economic Community of East African States');
    expect(setNamesApart('overthrew President Ibrahim Boubacar Keïta, IBK. Boubacar Keit, the situation', names)).toBe(
      'overthrew President Boubacar Keit, the situation',
    );
  });

  it('keeps the text’s own sentences: a glossary term alone before a full stop, and words that are no names', () => {
    const text = 'the disputed <mark>legislative</mark> <mark>elections</mark> in Mali. They must be well prepared';
    expect(setNamesApart(text, names)).toBe(text);
    expect(setNamesApart('with ECOWAS and the AU. We', names)).toBe('with ECOWAS and the AU. We');
  });
});
