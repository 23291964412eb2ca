import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { GlossaryTerm } from '../lib/glossary-terms';
import { proseText } from '../lib/hast-text';
import { termMatcher, type GlossaryMentions, type MentionPlace } from '../lib/glossary-mentions';
import { speakersFrom } from '../lib/speakers';

export interface GlossaryLinkOptions {
  terms: GlossaryTerm[];
  /** Address of the glossary page, base path included: `/glossary/`. */
  glossaryHref: string;
}

interface MdxJsxElement {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: ElementContent[];
}

/**
 * Links the first mention of each glossary term in each speaker turn to its entry, and records
 * every place that mentions each term (turns, photos, introduction) for the glossary's index.
 * Runs after rehypeSpeakerTurns; fails the build for an entry the interview never mentions.
 */
export function rehypeGlossaryLinks({ terms, glossaryHref }: GlossaryLinkOptions) {
  const find = termMatcher(terms);
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
    if (!speakersFrom(frontmatter) || !frontmatter) return;
    const mentions: GlossaryMentions = Object.fromEntries(terms.map(({ id }) => [id, []]));
    const record = (ids: Iterable<string>, place: MentionPlace) => {
      for (const id of new Set(ids)) mentions[id]?.push(place);
    };

    const introduction = ['kicker', 'standfirst', 'byline'].map((field) => String(frontmatter[field] ?? '')).join('\n');
    record(
      find(introduction).map(({ id }) => id),
      { id: 'introduction', label: 'Introduction', section: '' },
    );

    visit(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'section' && node.properties.className?.toString().includes('interview-section')) {
        const section = sectionTitle(node);
        for (const child of node.children) {
          if (child.type === 'element' && typeof child.properties.id === 'string' && /^[qa]\d+$/.test(child.properties.id)) {
            const id = child.properties.id;
            record(linkFirstMentions(child, find, glossaryHref), { id, label: id.toUpperCase(), section });
          } else if ((child as unknown as MdxJsxElement).type === 'mdxJsxFlowElement') {
            const figure = child as unknown as MdxJsxElement;
            const id = attribute(figure, 'id');
            if (!id) continue;
            const text = `${attribute(figure, 'credit') ?? ''}\n${figure.children.map(proseText).join(' ')}`;
            record(
              find(text).map((match) => match.id),
              { id, label: 'Photo', section },
            );
          }
        }
      }
    });

    const unmentioned = terms.filter(({ id }) => mentions[id]?.length === 0);
    if (unmentioned.length > 0) {
      throw new Error(
        unmentioned
          .map(
            ({ term, source }) =>
              `${source.path}:${source.line}: The glossary entry “${term}” is never mentioned in the interview (${file.path}). → Fix its \`matches\` to words exactly as the interview writes them, or remove the entry.`,
          )
          .join('\n'),
      );
    }
    frontmatter.glossaryMentions = mentions;
  };
}

/** Wraps the first mention of each term in the turn in a link; returns the ids of every term mentioned. */
function linkFirstMentions(turn: Element, find: ReturnType<typeof termMatcher>, glossaryHref: string): string[] {
  const linked = new Set<string>();
  const mentioned: string[] = [];
  visit(turn, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || parent.type !== 'element') return;
    const matches = find(node.value);
    mentioned.push(...matches.map(({ id }) => id));
    // Speaker labels, links and note references mention a term but are not linked.
    if (['strong', 'a', 'sup'].includes(parent.tagName)) return;
    const fresh = [];
    for (const match of matches) {
      if (linked.has(match.id)) continue;
      linked.add(match.id);
      fresh.push(match);
    }
    if (fresh.length === 0) return;
    const parts: ElementContent[] = [];
    let last = 0;
    for (const { id, index: at, text } of fresh) {
      if (at > last) parts.push({ type: 'text', value: node.value.slice(last, at) });
      parts.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['glossary-term'], href: `${glossaryHref}#${id}`, dataGlossary: id },
        children: [{ type: 'text', value: text }],
      });
      last = at + text.length;
    }
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...parts);
    return index + parts.length;
  });
  return mentioned;
}

function sectionTitle(section: Element): string {
  const heading = section.children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2');
  return heading ? proseText(heading) : '';
}

function attribute(node: MdxJsxElement, name: string): string | undefined {
  const value = node.attributes.find((entry) => entry.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}
