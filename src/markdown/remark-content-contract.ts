import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-expression';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-mdxjs-esm';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from '../lib/content-error';
import { editDistance } from '../lib/words';
import { COMPONENTS, type ComponentName } from '../schemas/components';

const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;
const HTML_COMMENT = /^\s*<!--[\s\S]*-->\s*$/;

/**
 * Holds content to what the site can publish safely and exactly: Markdown, and the components
 * listed in src/schemas/components.ts with their props checked. Raw HTML, `{expressions}` and
 * `import`/`export` stop the build with the line: they would run code at build time or ship
 * markup the Content Security Policy then blocks without a word.
 */
export function remarkContentContract() {
  return (tree: Root, file: VFile) => {
    const photoIds = new Map<string, number | undefined>();
    visit(tree, (node) => {
      if (!node.position) return; // added by a plugin, not written
      switch (node.type) {
        case 'mdxjsEsm':
          return failAt(
            file,
            node,
            '`import` and `export` are not allowed in content.',
            'Remove the line: the components content may use are always available.',
          );
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (COMMENT_ONLY.test(node.value)) return;
          return failAt(
            file,
            node,
            `The expression {${node.value.trim()}} would run code at build time and publish its result.`,
            'Remove it; for literal braces in prose, write \\{ and \\}.',
          );
        case 'html':
          if (HTML_COMMENT.test(node.value)) return;
          return failAt(
            file,
            node,
            `Raw HTML (${node.value.trim().slice(0, 40)}) is not allowed in content.`,
            'Write it in Markdown instead.',
          );
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          return checkComponent(node, file, photoIds);
      }
    });
  };
}

function checkComponent(node: MdxJsxFlowElement | MdxJsxTextElement, file: VFile, photoIds: Map<string, number | undefined>): void {
  const known = Object.keys(COMPONENTS).join(' and ');
  const name = node.name ?? '';
  if (!isComponent(name)) {
    const html = /^[a-z]/.test(name) || name === '';
    failAt(
      file,
      node,
      html ? `Raw HTML (<${name}>) is not allowed in content.` : `<${name}> is not a component the content may use.`,
      html ? 'Write it in Markdown instead.' : `Use ${known} (see content/README.md), or plain Markdown.`,
    );
  }
  const { props, content } = COMPONENTS[name];
  const values: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      failAt(file, node, `<${name}> has a spread expression {${attribute.value}}.`, 'Write each prop as name="text".');
    }
    if (typeof attribute.value !== 'string') {
      failAt(file, node, `<${name}>’s prop \`${attribute.name}\` is not text in quotes.`, `Write it as ${attribute.name}="…".`);
    }
    values[attribute.name] = attribute.value;
  }
  const result = props.safeParse(values);
  if (!result.success) {
    const issue = result.error.issues.find((each) => each.code === 'unrecognized_keys') ?? result.error.issues[0];
    const allowed = Object.keys(props.shape);
    if (issue?.code === 'unrecognized_keys') {
      const prop = issue.keys[0] ?? '';
      const closest = allowed.find((candidate) => editDistance(candidate, prop) <= 2);
      failAt(
        file,
        node,
        `<${name}> has no prop \`${prop}\`.`,
        closest ? `Did you mean \`${closest}\`? ${name} takes ${list(allowed)}.` : `${name} takes ${list(allowed)}.`,
      );
    }
    const prop = String(issue?.path[0] ?? '');
    failAt(
      file,
      node,
      values[prop] === undefined
        ? `<${name}> is missing its \`${prop}\` prop.`
        : `<${name}>’s \`${prop}\` is not valid: ${issue?.message}.`,
      values[prop] === undefined ? `Add ${prop}="…".` : `Correct ${prop}="${values[prop]}".`,
    );
  }
  if (toString(node).trim() === '') {
    failAt(file, node, `<${name}> has no content: ${content} goes between <${name} …> and </${name}>.`, `Write ${content} inside it.`);
  }
  const id = values.id;
  if (id !== undefined) {
    if (photoIds.has(id)) {
      failAt(
        file,
        node,
        `The photo id “${id}” is already used on line ${photoIds.get(id) ?? '?'}.`,
        'Give each photo its own id: it is its address.',
      );
    }
    photoIds.set(id, node.position?.start.line);
  }
}

function isComponent(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name);
}

function list(names: string[]): string {
  return names.length === 0 ? 'no props' : names.map((prop) => `\`${prop}\``).join(', ');
}
