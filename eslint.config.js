// ESLint flat config. Besides the usual TypeScript and React-hooks rules, it holds the line on the
// direction of imports described in ../shared/STYLE.md §2: model <- analysis/io <- persistence <- store
// <- views/app, and the CLI never touches the store, React or the DOM.
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

const reactImports = [{ group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'], message: 'Pure layers stay free of React and the store.' }];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-e2e/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'public/**'] },
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
  { files: ['src/model/**'], rules: { 'no-restricted-imports': forbid(['analysis', 'io', 'persistence', 'store', 'views', 'app', 'ui', 'cli'], reactImports) } },
  { files: ['src/analysis/**'], rules: { 'no-restricted-imports': forbid(['io', 'persistence', 'store', 'views', 'app', 'ui', 'cli'], reactImports) } },
  { files: ['src/io/**'], rules: { 'no-restricted-imports': forbid(['analysis', 'persistence', 'store', 'views', 'app', 'ui', 'cli'], reactImports) } },
  { files: ['src/persistence/**'], rules: { 'no-restricted-imports': forbid(['analysis', 'store', 'views', 'app', 'ui', 'cli'], reactImports) } },
  { files: ['src/store/**'], rules: { 'no-restricted-imports': forbid(['views', 'app', 'ui', 'cli']) } },
  { files: ['src/ui/**'], rules: { 'no-restricted-imports': forbid(['store', 'persistence', 'io', 'analysis', 'views', 'app', 'cli']) } },
  { files: ['src/sync/**'], rules: { 'no-restricted-imports': forbid(['analysis', 'io', 'persistence', 'store', 'views', 'app', 'ui', 'cli', 'server'], reactImports) } },
  { files: ['src/server/**'], rules: { 'no-restricted-imports': forbid(['analysis', 'io', 'persistence', 'store', 'views', 'app', 'ui', 'cli', 'model'], reactImports) } },
  { files: ['src/cli/**'], rules: { 'no-restricted-imports': forbid(['store', 'persistence', 'views', 'app', 'ui'], reactImports), 'no-console': 'off' } },
  { files: ['test/**', 'scripts/**', '*.config.*'], rules: { 'no-console': 'off' } },
);
