import { describe, expect, it } from 'vitest';
import { renderMdx } from '../support/markdown.ts';

/** A page other than the interview: headings only get their anchors. */
const only = { frontmatter: { title: 'About' } };

describe('rehypeHeadingAnchors', () => {
  it('gives a heading an id from its text and a link to itself after it', async () => {
    const { html } = await renderMdx('## Prevent a apocalypse', only);
    expect(html).toBe(
      '<div class="heading-wrapper level-h2"><h2 id="prevent-a-apocalypse">Prevent a apocalypse</h2><a class="anchor-link" href="#prevent-a-apocalypse"><span aria-hidden="true" class="anchor-icon">#</span><span class="sr-only" data-pagefind-ignore="">Section titled “Prevent a apocalypse”</span></a></div>',
    );
  });

  it('derives the ids the interview’s shared links use', async () => {
    const { html } = await renderMdx(
      ['## Cancer impunity', '## Put civilians first', '## Ensure the security', '## Look forward'].join('\n\n'),
      only,
    );
    expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'cancer-impunity',
      'put-civilians-first',
      'ensure-the-security',
      'look-forward',
    ]);
  });
});
