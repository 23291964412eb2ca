import type { Element, ElementContent } from 'hast';
import { proseText } from './hast-text';
import type { Speaker, Speakers, TurnKind } from './speakers';
import { editDistance, fold } from './words';

/** What a paragraph's opening words are, judged against the interview's two speakers. */
export type LabelReading =
  | { kind: 'none' }
  | { kind: 'label'; role: TurnKind; speaker: Speaker; element: Element }
  | { kind: 'problem'; problem: string; fix: string };

const COLON = /[:：]/;

/**
 * Reads a paragraph's speaker label. A label is exactly `**Name:**` for one of the two speakers,
 * followed by the turn's words. Anything that looks like a label but is not one (colon outside
 * the bold, italics, a space inside the bold, a full-width colon, another case, a near-miss name,
 * no bold, nothing after it) is a problem, never text: as text it would merge two turns and
 * renumber every later anchor.
 */
export function readSpeakerLabel(paragraph: Element, speakers: Speakers): LabelReading {
  const [first, next] = paragraph.children;
  if (!first) return { kind: 'none' };
  const text = proseText(paragraph);
  const opensWithEmphasis = isElement(first, 'strong') || isElement(first, 'em');
  const candidate = /^[\s*_]*([^:：\n]{1,60}?)[\s*_]*[:：]/.exec(text)?.[1]?.replace(/[*_]/g, '').trim() ?? '';
  const intended = closestSpeaker(candidate, speakers) ?? (opensWithEmphasis ? closestSpeaker(proseText(first), speakers) : undefined);
  if (!intended && !(opensWithEmphasis && COLON.test(proseText(first) + leadingText(next)))) return { kind: 'none' };

  const names = `**${speakers.interviewer.name}:** or **${speakers.interviewee.name}:**`;
  const want = intended ? `**${intended.name}:**` : names;
  const problem = (what: string, fix = `Write the label as ${want}, bold with the colon inside, then a space and the turn’s words.`) =>
    ({ kind: 'problem', problem: `This paragraph opens with what looks like a speaker label, but ${what}.`, fix }) as const;

  if (isElement(first, 'strong')) {
    const inBold = proseText(first);
    const name = inBold.replace(/[:：]\s*$/, '');
    const exact =
      speakers.interviewer.name === name ? speakers.interviewer : speakers.interviewee.name === name ? speakers.interviewee : undefined;
    if (!COLON.test(inBold) && /^\s*[:：]/.test(leadingText(next))) return problem('its colon stands outside the bold (`**Name**:`)');
    if (inBold.endsWith('：')) return problem('its colon is a full-width colon (：)');
    if (inBold !== inBold.trim()) return problem('the bold has a space inside it');
    if (!inBold.endsWith(':')) return problem('it has no colon');
    if (!exact) {
      if (intended) return problem(`“${name}” is not written exactly as the speaker’s name “${intended.name}”`);
      return {
        kind: 'problem',
        problem: `The speaker label “${name}:” matches neither speaker.`,
        fix: `Write ${names} exactly as in the frontmatter (interviewer / interviewee).`,
      };
    }
    if (proseText({ type: 'element', tagName: 'p', properties: {}, children: paragraph.children.slice(1) }).trim() === '') {
      return problem('nothing follows it', `Write the turn’s words after ${want} in the same paragraph, or remove the label.`);
    }
    if (!/^ \S/.test(leadingText(next))) return problem('no single space follows it');
    const role = exact === speakers.interviewer ? 'question' : 'answer';
    return { kind: 'label', role, speaker: exact, element: first };
  }
  if (isElement(first, 'em')) return problem('it is in italics');
  if (text.trimStart().startsWith('*') || text.trimStart().startsWith('_')) {
    return problem('Markdown does not read its asterisks as bold (a space before the closing `**`?)');
  }
  return problem('it is not in bold');
}

/** The speaker whose name this is, ignoring case, accents and spacing, or within two letters of it. */
function closestSpeaker(words: string, speakers: Speakers): Speaker | undefined {
  const wanted = fold(words);
  if (wanted.length < 3) return undefined;
  return [speakers.interviewer, speakers.interviewee].find((speaker) => {
    const name = fold(speaker.name);
    return name === wanted || (Math.abs(name.length - wanted.length) <= 2 && editDistance(name, wanted) <= 2);
  });
}

function leadingText(node: ElementContent | undefined): string {
  return node?.type === 'text' ? node.value : '';
}

function isElement(node: ElementContent, tagName: string): node is Element {
  return node.type === 'element' && node.tagName === tagName;
}
