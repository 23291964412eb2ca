// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { markdownPipeline } from './src/markdown/index.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteAddress } from './src/site.config.ts';
import { siteAddressNotice } from './src/integrations/site-address-notice.ts';
import { plainDynamicImport } from './src/integrations/plain-dynamic-import.ts';
import { inlineEntryScripts } from './src/integrations/inline-entry-scripts.ts';

// Without SITE_URL, `site` is undefined and nothing that needs an absolute address is published.
const { site, base } = siteAddress(process.env);
/** @type {import('./src/lib/glossary-terms.ts').GlossaryIndex} The glossary for the Markdown plugins; contentCheck fills it. */
const glossary = { terms: [] };

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  output: 'static',
  build: { inlineStylesheets: 'always' },
  trailingSlash: 'always',
  markdown: {
    // remark/rehype pipeline (not Sätteri) so our plugins run; no SmartyPants: the source's
    // quotes and dashes are kept exactly as written. remark-gfm is registered with our plugins.
    processor: unified({ gfm: false, smartypants: false, ...markdownPipeline({ base, glossary }) }),
    syntaxHighlight: false,
  },
  // inlineEntryScripts before securityHeaders, which hashes the scripts it writes into the pages.
  // No `security.csp`: securityHeaders gives each page a policy with only its own hashes (see there why).
  // atomicOutput last: it publishes the finished build (search index included) in one swap.
  integrations: [
    siteAddressNotice(),
    contentCheck({ glossary }),
    mdx(),
    pagefind(),
    inlineEntryScripts(),
    securityHeaders(),
    atomicOutput(),
  ],
  devToolbar: { enabled: false },
  // No module-preload helper (0.9 KB gzip): the lazily loaded search and preview chunks have no
  // dependencies worth preloading.
  vite: { build: { modulePreload: false }, plugins: [plainDynamicImport()] },
});
