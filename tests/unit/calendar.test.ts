// @vitest-environment node
// The .ics the plan reminders are exported as (RFC 5545): CRLF, folding at 75 octets, TEXT escaping, UID and
// DTSTAMP, UTC times for one-off events, TZID with a VTIMEZONE for repeating ones, and a VALARM on each.
import { describe, expect, it } from 'vitest'
import { foldLine, icsCalendar, icsText, localStamp, offsetText, utcStamp, vtimezone, zoneChanges, type CalendarEvent } from '../../src/domain/calendar'

const iso = (s: string) => Date.parse(s)
const octets = (s: string) => Buffer.byteLength(s, 'utf8')
const unfold = (text: string) => text.replace(/\r\n /g, '')

interface Prop {
  name: string
  params: Record<string, string>
  value: string
}

/** A small reader for the file: unfold, split at CRLF, NAME;PARAM=X:VALUE. */
function parse(text: string): Prop[] {
  return unfold(text)
    .split('\r\n')
    .filter((l) => l !== '')
    .map((line) => {
      const colon = line.indexOf(':')
      const [name = '', ...params] = line.slice(0, colon).split(';')
      return { name, params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])), value: line.slice(colon + 1) }
    })
}

/** The components of a kind, each as its list of properties (nested components included). */
function components(props: Prop[], kind: string): Prop[][] {
  const out: Prop[][] = []
  let current: Prop[] | null = null
  let depth = 0
  for (const p of props) {
    if (p.name === 'BEGIN' && p.value === kind && current === null) {
      current = []
      depth = 0
      continue
    }
    if (current) {
      if (p.name === 'BEGIN') depth++
      if (p.name === 'END' && p.value === kind && depth === 0) {
        out.push(current)
        current = null
        continue
      }
      if (p.name === 'END') depth--
      current.push(p)
    }
  }
  return out
}

const unescape = (v: string) => v.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1')

describe('TEXT escaping', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(icsText('a,b;c\\d\ne\r\nf\rg')).toBe('a\\,b\\;c\\\\d\\ne\\nf\\ng')
    expect(icsText('plain words')).toBe('plain words')
    // The backslash is escaped first, so an escaped comma is not escaped twice.
    expect(icsText('\\,')).toBe('\\\\\\,')
  })
})

describe('line folding at 75 octets', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Ice')).toBe('SUMMARY:Ice')
    const exactly75 = `DESCRIPTION:${'x'.repeat(63)}`
    expect(octets(exactly75)).toBe(75)
    expect(foldLine(exactly75)).toBe(exactly75)
  })

  it('folds a long line into lines of at most 75 octets, each continuation starting with one space', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(30)}`
    const folded = foldLine(line)
    const lines = folded.split('\r\n')
    expect(lines.length).toBe(5)
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75)
    expect(octets(lines[0] ?? '')).toBe(75)
    for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true)
    expect(unfold(folded)).toBe(line)
  })

  it('counts octets, not characters, and never cuts a character in two', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'🦵'.repeat(20)}ü`
    const folded = foldLine(line)
    for (const l of folded.split('\r\n')) {
      expect(octets(l)).toBeLessThanOrEqual(75)
      expect(l).not.toMatch(/\uFFFD/)
      // Each physical line is whole UTF-8 on its own.
      expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l)
      expect(l.isWellFormed()).toBe(true)
    }
    expect(unfold(folded)).toBe(line)
  })
})

describe('times', () => {
  it('UTC stamps', () => {
    expect(utcStamp(iso('2026-12-01T15:04:05.900Z'))).toBe('20261201T150405Z')
  })
  it('local stamps in a zone', () => {
    expect(localStamp(iso('2026-12-01T15:00:00Z'), 'America/New_York')).toBe('20261201T100000')
    expect(localStamp(iso('2026-12-01T15:00:00Z'), 'Asia/Kolkata')).toBe('20261201T203000')
  })
  it('offsets', () => {
    expect(offsetText(0)).toBe('+0000')
    expect(offsetText(-5 * 3_600_000)).toBe('-0500')
    expect(offsetText(5.5 * 3_600_000)).toBe('+0530')
    expect(offsetText(-(3_600_000 + 75_000))).toBe('-010115')
  })
})

