// @vitest-environment node
// Dates and times in words through Intl: English words, the order and clock of the device's locale.
import { describe, expect, it } from 'vitest'
import { DAY_LONG, dateWords, englishFor, hourCycleOf, partOfDay, sayWhen, spokenTime, weekdayShort, whenWords } from '../../src/domain/dates'

const iso = (s: string) => Date.parse(s)
/** ICU writes a narrow no-break space before AM/PM; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ')

describe('the device locale decides the order and the clock; the words stay English', () => {
  it.each([
    ['en-GB', 'en-GB', 'h23'],
    ['en-US', 'en-US', 'h12'],
    ['en', 'en-US', 'h12'],
    ['fr-CA', 'en-CA', 'h23'],
    ['de-DE', 'en-DE', 'h23'],
    ['de', 'en-DE', 'h23'],
    ['en-AU', 'en-AU', 'h12'],
  ])('%s -> %s, %s', (device, locale, cycle) => {
    expect(englishFor(device)).toBe(locale)
    expect(hourCycleOf(device)).toBe(cycle)
  })

  // The hand-written table this replaced disagreed with the platform on fr-CA, es-419, el, ms, fil, pa and ta.
  const LOCALES = [
    'en-US', 'en-GB', 'en-IE', 'en-CA', 'en-AU', 'en-NZ', 'en-IN', 'en-ZA', 'en-SG', 'fr-FR', 'fr-CA', 'de-DE', 'de-AT',
    'es-ES', 'es-MX', 'es-419', 'it-IT', 'pt-PT', 'pt-BR', 'nl-NL', 'sv-SE', 'nb-NO', 'da-DK', 'fi-FI', 'pl-PL', 'el',
    'ja-JP', 'ko-KR', 'zh-CN', 'zh-TW', 'hi-IN', 'ar-EG', 'he-IL', 'tr-TR', 'ru-RU', 'ms', 'fil', 'pa', 'ta', 'th-TH',
  ]
  it.each(LOCALES)('%s: the clock is the platform’s own', (device) => {
    const platform = new Intl.DateTimeFormat(device, { hour: 'numeric' }).resolvedOptions().hourCycle
    const expected = platform === 'h11' || platform === 'h12' ? 'h12' : 'h23'
    const words = dateWords(device)
    expect(words.hourCycle).toBe(expected)
    const text = plain(words.time(iso('2025-03-03T14:05:00Z'), 'UTC'))
    // Some regions separate hours and minutes with a dot (Denmark, Finland): that is the device's own way.
    if (expected === 'h23') expect(text).toMatch(/^14[:.]05$/)
    else expect(text).toMatch(/^2:05 [AaPp]\.?[Mm]\.?$/)
    // English words whatever the language of the device.
    expect(words.date(iso('2025-03-03T14:05:00Z'), 'UTC', { weekday: 'long', month: 'long' })).toMatch(/Monday/)
    expect(words.date(iso('2025-03-03T14:05:00Z'), 'UTC', { weekday: 'long', month: 'long' })).toMatch(/March/)
  })
})

describe('dates', () => {
  const gb = dateWords('en-GB')
  const us = dateWords('en-US')
  const at = iso('2025-03-03T14:05:00Z') // a Monday

  it.each([
    [{ weekday: 'short' as const, month: 'short' as const }, 'Mon 3 Mar'],
    [{ weekday: 'long' as const, month: 'long' as const }, 'Monday 3 March'],
    [{ month: 'long' as const, year: true }, '3 March 2025'],
  ])('en-GB writes %o as %s', (parts, text) => {
    expect(gb.date(at, 'Europe/London', parts)).toBe(text)
  })

  it('en-US puts the month first', () => {
    expect(us.date(at, 'America/New_York', { weekday: 'long', month: 'long' })).toBe('Monday, March 3')
  })

  it('reads the date in the zone it is given', () => {
    const lateInLondon = iso('2025-03-03T23:30:00Z')
    expect(gb.date(lateInLondon, 'Europe/London', { weekday: 'short', month: 'short' })).toBe('Mon 3 Mar')
    expect(gb.date(lateInLondon, 'Asia/Tokyo', { weekday: 'short', month: 'short' })).toBe('Tue 4 Mar')
  })

  it('refuses an unknown zone', () => {
    expect(() => gb.date(at, 'Nowhere/Special', {})).toThrow(RangeError)
  })

  it('writes a day key as the calendar date it is, whatever the zone', () => {
    expect(gb.dayKey('2024-02-29', { month: 'short' })).toBe('29 Feb')
    expect(gb.dayKey('2026-12-31', { weekday: 'long', month: 'long', year: true })).toBe('Thursday, 31 December 2026')
    expect(() => gb.dayKey('2025-02-30', {})).toThrow(RangeError)
  })
})

/** Runs `body` with Intl.DateTimeFormat counting the formatters built; `built()` reads the count so far. */
function countingFormatters(body: (built: () => number) => void): void {
  const Original = Intl.DateTimeFormat
  let built = 0
  Intl.DateTimeFormat = class extends Original {
    constructor(...args: ConstructorParameters<typeof Original>) {
      super(...args)
      built++
    }
  } as typeof Intl.DateTimeFormat
  try {
    body(() => built)
  } finally {
    Intl.DateTimeFormat = Original
  }
}

