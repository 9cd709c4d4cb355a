import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['calculator', 'reference', 'training', 'exchange'];

// The architecture's one-way doors (see docs/architecture.md): the engine and the claim format
// are pure, features never reach into each other, JSON tables are read only through
// src/data/index.ts.
const boundaryZones = [
  {
    target: './src/engine',
    from: './src',
    except: ['./engine', './claim-format', './data/schema.ts'],
    message:
      'The engine is pure: it imports only itself, src/claim-format and the table types in src/data/schema.ts.',
  },
  {
    // The engine may import the claim format, so the claim format takes from the engine only
    // its types and the calendar helpers, which import nothing back: no cycles.
    target: './src/claim-format',
    from: './src',
    except: ['./claim-format', './data/schema.ts', './engine/types.ts', './engine/dates.ts'],
    message:
      "The claim format is pure: it imports only itself, src/data/schema.ts and the engine's types.ts and dates.ts.",
  },
  {
    target: './src/data',
    from: ['./src/app', './src/features', './src/state', './src/components', './src/cli'],
    message: 'Data tables do not depend on the app.',
  },
  {
    // The command line runs the same engine and reader as the app, without any of its views
    // (bench.ts, which also times the desk reference's search, is not part of it).
    target: './src/cli/!(bench).ts',
    from: ['./src/features', './src/app', './src/state', './src/components'],
    message:
      'The command line imports no feature, view or store: only src/claim-format, src/engine and src/data.',
  },
  {
    target: './src/components',
    from: ['./src/features', './src/app', './src/state'],
    message: 'Shared components carry no domain state.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: features.filter((other) => other !== feature).map((other) => `./src/features/${other}`),
    message: 'Features do not import each other; compose them in src/app.',
  })),
  {
    target: './src',
    from: './test',
    message: 'Source never imports tests.',
  },
];

export default defineConfig(
  {
    ignores: [
      'dist',
      'dev-dist',
      'coverage',
      'playwright-report',
      'test-results',
      'lighthouse-report.json',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Type-aware: a promise that is dropped, or handed where nothing awaits it (an async
      // onClick), loses its error silently; only the types show it.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // JSON code tables are parsed and validated once, in src/data/index.ts (the words only the
    // reference and training show, in finding-descriptions.ts and reference-text.ts).
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/data/index.ts',
      'src/data/scenarios.ts',
      'src/data/finding-descriptions.ts',
      'src/data/reference-text.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.json'],
              message:
                'Read code tables through src/data/index.ts (reference-only words through finding-descriptions.ts and reference-text.ts), which validate them.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine and the claim format: no UI, storage, clock, randomness or console. Dates and
    // tables are inputs.
    files: ['src/engine/**/*.ts', 'src/claim-format/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'The engine has no UI.' },
            { group: ['zustand', 'zustand/*'], message: 'The engine holds no state.' },
            { group: ['node:*', 'fs', 'path'], message: 'The engine does no I/O.' },
            { group: ['**/*.json'], message: 'Tables are inputs to the engine.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'fetch',
        'console',
        'process',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass dates in; the engine has no clock.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'Dates are ISO strings handled by src/engine/dates.ts; no Date objects.',
        },
        {
          selector: 'SwitchStatement > SwitchCase > Literal[value=/^[A-Z0-9]{5}$/]',
          message: 'Codes live in the JSON tables, not in switch statements.',
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.{mjs,ts}', '*.config.{js,ts}', 'test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
);
