import js from '@eslint/js';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const unsafeHtml = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render data as text: no dangerouslySetInnerHTML.',
  },
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Render data as text: no innerHTML.',
  },
  {
    selector: "CallExpression[callee.property.name='html']",
    message: 'Render data as text: no d3 .html().',
  },
];

// The parts of src/ and what each may import: every arrow points down this list, never up
// (docs/architecture.md draws it). A feature imports no other feature; app/ composes them.
const LAYERS = {
  domain: [],
  analytics: ['domain'],
  lib: ['domain'],
  i18n: ['domain', 'lib'],
  data: ['domain', 'lib'],
  store: ['domain', 'analytics', 'lib'],
  components: ['domain', 'analytics', 'lib', 'i18n', 'data', 'store'],
  feature: ['domain', 'analytics', 'lib', 'i18n', 'data', 'store', 'components'],
  app: ['domain', 'analytics', 'lib', 'i18n', 'data', 'store', 'components', 'feature'],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...unsafeHtml],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/__tests__/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
        ...['domain', 'analytics', 'lib', 'i18n', 'data', 'store', 'components', 'app'].map(
          (type) => ({ type, pattern: `src/${type}` }),
        ),
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...Object.entries(LAYERS).map(([type, allowed]) => ({
              from: { element: { type } },
              allow: {
                to: {
                  element: { types: { anyOf: type === 'feature' ? allowed : [type, ...allowed] } },
                },
              },
            })),
            {
              from: { element: { type: 'feature' } },
              allow: {
                to: {
                  element: {
                    type: 'feature',
                    captured: { name: '{{ from.element.captured.name }}' },
                  },
                },
              },
            },
          ],
        },
      ],
    },
  },
);
