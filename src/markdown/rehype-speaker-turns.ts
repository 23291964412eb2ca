import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { failAt } from '../lib/content-error';
import { headingId } from '../lib/slug';
import type { TranscriptSection } from '../lib/transcript-sections';
import { proseText } from '../lib/hast-text';
import { speakersFrom, turnId, turnKindOf, turnName, type Speakers, type TurnKind } from '../lib/speakers';

interface Section {
  element: Element;
  heading: Element;
  title: string;
  turns: string[];
}

interface Turn {
  element: Element;
  /** Figures and quotes met after the turn's last paragraph: they stand after the turn, not in it. */
  trailing: RootContent[];
}

/**
 * Derives the interview's structure from natural Markdown.
 *
 * Every `##` heading opens a `<section>`; a paragraph that opens with `**Name:**` opens a speaker
 * turn (`#q1`… for the interviewer, `#a1`… for the interviewee); unlabelled paragraphs continue
 * the turn before them. Documents whose frontmatter names no interviewer and interviewee pass
 * through untouched.
 */
export function rehypeSpeakerTurns() {
  return (tree: Root, file: VFile) => {
    const speakers = speakersFrom(astroFrontmatter(file));
    if (!speakers) return;

    const children: RootContent[] = [];
    const sections: TranscriptSection[] = [];
    const counts: Record<TurnKind, number> = { question: 0, answer: 0 };
    let section: Section | undefined;
    let turn: Turn | undefined;

    const closeTurn = () => {
      if (!turn || !section) return;
      section.element.children.push(turn.element, ...(turn.trailing as ElementContent[]));
      turn = undefined;
    };
    const closeSection = () => {
      if (!section) return;
      closeTurn();
      if (section.turns.length === 0) {
        failAt(
          file,
          section.heading,
          `The heading “${section.title}” has no speaker turn under it.`,
          'Add at least one paragraph that opens with **Name:** below it, or remove the heading.',
        );
      }
      children.push(section.element);
      sections.push({ id: headingId(section.title), title: section.title, turns: section.turns });
      section = undefined;
    };

    for (const node of tree.children) {
      if (node.type === 'text' && node.value.trim() === '') continue;

      if (isElement(node, 'h2')) {
        closeSection();
        const title = proseText(node);
        section = { element: h('section', { className: ['interview-section'] }, [node]), heading: node, title, turns: [] };
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

      const label = isElement(node, 'p') ? speakerLabel(node) : undefined;
      if (label) {
        closeTurn();
        const kind = turnKindOf(label.name, speakers);
        if (!kind) {
          failAt(
            file,
            label.element,
            `The speaker label “${label.name}:” matches neither speaker.`,
            `Write **${speakers.interviewer.name}:** or **${speakers.interviewee.name}:** exactly as in the frontmatter (interviewer / interviewee).`,
          );
        }
        label.element.properties.className = ['speaker'];
        counts[kind] += 1;
        section.turns.push(turnId(kind, counts[kind]));
        turn = { element: turnElement(kind, counts[kind], speakers, section.title, label.paragraph), trailing: [] };
        continue;
      }

      if (isAside(node)) {
        tagWithSection(node, section.title);
        if (turn) turn.trailing.push(node);
        else section.element.children.push(node as ElementContent);
        continue;
      }

      if (!turn) {
        failAt(
          file,
          node,
          `Text in the section “${section.title}” comes before its first speaker label.`,
          `Open the paragraph with **${speakers.interviewer.name}:** or **${speakers.interviewee.name}:**.`,
        );
      }
      turn.element.children.push(...(turn.trailing as ElementContent[]), node as ElementContent);
      turn.trailing = [];
    }
    closeSection();
    tree.children = children;
    (file.data.astro as { frontmatter: Record<string, unknown> }).frontmatter.transcriptSections = sections;
  };
}

function turnElement(kind: TurnKind, n: number, speakers: Speakers, sectionTitle: string, first: Element): Element {
  const speaker = kind === 'question' ? speakers.interviewer : speakers.interviewee;
  const id = turnId(kind, n);
  const name = turnName(kind, n);
  return h(
    'div',
    {
      className: ['turn', `turn-${kind}`],
      id,
      role: 'group',
      ariaLabel: `${name}: ${speaker.name}, ${speaker.role}`,
      dataSpeaker: kind,
      dataPagefindTitle: `${speaker.name} · ${sectionTitle} (${id.toUpperCase()})`,
    },
    [
      h('a', { className: ['turn-permalink'], href: `#${id}`, title: `Link to this ${kind}: copies its address`, dataPagefindIgnore: '' }, [
        h('span', { ariaHidden: 'true' }, id.toUpperCase()),
        h('span', { className: ['sr-only'] }, `Link to ${name.toLowerCase()}`),
      ]),
      first,
    ],
  );
}

/** `<p><strong>Name:</strong> …` → the paragraph, its label element and the name in it. */
function speakerLabel(paragraph: Element): { paragraph: Element; element: Element; name: string } | undefined {
  const first = paragraph.children[0];
  if (!first || !isElement(first, 'strong')) return undefined;
  const text = proseText(first).trim();
  if (!text.endsWith(':')) return undefined;
  return { paragraph, element: first, name: text.slice(0, -1).trim() };
}

function isElement(node: RootContent | ElementContent, tagName: string): node is Element {
  return node.type === 'element' && node.tagName === tagName;
}

function isFootnotes(node: RootContent): boolean {
  return node.type === 'element' && node.tagName === 'section' && 'dataFootnotes' in node.properties;
}

/** MDX components (a photo, a pull quote) set between paragraphs. */
function isAside(node: RootContent): node is RootContent & MdxJsxElement {
  return node.type === 'mdxJsxFlowElement';
}

interface MdxJsxElement {
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

/** Tells a component which section it stands in (a photo titles its search result with it). */
function tagWithSection(node: MdxJsxElement, title: string): void {
  if (!node.attributes.some((attribute) => attribute.name === 'section')) {
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'section', value: title });
  }
}

function astroFrontmatter(file: VFile): unknown {
  const astro = file.data.astro as { frontmatter?: unknown } | undefined;
  return astro?.frontmatter;
}
