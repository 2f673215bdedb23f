import type { Settings } from './settings'

/**
 * A change to the settings: only the fields the person changed. A group (`water`, `cues`, `reminders`) takes any of
 * its fields; a list inside one (the quick-add sizes) is replaced whole, as it is edited whole.
 */
export type SettingsPatch = { [K in keyof Settings]?: Settings[K] extends object ? Partial<Settings[K]> : Settings[K] }

const isGroup = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Applies a patch to settings as stored (one value per top-level key) and returns the result; `stored` is not
 * changed. Within a group, only the patched fields change: a write never puts back another field from a stale copy
 * (a limit saved in another tab stays). Keys left undefined in the patch are not touched.
 */
export function applySettingsPatch<T extends Record<string, unknown>>(stored: T, patch: SettingsPatch): T {
  const out: Record<string, unknown> = { ...stored }
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue
    const before = out[key]
    out[key] = isGroup(value) && isGroup(before) ? { ...before, ...value } : value
  }
  return out as T
}
