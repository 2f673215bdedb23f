/** The user's settings, with the defaults a new install starts from. */
export interface Settings {
  /** Region code for the emergency number (e.g. 'GB'); null until chosen, then the locale's guess is used. */
  region: string | null
  /** The region the device's time zone suggested when the person was last asked whether to switch, or null. */
  regionAskedFor: string | null
  volumeUnit: 'ml' | 'floz'
  cues: { voice: boolean; beep: boolean; vibration: boolean }
  water: {
    /** The user's own daily goal in ml, or null for the default from the references. */
    goalMl: number | null
    /** Quick-add sizes in ml. */
    quickAddMl: number[]
    /** The clinician's daily limit in ml under the fluid-limit caution, or null when not entered. */
    limitMl: number | null
    hotDay: string | null
    activeDay: string | null
  }
  reminders: {
    enabled: boolean
    /** Minutes between water reminders while the app is open. */
    intervalMin: number
    /** Quiet hours, local "HH:MM". */
    quietStart: string
    quietEnd: string
    notify: boolean
  }
  /** Travel mode: a circulation reminder every 60 min while on. */
  travelMode: boolean
  /** The local day (YYYY-MM-DD) the clot-sign check was last answered "none of these", or null. */
  clotCheckedOn: string | null
}

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

/** Merges stored values over the defaults, one level deep, ignoring keys the app does not know. */
export function mergeSettings(stored: Record<string, unknown>): Settings {
  const out = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(stored)) {
    if (!(key in out) || value === undefined) continue
    const base = out[key]
    out[key] =
      base && typeof base === 'object' && !Array.isArray(base) && value && typeof value === 'object'
        ? { ...(base as object), ...(value as object) }
        : value
  }
  return out as unknown as Settings
}
