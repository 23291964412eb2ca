import { describe, expect, it } from 'vitest';
import { renderError, renderMdx } from '../support/markdown.ts';

/** A transcript with `extra` on line 5, inside answer 1. */
const transcriptWith = (extra: string) => ['## Part', '**Alioune Tine:** One.', extra, 'Two.'].join('\n\n');

describe('MDX in content: only the listed components, with their props checked', () => {
  it('accepts a photo and a pull quote written as documented', async () => {
    const { model } = await renderMdx(
      transcriptWith('<Photo id="photo-x" credit="C" alt="A">\n  Caption\n</Photo>\n\n<PullQuote>\n  One\n</PullQuote>'),
    );
    expect(model?.photos.map((photo) => photo.id)).toEqual(['photo-x']);
  });

  const CASES: Array<{ name: string; extra: string; says: RegExp; fix: RegExp }> = [
    {
      name: 'an unknown component',
      extra: '<Map region="Gao" />',
      says: /<Map> is not a component the content may use/,
      fix: /Use Photo and PullQuote/,
    },
    {
      name: 'a misspelt prop',
      extra: '<Photo id="photo-x" credt="C">\n  Caption\n</Photo>',
      says: /<Photo> has no prop `credt`/,
      fix: /Did you mean `credit`\?/,
    },
    {
      name: 'a photo without credit',
      extra: '<Photo id="photo-x">\n  Caption\n</Photo>',
      says: /<Photo> is missing its `credit` prop/,
      fix: /Add credit="…"/,
    },
    {
      name: 'an empty credit',
      extra: '<Photo id="photo-x" credit=" ">\n  Caption\n</Photo>',
      says: /<Photo>’s `credit` is not valid: write the credit/,
      fix: /Correct credit=" "/,
    },
    {
      name: 'a photo without caption',
      extra: '<Photo id="photo-x" credit="C" />',
      says: /<Photo> has no content: the caption goes between/,
      fix: /Write the caption inside it/,
    },
    {
      name: 'a badly formed photo id',
      extra: '<Photo id="Mopti" credit="C">\n  Caption\n</Photo>',
      says: /<Photo>’s `id` is not valid: write it as photo-/,
      fix: /Correct id="Mopti"/,
    },
    {
      name: 'a prop written as an expression',
      extra: '<Photo id="photo-x" credit={"C"}>\n  Caption\n</Photo>',
      says: /`credit` is not text in quotes/,
      fix: /credit="…"/,
    },
    {
      name: 'an empty pull quote',
      extra: '<PullQuote></PullQuote>',
      says: /<PullQuote> has no content/,
      fix: /Write the quoted words inside it/,
    },
    {
      name: 'a pull quote with a prop',
      extra: '<PullQuote cite="x">\n  One\n</PullQuote>',
      says: /<PullQuote> has no prop `cite`/,
      fix: /PullQuote takes no props/,
    },
    {
      name: 'an expression',
      extra: 'Home is {process.env.HOME}.',
      says: /The expression \{process\.env\.HOME\} would run code at build time/,
      fix: /write \\\{ and \\\}/,
    },
    { name: 'a block expression', extra: '{1 + 1}', says: /The expression \{1 \+ 1\}/, fix: /Remove it/ },
    {
      name: 'a raw script',
      extra: '<script>alert(1)</script>',
      says: /Raw HTML \(<script>\) is not allowed/,
      fix: /Write it in Markdown instead/,
    },
    {
      name: 'a raw image with onerror',
      extra: 'A <img src="x" onerror="alert(1)" /> here.',
      says: /Raw HTML \(<img>\) is not allowed/,
      fix: /Markdown/,
    },
    { name: 'an export', extra: 'export const x = 1', says: /`import` and `export` are not allowed in content/, fix: /Remove the line/ },
    { name: 'an import', extra: "import Map from '../map.astro'", says: /`import` and `export` are not allowed/, fix: /Remove the line/ },
  ];
  for (const { name, extra, says, fix } of CASES) {
    it(`refuses ${name}, naming the line`, async () => {
      const message = await renderError(transcriptWith(extra));
      expect(message).toMatch(/^fixture\.mdx:5:\d+: /);
      expect(message).toMatch(says);
      expect(message).toMatch(fix);
    });
  }

  it('refuses a photo id used twice, naming both lines', async () => {
    const photo = '<Photo id="photo-x" credit="C">\n  Caption\n</Photo>';
    const message = await renderError(['## Part', '**Alioune Tine:** One.', photo, photo].join('\n\n'));
    expect(message).toMatch(/^fixture\.mdx:9:1: The photo id “photo-x” is already used on line 5\./);
  });

  it('lets an MDX comment through', async () => {
    const { model } = await renderMdx(transcriptWith('{/* an editors’ reminder */}'));
    expect(model?.turns[0]?.paragraphs).toEqual(['One.', 'Two.']);
  });
});

