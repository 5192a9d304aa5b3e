// Lint: typescript-eslint with type information; the engine may not import Node built-ins or editor APIs.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', '.cache/', 'client/media/', 'test/e2e/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Requests are declared as namespaces holding their method and types, as vscode-languageserver does.
    files: ['server/src/protocol.ts'],
    rules: { '@typescript-eslint/no-namespace': 'off' },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['fs', 'fs/*', 'node:*', 'path', 'child_process', 'os'], message: 'The engine is pure: no Node built-ins.' },
          { group: ['vscode', 'vscode-languageserver', 'vscode-languageserver/*'], message: 'The engine knows no editor.' },
        ],
      }],
    },
  },
  {
    // What only the web extension runs (the build fails on a Node built-in too; this says so earlier).
    files: ['server/src/node/browser/**/*.ts', 'server/src/node/configLayers.ts', 'server/src/lsp/browser*.ts', 'server/src/lsp/host.ts', 'client/src/browserExtension.ts', 'client/src/fileAccess.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['fs', 'fs/*', 'node:*', 'path', 'child_process', 'os', 'url', 'util', 'module', 'crypto'], message: 'Runs in a browser: no Node built-ins.' },
          { group: ['vscode-languageserver/node', 'vscode-languageclient/node'], message: 'Runs in a browser: the /browser entry or the common API.' },
        ],
      }],
    },
  },
  {
    // The build and test scripts are plain ES modules run by Node: linted without type information.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    // The end-to-end scripts hand functions to the page (Playwright's evaluate): those run in the browser.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
