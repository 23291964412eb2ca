import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../src/lib/glossary-terms.ts';
import { rehypeGlossaryLinks } from '../../src/markdown/rehype-glossary-links.ts';
import { rehypeSpeakerTurns } from '../../src/markdown/rehype-speaker-turns.ts';
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
  const plugins = [rehypeSpeakerTurns, [rehypeGlossaryLinks, { terms, glossaryHref: '/interview/glossary/' }]];
  const html = await renderMdx(markdown, { frontmatter, plugins: plugins as never });
  return { html, mentions: frontmatter.glossaryMentions as Record<string, Array<{ id: string; label: string; section: string }>> };
}

describe('rehypeGlossaryLinks', () => {
  it('links the first mention of each term in each turn, and only the first', async () => {
    const { html } = await render(
      ['## Part', '**Alioune Tine:** ECOWAS and Mali. ECOWAS again, Mali again.', '**Alexandre Carette:** And ECOWAS?'].join('\n\n'),
    );
    expect(html.match(/<a class="glossary-term" href="\/interview\/glossary\/#ecowas" data-glossary="ecowas">ECOWAS<\/a>/g)).toHaveLength(
      2,
    );
    expect(html.match(/data-glossary="mali"/g)).toHaveLength(1);
    expect(html).toContain('ECOWAS again, Mali again.');
  });

  it('matches whole words only, exactly as the glossary writes them', async () => {
    const { html } = await render(['## Part', '**Alioune Tine:** The Malian army; mali; MALI.'].join('\n\n'));
    expect(html).not.toContain('glossary-term');
  });

  it('prefers the longest match', async () => {
    const { html } = await render(
      ['## Part', '**Alioune Tine:** the Economic Community of East African States West (ECOWAS).'].join('\n\n'),
    );
    expect(html).toContain('data-glossary="ecowas">Economic Community of East African States West</a> (ECOWAS).');
  });

  it('records every place that mentions a term, speaker labels and photos included', async () => {
    const { mentions } = await render(
      [
        '## Part',
        '**Alexandre Carette:** About Mali?',
        '<Photo id="photo-x" credit="ECOWAS/Someone">\n  A caption.\n</Photo>',
        '**Alioune Tine:** Mali.',
      ].join('\n\n'),
      [...TERMS, term('alioune-tine', ['Alioune Tine'])],
    );
    expect(mentions.mali).toEqual([
      { id: 'introduction', label: 'Introduction', section: '' },
      { id: 'q1', label: 'Q1', section: 'Part' },
      { id: 'a1', label: 'A1', section: 'Part' },
    ]);
    expect(mentions.ecowas).toEqual([
      { id: 'introduction', label: 'Introduction', section: '' },
      { id: 'photo-x', label: 'Photo', section: 'Part' },
    ]);
    expect(mentions['alioune-tine']).toEqual([
      { id: 'introduction', label: 'Introduction', section: '' },
      { id: 'a1', label: 'A1', section: 'Part' },
    ]);
  });

  it('stops the build for an entry the interview never mentions, naming the entry’s file and line', async () => {
    await expect(render('## Part\n\n**Alioune Tine:** Mali.', [...TERMS, term('gao', ['Gao'], 6)])).rejects.toThrow(
      /content\/glossary\/gao\.md:6: The glossary entry “gao” is never mentioned in the interview .* → Fix its `matches`/,
    );
  });
});
