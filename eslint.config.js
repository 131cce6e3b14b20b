// Lint rules, including the layering rule: renderer → shared ← electron.
// shared/ is our "common" layer (VS Code's term): it may import neither the DOM, Node nor Electron,
// so the same code runs in the renderer, a worker, the main process and the CLI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const layer = (message, paths, patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...layer(
        'shared/ is platform-neutral: no Node, DOM, Electron or React imports (see STYLE.md).',
        ['electron', 'react', 'react-dom', ...nodeBuiltins],
        ['**/renderer/**', '**/electron/**', 'node:*'],
      ),
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'process',
          'Buffer',
          'require',
          '__dirname',
        ].map((name) => ({
          name,
          message: 'shared/ is platform-neutral: pass what you need in as an argument.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(
        'renderer/ talks to the Node side only through the typed contract in shared/contract.',
        ['electron', ...nodeBuiltins],
        ['**/electron/**', 'node:*'],
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      ...layer(
        'electron/ never imports the UI; share code through shared/.',
        ['react', 'react-dom'],
        ['**/renderer/**'],
      ),
    },
  },
  {
    files: ['e2e/**/*.ts', '*.config.{ts,js}', '.ci/**/*.js', '**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
