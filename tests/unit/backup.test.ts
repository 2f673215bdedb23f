import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT,
  buildBackup,
  canonicalJson,
  emptyTables,
  parseBackup,
  planImport,
  type Backup,
  type Tables,
} from '../../src/domain/backup'
import { sha256Hex } from '../../src/domain/sha256'

const NOW = Date.UTC(2025, 5, 15, 12, 0)
const HOUR = 3_600_000
const DAY = 24 * HOUR
const zone = 'Europe/Berlin'

function sampleTables(): Tables {
  return {
    settings: [
      { key: 'theme', value: 'dark' },
      { key: 'waterGoal', value: { ml: 2000, nested: [1, 'two', null, true] } },
    ],
    screenings: [
      {
        id: 's1',
        at: NOW - 10 * DAY,
        timeZone: zone,
        dayKey: '2025-06-05',
        findings: ['calf-tight'],
        disposition: 'self-care',
        plans: ['calf-stretch'],
        cautions: ['stop-if-worse'],
        onsetAt: NOW - 12 * DAY,
      },
    ],
    gateEvents: [
      {
        id: 'g1',
        at: NOW - 9 * DAY,
        timeZone: zone,
        kind: 'raise',
        level: 'urgent',
        source: 'pain-jump',
        screeningId: null,
        reasons: ['Your pain jumped by 4 points.'],
        findings: [],
        clearedBy: null,
        assessedOn: null,
      },
      {
        id: 'g2',
        at: NOW - 8 * DAY,
        timeZone: zone,
        kind: 'clear',
        level: null,
        source: null,
        screeningId: null,
        reasons: [],
        findings: [],
        clearedBy: 'clinician',
        assessedOn: '2025-06-07',
      },
    ],
    runs: [
      {
        id: 'r1',
        routineId: 'calf-stretch',
        startedAt: NOW - 2 * DAY,
        pauses: [{ at: NOW - 2 * DAY + 60_000, until: NOW - 2 * DAY + 90_000 }],
        shifts: [30_000, -15_000],
        status: 'done',
        endedAt: NOW - 2 * DAY + 600_000,
        painBefore: 5,
        painAfter: 3,
      },
    ],
    sessions: [
      {
        id: 'x1',
        routineId: 'ice',
        kind: 'ice',
        startedAt: NOW - DAY,
        endedAt: NOW - DAY + 15 * 60_000,
        at: NOW - DAY + 15 * 60_000,
        timeZone: zone,
        dayKey: '2025-06-14',
        completed: true,
        painBefore: null,
        painAfter: null,
        runId: null,
      },
    ],
    painEntries: [
      { id: 'p1', at: NOW - 3 * HOUR, timeZone: zone, dayKey: '2025-06-15', score: 4, where: 'left calf', note: 'Ünïcödé 🦵' },
    ],
    waterEntries: [
      { id: 'w1', at: NOW - 5 * HOUR, timeZone: zone, dayKey: '2025-06-15', ml: 250 },
      { id: 'w2', at: NOW - 4 * HOUR, timeZone: 'UTC', dayKey: '2025-06-15', ml: 500 },
      { id: 'w3', at: NOW - 2 * HOUR, timeZone: 'America/New_York', dayKey: '2025-06-15', ml: 330 },
    ],
  }
}

function sampleBackup(): Backup {
  return buildBackup({ tables: sampleTables(), appVersion: '0.1.0', schemaVersion: 1, createdAt: NOW - HOUR })
}

type Json = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> }

/** A good backup as plain JSON data, changed by `edit`, with its checksum recomputed so only the edit is wrong. */
function editedFile(edit: (file: Json) => void, { reseal = true } = {}): string {
  const file = JSON.parse(JSON.stringify(sampleBackup())) as Json
  edit(file)
  if (reseal && file.tables && typeof file.tables === 'object') file.checksum = sha256Hex(canonicalJson(file.tables))
  return JSON.stringify(file)
}

function errorsOf(text: string): string[] {
  const result = parseBackup(text, { now: NOW })
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.errors
}

function water(file: Json, n: number): Record<string, unknown> {
  return file.tables.waterEntries![n - 1]!
}

