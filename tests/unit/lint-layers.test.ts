// @vitest-environment node
// The local lint rule that keeps stores to their one export (eslint/layers.js, `layers/store-exports`).
import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, it } from 'vitest'
import layers from '../../eslint/layers.js'

RuleTester.describe = describe
RuleTester.it = it

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' } })
const rule = layers.rules['store-exports']!
const only = (count = 1) => Array.from({ length: count }, () => ({ messageId: 'only' }))

tester.run('layers/store-exports', rule, {
  valid: [
    "import { defineStore } from 'pinia'\nexport const useWaterStore = defineStore('water', () => ({}))",
    // Private helpers, constants and types are the store's own business.
    "const UNDO_MS = 8000\ntype Phase = 'idle' | 'busy'\nfunction helper(): number { return UNDO_MS }\nexport const useAppStore = defineStore('app', () => ({ helper }))",
    'export function useTimerStore() { return {} }',
    "const useGateStore = defineStore('gate', () => ({}))\nexport { useGateStore }",
    "const store = defineStore('x', () => ({}))\nexport { store as useXStore }",
    "import type { Thing } from '../domain/thing'\nexport const useThingStore = defineStore('thing', () => ({} as Thing))",
  ],
  invalid: [
    { code: 'export const MAX_NOTE = 500\nexport const usePainStore = 1', errors: only() },
    { code: 'export const A = 1, useAStore = 2', errors: only() },
    { code: 'export const { useAStore } = stores', errors: only() },
    { code: 'export function whenLoaded() {}', errors: only() },
    { code: 'export class Thing {}', errors: only() },
    { code: "export type ChartDays = 7 | 30", errors: only() },
    { code: 'export interface StorageStatus { persisted: boolean }', errors: only() },
    { code: 'export type useNotAStore = number', errors: only() },
    { code: 'export enum Phase { Idle }', errors: only() },
    { code: 'const TICK_MS = 200\nconst CUE_LOCK = "x"\nexport { TICK_MS, CUE_LOCK }', errors: only(2) },
    { code: "type RunNotice = 'deleted' | null\nexport type { RunNotice }", errors: only() },
    { code: "const useAStore = 1\nexport type { useAStore }", errors: only() },
    { code: "export type { PlansView } from '../domain/plansView'", errors: only() },
    { code: "export { useGateStore } from './gate'", errors: only() },
    { code: "export * from '../domain/pain'", errors: only() },
    { code: "export * as pain from '../domain/pain'", errors: only() },
    { code: 'export default {}', errors: only() },
    { code: "import x = require('x')\nexport = x", errors: only() },
  ],
})
