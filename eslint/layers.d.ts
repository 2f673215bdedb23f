// Types for the local plugin (written in plain JS so eslint.config.js loads it as is), for its tests.
import type { ESLint } from 'eslint'

declare const layers: ESLint.Plugin & { rules: NonNullable<ESLint.Plugin['rules']> }
export default layers
