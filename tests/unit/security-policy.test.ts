import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { servedHtml } from '../../src/integrations/site-output/built-pages.ts';
import { addPolicyMeta, inlineCode as inlineCodeOf } from '../../src/integrations/site-output/page-policy.ts';
import { headersFile, nginxConfig, pagePolicy } from '../../src/lib/security-policy.ts';
import { PROJECT_ROOT } from '../support/build.ts';

const inlineCode = (html: string, file: string) => inlineCodeOf(fromHtml(html), file);
/** The page as the build writes it once its policy is in, and the policy its header gets. */
function withPolicy(html: string, file: string): { html: string; header: string } {
  const tree = fromHtml(html);
  const header = addPolicyMeta(tree, file);
  return { html: servedHtml(tree), header };
}

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('each page’s policy', () => {
  it('hashes the inline scripts a browser runs and the inline styles, each once, and nothing else', () => {
    const html = page(
      '<script>a()</script><script type="module">b()</script><script type="application/ld+json">{}</script><script src="/x.js"></script><style>p{}</style>',
      '<script>a()</script>',
    );
    expect(inlineCode(html, 'x.html')).toEqual({ scripts: ['a()', 'b()', 'a()'], styles: ['p{}'] });
    const policy = pagePolicy(inlineCode(html, 'x.html'), 'meta');
    // echo -n 'a()' | openssl dgst -sha256 -binary | base64
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4=' 'sha256-");
    expect(policy.match(/sha256-/g)).toHaveLength(3);
    expect(policy).not.toContain('frame-ancestors');
    expect(pagePolicy({ scripts: [], styles: [] }, 'header')).toMatch(/; frame-ancestors 'none'$/);
  });

  it('refuses a style attribute or an event handler attribute, which no hash allows, naming the file and what to do', () => {
    expect(() => inlineCode(page('', '<p style="color: red">x</p>'), 'about/index.html')).toThrow(
      /about\/index\.html: <p> has a style attribute, which the Content Security Policy blocks .*: move it into a stylesheet or a script\./,
    );
    expect(() => inlineCode(page('', '<button onclick="go()">x</button>'), 'index.html')).toThrow(
      /index\.html: <button> has an onclick attribute/,
    );
  });

  it('goes right after the charset, before every script; a page with a policy already, or without the charset, is an error', () => {
    const { html, header } = withPolicy(page('<script>a()</script>'), 'index.html');
    const meta = pagePolicy({ scripts: ['a()'], styles: [] }, 'meta');
    expect(html).toContain(`<meta charset="utf-8"><meta http-equiv="content-security-policy" content="${meta}"><script>a()</script>`);
    expect(header).toBe(pagePolicy({ scripts: ['a()'], styles: [] }, 'header'));
    expect(() => withPolicy(page('<meta http-equiv="content-security-policy" content="x">'), 'index.html')).toThrow(
      /index\.html already has a Content-Security-Policy <meta>: turn off `security\.csp` in astro\.config\.mjs/,
    );
    expect(() => withPolicy('<html><head></head></html>', '404.html')).toThrow(/404\.html: no single <meta charset="utf-8">/);
    expect(() => withPolicy('<html><head><title>x</title><meta charset="utf-8"></head></html>', '404.html')).toThrow(
      /404\.html: no single <meta charset="utf-8">.*<head> must start with it/,
    );
  });
});

describe('host configuration', () => {
  it('_headers gives every path the site’s headers, each page its policy, hashed files a year', () => {
    const file = headersFile(
      '/interview/',
      [{ path: '/interview/glossary/', policy: "default-src 'self'" }],
      ['pagefind/pagefind.en_1.pf_meta'],
    );
    expect(file).toContain(
      "/interview/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n",
    );
    expect(file).toContain(
      "/interview/glossary/\n  Content-Security-Policy: default-src 'self'\n  Cache-Control: public, max-age=0, must-revalidate\n",
    );
    expect(file).toContain('/interview/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(file).toContain('/interview/pagefind/pagefind.en_1.pf_meta\n  Cache-Control: public, max-age=31536000, immutable\n');
  });

  it('the README’s nginx configuration is the one the policy makes', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'README.md has no ```nginx block').toBeDefined();
    expect(block).toBe(nginxConfig('/'));
  });
});
