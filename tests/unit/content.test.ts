// @vitest-environment node
// The screener's content against the shared vocabulary: every id resolves, the steps cover every finding once,
// the words are the app's own, and every region has a number to call.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FINDINGS, FINDING_IDS, SCREENER_STEPS, findingById, findingWords, isFindingId } from '../../src/content/findings'
import { FINDING_SOURCES, SOURCES } from '../../src/content/sources'
import { CAUTIONS, CAUTION_IDS, CLOT_SIGNS, PLANS, PLAN_IDS, SAFETY_NET } from '../../src/content/plans'
import {
  DEFAULT_REGION,
  EMERGENCY_NUMBERS,
  emergencyNumberFor,
  regionFor,
  regionFromLocale,
  regionFromTimeZone,
  regionToAsk,
  telHref,
} from '../../src/content/emergency'

interface SharedFinding {
  id: string
  question: string
  why: string
  redFlag: 'EMERGENCY' | 'URGENT' | 'DOCTOR' | null
  mustMention?: string[]
}

const shared = JSON.parse(
  readFileSync(new URL('../fixtures/clinical/findings.json', import.meta.url), 'utf8'),
) as SharedFinding[]

describe('findings match the shared vocabulary', () => {
  it('has every finding of findings.json, and no other', () => {
    expect([...FINDING_IDS].sort()).toEqual(shared.map((f) => f.id).sort())
    expect(new Set(FINDING_IDS).size).toBe(FINDING_IDS.length)
  })
  it.each(shared.map((f) => [f.id, f.redFlag] as const))('%s has level %s', (id, level) => {
    expect(findingById(id).level).toBe(level)
  })
  it('findingById throws on an unknown id, naming it', () => {
    expect(() => findingById('nope')).toThrowError(/nope/)
    expect(isFindingId('nope')).toBe(false)
    expect(isFindingId('fever')).toBe(true)
  })
})

describe('every symptom the contract names survives the rewording (mustMention)', () => {
  const withWords = shared.filter((f) => f.mustMention !== undefined)
  it('the contract gives the words for every red flag that bundles symptoms', () => {
    expect(withWords.length).toBeGreaterThanOrEqual(9)
  })
  it.each(withWords.map((f) => [f.id, f.mustMention ?? []] as const))('%s', (id, must) => {
    // What a person reads for the finding: its question, its symptom lines and its hint.
    const text = findingWords(findingById(id)).toLowerCase()
    for (const entry of must) {
      const alternatives = entry.split('|')
      expect(
        alternatives.some((a) => text.includes(a)),
        `"${id}" must mention one of ${alternatives.join(' / ')}: "${text}"`,
      ).toBe(true)
    }
  })
})

describe('screener steps', () => {
  const stepOf = (id: string) => SCREENER_STEPS.findIndex((s) => s.findings.includes(id as never))

  it('has at most six steps, with unique ids and titles', () => {
    expect(SCREENER_STEPS.length).toBeLessThanOrEqual(6)
    expect(new Set(SCREENER_STEPS.map((s) => s.id)).size).toBe(SCREENER_STEPS.length)
    expect(new Set(SCREENER_STEPS.map((s) => s.title)).size).toBe(SCREENER_STEPS.length)
    for (const step of SCREENER_STEPS) {
      expect(step.title.trim()).not.toBe('')
      if (step.intro !== undefined) expect(step.intro.trim()).not.toBe('')
      expect(step.findings.length).toBeGreaterThan(0)
    }
  })
  it('says once, on the emergency step, what counts: any line, new or worse than usual', () => {
    const intro = SCREENER_STEPS[0]?.intro ?? ''
    expect(intro).toMatch(/new or worse than usual/)
    expect(intro).toMatch(/any line/)
  })
  it('puts every finding of findings.json in exactly one step', () => {
    for (const f of shared) {
      expect(SCREENER_STEPS.filter((s) => s.findings.includes(f.id as never)), f.id).toHaveLength(1)
    }
    expect(SCREENER_STEPS.flatMap((s) => s.findings)).toHaveLength(shared.length)
  })
  it('asks the emergency signs first, all of them together, then the same-day signs', () => {
    const emergency = shared.filter((f) => f.redFlag === 'EMERGENCY').map((f) => f.id)
    expect([...(SCREENER_STEPS[0]?.findings ?? [])].sort()).toEqual([...emergency].sort())
    for (const f of shared.filter((x) => x.redFlag === 'URGENT')) expect(stepOf(f.id), f.id).toBe(1)
  })
  it('keeps the product order: how it started, then see-a-doctor signs, then health background', () => {
    const started = stepOf('location_calf')
    const doctor = stepOf('night_pain_unrelieved')
    const background = stepOf('cancer_history')
    expect(started).toBe(2)
    expect(doctor).toBeGreaterThan(started)
    expect(background).toBeGreaterThan(doctor)
    for (const id of ['pain_one_leg_only', 'location_back_of_thigh', 'pain_started_during_exercise', 'cramp_comes_and_goes', 'shooting_pain_below_knee', 'worse_when_sitting']) {
      expect(stepOf(id), id).toBe(started)
    }
    for (const f of shared.filter((x) => x.redFlag === 'DOCTOR' && x.id !== 'fever' && x.id !== 'under_16')) {
      expect(stepOf(f.id), f.id).toBe(doctor)
    }
    for (const id of ['under_16', 'diabetes', 'previous_clot', 'takes_statin', 'on_blood_thinners', 'recent_long_travel']) {
      expect(stepOf(id), id).toBeGreaterThanOrEqual(background)
    }
  })
})

