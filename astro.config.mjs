// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { markdownPipeline } from './src/markdown/index.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteOutput } from './src/integrations/site-output/index.ts';
import { siteAddress } from './src/site.config.ts';
import { siteAddressNotice } from './src/integrations/site-address-notice.ts';

// Without SITE_URL, `site` is undefined and nothing that needs an absolute address is published.
const { site, base } = siteAddress(process.env);
/** @type {import('./src/lib/glossary-terms.ts').GlossaryIndex} The glossary for the Markdown plugins; contentCheck fills it. */
const glossary = { terms: [] };
/** @type {import('./src/lib/event-places.ts').EventIndex} The timeline's references to the interview, for the Markdown plugins; contentCheck fills it. */
const events = { events: [] };

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  output: 'static',
  build: { inlineStylesheets: 'always' },
  trailingSlash: 'always',
  markdown: {
    // remark/rehype pipeline (not Sätteri) so our plugins run; no SmartyPants: the source's
    // quotes and dashes are kept exactly as written. remark-gfm is registered with our plugins.
    processor: unified({
      gfm: false,
      smartypants: false,
      ...markdownPipeline({ base, glossary, events, root: fileURLToPath(new URL('.', import.meta.url)) }),
    }),
    syntaxHighlight: false,
  },
  // No `security.csp`: siteOutput gives each page a policy with only its own hashes (src/lib/security-policy.ts says why).
  // siteOutput last: it finishes the built site in one pass and publishes it.
  integrations: [siteAddressNotice(), contentCheck({ glossary, events }), mdx(), siteOutput()],
  devToolbar: { enabled: false },
});
