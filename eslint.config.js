// Where a file may run is enforced here, not remembered (after Signal Desktop): the domain is
// pure, the renderer has no Node, and the Node side knows nothing of React or Dexie.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeOnlyPackages = ['electron', 'electron-store', 'conf', 'pdfkit', 'fs-extra'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'tests/.tmp/**', 'bench/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      // Parsers of bank and accounting files must match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [...nodeModules, ...nodeOnlyPackages].map((name) => ({ name, message: 'The renderer runs in a browser sandbox: no Node or Electron modules. Go through platform/.' })) }],
    },
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeModules, ...nodeOnlyPackages, 'dexie', 'react', 'react-dom'].map((name) => ({ name, message: 'Domain code is pure: no I/O, no React, no Dexie, no Node.' })),
          patterns: [{ group: ['**/db/**', '**/features/**', '**/ui/**', '**/platform/**', 'react-dom/*', 'dexie/*'], message: 'Domain code depends on nothing outside domain/.' }],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'dexie'].map((name) => ({ name, message: 'The Node side knows nothing of React or Dexie.' })),
          patterns: [{ group: ['**/renderer/**'], message: 'The Node side does not import the renderer; shared contracts live in electron/api.ts.' }],
        },
      ],
    },
  },
  {
    // Shared with the renderer, so these must not pull Node in either.
    files: ['electron/api.ts', 'electron/wire.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...nodeModules, ...nodeOnlyPackages, 'react', 'dexie'].map((name) => ({ name, message: 'api.ts and wire.ts are imported by the renderer: keep them pure.' })) }],
    },
  },
);