describe('warm', () => {
  it('builds the formatters of the clock, the long date and the long day, so a screen opening builds none', () => {
    const words = dateWords('en-GB')
    countingFormatters((built) => {
      words.warm('Europe/London')
      const warmed = built()
      expect(warmed).toBeGreaterThan(0)
      words.time(Date.now(), 'Europe/London')
      words.date(Date.now(), 'Europe/London', { weekday: 'long', month: 'long' })
      words.dayKey('2025-03-03', DAY_LONG)
      expect(built()).toBe(warmed)
      words.dayKey('2025-03-03', { year: true })
      expect(built(), 'a shape not warmed is built on first use').toBe(warmed + 1)
    })
  })
})

describe("weekdayShort: a chart axis's weekday without a formatter", () => {
  it('names the same weekday as Intl, day by day across leap years, and before 2000', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' })
    for (const start of [Date.UTC(1999, 11, 1), Date.UTC(2023, 11, 20), Date.UTC(2027, 1, 1)]) {
      for (let i = 0; i < 800; i++) {
        const d = new Date(start + i * 86_400_000)
        const key = d.toISOString().slice(0, 10)
        expect(weekdayShort(key), key).toBe(intl.format(d))
      }
    }
  })

  it('builds no formatter', () => {
    countingFormatters((built) => {
      expect(weekdayShort('2025-03-03')).toBe('Mon')
      expect(built()).toBe(0)
    })
  })
})

