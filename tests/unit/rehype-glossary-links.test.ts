import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../src/lib/glossary-terms.ts';
import { renderMdx, SPEAKERS } from '../support/markdown.ts';

const term = (id: string, matches: string[], line = 4): GlossaryTerm => ({
  id,
  term: id,
  matches,
  source: { path: `content/glossary/${id}.md`, line },
});
const TERMS = [term('ecowas', ['ECOWAS', 'Economic Community of East African States West']), term('mali', ['Mali'])];

async function render(
  markdown: string,
  terms = TERMS,
  frontmatter: Record<string, unknown> = { ...SPEAKERS, byline: 'Spoke with Alioune Tine in Mali about ECOWAS.' },
) {
  const { tree, model } = await renderMdx(markdown, { frontmatter, glossary: terms, base: '/interview/' });
  if (!model) throw new Error('no interview model');
  return { tree, model };
}

describe('rehypeGlossaryLinks', () => {
  it('links the first mention of each term in each turn, and only the first', async () => {
    const { tree } = await render(
      ['## Part', '**Alioune Tine:** ECOWAS and Mali. ECOWAS again, Mali again.', '**Alexandre Carette:** And ECOWAS?'].join('\n\n'),
    );
    const links = (turn: string) => selectAll(`#${turn} a.glossary-term`, tree).map((link) => [link.properties.href, toString(link)]);
    expect(links('a1')).toEqual([
      ['/interview/glossary/#ecowas', 'ECOWAS'],
      ['/interview/glossary/#mali', 'Mali'],
    ]);
    expect(links('q1')).toEqual([['/interview/glossary/#ecowas', 'ECOWAS']]);
    expect(toString(select('#a1 p', tree) ?? tree)).toBe('Alioune Tine: ECOWAS and Mali. ECOWAS again, Mali again.');
  });

  it('indexes the entry’s other names at a mention for search, in a data attribute the page never shows', async () => {
    const ecowas = { ...term('ecowas', ['ECOWAS', 'Economic Community of East African States West']), term: 'ECOWAS' };
    const terms = [{ ...ecowas, searchForms: ['ECOWAS', 'Economic Community of West African States'] }, term('mali', ['Mali'])];
    const { tree } = await render(
      ['## Part', '**Alioune Tine:** The Economic Community of East African States West and Mali.', '**Alexandre Carette:** ECOWAS?'].join(
        '\n\n',
      ),
      terms,
    );
    const forms = (turn: string) =>
      selectAll(`#${turn} a.glossary-term`, tree).map((link) => [
        toString(link),
        link.properties.dataSearchForms,
        link.properties.dataPagefindIndexAttrs,
      ]);
    expect(forms('a1')).toEqual([
      ['Economic Community of East African States West', 'ECOWAS, Economic Community of West African States', 'data-search-forms'],
      ['Mali', undefined, undefined],
    ]);
    // The mention's own words are not repeated.
    expect(forms('q1')).toEqual([['ECOWAS', 'Economic Community of West African States', 'data-search-forms']]);
  });

  it('matches whole words only, exactly as the glossary writes them', async () => {
    const { tree } = await render(['## Part', '**Alioune Tine:** The Malian army; mali; MALI.'].join('\n\n'));
    expect(selectAll('a.glossary-term', tree)).toEqual([]);
  });

  it('prefers the longest match', async () => {
    const { tree } = await render(
      ['## Part', '**Alioune Tine:** the Economic Community of East African States West (ECOWAS).'].join('\n\n'),
    );
    expect(selectAll('a.glossary-term', tree).map((link) => toString(link))).toEqual(['Economic Community of East African States West']);
  });

  it('records in the model which entries each turn, photo and the introduction mention, speaker labels included', async () => {
    const { model } = await render(
      [
        '## Part',
        '**Alexandre Carette:** About Mali?',
        '<Photo id="photo-x" credit="ECOWAS/Someone">\n  A caption.\n</Photo>',
        '**Alioune Tine:** Mali.',
      ].join('\n\n'),
      [...TERMS, term('alioune-tine', ['Alioune Tine'])],
    );
    expect(model.introductionMentions).toEqual(['alioune-tine', 'mali', 'ecowas']);
    expect(model.turns.map((turn) => [turn.id, turn.mentions])).toEqual([
      ['q1', ['mali']],
      ['a1', ['alioune-tine', 'mali']],
    ]);
    expect(model.photos.map((photo) => [photo.id, photo.mentions])).toEqual([['photo-x', ['ecowas']]]);
  });

  it('stops the build for an entry the interview never mentions, naming the entry’s file and line', async () => {
    await expect(render('## Part\n\n**Alioune Tine:** Mali.', [...TERMS, term('gao', ['Gao'], 6)])).rejects.toThrow(
      /content\/glossary\/gao\.md:6: The glossary entry “gao” is never mentioned in the interview .* → Fix its `matches`/,
    );
  });
});
