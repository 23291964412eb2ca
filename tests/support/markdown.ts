import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { markdownPipeline } from '../../src/markdown/index.ts';

const pipeline = markdownPipeline({ base: '/', glossary: [] });

export const SPEAKERS = {
  interviewer: { name: 'Alexandre Carette', role: 'UN News' },
  interviewee: { name: 'Alioune Tine', role: 'UN Independent Expert on the situation of human rights in Mali' },
};

const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

/**
 * Renders an MDX string through the site's own plugins, with the parser MDX uses, to HTML.
 * MDX components come out as `<mdx-name attr="…">` so tests can see where they landed.
 */
export async function renderMdx(
  source: string,
  { frontmatter = SPEAKERS as Record<string, unknown>, path = 'fixture.mdx', plugins = pipeline.rehypePlugins as PluggableList } = {},
): Promise<string> {
  const file = new VFile({ value: source, path, data: { astro: { frontmatter } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(pipeline.remarkPlugins as PluggableList)
    .use(remarkRehype, { ...pipeline.remarkRehype, passThrough: [...MDX_NODE_TYPES] })
    .use(plugins)
    .use(componentsAsElements)
    .use(rehypeStringify);
  const tree = await processor.run(processor.parse(file), file);
  return processor.stringify(tree as Root, file);
}

function componentsAsElements() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined || !(MDX_NODE_TYPES as readonly string[]).includes(node.type)) return;
      const jsx = node as unknown as {
        name?: string;
        attributes?: Array<{ name: string; value: unknown }>;
        children?: Element['children'];
      };
      const properties = Object.fromEntries((jsx.attributes ?? []).map(({ name, value }) => [name, String(value)]));
      const element: Element = {
        type: 'element',
        tagName: `mdx-${(jsx.name ?? 'expression').toLowerCase()}`,
        properties,
        children: jsx.children ?? [],
      };
      parent.children.splice(index, 1, element as never);
    });
  };
}

/** Renders a fixture and returns the message of the error it stops with. */
export async function renderError(source: string, path: string): Promise<string> {
  try {
    await renderMdx(source, { path });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`${path} rendered without error`);
}
