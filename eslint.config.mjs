// ESLint for the whole repository, run by `npm run lint` and by `npm test`.
// TypeScript gets typescript-eslint's type-aware rules, each file checked under
// the tsconfig.json nearest to it (the webview page has its own, with the DOM);
// the plain-Node scripts get ESLint's recommended rules.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const unusedVars = ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }];

export default defineConfig(
  { ignores: ['out/**', 'dist/**', '.vscode-test/**', 'test-output/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.ts'],
    extends: [eslint.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: fileURLToPath(new URL('.', import.meta.url)) },
    },
    rules: {
      // Work nothing awaits must end in a rejection handler (src/ui/failures.ts's reportFailure), or
      // its failure reaches no one. `void` does not count, and VS Code's Thenables are promises too.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          ignoreVoid: false,
          checkThenables: true,
          // Showing a message or posting to a webview settles without carrying our work: no handler needed.
          allowForKnownSafeCalls: [
            { from: 'package', package: 'vscode', name: ['showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'postMessage'] },
            { from: 'file', path: 'src/ui/prompts.ts', name: 'notify' },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      // A new member of a union (a signal, a message, a level) must reach every switch on it.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': unusedVars,
      // `let [a, b] = …` where only b changes stays one declaration.
      'prefer-const': ['error', { destructuring: 'all' }],
      // The terminal and file-name sanitisers match control characters on purpose.
      'no-control-regex': 'off',
      // The lazily loaded chunks are require() calls by design; scripts/build.mjs checks that they stay so.
      '@typescript-eslint/no-require-imports': 'off',
      // Methods that implement an async interface (a VS Code provider, the prompts) need not await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read JSON and fixtures as `any` on purpose, to assert on what was written.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // `new Function('p', 'return import(p)')`: tsc compiles import() to require(), which cannot load an ES module.
      '@typescript-eslint/no-implied-eval': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    extends: [eslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-unused-vars': unusedVars,
      'no-control-regex': 'off',
    },
  },
  {
    // The harness passes functions to the workbench page (page.evaluate), where they run in the browser.
    files: ['test/harness/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
