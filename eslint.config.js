import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import layers from './eslint/layers.js'

const vueAndPinia = ['vue', 'vue-router', 'pinia', 'dexie', '@vueuse/*', 'virtual:*']

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dev-dist/**', '.lighthouse/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' }, ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      'vue/no-v-html': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    // No import cycle anywhere in src/ (the layers below say which way imports run; this catches a loop inside one).
    files: ['src/**/*.{ts,vue}'],
    plugins: { layers },
    rules: { 'layers/no-cycle': 'error' },
  },
  {
    // The domain is plain TypeScript: no framework, no storage, no browser.
    files: ['src/domain/**/*.ts', 'src/content/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: vueAndPinia, message: 'src/domain and src/content are plain TypeScript: no Vue, Pinia, Dexie or VueUse.' },
            { group: ['**/db', '**/db/**', '**/stores/**', '**/components/**', '**/pages/**', '**/composables/**', '**/pwa/**'], message: 'The domain depends on nothing above it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'history', 'alert'],
    },
  },
  {
    // Content is the bottom layer: typed tables in plain words, importing nothing but other content.
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: vueAndPinia, message: 'src/content is plain TypeScript.' },
            { group: ['**/domain', '**/domain/**', '**/db', '**/db/**', '**/stores/**', '**/components/**', '**/pages/**', '**/composables/**', '**/pwa/**'], message: 'Content sits below every layer: it imports only content.' },
          ],
        },
      ],
    },
  },
  {
    // Workers check data off the main thread with the domain's own code: no framework, no storage.
    files: ['src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: vueAndPinia, message: 'src/workers run the domain off the main thread: no Vue, Pinia, Dexie or VueUse.' },
            { group: ['**/db', '**/db/**', '**/stores/**', '**/components/**', '**/pages/**', '**/composables/**', '**/pwa/**'], message: 'Workers import src/domain and src/content only.' },
          ],
        },
      ],
    },
  },
  {
    // Components and pages reach data through stores and composables, never the database.
    files: ['src/components/**/*.{ts,vue}', 'src/pages/**/*.{ts,vue}', 'src/App.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/db', '**/db/**', 'dexie'], message: 'Components and pages never import src/db: go through a store.' }] },
      ],
    },
  },
  {
    // The database layer answers to the stores: it never reaches up.
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/stores/**', '**/components/**', '**/pages/**', '**/composables/**', '**/pwa/**', 'vue', 'pinia'], message: 'src/db sits below stores and composables.' }] },
      ],
    },
  },
  {
    // Stores call the domain, the database and composables; they never import what draws the screen. A store module
    // exports its `use…Store` and nothing else: types and rules live in src/domain, helpers in src/composables.
    files: ['src/stores/**/*.ts'],
    plugins: { layers },
    rules: {
      'layers/store-exports': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/components/**', '**/pages/**'], message: 'Stores never import components or pages.' }] },
      ],
    },
  },
  {
    // Composables sit below the stores: they take what they need as arguments and never reach up into a store.
    files: ['src/composables/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/stores', '**/stores/**', '**/components/**', '**/pages/**'], message: 'Composables never import stores, components or pages: take refs and callbacks instead.' }] },
      ],
    },
  },
  {
    // Tests define small stub components next to each other.
    files: ['tests/**/*.ts'],
    rules: { 'vue/one-component-per-file': 'off' },
  },
)
