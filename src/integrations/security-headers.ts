import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { builtFiles } from './built-files';
import { headersFile, HASHED_PAGEFIND_FILE, pagePolicy, type InlineCode, type ServedPage } from '../lib/security-policy';

const POLICY_META = /<meta http-equiv="content-security-policy"/i;
const CHARSET_META = '<meta charset="utf-8">';
/** Script types a browser runs (a JSON-LD block is data: the policy does not apply to it). */
const RUN_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * Locks every built page down with the policy of src/lib/security-policy.ts, at the end of
 * `astro build` (after the search index, before atomic-output publishes): a `<meta>` policy right
 * after the page's charset, before any script, with the hashes of that page's own inline scripts
 * and styles; and `_headers` for hosts that read it, with each page's whole policy as a header.
 *
 * Astro's `security.csp` is not used: it puts the hashes of every page's inline styles and of
 * every bundle in every page's policy, and leaves out `is:inline` scripts such as the theme's.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await builtFiles(outDir);
        const pages: ServedPage[] = [];
        for (const file of files.filter((name) => name.endsWith('.html'))) {
          const path = join(outDir, file);
          const html = await readFile(path, 'utf8');
          const inline = inlineCode(html, file);
          await writeFile(path, withPolicyMeta(html, pagePolicy(inline, 'meta'), file));
          pages.push({ path: `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, policy: pagePolicy(inline, 'header') });
        }
        const hashedFiles = files.filter((file) => HASHED_PAGEFIND_FILE.test(file));
        await writeFile(join(outDir, '_headers'), headersFile(base, pages, hashedFiles));
        logger.info(
          `Content Security Policy in ${pages.length} page(s); host headers in ${relative(process.cwd(), join(outDir, '_headers'))}.`,
        );
      },
    },
  };
}

/** The text of each inline script a browser runs and of each `<style>`; refuses what a hash cannot allow. */
export function inlineCode(html: string, file: string): InlineCode {
  const code: InlineCode = { scripts: [], styles: [] };
  visit(fromHtml(html) as Root, 'element', (element: Element) => {
    for (const name of Object.keys(element.properties)) {
      if (name === 'style' || /^on[A-Z]/.test(name)) {
        throw new Error(
          `${file}: <${element.tagName}> has ${name === 'style' ? 'a style' : `an ${name.toLowerCase()}`} attribute, which the Content Security Policy blocks ` +
            `(no 'unsafe-inline', no 'unsafe-hashes'): move it into a stylesheet or a script.`,
        );
      }
    }
    const text = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    if (element.tagName === 'style') code.styles.push(text);
    if (element.tagName === 'script' && element.properties.src === undefined && RUN_TYPES.has(String(element.properties.type ?? '')))
      code.scripts.push(text);
  });
  return code;
}

/** `html` with its policy in a `<meta>` right after `<meta charset="utf-8">`, so that it covers every script after it. */
export function withPolicyMeta(html: string, policy: string, file: string): string {
  if (POLICY_META.test(html)) {
    throw new Error(
      `${file} already has a Content-Security-Policy <meta>: turn off \`security.csp\` in astro.config.mjs (src/integrations/security-headers.ts makes the policy).`,
    );
  }
  const at = html.indexOf(CHARSET_META);
  if (at === -1 || at !== html.lastIndexOf(CHARSET_META)) {
    throw new Error(
      `${file}: no single ${CHARSET_META} to put the Content-Security-Policy after: <head> must start with it (src/layouts/BaseLayout.astro).`,
    );
  }
  const end = at + CHARSET_META.length;
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  return `${html.slice(0, end)}${meta}${html.slice(end)}`;
}