describe('the words are the app’s own, and plain', () => {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/[’']/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .split(' ')
      .filter(Boolean)
  const runs = (s: string, n: number) => {
    const w = words(s)
    const out = new Set<string>()
    for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '))
    return out
  }
  const sharedRuns = new Set(shared.flatMap((f) => [...runs(f.question, 8), ...runs(f.why, 8)]))
  const sharedTexts = new Set(shared.flatMap((f) => [words(f.question).join(' '), words(f.why).join(' ')]))

  it.each(FINDINGS.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    const texts = [f.question, f.label, ...(f.symptoms ?? []), ...(f.hint === undefined ? [] : [f.hint])]
    for (const text of texts) {
      expect(sharedTexts.has(words(text).join(' ')), text).toBe(false)
      const shared8 = [...runs(text, 8)].filter((r) => sharedRuns.has(r))
      expect(shared8, text).toEqual([])
      expect(text).not.toMatch(/_/)
    }
    // A checklist item someone reads fast.
    expect(f.question.length).toBeLessThanOrEqual(180)
    expect(f.label.length).toBeLessThanOrEqual(80)
  })
})

describe('sources', () => {
  it('lists R1..R61 from brief.md, each once, with a link except R23 and R25', () => {
    const ids = SOURCES.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (let n = 1; n <= 61; n++) {
      const s = SOURCES.find((x) => x.id === `R${n}`)
      expect(s, `R${n}`).toBeDefined()
      expect(s?.title.trim()).not.toBe('')
      if (n === 23 || n === 25) expect(s?.url).toBeUndefined()
      else expect(s?.url, `R${n}`).toMatch(/^https?:\/\//)
    }
  })
  it('gives every finding at least one source that exists', () => {
    const known = new Set(SOURCES.map((s) => s.id))
    for (const id of FINDING_IDS) {
      const list = FINDING_SOURCES[id]
      expect(list.length, id).toBeGreaterThan(0)
      for (const s of list) expect(known.has(s), `${id} -> ${s}`).toBe(true)
    }
    for (const key of Object.keys(FINDING_SOURCES)) expect(isFindingId(key), key).toBe(true)
  })
})

describe('plans, cautions, safety-net and clot signs', () => {
  it('has every plan and caution id of the contract, with words', () => {
    expect([...PLAN_IDS].sort()).toEqual(
      ['rice', 'hamstring-stretch', 'calf-stretch', 'cramp-relief', 'sciatica-relief', 'sitting-relief', 'travel-circulation', 'hydration'].sort(),
    )
    expect(PLANS.map((p) => p.id)).toEqual([...PLAN_IDS])
    for (const p of PLANS) expect(p.title && p.summary, p.id).toBeTruthy()
    expect([...CAUTION_IDS].sort()).toEqual(
      [
        'fluid-limit',
        'skin-check',
        'no-ice-no-heat',
        'poor-circulation',
        'dvt-watch',
        'no-heat',
        'no-nsaid',
        'hip-precautions',
        'pregnancy-positions',
      ].sort(),
    )
    expect(CAUTIONS.map((c) => c.id)).toEqual([...CAUTION_IDS])
    for (const c of CAUTIONS) expect(c.title && c.changes && c.why, c.id).toBeTruthy()
  })
  it('every finding id in the safety-net and the clot signs resolves', () => {
    expect(SAFETY_NET.length).toBeGreaterThan(0)
    for (const s of SAFETY_NET) for (const f of s.findings) expect(isFindingId(f), `${s.id} -> ${f}`).toBe(true)
    for (const c of CLOT_SIGNS) expect(isFindingId(c.finding), c.id).toBe(true)
  })
  it('the clot signs (v3): a swollen leg, pain that feels different or worse, breathlessness and chest pain', () => {
    expect(CLOT_SIGNS.map((c) => c.finding).sort()).toEqual(['calf_tender_no_injury', 'one_leg_swollen', 'pe_symptoms'].sort())
    const words = CLOT_SIGNS.map((c) => c.question.toLowerCase()).join(' ')
    for (const w of ['swollen', 'different or worse', 'throbbing', 'heavier', 'more tender', 'short of breath', 'chest pain'])
      expect(words).toContain(w)
    for (const c of CLOT_SIGNS) expect(c.question).toMatch(/\?$/)
  })
})

describe('emergency numbers', () => {
  it('every region has an emergency number', () => {
    for (const [key, n] of Object.entries(EMERGENCY_NUMBERS)) {
      expect(n.region).toBe(key)
      expect(n.label.trim()).not.toBe('')
      expect(n.emergency, key).toMatch(/^[0-9]{3}$/)
      if (n.nonEmergency) expect(n.nonEmergency.number, key).toMatch(/^#?[0-9]+$/)
    }
  })
  it('has the regions and numbers the contract names', () => {
    const want: Record<string, string> = {
      US: '911', CA: '911', GB: '999', IE: '112', DE: '112', FR: '112', ES: '112', IT: '112', NL: '112',
      AU: '000', NZ: '111', JP: '119', IN: '112', ZA: '112', EU: '112',
    }
    for (const [region, number] of Object.entries(want)) expect(EMERGENCY_NUMBERS[region]?.emergency, region).toBe(number)
    expect(EMERGENCY_NUMBERS.GB?.nonEmergency?.number).toBe('111')
    expect(EMERGENCY_NUMBERS[DEFAULT_REGION]?.emergency).toBe('112')
  })
  it.each([
    ['en-GB', 'GB'],
    ['en_GB', 'GB'],
    ['en-UK', 'GB'],
    ['en-US', 'US'],
    ['fr-CA', 'CA'],
    ['fr', 'FR'],
    ['ja', 'JP'],
    ['de-AT', 'AT'],
    ['cs-CZ', 'EU'],
    ['zh-Hant-HK', 'HK'],
    ['es-419', DEFAULT_REGION],
    ['en', DEFAULT_REGION],
    ['xx-QQ', DEFAULT_REGION],
    ['', DEFAULT_REGION],
  ])('regionFromLocale(%j) -> %s', (locale, region) => {
    expect(regionFromLocale(locale)).toBe(region)
    expect(EMERGENCY_NUMBERS[regionFromLocale(locale)]).toBeDefined()
  })
  it.each([
    ['Europe/Madrid', 'ES'],
    ['Atlantic/Canary', 'ES'],
    ['Europe/London', 'GB'],
    ['America/Toronto', 'CA'],
    ['America/New_York', 'US'],
    ['America/Indiana/Indianapolis', 'US'],
    ['Australia/Sydney', 'AU'],
    ['Pacific/Auckland', 'NZ'],
    ['Asia/Tokyo', 'JP'],
    ['Europe/Prague', 'EU'],
    ['UTC', null],
    ['Etc/GMT+3', null],
    ['Africa/Lagos', null],
    ['constructor', null],
    ['', null],
  ])('regionFromTimeZone(%j) -> %s', (zone, region) => {
    expect(regionFromTimeZone(zone)).toBe(region)
    if (region) expect(Object.hasOwn(EMERGENCY_NUMBERS, region)).toBe(true)
  })
  it('the region: a saved choice first, then the time zone, then the language (an English phone in Spain gets 112)', () => {
    expect(regionFor('GB', 'Europe/Madrid', 'en-GB')).toEqual({ region: 'GB', source: 'chosen' })
    expect(regionFor(null, 'Europe/Madrid', 'en-GB')).toEqual({ region: 'ES', source: 'time-zone' })
    expect(emergencyNumberFor(regionFor(null, 'Europe/Madrid', 'en-GB').region).emergency).toBe('112')
    expect(regionFor(null, 'UTC', 'en-GB')).toEqual({ region: 'GB', source: 'language' })
    // A saved value that is not a region (a crafted backup, say) never wins, and never breaks the lookup.
    expect(regionFor('constructor', 'UTC', 'ja')).toEqual({ region: 'JP', source: 'language' })
    expect(emergencyNumberFor('constructor').region).toBe(DEFAULT_REGION)
    expect(emergencyNumberFor('__proto__').region).toBe(DEFAULT_REGION)
    expect(regionFromLocale('en-constructor')).toBe(DEFAULT_REGION)
  })
  it('asks once to switch when the time zone and the saved region disagree', () => {
    expect(regionToAsk('GB', 'Europe/Madrid', null)).toBe('ES')
    expect(regionToAsk('GB', 'Europe/Madrid', 'ES')).toBeNull() // already answered for Spain
    expect(regionToAsk('GB', 'Europe/Paris', 'ES')).toBe('FR') // a new country: ask again
    expect(regionToAsk('GB', 'Europe/London', null)).toBeNull()
    expect(regionToAsk(null, 'Europe/Madrid', null)).toBeNull() // nothing saved: the zone is followed anyway
    expect(regionToAsk('GB', 'UTC', null)).toBeNull()
  })
  it('falls back to the default for an unknown region, and builds tel: links', () => {
    expect(emergencyNumberFor('ZZ').region).toBe(DEFAULT_REGION)
    expect(telHref('#7119')).toBe('tel:%237119')
    expect(telHref('1800 022 222')).toBe('tel:1800022222')
  })
})

describe('layering', () => {
  it.each(['src/domain/triage.ts', 'src/content/findings.ts', 'src/content/sources.ts', 'src/content/plans.ts'])(
    '%s imports only relative plain modules',
    (file) => {
      const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '')
      for (const spec of imports) expect(spec, `${file}: ${spec}`).toMatch(/^\.\.?\//)
      expect(text).not.toMatch(/\b(document|window|localStorage|indexedDB)\./)
    },
  )
})

describe('sources as a person reads them', () => {
  it('every source is a plain citation: a title, a publisher or a year, a short link text, and no internal notes', async () => {
    const { SOURCES, citation, shortLink } = await import('../../src/content/sources')
    for (const s of SOURCES) {
      expect(Object.keys(s).sort(), s.id).toEqual(s.url ? ['id', 'title', 'url'] : ['id', 'title'])
      const c = citation(s)
      expect(c.title.trim(), s.id).not.toBe('')
      expect(c.publisher ?? c.year, `${s.id} has a publisher or a year`).not.toBeNull()
      if (c.link) expect(c.link.length, s.id).toBeLessThanOrEqual(36)
      expect(`${s.title}`, s.id).not.toMatch(/brief\.md|findings\.json|re-verified|no link given/i)
    }
    expect(shortLink('https://www.nhs.uk/conditions/leg-cramps/')).toBe('nhs.uk/conditions/leg-cramps')
    expect(citation({ id: 'x', title: 'NHS: Leg cramps' })).toMatchObject({ publisher: 'NHS', title: 'Leg cramps', year: null })
    expect(citation({ id: 'y', title: 'NICE NG106: Chronic heart failure in adults (2018)' })).toMatchObject({ publisher: 'NICE NG106', title: 'Chronic heart failure in adults', year: '2018' })
  })
})