describe('time zones', () => {
  it('finds a clock change to the second', () => {
    const changes = zoneChanges('Europe/London', iso('2026-03-20T00:00:00Z'), iso('2026-04-10T00:00:00Z'))
    expect(changes).toEqual([{ at: iso('2026-03-29T01:00:00Z'), before: 0, after: 3_600_000 }])
    expect(zoneChanges('Asia/Kolkata', iso('2026-01-01T00:00:00Z'), iso('2026-12-31T00:00:00Z'))).toEqual([])
  })

  it('a VTIMEZONE across the spring change in London: the onset in the local time before it', () => {
    const props = parse(vtimezone('Europe/London', iso('2026-03-23T09:00:00Z'), iso('2026-04-06T00:00:00Z')).join('\r\n'))
    expect(props[0]).toMatchObject({ name: 'BEGIN', value: 'VTIMEZONE' })
    expect(props.find((p) => p.name === 'TZID')?.value).toBe('Europe/London')
    const daylight = components(props, 'DAYLIGHT')
    expect(daylight).toHaveLength(1)
    const get = (c: Prop[] | undefined, n: string) => c?.find((p) => p.name === n)?.value
    expect(get(daylight[0], 'DTSTART')).toBe('20260329T010000')
    expect(get(daylight[0], 'TZOFFSETFROM')).toBe('+0000')
    expect(get(daylight[0], 'TZOFFSETTO')).toBe('+0100')
    const standard = components(props, 'STANDARD')
    expect(standard).toHaveLength(1)
    expect(get(standard[0], 'TZOFFSETTO')).toBe('+0000')
  })

  it('the autumn change in New York, and the southern summer in Sydney', () => {
    const ny = parse(vtimezone('America/New_York', iso('2026-10-26T12:00:00Z'), iso('2026-11-09T12:00:00Z')).join('\r\n'))
    const std = components(ny, 'STANDARD').find((c) => c.some((p) => p.name === 'TZOFFSETFROM' && p.value === '-0400'))
    expect(std?.find((p) => p.name === 'DTSTART')?.value).toBe('20261101T020000')
    expect(std?.find((p) => p.name === 'TZOFFSETTO')?.value).toBe('-0500')
    // Sydney in January is on summer time (+11), so that is DAYLIGHT, not STANDARD.
    const syd = parse(vtimezone('Australia/Sydney', iso('2026-01-10T00:00:00Z'), iso('2026-01-20T00:00:00Z')).join('\r\n'))
    expect(components(syd, 'DAYLIGHT')[0]?.find((p) => p.name === 'TZOFFSETTO')?.value).toBe('+1100')
    expect(components(syd, 'STANDARD')).toHaveLength(0)
  })
})

