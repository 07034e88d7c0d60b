// ESLint for the code: TypeScript (with type information), the .mjs scripts and the Astro
// components. The texts and data are not code and are not linted. `npm run lint` runs this
// and Prettier's check; `npm test` runs `npm run lint` first.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', 'bench-results/', 'test-results/', 'src/generated/', 'src/content/', 'sources/', 'src/csl/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A leading underscore marks a binding kept on purpose, as in `const { custom: _custom, ...csl } = item`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Event listeners and timers are async on purpose (copy, fetch on first use): the browser
      // ignores what a listener returns, and a rejection is reported as a thrown error would be.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  astro.configs.recommended,
  {
    // Type information is for the TypeScript modules. The .mjs scripts are not part of the
    // TypeScript project, and in .astro files the parser types template expressions
    // (`{items.map((item) => <li>…</li>)}`) as `any`, so every list would be reported.
    files: ['**/*.{js,mjs}', '**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Tests read JSON loosely (files, downloads, localStorage, page.evaluate) and check it with
    // expect: a wrong value fails the assertion that follows, and typing every parse would only
    // add casts.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // Code that runs in the browser.
    files: ['src/client/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Code that runs in Node: the build's integrations and config, the scripts and the tests.
    files: ['scripts/**', 'tests/**', 'src/integrations/**', '*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmarks drive Chromium: the functions they pass to page.evaluate run in the page.
    files: ['scripts/bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
