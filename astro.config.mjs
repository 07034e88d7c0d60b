// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeParagraphIds } from './src/plugins/rehype-paragraph-ids.ts';

// The site's public origin; used for canonical URLs and citation metadata.
// Override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://solidarity-atlas.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor ignores remark plugins; the unified processor runs them.
    // GFM comes from remark-gfm (so the processor's own copy is off), and SmartyPants is
    // off because it would rewrite the authors' punctuation ("..." into "…").
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeParagraphIds],
    }),
  },
  integrations: [mdx()],
});