describe('times', () => {
  const gb = dateWords('en-GB')
  const us = dateWords('en-US')

  it('follows the zone, across a daylight-saving change and a half-hour offset', () => {
    expect(gb.time(iso('2026-03-29T00:30:00Z'), 'Europe/London')).toBe('00:30')
    expect(gb.time(iso('2026-03-29T01:30:00Z'), 'Europe/London')).toBe('02:30')
    expect(plain(us.time(iso('2026-11-01T05:30:00Z'), 'America/New_York'))).toBe('1:30 AM')
    expect(plain(us.time(iso('2026-11-01T06:30:00Z'), 'America/New_York'))).toBe('1:30 AM')
    expect(gb.time(iso('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe('17:30')
  })

  it('writes a wall-clock time on the person’s dial', () => {
    expect(gb.hourMinute(0, 0)).toBe('00:00')
    expect(gb.hourMinute(22, 30)).toBe('22:30')
    expect(plain(us.hourMinute(0, 0))).toBe('12:00 AM')
    expect(plain(us.hourMinute(12, 5))).toBe('12:05 PM')
  })

  it('clock: only the time for later today, the day named for another day', () => {
    const now = iso('2025-03-03T10:00:00Z')
    expect(gb.clock(iso('2025-03-03T14:05:00Z'), now, 'Europe/London')).toBe('14:05')
    expect(plain(us.clock(iso('2025-03-06T14:05:00Z'), now, 'Europe/London'))).toBe('Thursday, March 6, 2:05 PM')
    // 23:30 UTC is still Monday in London but already Tuesday in Tokyo, where `now` is Monday 19:00.
    expect(gb.clock(iso('2025-03-03T23:30:00Z'), now, 'Europe/London')).toBe('23:30')
    expect(gb.clock(iso('2025-03-03T23:30:00Z'), now, 'Asia/Tokyo')).toBe('Tuesday 4 March, 08:30')
  })
})

describe('sayWhen', () => {
  it('says "today at" for the same local day, and the date otherwise', () => {
    const words = dateWords('en-GB')
    const now = iso('2026-12-01T19:00:00Z')
    expect(sayWhen(iso('2026-12-01T08:30:00Z'), now, 'Europe/London', words)).toBe('today at 08:30')
    const before = plain(sayWhen(iso('2026-11-29T08:30:00Z'), now, 'Europe/London', words))
    expect(before).not.toMatch(/today/)
    expect(before).toMatch(/29 November/)
    // Midnight in the person's zone decides "today", not UTC's.
    expect(sayWhen(iso('2026-12-01T07:30:00Z'), iso('2026-12-01T23:30:00Z'), 'America/Los_Angeles', words)).not.toMatch(/^today/)
  })
})

describe('whenWords: when a wait lifts, in the words people use', () => {
  const us = dateWords('en-US')
  const gb = dateWords('en-GB')
  const NY = 'America/New_York'
  // Tuesday 1 December 2026, 10:00 in New York (15:00 UTC).
  const now = iso('2026-12-01T15:00:00Z')

  it.each([
    [0, 'morning'], [5, 'morning'], [11, 'morning'], [12, 'afternoon'], [16, 'afternoon'], [17, 'evening'], [20, 'evening'],
    [21, 'night'], [23, 'night'],
  ])('hour %i is %s', (hour, part) => {
    expect(partOfDay(hour)).toBe(part)
  })

  it('says the clock as people do', () => {
    expect(spokenTime(15, 0, 'h12')).toBe('3 pm')
    expect(spokenTime(15, 20, 'h12')).toBe('3:20 pm')
    expect(spokenTime(9, 5, 'h12')).toBe('9:05 am')
    expect(spokenTime(12, 0, 'h12')).toBe('noon')
    expect(spokenTime(0, 0, 'h12')).toBe('midnight')
    expect(spokenTime(0, 30, 'h12')).toBe('12:30 am')
    expect(spokenTime(15, 0, 'h23')).toBe('15:00')
    expect(spokenTime(7, 5, 'h23')).toBe('07:05')
  })

  it('later today: the time, "today"', () => {
    expect(whenWords(iso('2026-12-01T20:00:00Z'), now, NY, us)).toBe('3 pm today')
    expect(whenWords(iso('2026-12-01T20:00:00Z'), now, NY, gb)).toBe('15:00 today')
  })

  it('tomorrow and the next days: the day and the part of it', () => {
    expect(whenWords(iso('2026-12-02T14:00:00Z'), now, NY, us)).toBe('tomorrow morning') // 9:00
    expect(whenWords(iso('2026-12-02T17:00:00Z'), now, NY, us)).toBe('tomorrow afternoon') // 12:00
    expect(whenWords(iso('2026-12-02T22:00:00Z'), now, NY, us)).toBe('tomorrow evening') // 17:00
    expect(whenWords(iso('2026-12-03T02:30:00Z'), now, NY, us)).toBe('tomorrow night') // 21:30
    expect(whenWords(iso('2026-12-04T14:00:00Z'), now, NY, us)).toBe('Friday morning') // 72 h after a check at 10:00 on Tuesday: Friday 9:00
    expect(whenWords(iso('2026-12-04T04:59:00Z'), now, NY, us)).toBe('Thursday night') // 23:59
    expect(whenWords(iso('2026-12-10T16:00:00Z'), now, NY, us)).toBe('Thursday, December 10, morning') // a week or more away
  })

  it('the unlock moment is rounded up, never down: the words never name a time before it', () => {
    // 14:59:30 reads as 3 pm; 23:59:30 rolls over into the next day's midnight.
    expect(whenWords(iso('2026-12-01T19:59:30Z'), now, NY, us)).toBe('3 pm today')
    expect(whenWords(iso('2026-12-02T04:59:30Z'), now, NY, us)).toBe('midnight tonight')
  })

  it('around midnight: the small hours of the next day are "tonight", not "tomorrow morning"', () => {
    const lateNow = iso('2026-12-02T04:50:00Z') // 23:50 on Tuesday in New York
    expect(whenWords(iso('2026-12-02T05:10:00Z'), lateNow, NY, us)).toBe('12:10 am tonight')
    expect(whenWords(iso('2026-12-02T09:30:00Z'), lateNow, NY, us)).toBe('4:30 am tonight')
    expect(whenWords(iso('2026-12-02T10:00:00Z'), lateNow, NY, us)).toBe('tomorrow morning') // 5:00
    // Just after midnight, later that same night is "today".
    const justAfter = iso('2026-12-02T05:05:00Z') // 00:05 on Wednesday
    expect(whenWords(iso('2026-12-02T07:00:00Z'), justAfter, NY, us)).toBe('2 am today')
  })

  it('already over: "now"', () => {
    expect(whenWords(now - 1, now, NY, us)).toBe('now')
    expect(whenWords(now, now, NY, us)).toBe('now')
  })

  it('the same moment reads in each device zone', () => {
    const at = iso('2026-12-04T14:00:00Z')
    expect(whenWords(at, now, NY, us)).toBe('Friday morning') // 9:00 Friday
    expect(whenWords(at, now, 'Asia/Tokyo', us)).toBe('Friday night') // 23:00 Friday; now is 0:00 Wednesday there
    expect(whenWords(at, now, 'Pacific/Auckland', us)).toBe('Saturday morning') // 3:00 Saturday
    expect(whenWords(at, now, 'Europe/London', gb)).toBe('Friday afternoon') // 14:00
    expect(whenWords(at, now, 'Asia/Kolkata', gb)).toBe('Friday evening') // 19:30
  })

  it('across a daylight-saving change, the local hour is the new one', () => {
    // London goes forward at 01:00 UTC on 29 March 2026: 10:00 UTC that day is 11:00 local.
    const before = iso('2026-03-27T12:00:00Z')
    expect(whenWords(iso('2026-03-29T10:00:00Z'), before, 'Europe/London', gb)).toBe('Sunday morning')
    expect(whenWords(iso('2026-03-29T11:00:00Z'), before, 'Europe/London', gb)).toBe('Sunday afternoon')
  })
})
