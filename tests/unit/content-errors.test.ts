import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { renderError } from '../support/markdown.ts';

/**
 * What a maintainer's mistake in the content makes the build print, checked without a build: the
 * check before the build (checkContent) and the render (the Markdown pipeline in Astro's own MDX
 * processor) are what `astro build` runs. tests/build/failing-builds.test.ts runs one real build per
 * stage for the exit code, the printed block and the kept `dist/`.
 */

const TRANSCRIPT = 'content/interview/interview.mdx';
const transcript = readFileSync(join(PROJECT_ROOT, TRANSCRIPT), 'utf8');
/** The line of the transcript that holds `text`. */
const lineOf = (text: string) => transcript.slice(0, transcript.indexOf(text)).split('\n').length;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A throw-away copy of the content folder, with `changes` written into it; the folder it is in. */
function contentWith(changes: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-errors-'));
  roots.push(root);
  cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
  for (const [path, content] of Object.entries(changes)) writeFileSync(join(root, path), content);
  return root;
}

/** The problems the check before the build finds in a copy of the content with `changes`, as the build prints each. */
function checkWith(changes: Record<string, string | Uint8Array>): string[] {
  return checkContent(contentWith(changes)).problems.map(
    ({ path, line, column, message }) => `${path}:${line}${column ? `:${column}` : ''}: ${message}`,
  );
}

/** The message the render of the transcript `text` stops with, with the glossary's entries (and `extraGlossary`'s). */
function renderWith(text: string, extraGlossary: Record<string, string> = {}): Promise<string> {
  const { problems, terms } = checkContent(contentWith(extraGlossary));
  expect(problems).toEqual([]);
  return renderError(text, TRANSCRIPT, { glossary: terms });
}

describe('the check before the build names the file, the line and what to do', () => {
  it('a missing frontmatter field', () => {
    const [problem] = checkWith({ [TRANSCRIPT]: transcript.replace(/^standfirst:.*\n/m, '') });
    expect(problem).toContain('content/interview/interview.mdx:2: The field `standfirst` is missing. → Add `standfirst: …`');
  });

  it('a mistyped frontmatter field', () => {
    expect(checkWith({ [TRANSCRIPT]: transcript.replace('approximate: true', 'approximate: maybe') })).toContain(
      'content/interview/interview.mdx:15: The field `published.approximate` should be a boolean. → Write true or false.',
    );
  });

  it('an MDX syntax error, where MDX notices it: the closing tag two lines on', () => {
    const [problem] = checkWith({ [TRANSCRIPT]: transcript.replace('<PullQuote>', '<PullQuote') });
    expect(problem).toMatch(
      new RegExp(
        `^content/interview/interview\\.mdx:${lineOf('<PullQuote>') + 2}:1: MDX syntax error: Unexpected character .* end of the tag → Check the tag or expression that ends here or just before`,
      ),
    );
  });

  it('a glossary entry whose file name is not its id', () => {
    const wagner = readFileSync(join(PROJECT_ROOT, 'content/glossary/wagner.md'), 'utf8');
    expect(checkWith({ 'content/glossary/Wagner.md': wagner })).toContain(
      'content/glossary/Wagner.md:1: A glossary entry’s file name is its id in links (/glossary/#id), so it must be a lowercase slug. → Rename it wagner.md.',
    );
  });

  it('content that is not valid UTF-8', () => {
    const [before, after] = transcript.split('No one can confirm');
    const bytes = Buffer.concat([Buffer.from(before ?? ''), Buffer.from([0xff, 0xfe]), Buffer.from(`No one can confirm${after}`)]);
    expect(checkWith({ [TRANSCRIPT]: bytes })).toContain(
      `content/interview/interview.mdx:${lineOf('No one can confirm')}: This line is not valid UTF-8 text. → Save the file as UTF-8 and check the line’s accented letters and punctuation.`,
    );
  });

  it('a second file in content/interview/', () => {
    expect(checkWith({ 'content/interview/again.mdx': transcript })).toContain(
      'content/interview:1: content/interview/ must hold exactly one interview (.mdx); it holds 2: again.mdx, interview.mdx. → Keep one file there.',
    );
  });

  it('a glossary entry without its summary, which its preview and the glossary page show', () => {
    const gao = readFileSync(join(PROJECT_ROOT, 'content/glossary/gao.md'), 'utf8');
    expect(checkWith({ 'content/glossary/gao.md': gao.replace(/^summary: .*\n/m, '') })).toEqual([
      expect.stringMatching(/^content\/glossary\/gao\.md:\d+: The field `summary` is missing\. → Add `summary: …`/),
    ]);
  });

  it('an event that concerns no glossary entry, at its line in `concerns`', () => {
    const event = readFileSync(join(PROJECT_ROOT, 'content/events/second-coup-2021.md'), 'utf8');
    const line = event.split('\n').indexOf('  - mali') + 1;
    expect(checkWith({ 'content/events/second-coup-2021.md': event.replace('  - mali', '  - mail') })).toEqual([
      `content/events/second-coup-2021.md:${line}: The event concerns “mail”, which is no glossary entry. → Write the file name, without .md, of an entry in content/glossary/ (for example african-union, alexandre-carette).`,
    ]);
  });

  it('an event with a date at no precision the schema knows, at its line', () => {
    const event = readFileSync(join(PROJECT_ROOT, 'content/events/second-coup-2021.md'), 'utf8');
    expect(checkWith({ 'content/events/second-coup-2021.md': event.replace('date: "2021-05-24"', 'date: "24 May 2021"') })).toEqual([
      'content/events/second-coup-2021.md:2: The field `date` is not valid: write the date as YYYY-MM-DD, YYYY-MM when the sources give only the month, or YYYY. → Correct it; content/README.md lists every field.',
    ]);
  });
});

