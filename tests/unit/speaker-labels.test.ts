import { describe, expect, it } from 'vitest';
import { renderError, renderMdx } from '../support/markdown.ts';

/** A transcript whose answer, on line 5, is written with `label`. */
const withAnswerLabel = (label: string) =>
  ['## Part', '**Alexandre Carette:** A question?', `${label} No one can confirm that.`].join('\n\n');

describe('speaker labels: exactly **Name:**, or the build stops at the line', () => {
  it('accepts the two speakers’ labels exactly as the frontmatter names them', async () => {
    const { model } = await renderMdx(withAnswerLabel('**Alioune Tine:**'));
    expect(model?.turns.map((turn) => turn.id)).toEqual(['q1', 'a1']);
  });

  const CASES: Array<{ label: string; says: RegExp; fix?: RegExp }> = [
    { label: '**Alioune Tine**:', says: /its colon stands outside the bold/, fix: /Write the label as \*\*Alioune Tine:\*\*/ },
    { label: '**Alioune Tine: **', says: /Markdown does not read its asterisks as bold/ },
    { label: '*Alioune Tine:*', says: /it is in italics/, fix: /\*\*Alioune Tine:\*\*/ },
    { label: '**Alioune Tine：**', says: /full-width colon/ },
    { label: '**alioune tine:**', says: /“alioune tine” is not written exactly as the speaker’s name “Alioune Tine”/ },
    { label: '**Alioune Tin:**', says: /“Alioune Tin” is not written exactly as the speaker’s name “Alioune Tine”/ },
    { label: '**Aliune Tine:**', says: /“Aliune Tine” is not written exactly/ },
    { label: 'Alioune Tine:', says: /it is not in bold/ },
    { label: '**Alioune Tine**', says: /it has no colon/ },
    {
      label: '**Moderator:**',
      says: /The speaker label “Moderator:” matches neither speaker/,
      fix: /Write \*\*Alexandre Carette:\*\* or \*\*Alioune Tine:\*\*/,
    },
  ];
  for (const { label, says, fix } of CASES) {
    it(`refuses ${label} on its line`, async () => {
      const message = await renderError(withAnswerLabel(label));
      expect(message).toMatch(/^fixture\.mdx:5:1: /);
      expect(message).toMatch(says);
      expect(message).toMatch(fix ?? /→ /);
    });
  }

  it('refuses a label with nothing after it', async () => {
    const message = await renderError(['## Part', '**Alexandre Carette:** A question?', '**Alioune Tine:**'].join('\n\n'));
    expect(message).toMatch(/^fixture\.mdx:5:1: .*nothing follows it/);
    expect(message).toContain('Write the turn’s words after **Alioune Tine:** in the same paragraph');
  });

  it('leaves prose that merely contains a colon alone', async () => {
    const { model } = await renderMdx(['## Part', '**Alioune Tine:** One.', 'However: the army.', '**Important** words.'].join('\n\n'));
    expect(model?.turns[0]?.paragraphs).toEqual(['One.', 'However: the army.', 'Important words.']);
  });
});
