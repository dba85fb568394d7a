import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  // Config files are the one place tools require a default export.
  { files: ['*.config.{ts,js,mjs}'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Layering (architecture §1): dependencies point one way.
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['node:*', 'electron', '**/main/**', '**/renderer/**', '**/preload/**'],
          message: 'src/shared is environment-free.',
        },
      ]),
    },
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['electron', '**/electron/**', '**/renderer/**', '**/preload/**', '**/sandbox/**', '**/preview/**'],
          message: 'The core is plain Node: desktop and sandbox come in through ports.',
        },
      ]),
    },
  },
  {
    files: ['src/main/sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['electron', '**/shared/**', '**/core/**', '**/renderer/**', '**/preload/**'],
          message: 'The sandbox is the other side of the wire: an independent implementation.',
        },
      ]),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['node:*', 'electron', '**/main/**', '**/preload/**'],
          message: 'The renderer talks to the app only through window.workorder.',
        },
      ]),
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/main/**', '**/renderer/**'], message: 'The preload depends on src/shared only.' },
      ]),
    },
  },
);
