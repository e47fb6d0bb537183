// ESLint flat config: JavaScript and TypeScript recommended rules everywhere, Astro's rules and
// its strict accessibility rules (eslint-plugin-jsx-a11y applied to .astro templates) in components.
// Not type-aware: typescript-eslint's type-checked rules take the run from 4 s to 26 s, and most of
// what they add is no-floating-promises on node:test's describe/test calls.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-*/',
    'node_modules/',
    '.astro/',
    'test-results/',
    'playwright-report/',
    'tests/fixtures/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-strict'],
  {
    // Everything outside the browser scripts runs in Node: the build, its integrations, scripts and tests.
    languageOptions: { globals: globals.node },
    rules: {
      // Matching control characters is the job of these patterns (unshowable text, YAML quoting, `java\tscript:`).
      'no-control-regex': 'off',
      // `const { drop: _drop, ...kept } = object` is how the code leaves keys out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/scripts/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      // These scripts are inlined into every page as written: `catch {}` (storage blocked) costs no comment bytes.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
);
