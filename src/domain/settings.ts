import type { Settings } from './settingsSchema'

/** The user's settings; the type comes from the per-setting schemas in ./settingsSchema.ts. */
export type { Settings }

export const DEFAULT_SETTINGS: Settings = {
  region: null,
  regionAskedFor: null,
  volumeUnit: 'ml',
  cues: { voice: true, beep: true, vibration: true },
  water: { goalMl: null, quickAddMl: [150, 250, 500], limitMl: null, hotDay: null, activeDay: null },
  reminders: { enabled: false, intervalMin: 90, quietStart: '22:00', quietEnd: '08:00', notify: false },
  travelMode: false,
  clotCheckedOn: null,
}

/** What a field that defaults to null holds when set. */
const NULLABLE: Readonly<Record<string, 'string' | 'number'>> = {
  region: 'string',
  regionAskedFor: 'string',
  goalMl: 'number',
  limitMl: 'number',
  hotDay: 'string',
  activeDay: 'string',
  clotCheckedOn: 'string',
}

/**
 * Whether a stored value has the shape of its default. This runs at start-up, before the schemas are loaded, so
 * that a value of the wrong kind (an object set to null, a number that is text) falls back to its default instead
 * of breaking a screen; the full checks run on every write and on import.
 */
function fits(value: unknown, base: unknown, key: string): boolean {
  if (base === null) return value === null || (typeof value === NULLABLE[key] && (typeof value !== 'number' || Number.isFinite(value)))
  if (Array.isArray(base)) return Array.isArray(value) && value.every((x) => typeof x === 'number' && Number.isFinite(x))
  if (typeof base === 'number') return typeof value === 'number' && Number.isFinite(value)
  return typeof value === typeof base && value !== null && !Array.isArray(value)
}

/** Merges stored values over the defaults, one level deep, keeping only known keys with values of the right kind. */
export function mergeSettings(stored: Record<string, unknown>): Settings {
  const out = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, Record<string, unknown>>
  for (const key of Object.keys(out)) {
    if (!Object.hasOwn(stored, key)) continue
    const value = stored[key]
    const base = out[key]
    if (!fits(value, base, key)) continue
    if (base && typeof base === 'object' && !Array.isArray(base)) {
      for (const field of Object.keys(base)) {
        const v = (value as Record<string, unknown>)[field]
        if (Object.hasOwn(value as object, field) && fits(v, base[field], field)) base[field] = v
      }
    } else (out as Record<string, unknown>)[key] = value
  }
  return out as unknown as Settings
}
