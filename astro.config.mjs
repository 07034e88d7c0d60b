// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { hastFromRehype, mdastFromRemark } from './src/plugins/satteri-adapter.ts';
import { remarkParagraphIds } from './src/plugins/remark-paragraph-ids.ts';
import { subsetFonts } from './src/integrations/subset-fonts.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { searchVocabulary } from './src/integrations/search-vocabulary.ts';
import { remarkCitations } from './src/plugins/remark-citations.ts';
import { rehypeCollectCitations } from './src/plugins/rehype-collect-citations.ts';
import { bibliographyKeys, conceptTerms } from './src/lib/content/files.ts';
import { remarkConceptLinks } from './src/plugins/remark-concept-links.ts';
import { LOCAL_ORIGIN, originWarning, resolveSiteOrigin } from './src/lib/site/origin.ts';

// The site's public origin, for canonical links, citations and metadata: SITE_URL, or the
// host the build runs on (src/lib/site/origin.ts). A build without one says so, once.
const resolvedOrigin = resolveSiteOrigin(process.env);
const site = resolvedOrigin.origin ?? LOCAL_ORIGIN;
const warning = originWarning(resolvedOrigin);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The stylesheet is small (≈3 KB gzip): inlining it saves a render-blocking request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // Sätteri, Astro 7's own compiler (in Rust), parses and compiles the texts; our remark
    // and rehype plugins run inside it on its tree (src/plugins/satteri-adapter.ts), the same
    // plugins the quick checks run with unified. unified's parser took most of the build's
    // compile time and memory as the corpus grew (docs/scale.md). GFM (tables, footnotes,
    // autolinks) is Sätteri's own; smart punctuation is off because it would rewrite the
    // authors' punctuation ("..." into "…").
    processor: satteri({
      features: { gfm: true, smartPunctuation: false },
      mdastPlugins: [
        mdastFromRemark('solidarity-atlas:passages-citations-concepts', [
          remarkParagraphIds(),
          remarkCitations({ knownKeys: bibliographyKeys }),
          remarkConceptLinks({ concepts: conceptTerms }),
        ]),
      ],
      hastPlugins: [hastFromRehype('solidarity-atlas:collect-citations', [rehypeCollectCitations()])],
    }),
  },
  // A build after an edit renders again only the pages the edit reaches: the pages made one
  // per document say what they show with a cache key (src/corpus/load.ts), and Astro copies
  // the others from the previous build (kept in node_modules/.astro/). `astro build --force`
  // renders everything.
  experimental: { incrementalBuild: true },
  // No module-preload polyfill on every page: the only page scripts are small islands.
  vite: {
    build: { modulePreload: false },
    plugins: [
      {
        // Astro sets the client build's modulePreload itself, so `build.modulePreload` above
        // does not reach it: without this, every island entry carries a list of the files its
        // lazy parts import, to preload them, which costs a reading page bytes it never uses.
        name: 'solidarity-atlas:no-module-preload',
        enforce: 'post',
        configEnvironment(name) {
          return name === 'client' ? { build: { modulePreload: false } } : undefined;
        },
      },
      {
        // With nothing to preload, every lazy import still goes through Vite's preload helper
        // (0.9 KB gzip on every page with an island), which then only calls the import. It is
        // swapped for that call, unless some import does list files to preload (a CSS file
        // of a lazy module, say): then Vite's own helper stays.
        name: 'solidarity-atlas:plain-lazy-imports',
        enforce: 'post',
        applyToEnvironment: (environment) => environment.name === 'client',
        generateBundle(_options, bundle) {
          const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
          if (chunks.some((c) => c.code.includes('__vite__mapDeps'))) return;
          const helper = chunks.find((c) => c.fileName.includes('preload-helper'));
          if (helper?.type === 'chunk' && helper.exports.length === 1) helper.code = `export const ${helper.exports[0]} = (load) => load();\n`;
        },
      },
    ],
  },
  integrations: [
    {
      name: 'site-origin',
      hooks: {
        'astro:build:start': ({ logger }) => {
          if (warning) logger.warn(warning);
          else logger.info(`Public address ${site} (from ${resolvedOrigin.source}).`);
        },
      },
    },
    subsetFonts({
      packageName: '@fontsource/source-serif-4',
      outDir: 'src/generated/fonts',
      extraSubsets: ['latin-ext'],
      faces: [
        { family: 'Source Serif 4', file: 'source-serif-4-latin-400-normal.woff2', weight: 400, style: 'normal' },
        { family: 'Source Serif 4', file: 'source-serif-4-latin-400-italic.woff2', weight: 400, style: 'italic' },
        { family: 'Source Serif 4', file: 'source-serif-4-latin-600-normal.woff2', weight: 600, style: 'normal' },
      ],
    }),
    mdx(),
    pagefindIndex(),
    searchVocabulary(),
  ],
});
