import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import type {} from 'mdast-util-mdx-expression';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { EventReferences } from '../../src/lib/event-places.ts';
import type { GlossaryTerm } from '../../src/lib/glossary-terms.ts';
import { markdownPipeline } from '../../src/markdown/index.ts';
import { PROJECT_ROOT } from './build.ts';
import type { InterviewModel } from '../../src/model/interview.ts';

export const SPEAKERS = {
  interviewer: { name: 'Alexandre Carette', role: 'UN News' },
  interviewee: { name: 'Alioune Tine', role: 'UN Independent Expert on the situation of human rights in Mali' },
};

export interface Rendered {
  /** The HTML our plugins produced (MDX components as `<mdx-name attr="…">`, to see where they landed). */
  html: string;
  /** The same, parsed, for structural assertions with hast-util-select. */
  tree: Root;
  /** What the plugins wrote to the frontmatter: the interview model for a transcript. */
  frontmatter: Record<string, unknown>;
  model: InterviewModel | undefined;
}

/**
 * Renders an MDX string with Astro's own MDX processor (`unified().createMdxRenderer`, as
 * `astro build` does) and the site's Markdown pipeline, and captures the tree our plugins leave.
 * A string that starts with frontmatter is split as Astro splits it, so lines stay the file's.
 */
export async function renderMdx(
  source: string,
  {
    frontmatter = SPEAKERS as Record<string, unknown>,
    path = 'fixture.mdx',
    glossary = [] as GlossaryTerm[],
    events = [] as EventReferences[],
    base = '/',
  } = {},
): Promise<Rendered> {
  const split = source.startsWith('---') ? parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }) : undefined;
  const data = split ? (split.frontmatter as Record<string, unknown>) : { ...frontmatter };
  let captured: Root | undefined;
  const capture = () => (tree: Root) => {
    captured = structuredClone(tree);
  };
  const pipeline = markdownPipeline({ base, glossary: { terms: glossary }, events: { events }, root: PROJECT_ROOT });
  const processor = unified({ gfm: false, smartypants: false, ...pipeline, rehypePlugins: [...pipeline.rehypePlugins, capture] });
  const renderer = await processor.createMdxRenderer?.({}, { optimize: false });
  if (!renderer) throw new Error('The unified processor cannot render MDX.');
  await renderer.process(split ? split.content : source, path, data);
  if (!captured) throw new Error('The capture plugin did not run.');
  const html = toHtml(componentsAsElements(captured));
  return { html, tree: fromHtml(html, { fragment: true }), frontmatter: data, model: data.interview as InterviewModel | undefined };
}

/** Renders a fixture and returns the message of the error it stops with. */
export async function renderError(source: string, path = 'fixture.mdx', options: Parameters<typeof renderMdx>[1] = {}): Promise<string> {
  try {
    await renderMdx(source, { ...options, path });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`${path} rendered without error`);
}

function componentsAsElements(tree: Root): Root {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      parent.children.splice(index, 1);
      return index;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const properties = Object.fromEntries(
      node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [[attribute.name, String(attribute.value)]] : [])),
    );
    const element: Element = {
      type: 'element',
      tagName: `mdx-${(node.name ?? 'fragment').toLowerCase()}`,
      properties,
      children: node.children,
    };
    parent.children.splice(index, 1, element);
    return undefined;
  });
  return tree;
}
