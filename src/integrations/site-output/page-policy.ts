import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { ownText } from '../../lib/hast-text';
import { pagePolicy, type InlineCode } from '../../lib/security-policy';

/** Script types a browser runs (a JSON-LD block is data: the policy does not apply to it). */
const RUN_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The text of each inline script a browser runs and of each `<style>`; refuses what a hash cannot allow. */
export function inlineCode(tree: Root, file: string): InlineCode {
  const code: InlineCode = { scripts: [], styles: [] };
  visit(tree, 'element', (element: Element) => {
    for (const name of Object.keys(element.properties)) {
      if (name === 'style' || /^on[A-Z]/.test(name)) {
        throw new Error(
          `${file}: <${element.tagName}> has ${name === 'style' ? 'a style' : `an ${name.toLowerCase()}`} attribute, which the Content Security Policy blocks ` +
            `(no 'unsafe-inline', no 'unsafe-hashes'): move it into a stylesheet or a script.`,
        );
      }
    }
    if (element.tagName === 'style') code.styles.push(ownText(element));
    if (element.tagName === 'script' && element.properties.src === undefined && RUN_TYPES.has(String(element.properties.type ?? '')))
      code.scripts.push(ownText(element));
  });
  return code;
}

/**
 * Locks a page down with the policy of src/lib/security-policy.ts: a `<meta>` right after the
 * page's `<meta charset>`, before any script, with the hashes of that page's own inline scripts and
 * styles, so it must run after every step that changes them. Returns the page's policy as a
 * response header (which can say more than a `<meta>`), for `_headers`.
 */
export function addPolicyMeta(tree: Root, file: string): string {
  let charset: { head: Element; at: number } | undefined;
  let charsets = 0;
  visit(tree, 'element', (element: Element, index, parent) => {
    if (element.tagName !== 'meta') return;
    if (String(element.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy') {
      throw new Error(
        `${file} already has a Content-Security-Policy <meta>: turn off \`security.csp\` in astro.config.mjs (src/integrations/site-output/page-policy.ts makes the policy).`,
      );
    }
    if (element.properties.charSet === undefined) return;
    charsets += 1;
    if (parent?.type === 'element' && parent.tagName === 'head' && index === firstElementIndex(parent))
      charset = { head: parent, at: index };
  });
  if (!charset || charsets !== 1) {
    throw new Error(
      `${file}: no single <meta charset="utf-8"> to put the Content-Security-Policy after: <head> must start with it (src/layouts/BaseLayout.astro).`,
    );
  }
  const inline = inlineCode(tree, file);
  charset.head.children.splice(charset.at + 1, 0, h('meta', { httpEquiv: 'content-security-policy', content: pagePolicy(inline, 'meta') }));
  return pagePolicy(inline, 'header');
}

function firstElementIndex(parent: Element): number {
  return parent.children.findIndex((child) => child.type === 'element');
}
