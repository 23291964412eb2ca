import type { APIRoute } from 'astro';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { getInterview } from '../lib/interview';

/**
 * The transcript as plain Markdown: the header, the sections and turns with their speaker labels,
 * photos as their credit and caption, and the editorial notes as footnotes; no MDX components.
 */
export const GET: APIRoute = async () => {
  const { data, body = '' } = await getInterview();
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*' });
  const tree = processor.parse(body);
  tree.children = tree.children.flatMap(plainMarkdown);
  // The kicker above the title, as the source and the page have them.
  const header = [
    `*${data.kicker}*`,
    `# ${data.title}`,
    data.standfirst,
    data.byline,
    ...(data.headerNote ? [`> Editors’ note: ${data.headerNote}`] : []),
  ];
  const markdown = `${header.join('\n\n')}\n\n${processor.stringify(tree as Root)}`;
  return new Response(markdown, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};

/** A photo becomes a paragraph with its credit and caption; the pull quote, which repeats a sentence, is left out. */
function plainMarkdown(node: RootContent): RootContent[] {
  if (node.type !== 'mdxJsxFlowElement') return [node];
  const element: MdxJsxFlowElement = node;
  if (element.name !== 'Photo') return [];
  const credit = element.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'credit')?.value;
  const caption = element.children.flatMap((child) => (child.type === 'paragraph' ? child.children : []));
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: [
      { type: 'emphasis', children: [{ type: 'text', value: `Photo (not reproduced), ${String(credit ?? '')}:` }] },
      { type: 'text', value: ' ' },
      ...caption,
    ],
  };
  return toString(paragraph) ? [paragraph] : [];
}