describe('headings: `##` only, with an id of their own', () => {
  const CASES: Array<{ name: string; source: string[]; line: number; says: RegExp }> = [
    {
      name: 'a second title',
      source: ['# Another title', '## Part', '**Alioune Tine:** One.'],
      line: 1,
      says: /level-1 heading.*the page’s title comes from `title` in the frontmatter/s,
    },
    {
      name: 'a sub-heading',
      source: ['## Part', '**Alioune Tine:** One.', '### Detail'],
      line: 5,
      says: /level-3 heading; the transcript’s sections are `##` headings only/,
    },
    {
      name: 'a heading with no words',
      source: ['## !!!', '**Alioune Tine:** One.'],
      line: 1,
      says: /The heading “!!!” has no letters or digits to make its id from/,
    },
    {
      name: 'a heading that takes a turn’s id',
      source: ['## A3', '**Alioune Tine:** One.'],
      line: 1,
      says: /would get the id #a3, which is a question’s or answer’s \(q1…, a1…\) id/,
    },
    {
      name: 'a heading that takes the notes’ id',
      source: ['## Editorial notes', '**Alioune Tine:** One.'],
      line: 1,
      says: /would get the id #editorial-notes, which is the site’s own \(notes\) id/,
    },
    {
      name: 'a heading that takes a photo’s id',
      source: ['## Photo mopti', '**Alioune Tine:** One.'],
      line: 1,
      says: /#photo-mopti, which is a photo’s/,
    },
    {
      name: 'a heading that takes the skip link’s target',
      source: ['## Main', '**Alioune Tine:** One.'],
      line: 1,
      says: /#main, which is the site’s own \(main\) id/,
    },
    {
      name: 'two headings with one id',
      source: ['## Look forward', '**Alioune Tine:** One.', '## Look forward!', '**Alioune Tine:** Two.'],
      line: 5,
      says: /“Look forward!” would get the id #look-forward, already taken by the heading on line 1/,
    },
  ];
  for (const { name, source, line, says } of CASES) {
    it(`refuses ${name}, naming the line`, async () => {
      const message = await renderError(source.join('\n\n'));
      expect(message).toMatch(new RegExp(`^fixture\\.mdx:${line}:1: `));
      expect(message).toMatch(says);
    });
  }

  it('lets other pages use words that are turn or photo ids on the interview page', async () => {
    const { html } = await renderMdx('## Photo credits\n\n## Q1', { frontmatter: { title: 'About' } });
    expect(html).toContain('<h2 id="photo-credits">');
    expect(html).toContain('<h2 id="q1">');
  });
});

describe('notes', () => {
  it('refuses a note written twice, naming both lines', async () => {
    const message = await renderError(['## Part', '**Alioune Tine:** One[^x].', '[^x]: First.', '[^x]: Second.'].join('\n\n'));
    expect(message).toMatch(
      /^fixture\.mdx:7:1: The note \[\^x\] is written twice; the first one, on line 5, would be published and this one dropped\./,
    );
  });
});
