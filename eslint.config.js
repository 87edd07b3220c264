// ESLint flat config. Besides the usual TypeScript and React-hooks rules, it holds the line on the
// direction of imports described in ../shared/STYLE.md §2: model <- analysis/io <- persistence <- store
// <- views/app, and the CLI never touches the store, React or the DOM. Views reach the document and
// everything saved only through the store's index (never persistence, the app shell or a store
// module directly); the app shell is where storage is wired to the store. Browser storage itself
// (IndexedDB, Web Storage, the storage manager) is used in src/persistence and nowhere else.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Build a `no-restricted-imports` rule that forbids the given src folders (relative imports). */
function forbid(folders, extra = []) {
  return [
    'error',
    {
      patterns: [
        ...folders.map((folder) => ({
          group: [`**/${folder}`, `**/${folder}/**`],
          message: `This layer may not import from src/${folder} (see STYLE.md §2).`,
        })),
        ...extra,
      ],
    },
  ];
}

// src/report has a namesake in src/analysis/support/report.ts, so it is named by its relative path.
const noReport = [{ group: ['../report', '../report/**', '../../report', '../../report/**'], message: 'This layer may not import from src/report (see src/report/README.md).' }];

/** Views import the store through src/store/index.ts only (STYLE.md §2). */
const storeIndexOnly = [
  {
    group: ['**/store/*', '!**/store/index', '!**/store/index.ts'],
    message: 'Views import the store only through src/store/index.ts (see STYLE.md §2).',
  },
  { group: ['idb', 'idb/*', 'zustand', 'zustand/*'], message: 'Views go through the store; storage is for src/persistence.' },
];

/** Browser storage outside src/persistence (STYLE.md §1: "Browser storage is confined to persistence/"). */
const STORAGE_GLOBALS = ['indexedDB', 'localStorage', 'sessionStorage'].map((name) => ({
  name,
  message: 'Browser storage is confined to src/persistence (see STYLE.md §1).',
}));
const STORAGE_PROPERTIES = [
  { object: 'navigator', property: 'storage', message: 'Browser storage is confined to src/persistence (see STYLE.md §1).' },
  { object: 'window', property: 'indexedDB', message: 'Browser storage is confined to src/persistence (see STYLE.md §1).' },
  { object: 'window', property: 'localStorage', message: 'Browser storage is confined to src/persistence (see STYLE.md §1).' },
];

const reactImports = [{ group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'], message: 'Pure layers stay free of React and the store.' }];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-e2e/**', 'dist-cli/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { files: ['src/model/**'], rules: { 'no-restricted-imports': forbid(['analysis', 'io', 'look', 'persistence', 'store', 'views', 'app', 'ui', 'cli'], [...reactImports, ...noReport]) } },
  { files: ['src/analysis/**'], rules: { 'no-restricted-imports': forbid(['io', 'look', 'persistence', 'store', 'views', 'app', 'ui', 'cli'], [...reactImports, ...noReport]) } },
  { files: ['src/io/**'], rules: { 'no-restricted-imports': forbid(['analysis', 'persistence', 'store', 'views', 'app', 'ui', 'cli'], reactImports) } },
  { files: ['src/persistence/**'], rules: { 'no-restricted-imports': forbid(['analysis', 'store', 'views', 'app', 'ui', 'cli'], reactImports) } },
  { files: ['src/store/**'], rules: { 'no-restricted-imports': forbid(['views', 'app', 'ui', 'cli']) } },
  {
    files: ['src/**'],
    ignores: ['src/persistence/**'],
    rules: { 'no-restricted-globals': ['error', ...STORAGE_GLOBALS], 'no-restricted-properties': ['error', ...STORAGE_PROPERTIES] },
  },
  { files: ['src/views/**'], rules: { 'no-restricted-imports': forbid(['persistence', 'app', 'cli'], storeIndexOnly) } },
  { files: ['src/app/**'], rules: { 'no-restricted-imports': forbid(['cli']) } },
  { files: ['src/ui/**'], rules: { 'no-restricted-imports': forbid(['store', 'persistence', 'io', 'analysis', 'views', 'app', 'cli']) } },
  // The look (how a map looks, for every renderer, on screen, in pictures, PDFs and the CLI) is plain
  // TypeScript over the model and the analysis registry: no React, store, renderer or view.
  {
    files: ['src/look/**'],
    rules: {
      'no-restricted-imports': forbid(
        ['io', 'persistence', 'store', 'views', 'app', 'ui', 'cli'],
        [...reactImports, ...noReport, { group: ['cytoscape', 'cytoscape-*', 'maplibre-gl', 'maplibre-gl/*'], message: 'The look stays free of renderers.' }],
      ),
    },
  },
  // Reports (PDF) draw from the model, the analysis and the look, in Node and the browser alike: no
  // React, store, renderer, view or DOM-bound layer.
  {
    files: ['src/report/**'],
    rules: {
      'no-restricted-imports': forbid(
        ['io', 'persistence', 'store', 'views', 'app', 'ui', 'cli'],
        [...reactImports, { group: ['cytoscape', 'cytoscape-*', 'maplibre-gl', 'maplibre-gl/*'], message: 'Reports stay free of renderers.' }],
      ),
    },
  },
  // The legend, the pictures and search serve the graph; they never import it back.
  {
    files: ['src/views/legend/**', 'src/views/export/**', 'src/views/search/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../graph', '../graph/**'], message: 'The graph imports this folder; it may not import the graph (pass callbacks instead).' }] }] },
  },
  { files: ['src/sync/**'], rules: { 'no-restricted-imports': forbid(['analysis', 'io', 'look', 'persistence', 'store', 'views', 'app', 'ui', 'cli', 'server'], [...reactImports, ...noReport]) } },
  { files: ['src/server/**'], rules: { 'no-restricted-imports': forbid(['analysis', 'io', 'look', 'persistence', 'store', 'views', 'app', 'ui', 'cli', 'model'], [...reactImports, ...noReport]) } },
  { files: ['src/cli/**'], rules: { 'no-restricted-imports': forbid(['store', 'persistence', 'views', 'app', 'ui'], reactImports), 'no-console': 'off' } },
  { files: ['test/**', 'scripts/**', '*.config.*'], rules: { 'no-console': 'off' } },
);
