import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import globals from 'globals'

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
    // Composables wrap browser APIs and storage for the stores: they never reach up into a store or a view.
    files: ['src/composables/**/*.ts'],
    // useEmergencyNumber still reads the settings store (its four callers are gate, settings and screener views).
    ignores: ['src/composables/useEmergencyNumber.ts'],
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
