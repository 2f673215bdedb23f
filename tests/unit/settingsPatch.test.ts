import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, mergeSettings } from '../../src/domain/settings'
import { applySettingsPatch } from '../../src/domain/settingsPatch'

describe('applySettingsPatch', () => {
  it('changes only the patched fields of a group, keeping the others as stored', () => {
    const stored = { water: { limitMl: 1500, goalMl: null }, region: 'GB' }
    expect(applySettingsPatch(stored, { water: { goalMl: 2500 } })).toEqual({ water: { limitMl: 1500, goalMl: 2500 }, region: 'GB' })
  })

  it('sets a group that was never stored, replaces plain values and lists, and clears with null', () => {
    expect(applySettingsPatch({}, { cues: { voice: false } })).toEqual({ cues: { voice: false } })
    expect(applySettingsPatch({ region: 'GB' }, { region: 'US' })).toEqual({ region: 'US' })
    expect(applySettingsPatch({ water: { quickAddMl: [150, 250, 500] } }, { water: { quickAddMl: [200] } })).toEqual({ water: { quickAddMl: [200] } })
    expect(applySettingsPatch({ water: { limitMl: 1500 } }, { water: { limitMl: null } })).toEqual({ water: { limitMl: null } })
    expect(applySettingsPatch({ region: 'GB' }, { region: null })).toEqual({ region: null })
  })

  it('leaves undefined fields alone and does not change its input', () => {
    const stored = { region: 'GB', water: { limitMl: 1500 } }
    const copy = structuredClone(stored)
    expect(applySettingsPatch(stored, { region: undefined, travelMode: true })).toEqual({ ...copy, travelMode: true })
    expect(stored).toEqual(copy)
  })

  it('two patches of different fields give the same result in either order', () => {
    const a = { water: { limitMl: 1500 } }
    const b = { water: { goalMl: 2000 }, cues: { beep: false } }
    const ab = applySettingsPatch(applySettingsPatch({}, a), b)
    const ba = applySettingsPatch(applySettingsPatch({}, b), a)
    expect(ab).toEqual(ba)
    expect(mergeSettings(ab).water).toEqual({ ...DEFAULT_SETTINGS.water, limitMl: 1500, goalMl: 2000 })
  })
})