describe('the render names the file, the line and what to do', () => {
  it('a speaker label with its colon outside the bold (which would merge A4 into Q4 and renumber every later answer)', async () => {
    expect(await renderWith(transcript.replace('**Alioune Tine:** No one', '**Alioune Tine**: No one'))).toContain(
      `content/interview/interview.mdx:${lineOf('**Alioune Tine:** No one')}:1: This paragraph opens with what looks like a speaker label, but its colon stands outside the bold`,
    );
  });

  it('an unknown MDX component', async () => {
    expect(await renderWith(transcript.replace('## Ensure the security', '<Map />\n\n## Ensure the security'))).toContain(
      `content/interview/interview.mdx:${lineOf('## Ensure the security')}:1: <Map> is not a component the content may use.\n  → Use Photo and PullQuote`,
    );
  });

  it('an expression, which would publish the build machine’s details', async () => {
    expect(await renderWith(transcript.replace('No one can confirm', 'No one {process.env.HOME} can confirm'))).toMatch(
      new RegExp(
        `content/interview/interview\\.mdx:${lineOf('No one can confirm')}:\\d+: The expression \\{process\\.env\\.HOME\\} would run code at build time`,
      ),
    );
  });

  it('a glossary entry the interview never mentions', async () => {
    const entry =
      '---\nterm: Bamako\nkind: place\nmatches:\n  - Bamako\nsummary: Capital of Mali.\ncoordinates: { latitude: 12.65, longitude: -8 }\nsources:\n  - publisher: Example\n    title: Bamako\n    date: undated\n    url: https://example.org/bamako\n---\n\nThe capital.\n';
    const message = await renderWith(transcript, { 'content/glossary/bamako.md': entry });
    expect(message).toContain('content/glossary/bamako.md:4: The glossary entry “Bamako” is never mentioned in the interview');
    expect(message).toContain('→ Fix its `matches` to words exactly as the interview writes them, or remove the entry.');
  });

  it('a pull quote that misquotes its answer', async () => {
    const misquoted = transcript.replace(
      '<PullQuote>\n  The top priority is to protect civilians',
      '<PullQuote>\n  The top priority is to protect all civilians',
    );
    expect(misquoted).not.toBe(transcript);
    expect(await renderWith(misquoted)).toContain(
      `content/interview/interview.mdx:${lineOf('<PullQuote>')}:1: The pull quote “The top priority is to protect all civilians who are invariably the main victims” is not, word for word, in the answer it stands in (A2).\n  → Quote A2’s words exactly as the transcript has them, or move the quote after the answer it comes from.`,
    );
  });

  it('a pull quote before any answer', async () => {
    const early = transcript.replace(
      '**Alexandre Carette:** Ten months',
      '<PullQuote>Ten months</PullQuote>\n\n**Alexandre Carette:** Ten months',
    );
    expect(await renderWith(early)).toContain(
      `content/interview/interview.mdx:${lineOf('**Alexandre Carette:** Ten months')}:1: The pull quote “Ten months” stands before any answer.\n  → Put it after the answer whose words it quotes.`,
    );
  });

  describe('a transcript that is not the source’s words, with both readings and the first difference marked', () => {
    const line = (text: string) => `content/interview/interview.mdx:${lineOf(text)}:1`;
    const fix =
      '  → Write the source’s words exactly, in its order. An error in the source is kept and flagged with an editorial note, never fixed.';

    it('a word of an answer changed', async () => {
      expect(await renderWith(transcript.replace('glimmer of hope', 'glimmer of hopes'))).toBe(
        [
          `${line('**Alioune Tine:** With nearly 6,000 men')}: This text is not the source’s words (content/source/interview.txt:39).`,
          '  content: … Mali, I saw a glimmer of ▶hopes. We have asked the international community not …',
          '  source:  … Mali, I saw a glimmer of ▶hope. We have asked the international community not …',
          fix,
        ].join('\n'),
      );
    });

    it('a sentence dropped, at the paragraph that lost it', async () => {
      const dropped = transcript.replace(' But the right question is why Wagner would be there.', '');
      expect(dropped).not.toBe(transcript);
      expect(await renderWith(dropped)).toContain(
        `${line('**Alioune Tine:** No one can confirm')}: This text is not the source’s words (content/source/interview.txt:45).\n  content: … can confirm that Wagner is there. ▶I think that Africans must build their own …\n  source:  … can confirm that Wagner is there. ▶But the right question is why Wagner would …`,
      );
    });

    it('two paragraphs swapped, at the first out of place', async () => {
      const first = 'There are many serious violations';
      const paragraphs = transcript.split('\n\n');
      const at = paragraphs.findIndex((paragraph) => paragraph.startsWith(first));
      [paragraphs[at - 1], paragraphs[at]] = [paragraphs[at]!, paragraphs[at - 1]!];
      expect(await renderWith(paragraphs.join('\n\n'))).toMatch(
        new RegExp(
          `^content/interview/interview\\.mdx:\\d+:1: This text is not the source’s words \\(content/source/interview\\.txt:21\\)\\.\\n  content: ▶There are many serious violations`,
        ),
      );
    });

    it('a word added to the header’s title, at its frontmatter line', async () => {
      expect(await renderWith(transcript.replace('title: "Interview: Despite', 'title: "Interview: Despite all'))).toContain(
        `content/interview/interview.mdx:3:1: This text is not the source’s words (content/source/interview.txt:3).\n  content: Interview: Despite ▶all the security and political crises in Mali, …\n  source:  Interview: Despite ▶the security and political crises in Mali, the …`,
      );
    });

    it('a paragraph added at the end', async () => {
      expect(await renderWith(transcript.replace(/\n\[\^/, '\nThank you.\n\n[^'))).toContain(
        'This text is not in the source: the source (content/source/interview.txt) ends before it.\n  content: ▶Thank you.\n  source:  (nothing)',
      );
    });
  });

  it('a note referred to but never written', async () => {
    expect(await renderWith(transcript.replace('[^east-africa] –', '[^east-afrika] –'))).toMatch(
      /interview\.mdx:\d+:\d+: The note reference \[\^east-afrika\] has no note\./,
    );
  });
});