describe('the calendar file', () => {
  const now = iso('2026-12-01T15:00:00Z')
  const oneOff: CalendarEvent = {
    uid: 'ice-20261201T170000Z@example.org',
    start: iso('2026-12-01T17:00:00Z'),
    end: iso('2026-12-01T17:15:00Z'),
    summary: 'Ice: 15 minutes',
    description: 'Wrap it in a cloth, then hold it on; never while asleep.\nSecond line, with a comma.',
    url: 'https://example.org/routines/ice',
    alarm: { beforeMs: 0, text: 'Time for ice: 15 minutes, wrapped in a cloth.' },
  }
  const weekly: CalendarEvent = {
    uid: 'sitting-20261201-0900@example.org',
    start: iso('2026-12-01T14:00:00Z'),
    end: iso('2026-12-01T14:05:00Z'),
    summary: 'Sitting break',
    alarm: { beforeMs: 10 * 60_000, text: 'Stand up and move.' },
    repeat: { byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], until: iso('2026-12-15T05:00:00Z') },
  }
  const text = icsCalendar({ events: [oneOff, weekly], now, timeZone: 'America/New_York', name: 'Leg care, reminders' })
  const props = parse(text)

  it('ends every line with CRLF, and no line is longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
    // The long description was folded.
    expect(text).toMatch(/\r\n /)
  })

  it('is one VCALENDAR, version 2.0, with a PRODID', () => {
    expect(props[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' })
    expect(props[props.length - 1]).toMatchObject({ name: 'END', value: 'VCALENDAR' })
    expect(props.find((p) => p.name === 'VERSION')?.value).toBe('2.0')
    expect(props.find((p) => p.name === 'PRODID')?.value).toMatch(/Leg care/)
    expect(unescape(props.find((p) => p.name === 'X-WR-CALNAME')?.value ?? '')).toBe('Leg care, reminders')
    const begins = props.filter((p) => p.name === 'BEGIN').map((p) => p.value)
    const ends = props.filter((p) => p.name === 'END').map((p) => p.value)
    expect(begins.sort()).toEqual(ends.sort())
  })

  it('each event has a UID, a DTSTAMP in UTC, and an alarm that shows its words', () => {
    const events = components(props, 'VEVENT')
    expect(events).toHaveLength(2)
    for (const e of events) {
      expect(e.find((p) => p.name === 'UID')?.value).toMatch(/@example\.org$/)
      expect(e.find((p) => p.name === 'DTSTAMP')?.value).toBe('20261201T150000Z')
      const alarm = components(e, 'VALARM')
      expect(alarm).toHaveLength(1)
      expect(alarm[0]?.find((p) => p.name === 'ACTION')?.value).toBe('DISPLAY')
      expect(alarm[0]?.find((p) => p.name === 'DESCRIPTION')?.value).toBeTruthy()
    }
    expect(components(events[0] ?? [], 'VALARM')[0]?.find((p) => p.name === 'TRIGGER')?.value).toBe('PT0S')
    expect(components(events[1] ?? [], 'VALARM')[0]?.find((p) => p.name === 'TRIGGER')?.value).toBe('-PT10M')
  })

  it('a one-off event is in UTC; its words come back whole after unescaping', () => {
    const e = components(props, 'VEVENT')[0] ?? []
    expect(e.find((p) => p.name === 'DTSTART')).toMatchObject({ params: {}, value: '20261201T170000Z' })
    expect(e.find((p) => p.name === 'DTEND')?.value).toBe('20261201T171500Z')
    expect(unescape(e.find((p) => p.name === 'DESCRIPTION')?.value ?? '')).toBe(oneOff.description)
    expect(e.find((p) => p.name === 'DESCRIPTION')?.value).toMatch(/cloth\\, then hold it on\\; never/)
    expect(e.find((p) => p.name === 'URL')?.value).toBe('https://example.org/routines/ice')
  })

  it('a repeating event is at a wall-clock time in the device zone (TZID, with its VTIMEZONE), until a UTC instant', () => {
    const e = components(props, 'VEVENT')[1] ?? []
    expect(e.find((p) => p.name === 'DTSTART')).toMatchObject({ params: { TZID: 'America/New_York' }, value: '20261201T090000' })
    expect(e.find((p) => p.name === 'RRULE')?.value).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261215T050000Z')
    const zones = components(props, 'VTIMEZONE')
    expect(zones).toHaveLength(1)
    expect(zones[0]?.find((p) => p.name === 'TZID')?.value).toBe('America/New_York')
  })

  it('no VTIMEZONE when nothing repeats', () => {
    expect(icsCalendar({ events: [oneOff], now, timeZone: 'America/New_York', name: 'x' })).not.toMatch(/VTIMEZONE/)
  })
})
