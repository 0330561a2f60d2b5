// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // TypeScript already knows every global; ESLint's list would only disagree.
    rules: { 'no-undef': 'off' },
  },
  {
    // A function a reader can hold in mind (issue 10): the shell's views and the core's
    // passes stay small enough to read and test on their own.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
  {
    // Only src/map/ may import Leaflet (DESIGN.md, "Architecture").
    files: ['src/**/*.ts'],
    ignores: ['src/map/**'],
    rules: {
      // Leaflet's stylesheet is fine anywhere; its code is not.
      'no-restricted-imports': [
        'error',
        { paths: ['leaflet'], patterns: ['leaflet/src/*', 'leaflet/dist/*.js'] },
      ],
    },
  },
  {
    // The core is pure: no DOM, no Leaflet, nothing from the shell.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'history'],
      'no-restricted-imports': [
        'error',
        { patterns: ['leaflet', 'leaflet/*', '../map/*', '../ui/*'] },
      ],
    },
  },
  {
    // In tests a wrong `!` fails loudly, which is what a test is for.
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // No HTML from strings: build DOM nodes and set textContent (STYLE.md §5).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build nodes and set textContent.' },
        { property: 'outerHTML', message: 'Build nodes and set textContent.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes and set textContent.' },
      ],
    },
  },
);
