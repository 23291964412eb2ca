import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { GlossaryIndex } from '../lib/glossary-terms';
import { searchFormsOf, termMatcher } from '../lib/term-matcher';
import { fold } from '../lib/words';
import { shownPath, stopForContent } from '../lib/content-error';

export interface GlossaryLinkOptions {
  /** The glossary's entries, kept current by the content integration (also in `astro dev`). */
  glossary: GlossaryIndex;
  /** Address of the glossary page, base path included: `/glossary/`. */
  glossaryHref: string;
}

/**
 * Links the first mention of each glossary entry in each speaker turn to the entry, and records in
 * the interview model which entries each turn, photo and the introduction mention. Runs after
 * rehypeInterviewModel; fails the build for an entry the interview never mentions.
 */
export function rehypeGlossaryLinks({ glossary, glossaryHref }: GlossaryLinkOptions) {
  return (_tree: Root, file: VFile) => {
    const derivation = file.data.interview;
    if (!derivation) return;
    const { model } = derivation;
    const find = termMatcher(glossary.terms);
    const forms = new Map(glossary.terms.map(({ id, searchForms }) => [id, searchForms ?? []]));
    const mentioned = new Set<string>();
    const distinct = (ids: string[]) => {
      for (const id of ids) mentioned.add(id);
      return [...new Set(ids)];
    };

    model.introductionMentions = distinct(find(derivation.introduction).map(({ id }) => id));
    for (const turn of model.turns) {
      const element = derivation.turnElements.get(turn.id);
      if (element) turn.mentions = distinct(linkFirstMentions(element, find, glossaryHref, forms));
    }
    for (const photo of model.photos) {
      const words = `${photo.credit}\n${photo.caption}`;
      const found = find(words);
      photo.mentions = distinct(found.map(({ id }) => id));
      // The figure is not linked; the other names of what it mentions, bar those it also writes, reach search through a prop of <Photo>.
      const own = fold(words);
      const names = found.map(({ id, text }) =>
        searchFormsOf(
          text,
          (forms.get(id) ?? []).filter((form) => !own.includes(fold(form))),
        ),
      );
      const unique = [...new Set(names.filter(Boolean))];
      const node = derivation.placeElements.get(photo.id);
      if (unique.length > 0 && node?.type === 'mdxJsxFlowElement') {
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'searchForms', value: unique.join(', ') });
      }
    }

    const unmentioned = glossary.terms.filter(({ id }) => !mentioned.has(id));
    if (unmentioned.length > 0) {
      stopForContent(
        unmentioned
          .map(
            ({ term, source }) =>
              `${source.path}:${source.line}: The glossary entry “${term}” is never mentioned in the interview (${shownPath(file.path)}). → Fix its \`matches\` to words exactly as the interview writes them, or remove the entry.`,
          )
          .join('\n'),
      );
    }
  };
}

/** Wraps the first mention of each entry in the turn in a link; returns the ids of every entry mentioned, in order. */
function linkFirstMentions(
  turn: Element,
  find: ReturnType<typeof termMatcher>,
  glossaryHref: string,
  forms: ReadonlyMap<string, readonly string[]>,
): string[] {
  const linked = new Set<string>();
  const mentioned: string[] = [];
  visit(turn, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || parent.type !== 'element') return;
    const matches = find(node.value);
    mentioned.push(...matches.map(({ id }) => id));
    // Speaker labels, links and note references mention an entry but are not linked.
    if (['strong', 'a', 'sup'].includes(parent.tagName)) return;
    const fresh = matches.filter((match) => !linked.has(match.id) && linked.add(match.id));
    if (fresh.length === 0) return;
    const parts: ElementContent[] = [];
    let last = 0;
    for (const { id, index: at, text } of fresh) {
      if (at > last) parts.push({ type: 'text', value: node.value.slice(last, at) });
      const searchForms = searchFormsOf(text, forms.get(id) ?? []);
      parts.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['glossary-term'],
          href: `${glossaryHref}#${id}`,
          ...(searchForms ? { dataSearchForms: searchForms, dataPagefindIndexAttrs: 'data-search-forms' } : {}),
        },
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