describe('buildBackup', () => {
  it('writes the envelope, all seven tables and a SHA-256 of the canonical tables', () => {
    const backup = sampleBackup()
    expect(backup.format).toBe(BACKUP_FORMAT)
    expect(backup.schemaVersion).toBe(1)
    expect(backup.appVersion).toBe('0.1.0')
    expect(backup.createdAt).toBe('2025-06-15T11:00:00.000Z')
    expect(Object.keys(backup.tables)).toEqual([
      'settings',
      'screenings',
      'gateEvents',
      'runs',
      'sessions',
      'painEntries',
      'waterEntries',
    ])
    expect(backup.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(backup.checksum).toBe(sha256Hex(canonicalJson(backup.tables)))
  })

  it('refuses to write a schema version it could not read back', () => {
    expect(() => buildBackup({ tables: emptyTables(), appVersion: '1', schemaVersion: 2, createdAt: NOW })).toThrow(
      RangeError,
    )
  })
})

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    )
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}')
  })
})

describe('parseBackup: good files', () => {
  it('round-trips build → stringify → parse', () => {
    const backup = sampleBackup()
    const result = parseBackup(JSON.stringify(backup), { now: NOW })
    expect(result).toEqual({
      ok: true,
      backup,
      preview: {
        counts: { settings: 2, screenings: 1, gateEvents: 2, runs: 1, sessions: 1, painEntries: 1, waterEntries: 3 },
        earliest: NOW - 10 * DAY,
        latest: NOW - 2 * HOUR,
        createdAt: NOW - HOUR,
        appVersion: '0.1.0',
      },
    })
  })

  it('round-trips an empty backup, with no date range', () => {
    const backup = buildBackup({ tables: emptyTables(), appVersion: '0.1.0', createdAt: NOW })
    const result = parseBackup(JSON.stringify(backup, null, 2), { now: NOW })
    expect(result.ok && result.preview).toMatchObject({ earliest: null, latest: null })
  })

  it('accepts the same data with keys in another order (the checksum is canonical)', () => {
    const reverse = (x: unknown): unknown =>
      Array.isArray(x)
        ? x.map(reverse)
        : x && typeof x === 'object'
          ? Object.fromEntries(Object.entries(x).reverse().map(([k, val]) => [k, reverse(val)]))
          : x
    expect(parseBackup(JSON.stringify(reverse(sampleBackup())), { now: NOW }).ok).toBe(true)
  })

  it('accepts a leading byte-order mark', () => {
    expect(parseBackup(`\uFEFF${JSON.stringify(sampleBackup())}`, { now: NOW }).ok).toBe(true)
  })

  it('accepts instants up to one day ahead of now (a device clock a little behind)', () => {
    const text = editedFile((f) => (water(f, 1).at = NOW + DAY - 1))
    expect(parseBackup(text, { now: NOW }).ok).toBe(true)
  })
})

