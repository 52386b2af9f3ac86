/**
 * ESLint (flat config): eslint-plugin-office-addins' React config (as the yo office React
 * template), which brings @eslint/js recommended, typescript-eslint's parser, the Office.js
 * rules (load before read, sync after load, isNullObject for *OrNullObject…) and React.
 * `npm run lint` (part of npm test) runs it; `npm run lint:fix` also formats with prettier
 * (.prettierrc, chosen to match the code's style: single quotes, trailing commas, 140 columns).
 *
 * Formatting is not an ESLint error here (prettier/prettier off): several people edit src/
 * at the same time, so the one-off reformat is `npm run lint:fix` after their work is merged;
 * `npm run format:check` shows what it would change.
 */

'use strict';

const officeAddins = require('eslint-plugin-office-addins');
const tsParser = require('@typescript-eslint/parser');
const tsPlugin = require('@typescript-eslint/eslint-plugin');
const globals = require('globals');

module.exports = [
  {
    ignores: ['dist/**', 'lib/**', 'coverage/**', 'test-results/**', 'node_modules/**', 'examples/**'],
  },
  ...officeAddins.configs.react,
  {
    // The office-addins config covers .ts but not .tsx: the same parser and rules for the pane.
    files: ['**/*.{ts,tsx}'],
    plugins: { '@typescript-eslint': tsPlugin },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly', CustomFunctions: 'readonly' },
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
  {
    files: ['test/browser/**/*.js', 'test/e2e/**/*.js'],
    // Functions passed to page.evaluate run in the browser.
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // exceljs code (the .xlsx side): its cells are not Office.js proxies, the Office.js rules misfire.
    files: ['src/io/**', 'src/cli/**', 'test/io/**', 'test/cli/**', 'scripts/**', 'bench/**'],
    rules: {
      'office-addins/call-sync-before-read': 'off',
      'office-addins/load-object-before-read': 'off',
      'office-addins/call-sync-after-load': 'off',
    },
  },
  {
    // Tests spell sparse rows ([1, , 3]) as exceljs returns them.
    files: ['test/**'],
    rules: { 'no-sparse-arrays': 'off' },
  },
  {
    linterOptions: {
      // Directives for rules of other setups (no-console…) are harmless here.
      reportUnusedDisableDirectives: 'off',
    },
    rules: {
      'prettier/prettier': 'off',
      // Input validation matches control characters on purpose (scenario names, sheet names).
      'no-control-regex': 'off',
      // TypeScript checks names (tsc --noEmit runs in the tests); no-undef misreads type-only globals.
      'no-undef': 'off',
      // React 17+ JSX transform is not used: files import React; the rule stays as in the template.
      'react/prop-types': 'off',
      // The core rule misreads parameter names in TypeScript function types; the TS rule replaces it.
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
];
