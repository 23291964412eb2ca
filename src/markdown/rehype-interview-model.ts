import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import type {} from '@astrojs/markdown-remark';
import { failAt } from '../lib/content-error';
import { proseText } from '../lib/hast-text';
import { checkHeadingId } from '../lib/heading-id';
import { readSpeakerLabel } from '../lib/speaker-label';
import { speakersFrom, turnId, turnName, type Speakers, type TurnKind } from '../lib/speakers';
import type { InterviewModel, InterviewSection, InterviewTurn } from '../model/interview';

/** What the later plugins of the same render need beside the model: the elements it was derived from. */
export interface InterviewDerivation {
  model: InterviewModel;
  /** Each turn's element, by turn id. */
  turnElements: Map<string, Element>;
  /** The element of each place a note can be referred to from (section heading, turn, photo), by its id. */
  placeElements: Map<string, Element | MdxJsxFlowElementHast>;
  /** The frontmatter text of the interview's header, where the introduction's mentions are found. */
  introduction: string;
  /**
   * The transcript's text in the order the source has it, each unit the words of one source line: a heading, a
   * paragraph (a turn's first with its speaker label), a photo's alternative text, credit and caption, a pull quote.
   * rehype-source-fidelity.ts compares them with the source.
   */
  sourceOrder: Array<{ text: string; node: Element | MdxJsxFlowElementHast }>;
}

declare module 'vfile' {
  interface DataMap {
    interview: InterviewDerivation;
  }
}

interface OpenSection {
  element: Element;
  heading: Element;
  model: InterviewSection;
}

interface OpenTurn {
  element: Element;
  /** Figures and quotes met after the turn's last paragraph: they stand after the turn, not in it. */
  trailing: RootContent[];
}

/**
 * Derives the interview's structure from natural Markdown, once, and writes it to the file's
 * data as the interview model (`frontmatter.interview`), which every other part of the site reads.
 *
 * Every `##` heading opens a `<section>`; a paragraph that opens with `**Name:**` opens a speaker
 * turn (`#q1`… for the interviewer, `#a1`… for the interviewee); unlabelled paragraphs continue
 * the turn before them; photos are recorded with their section. Documents whose frontmatter names
 * no interviewer and interviewee pass through untouched.
 */
export function rehypeInterviewModel() {
  return (tree: Root, file: VFile) => {
    const frontmatter = file.data.astro?.frontmatter;
    const speakers = speakersFrom(frontmatter);
    if (!speakers || !frontmatter) return;

    const model: InterviewModel = { introductionMentions: [], sections: [], turns: [], notes: [], photos: [], readingOrder: [] };
    const derivation: InterviewDerivation = {
      model,
      turnElements: new Map(),
      placeElements: new Map(),
      introduction: ['kicker', 'standfirst', 'byline'].map((field) => String(frontmatter[field] ?? '')).join('\n'),
      sourceOrder: [],
    };
    const children: RootContent[] = [];
    const counts: Record<TurnKind, number> = { question: 0, answer: 0 };
    const headingLines = new Map<string, number | undefined>();
    /** Each pull quote, with the answer it stands in or after, whose words it must quote. */
    const pullQuotes: Array<{ node: MdxJsxFlowElementHast; answer: InterviewTurn | undefined }> = [];
    let section: OpenSection | undefined;
    let turn: OpenTurn | undefined;

    const closeTurn = () => {
      if (!turn || !section) return;
      section.element.children.push(turn.element, ...(turn.trailing as ElementContent[]));
      turn = undefined;
    };
    const closeSection = () => {
      if (!section) return;
      closeTurn();
      if (section.model.turns.length === 0) {
        failAt(
          file,
          section.heading,
          `The heading “${section.model.title}” has no speaker turn under it.`,
          'Add at least one paragraph that opens with **Name:** below it, or remove the heading.',
        );
      }
      children.push(section.element);
      section = undefined;
    };

    for (const node of tree.children) {
      if (node.type === 'text' && node.value.trim() === '') continue;

      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
        if (node.tagName !== 'h2') {
          failAt(
            file,
            node,
            `The heading “${proseText(node)}” is a level-${node.tagName[1]} heading; the transcript’s sections are \`##\` headings only.`,
            node.tagName === 'h1'
              ? 'Remove it: the page’s title comes from `title` in the frontmatter. Write sections as `## Heading`.'
              : 'Write it as `## Heading`, a section of its own, or as plain text.',
          );
        }
        closeSection();
        const title = proseText(node);
        derivation.sourceOrder.push({ text: title, node });
        const id = checkHeadingId(file, node, title, headingLines, { interview: true });
        node.properties.id = id;
        const sectionModel: InterviewSection = { id, title, turns: [] };
        model.sections.push(sectionModel);
        derivation.placeElements.set(id, node);
        section = { element: h('section', { className: ['interview-section'] }, [node]), heading: node, model: sectionModel };
        continue;
      }

      if (isFootnotes(node) || node.type === 'mdxjsEsm' || node.type === 'comment' || node.type === 'doctype') {
        closeSection();
        children.push(node);
        continue;
      }

      if (!section) {
        failAt(
          file,
          node,
          'Text comes before the first section heading.',
          'Start the transcript with a `## Heading`; the title, standfirst and byline belong in the frontmatter.',
        );
      }

      const reading = node.type === 'element' && node.tagName === 'p' ? readSpeakerLabel(node, speakers) : { kind: 'none' as const };
      if (reading.kind === 'problem') failAt(file, node, reading.problem, reading.fix);
      if (node.type === 'element') derivation.sourceOrder.push({ text: proseText(node), node });
      if (reading.kind === 'label' && node.type === 'element') {
        closeTurn();
        reading.element.properties.className = ['speaker'];
        counts[reading.role] += 1;
        const number = counts[reading.role];
        const turnModel: InterviewTurn = {
          id: turnId(reading.role, number),
          number,
          role: reading.role,
          speaker: reading.speaker.name,
          section: section.model.id,
          paragraphs: [],
          mentions: [],
        };
        const element = turnElement(turnModel, speakers, section.model.title, node);
        model.turns.push(turnModel);
        model.readingOrder.push(turnModel.id);
        section.model.turns.push(turnModel.id);
        derivation.turnElements.set(turnModel.id, element);
        derivation.placeElements.set(turnModel.id, element);
        turn = { element, trailing: [] };
        continue;
      }

      if (node.type === 'mdxJsxFlowElement') {
        derivation.sourceOrder.push(...componentText(node).map((text) => ({ text, node })));
        if (node.name === 'PullQuote') pullQuotes.push({ node, answer: model.turns.findLast((candidate) => candidate.role === 'answer') });
        recordPhoto(node, section.model, derivation);
        tagWithSection(node, section.model.title);
        if (turn) turn.trailing.push(node);
        else section.element.children.push(node);
        continue;
      }

      if (!turn) {
        failAt(
          file,
          node,
          `Text in the section “${section.model.title}” comes before its first speaker label.`,
          `Open the paragraph with **${speakers.interviewer.name}:** or **${speakers.interviewee.name}:**.`,
        );
      }
      turn.element.children.push(...(turn.trailing as ElementContent[]), node as ElementContent);
      turn.trailing = [];
    }
    closeSection();
    tree.children = children;

    for (const turnModel of model.turns) {
      const element = derivation.turnElements.get(turnModel.id);
      turnModel.paragraphs = (element?.children ?? []).filter(isParagraph).map((paragraph, index) => {
        const text = proseText(paragraph);
        return index === 0 ? text.slice(`${turnModel.speaker}:`.length).trimStart() : text;
      });
    }
    for (const { node, answer } of pullQuotes) checkPullQuote(file, node, answer);
    file.data.interview = derivation;
    frontmatter.interview = model;
  };
}

