// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/markdown/index.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { siteBase, siteUrl } from './src/site.config.ts';

export default defineConfig({
  site: siteUrl,
  base: siteBase(process.env.SITE_BASE),
  output: 'static',
  trailingSlash: 'always',
  markdown: {
    // remark/rehype pipeline (not Sätteri) so our plugins run; no SmartyPants: the source's
    // quotes and dashes are kept exactly as written. remark-gfm is registered with our plugins.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins, rehypePlugins }),
    syntaxHighlight: false,
  },
  integrations: [contentCheck(), mdx(), pagefind()],
  devToolbar: { enabled: false },
});
