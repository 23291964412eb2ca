import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { renderMdx } from '../support/markdown.ts';

/** A page other than the interview: headings only get their anchors. */
const only = { frontmatter: { title: 'About' } };

describe('rehypeHeadingAnchors', () => {
  it('gives a heading an id from its text and a link to itself after it, labelled for screen readers and not for search', async () => {
    const { tree } = await renderMdx('## Prevent a apocalypse', only);
    const wrapper = select('div.heading-wrapper', tree);
    expect(wrapper && selectAll(':scope > *', wrapper).map((child) => child.tagName)).toEqual(['h2', 'a']);
    expect(select('h2', tree)?.properties.id).toBe('prevent-a-apocalypse');
    const link = select('h2 + a.anchor-link', tree);
    expect(link?.properties.href).toBe('#prevent-a-apocalypse');
    expect(select('a.anchor-link > [aria-hidden]', tree)?.properties.ariaHidden).toBe('true');
    const label = select('a.anchor-link > .sr-only', tree);
    expect(label && toString(label)).toBe('Section titled “Prevent a apocalypse”');
    expect(label?.properties.dataPagefindIgnore).toBe('');
  });

  it('derives the ids the interview’s shared links use', async () => {
    const { tree } = await renderMdx(
      ['## Cancer impunity', '## Put civilians first', '## Ensure the security', '## Look forward'].join('\n\n'),
      only,
    );
    expect(selectAll('h2', tree).map((heading) => heading.properties.id)).toEqual([
      'cancer-impunity',
      'put-civilians-first',
      'ensure-the-security',
      'look-forward',
    ]);
  });
});