/** Refuses a pull quote whose words are not, word for word, in the answer it stands in (or the nearest answer before it). */
function checkPullQuote(file: VFile, node: MdxJsxFlowElementHast, answer: InterviewTurn | undefined): void {
  const quote = childrenText(node);
  if (!answer) {
    failAt(file, node, `The pull quote “${quote}” stands before any answer.`, 'Put it after the answer whose words it quotes.');
  }
  if (!answer.paragraphs.join(' ').replace(/\s+/g, ' ').includes(quote)) {
    failAt(
      file,
      node,
      `The pull quote “${quote}” is not, word for word, in the answer it stands in (${answer.id.toUpperCase()}).`,
      `Quote ${answer.id.toUpperCase()}’s words exactly as the transcript has them, or move the quote after the answer it comes from.`,
    );
  }
}

/** A component's words in the source's order: a photo's alternative text (when it has one), credit and caption; a quote's words. */
function componentText(node: MdxJsxFlowElementHast): string[] {
  if (node.name !== 'Photo') return [childrenText(node)];
  return [attribute(node, 'alt'), attribute(node, 'credit'), childrenText(node)].filter((text): text is string => text !== undefined);
}

/** The words inside a component, as one line. */
function childrenText(node: MdxJsxFlowElementHast): string {
  return node.children.map(proseText).join(' ').replace(/\s+/g, ' ').trim();
}

function recordPhoto(node: MdxJsxFlowElementHast, section: InterviewSection, derivation: InterviewDerivation): void {
  const id = attribute(node, 'id');
  if (node.name !== 'Photo' || !id) return;
  derivation.model.photos.push({
    id,
    credit: attribute(node, 'credit') ?? '',
    caption: childrenText(node),
    section: section.id,
    mentions: [],
  });
  derivation.model.readingOrder.push(id);
  derivation.placeElements.set(id, node);
}

function turnElement({ id, role, number }: InterviewTurn, speakers: Speakers, sectionTitle: string, first: Element): Element {
  const speaker = role === 'question' ? speakers.interviewer : speakers.interviewee;
  const name = turnName(role, number);
  return h(
    'div',
    {
      className: ['turn', `turn-${role}`],
      id,
      role: 'group',
      ariaLabel: `${name}: ${speaker.name}, ${speaker.role}`,
      dataPagefindTitle: `${speaker.name} · ${sectionTitle} (${id.toUpperCase()})`,
    },
    [
      h('a', { className: ['turn-permalink'], href: `#${id}`, title: `Link to this ${role}: copies its address`, dataPagefindIgnore: '' }, [
        h('span', { ariaHidden: 'true' }, id.toUpperCase()),
        h('span', { className: ['sr-only'] }, `Link to ${name.toLowerCase()}`),
      ]),
      // Opens the turn's citations (transcript-links.ts); hidden, in place, until its script runs.
      h('button', { type: 'button', className: ['cite-button'], dataCite: `#${id}`, dataPagefindIgnore: '' }, [
        'Cite',
        h('span', { className: ['sr-only'] }, ` ${name.toLowerCase()}`),
      ]),
      first,
    ],
  );
}

function isParagraph(node: ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'p';
}

function isFootnotes(node: RootContent): boolean {
  return node.type === 'element' && node.tagName === 'section' && 'dataFootnotes' in node.properties;
}

/** Tells a component which section it stands in (a photo titles its search result with it). */
function tagWithSection(node: MdxJsxFlowElementHast, title: string): void {
  if (!node.attributes.some((entry) => entry.type === 'mdxJsxAttribute' && entry.name === 'section')) {
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'section', value: title });
  }
}

function attribute(node: MdxJsxFlowElementHast, name: string): string | undefined {
  const found = node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}
