// @ts-check
// ESLint for the whole project (run by `npm test` as `eslint --config tests/lint/eslint.config.js`):
// JavaScript's and typescript-eslint's recommended rules, and eslint-plugin-astro's with its
// accessibility rules (jsx-a11y) for the .astro templates. Formatting is Prettier's job.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.test-dist/',
      '.bench-dist/',
      '.astro/',
      '.scratch/',
      'node_modules/',
      'content/',
      '**/*.staging-*/',
      '**/*.previous-*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `catch {}` where storage or parsing may fail and the default is the answer.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
);