describe('parseBackup: refused files, each with a plain reason', () => {
  it.each<[string, () => string, string]>([
    ['not JSON', () => 'Dear diary, my leg hurts.', 'This file is not a backup from this app (it is not a JSON file).'],
    [
      'truncated JSON',
      () => JSON.stringify(sampleBackup()).slice(0, 300),
      'The file is cut off or damaged (it is not complete JSON).',
    ],
    ['an empty string', () => '', 'The file is empty.'],
    ['whitespace only', () => '  \n\t \r\n ', 'The file is empty (it contains only spaces or blank lines).'],
    ['null', () => 'null', 'This file is not a backup from this app (it contains only the word null).'],
    ['an array', () => '[{"format":"leg-care-backup"}]', 'This file is not a backup from this app (it contains a list).'],
    ['a number', () => '42', 'This file is not a backup from this app (it contains only a number).'],
    ['a string', () => '"leg-care-backup"', 'This file is not a backup from this app (it contains only a piece of text).'],
    ['true', () => 'true', 'This file is not a backup from this app (it contains only true or false).'],
    ['a wrong format marker', () => editedFile((f) => (f.format = 'other-app-export')), 'This file is not a backup from this app.'],
    ['no format marker', () => editedFile((f) => delete f.format), 'This file is not a backup from this app.'],
    [
      'missing tables',
      () => editedFile((f) => delete (f as Partial<Json>).tables),
      'The backup has no data in it (its tables are missing); the file is incomplete or damaged.',
    ],
    [
      'tables that are a list',
      () => editedFile((f) => (f.tables = [] as unknown as Json['tables'])),
      'The backup’s data is not in the expected form (its tables are not a group of lists).',
    ],
    [
      'a table that is not an array',
      () => editedFile((f) => (f.tables.waterEntries = { w1: {} } as unknown as Record<string, unknown>[])),
      'The backup’s water entries are not a list.',
    ],
    [
      'a missing table',
      () => editedFile((f) => delete f.tables.painEntries),
      'The backup has no list of pain entries; the file is incomplete or damaged.',
    ],
    [
      'ml as a string',
      () => editedFile((f) => (water(f, 2).ml = '200')),
      'Water entry 2 has an amount that is text ("200") instead of a number; amounts must be between 1 and 5000 ml.',
    ],
    [
      'a missing field',
      () => editedFile((f) => delete water(f, 1).dayKey),
      'Water entry 1 is missing its day.',
    ],
    [
      'an unknown field',
      () => editedFile((f) => (f.tables.painEntries![0]!.mood = 'grumpy')),
      'Pain entry 1 has a field "mood" that this app does not know.',
    ],
    [
      'a negative amount',
      () => editedFile((f) => (water(f, 3).ml = -200)),
      'Water entry 3 has an amount of -200 ml; amounts must be between 1 and 5000 ml.',
    ],
    [
      'an absurd amount',
      () => editedFile((f) => (water(f, 1).ml = 1e9)),
      'Water entry 1 has an amount of 1000000000 ml; amounts must be between 1 and 5000 ml.',
    ],
    [
      'pain score 11',
      () => editedFile((f) => (f.tables.painEntries![0]!.score = 11)),
      'Pain entry 1 has a pain score of 11; pain scores must be whole numbers from 0 to 10.',
    ],
    [
      'a fractional pain score',
      () => editedFile((f) => (f.tables.runs![0]!.painAfter = 2.5)),
      'Routine run 1 has a pain score after of 2.5; pain scores must be whole numbers from 0 to 10.',
    ],
    [
      'a date far in the future',
      () => editedFile((f) => (water(f, 2).at = Date.UTC(2100, 0, 1))),
      'Water entry 2 has a time of 2100-01-01 00:00 UTC, which is in the future.',
    ],
    [
      'a date before 2000',
      () => editedFile((f) => (f.tables.screenings![0]!.onsetAt = Date.UTC(1999, 11, 31))),
      'Screening 1 has a pain start time of 1999-12-31 00:00 UTC, which is before the year 2000.',
    ],
    [
      'a number too large to be real (1e400 parses to Infinity)',
      () => editedFile((f) => (water(f, 1).ml = 123456789)).replace('123456789', '1e400'),
      'Water entry 1 has an amount that is too large to be a real number; amounts must be between 1 and 5000 ml.',
    ],
    [
      'an instant of 1e400',
      () => editedFile((f) => (f.tables.painEntries![0]!.at = 123456789)).replace('123456789', '-1e400'),
      'Pain entry 1 has a time that is too large to be a real time.',
    ],
    [
      'schema version 2',
      () => editedFile((f) => (f.schemaVersion = 2)),
      'This backup uses version 2 of the backup format, from a newer version of the app; this app can only open version 1. Update the app, then try again.',
    ],
    [
      'schema version 0',
      () => editedFile((f) => (f.schemaVersion = 0)),
      'This backup uses version 0 of the backup format, which this app does not know; it can only open version 1.',
    ],
    [
      'no schema version',
      () => editedFile((f) => (f.schemaVersion = '1')),
      'The backup does not say which version of the backup format it uses, so it cannot be opened.',
    ],
    [
      'duplicate ids',
      () => editedFile((f) => (water(f, 3).id = 'w1')),
      'Water entries 1 and 3 have the same id "w1"; each must have its own id.',
    ],
    [
      'duplicate setting names',
      () => editedFile((f) => (f.tables.settings![1]!.key = 'theme')),
      'Settings 1 and 2 have the same name "theme"; each must have its own name.',
    ],
    [
      'a __proto__ key',
      () => JSON.stringify(sampleBackup()).replace('{"id":"w1"', '{"__proto__":{"isAdmin":true},"id":"w1"'),
      'The file contains a field named "__proto__", which a backup never has; it was not made by this app or has been altered.',
    ],
    [
      'a constructor key',
      () => JSON.stringify(sampleBackup()).replace('"value":"dark"', '"value":{"constructor":{"name":"Object"}}'),
      'The file contains a field named "constructor", which a backup never has; it was not made by this app or has been altered.',
    ],
    [
      'a bad checksum (an edited note)',
      () => editedFile((f) => (f.tables.painEntries![0]!.note = 'edited'), { reseal: false }),
      'The backup has been changed or damaged since it was made (its checksum does not match its contents), so it cannot be trusted.',
    ],
    [
      'a missing checksum',
      () => editedFile((f) => delete f.checksum, { reseal: false }),
      'The backup has no valid checksum, so the app cannot check that it is complete.',
    ],
    [
      'an invalid time zone',
      () => editedFile((f) => (water(f, 1).timeZone = 'Mars/Olympus_Mons')),
      'Water entry 1 has a time zone of "Mars/Olympus_Mons"; time zones must be ones this device knows, such as "Europe/London".',
    ],
    [
      'an impossible day',
      () => editedFile((f) => (water(f, 1).dayKey = '2025-02-30')),
      'Water entry 1 has a day of "2025-02-30"; days must be real dates written as YYYY-MM-DD.',
    ],
    [
      'an unknown disposition',
      () => editedFile((f) => (f.tables.screenings![0]!.disposition = 'relax')),
      'Screening 1 has an outcome of "relax"; outcomes must be one of: emergency, urgent, doctor, self-care.',
    ],
    [
      'an empty id',
      () => editedFile((f) => (water(f, 1).id = '')),
      'Water entry 1 has an id of ""; ids must be text of 1 to 100 characters.',
    ],
    [
      'an overlong id',
      () => editedFile((f) => (water(f, 1).id = 'x'.repeat(101))),
      'Water entry 1 has an id that is 101 characters long; ids must be text of 1 to 100 characters.',
    ],
    [
      'a bad pause inside a run',
      () => editedFile((f) => delete (f.tables.runs![0]!.pauses as Record<string, unknown>[])[0]!.until),
      'Routine run 1 (pause 1) is missing its end time.',
    ],
    [
      'a session that ends before it starts',
      () => editedFile((f) => (f.tables.sessions![0]!.endedAt = NOW - 2 * DAY)),
      'Session 1 ends before it starts.',
    ],
    [
      'a record that is not an object',
      () => editedFile((f) => (f.tables.waterEntries![1] = 7 as unknown as Record<string, unknown>)),
      'Water entry 2 is the number 7 instead of a record.',
    ],
    [
      'an unknown table',
      () => editedFile((f) => (f.tables.moods = [])),
      'The backup contains a table "moods" that this app does not know.',
    ],
    [
      'a creation date in the future',
      () => editedFile((f) => (f.createdAt = '2099-01-01T00:00:00.000Z')),
      'The backup says it was made on 2099-01-01 00:00 UTC, which is in the future.',
    ],
    [
      'too many records',
      () =>
        JSON.stringify({ ...sampleBackup(), tables: { ...sampleBackup().tables, waterEntries: Array(100_001).fill(0) } }),
      'The backup has 100,001 water entries; it can hold at most 100,000.',
    ],
    [
      'nesting deep enough to overflow the stack',
      () => `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      'The file is damaged or not a backup (it is nested too deeply to read).',
    ],
  ])('refuses %s', (_name, makeFile, message) => {
    expect(errorsOf(makeFile())).toEqual([message])
  })

  it('refuses a 50 MB file by its size, before parsing', () => {
    const text = `{"format":"${BACKUP_FORMAT}","padding":"${'x'.repeat(50 * 1024 * 1024)}"}`
    expect(errorsOf(text)).toEqual(['This file is 50.0 MB, which is too large; backups can be at most 20.0 MB.'])
  })

  it('counts multi-byte characters by their UTF-8 size against a custom limit', () => {
    const text = JSON.stringify(sampleBackup())
    const bytes = new TextEncoder().encode(text).length
    expect(parseBackup(text, { now: NOW, maxBytes: bytes }).ok).toBe(true)
    expect(parseBackup(text, { now: NOW, maxBytes: bytes - 1 }).ok).toBe(false)
  })

  it('leaves Object.prototype alone when refusing __proto__', () => {
    const text = JSON.stringify(sampleBackup()).replace('{"id":"w1"', '{"__proto__":{"polluted":true},"id":"w1"')
    parseBackup(text, { now: NOW })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a prototype key too', () => {
    const text = JSON.stringify(sampleBackup()).replace('"value":"dark"', '"value":{"prototype":1}')
    expect(errorsOf(text)).toEqual([
      'The file contains a field named "prototype", which a backup never has; it was not made by this app or has been altered.',
    ])
  })

  it('lists several problems at once, and caps a long list', () => {
    const several = editedFile((f) => {
      water(f, 1).ml = 0
      f.tables.painEntries![0]!.score = -1
    })
    expect(errorsOf(several)).toEqual([
      'Pain entry 1 has a pain score of -1; pain scores must be whole numbers from 0 to 10.',
      'Water entry 1 has an amount of 0 ml; amounts must be between 1 and 5000 ml.',
    ])

    const many = editedFile((f) => {
      f.tables.waterEntries = Array.from({ length: 50 }, (_, i) => ({
        id: `w${i}`,
        at: NOW,
        timeZone: 'UTC',
        dayKey: '2025-06-15',
        ml: -i - 1,
      }))
    })
    const errors = errorsOf(many)
    expect(errors).toHaveLength(21)
    expect(errors[20]).toBe('…and 30 more problems.')
  })
})

describe('planImport', () => {
  const existing = (): Tables => ({
    ...emptyTables(),
    settings: [{ key: 'theme', value: 'dark' }],
    waterEntries: sampleTables().waterEntries.slice(0, 2),
  })
  const incoming = (): Tables => {
    const tables = sampleTables()
    tables.settings = [
      { key: 'theme', value: 'light' },
      { key: 'waterGoal', value: 2500 },
    ]
    // Same id as one on the device, different content: the device's copy must win.
    tables.waterEntries = [{ ...tables.waterEntries[0]!, ml: 999 }, tables.waterEntries[2]!]
    return tables
  }

  it('merges without duplicates: new ids added, ids already present kept as they are', () => {
    const plan = planImport(existing(), incoming(), 'merge')
    expect(plan.mode).toBe('merge')
    expect(plan.clearFirst).toBe(false)
    expect(plan.puts.settings).toEqual([{ key: 'waterGoal', value: 2500 }])
    expect(plan.puts.waterEntries.map((w) => w.id)).toEqual(['w3'])
    expect(plan.puts.painEntries).toEqual(incoming().painEntries)
    expect(plan.counts.settings).toEqual({ added: 1, skipped: 1, removed: 0 })
    expect(plan.counts.waterEntries).toEqual({ added: 1, skipped: 1, removed: 0 })
    expect(plan.counts.gateEvents).toEqual({ added: 2, skipped: 0, removed: 0 })
  })

  it('merging the same backup twice adds nothing the second time', () => {
    const first = planImport(existing(), incoming(), 'merge')
    const after: Tables = { ...existing() }
    for (const name of Object.keys(after) as (keyof Tables)[]) {
      ;(after[name] as unknown[]) = [...existing()[name], ...first.puts[name]]
    }
    const second = planImport(after, incoming(), 'merge')
    expect(Object.values(second.puts).every((rows) => rows.length === 0)).toBe(true)
  })

  it('skips repeated ids within the incoming tables', () => {
    const tables = emptyTables()
    tables.waterEntries = [sampleTables().waterEntries[0]!, { ...sampleTables().waterEntries[0]!, ml: 1 }]
    const plan = planImport(emptyTables(), tables, 'merge')
    expect(plan.puts.waterEntries).toEqual([sampleTables().waterEntries[0]])
    expect(plan.counts.waterEntries).toEqual({ added: 1, skipped: 1, removed: 0 })
  })

  it('replaces: clear first, then put every incoming record', () => {
    const plan = planImport(existing(), incoming(), 'replace')
    expect(plan.clearFirst).toBe(true)
    expect(plan.puts).toEqual(incoming())
    expect(plan.counts.waterEntries).toEqual({ added: 2, skipped: 0, removed: 2 })
    expect(plan.counts.settings).toEqual({ added: 2, skipped: 0, removed: 1 })
    expect(plan.counts.runs).toEqual({ added: 1, skipped: 0, removed: 0 })
  })

  it('does not change its inputs', () => {
    const before = existing()
    const inc = incoming()
    planImport(before, inc, 'merge')
    expect(before).toEqual(existing())
    expect(inc).toEqual(incoming())
  })
})

describe('canonicalJson follows JSON.stringify for everything but key order', () => {
  it.each<[string, unknown]>([
    ['primitives', [1, -0, 'a"b\n', true, null, 1e21, 0.1]],
    ['undefined and non-finite', { a: undefined, b: [undefined, Infinity, NaN], c: () => 1 }],
    ['toJSON', { at: new Date(Date.UTC(2025, 0, 1)) }],
    ['lone surrogates and unicode', ['\uD800', '🦵', 'é']],
    ['empty containers', { a: {}, b: [] }],
  ])('%s', (_name, value) => {
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)))
    // What matters for the checksum: a value and the file written from it give the same canonical text.
    expect(canonicalJson(value)).toBe(canonicalJson(JSON.parse(JSON.stringify(value))))
  })
})
