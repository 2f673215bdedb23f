import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT,
  buildBackup,
  canonicalJson,
  CHECK_CHUNK,
  emptyTables,
  parseBackup,
  sha256Hex,
  type Backup,
  type ParseBackupResult,
  type Tables,
} from '../../src/domain/backup'
import type { GateEventRecord } from '../../src/domain/records'

const NOW = Date.UTC(2025, 5, 15, 12, 0)
const HOUR = 3_600_000
const DAY = 24 * HOUR
const zone = 'Europe/Berlin'

function sampleTables(): Tables {
  return {
    settings: [
      { key: 'region', value: 'DE' },
      { key: 'water', value: { goalMl: 2000, quickAddMl: [200, 330], limitMl: null, hotDay: null, activeDay: null } },
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

function sampleBackup(): Promise<Backup> {
  return buildBackup({ tables: sampleTables(), appVersion: '0.1.0', schemaVersion: 1, createdAt: NOW - HOUR })
}

type Json = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> }

/** A good backup as plain JSON data, changed by `edit`, with its checksum recomputed so only the edit is wrong. */
async function editedFile(edit: (file: Json) => void, { reseal = true } = {}): Promise<string> {
  const file = JSON.parse(JSON.stringify(await sampleBackup())) as Json
  edit(file)
  if (reseal && file.tables && typeof file.tables === 'object') file.checksum = await sha256Hex(canonicalJson(file.tables))
  return JSON.stringify(file)
}

async function errorsOf(text: string): Promise<string[]> {
  const result = await parseBackup(text, { now: NOW })
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.errors
}

/** Parses a file that must be accepted as a whole, and returns the records the checks left out. */
async function leftOutOf(text: string): Promise<string[]> {
  const result = await parseBackup(text, { now: NOW })
  expect(result.ok ? [] : result.errors).toEqual([])
  return result.ok ? result.checked.leftOutReasons : []
}

async function accepted(text: string, now = NOW): Promise<Extract<ParseBackupResult, { ok: true }>> {
  const result = await parseBackup(text, { now })
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result
}

function water(file: Json, n: number): Record<string, unknown> {
  return file.tables.waterEntries![n - 1]!
}

describe('buildBackup', () => {
  it('writes the envelope, all seven tables and a SHA-256 (WebCrypto) of the canonical tables', async () => {
    const backup = await sampleBackup()
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
    expect(backup.checksum).toBe(await sha256Hex(canonicalJson(backup.tables)))
  })

  it('refuses to write a schema version it could not read back', async () => {
    await expect(buildBackup({ tables: emptyTables(), appVersion: '1', schemaVersion: 2, createdAt: NOW })).rejects.toThrow(RangeError)
  })
})

describe('sha256Hex (crypto.subtle.digest)', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('hashes the FIPS 180-2 vector %j', async (input, expected) => {
    expect(await sha256Hex(input)).toBe(expected)
  })

  it('hashes text as UTF-8, as Node does', async () => {
    const { createHash } = await import('node:crypto')
    for (const text of ['🦵 Ünïcödé', 'x'.repeat(100_000), '\uD800 lone']) {
      expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
    }
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
  it('round-trips build → stringify → parse, with nothing left out or changed', async () => {
    const backup = await sampleBackup()
    const result = await accepted(JSON.stringify(backup))
    expect(result.backup).toEqual(backup)
    expect(result.checked.leftOutReasons).toEqual([])
    expect(result.checked.adjustedReasons).toEqual([])
    expect(result.summary).toEqual({
      inFile: { settings: 2, screenings: 1, gateEvents: 2, runs: 1, sessions: 1, painEntries: 1, waterEntries: 3 },
      earliest: NOW - 10 * DAY,
      latest: NOW - 2 * HOUR,
      createdAt: NOW - HOUR,
      appVersion: '0.1.0',
      madeAhead: false,
    })
  })

  it('round-trips an empty backup, with no date range', async () => {
    const backup = await buildBackup({ tables: emptyTables(), appVersion: '0.1.0', createdAt: NOW })
    const result = await accepted(JSON.stringify(backup, null, 2))
    expect(result.summary).toMatchObject({ earliest: null, latest: null })
  })

  it('accepts the same data with keys in another order (the checksum is canonical)', async () => {
    const reverse = (x: unknown): unknown =>
      Array.isArray(x)
        ? x.map(reverse)
        : x && typeof x === 'object'
          ? Object.fromEntries(Object.entries(x).reverse().map(([k, val]) => [k, reverse(val)]))
          : x
    expect((await parseBackup(JSON.stringify(reverse(await sampleBackup())), { now: NOW })).ok).toBe(true)
  })

  it('accepts a leading byte-order mark', async () => {
    expect((await parseBackup(`\uFEFF${JSON.stringify(await sampleBackup())}`, { now: NOW })).ok).toBe(true)
  })

  it('keeps records up to one day ahead of now as they are (a device clock a little behind)', async () => {
    const result = await accepted(await editedFile((f) => ((water(f, 1).at = NOW + DAY - 1), (water(f, 1).dayKey = '2025-06-16'))))
    expect(result.backup.tables.waterEntries[0]!.at).toBe(NOW + DAY - 1)
    expect(result.checked.adjustedReasons).toEqual([])
  })

  it('a file made ahead of this clock is not refused; the summary says so', async () => {
    const result = await accepted(await editedFile((f) => (f.createdAt = '2099-01-01T00:00:00.000Z')))
    expect(result.summary.madeAhead).toBe(true)
  })
})

describe('parseBackup: whole files refused, each with a plain reason', () => {
  it.each<[string, () => Promise<string> | string, string]>([
    ['not JSON', () => 'Dear diary, my leg hurts.', 'This file is not a backup from this app (it is not a JSON file).'],
    [
      'truncated JSON',
      async () => JSON.stringify(await sampleBackup()).slice(0, 300),
      'The file is cut off or damaged (it is not complete JSON).',
    ],
    ['an empty string', () => '', 'The file is empty.'],
    ['whitespace only', () => '  \n\t \r\n ', 'The file is empty (it contains only spaces or blank lines).'],
    [
      'two byte-order marks (not "cut off": the text is whole)',
      async () => `\uFEFF\uFEFF${JSON.stringify(await sampleBackup())}`,
      'The file starts with invisible characters that a backup never has (more than one byte-order mark), so it was changed after it was made. Open it in a text editor, save it as plain UTF-8, and try again.',
    ],
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
      'The backup’s drinks are not a list.',
    ],
    [
      'a missing table',
      () => editedFile((f) => delete f.tables.painEntries),
      'The backup has no list of pain entries; the file is incomplete or damaged.',
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
      'a __proto__ key',
      async () => JSON.stringify(await sampleBackup()).replace('{"id":"w1"', '{"__proto__":{"isAdmin":true},"id":"w1"'),
      'The file contains a field named "__proto__", which a backup never has; it was not made by this app or has been altered.',
    ],
    [
      'a constructor key',
      async () => JSON.stringify(await sampleBackup()).replace('"value":"DE"', '"value":{"constructor":{"name":"Object"}}'),
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
      'an unknown table',
      () => editedFile((f) => (f.tables.moods = [])),
      'The backup contains a table "moods" that this app does not know.',
    ],
    [
      'too many records',
      async () =>
        JSON.stringify({ ...(await sampleBackup()), tables: { ...(await sampleBackup()).tables, waterEntries: Array(100_001).fill(0) } }),
      'The backup has 100,001 drinks; it can hold at most 100,000.',
    ],
    [
      'nesting deep enough to overflow the stack',
      () => `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      'The file is damaged or not a backup (it is nested too deeply to read).',
    ],
  ])('refuses %s', async (_name, makeFile, message) => {
    expect(await errorsOf(await makeFile())).toEqual([message])
  })

  it('refuses a 50 MB file by its size, before parsing', async () => {
    const text = `{"format":"${BACKUP_FORMAT}","padding":"${'x'.repeat(50 * 1024 * 1024)}"}`
    expect(await errorsOf(text)).toEqual(['This file is 50.0 MB, which is too large; backups can be at most 20.0 MB.'])
  })

  it('counts multi-byte characters by their UTF-8 size against a custom limit', async () => {
    const text = JSON.stringify(await sampleBackup())
    const bytes = new TextEncoder().encode(text).length
    expect((await parseBackup(text, { now: NOW, maxBytes: bytes })).ok).toBe(true)
    expect((await parseBackup(text, { now: NOW, maxBytes: bytes - 1 })).ok).toBe(false)
  })

  it('leaves Object.prototype alone when refusing __proto__', async () => {
    const text = JSON.stringify(await sampleBackup()).replace('{"id":"w1"', '{"__proto__":{"polluted":true},"id":"w1"')
    await parseBackup(text, { now: NOW })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('parseBackup: records that fail a check are left out, with the reason; the rest come in', () => {
  it.each<[string, (f: Json) => void, string]>([
    [
      'ml as a string',
      (f) => (water(f, 2).ml = '200'),
      'Drink 2 has an amount that is text ("200") instead of a number; amounts must be between 1 and 5000 ml.',
    ],
    ['a missing field', (f) => delete water(f, 1).dayKey, 'Drink 1 is missing its day.'],
    ['an unknown field', (f) => (f.tables.painEntries![0]!.mood = 'grumpy'), 'Pain entry 1 has a field "mood" that this app does not know.'],
    ['a negative amount', (f) => (water(f, 3).ml = -200), 'Drink 3 has an amount of -200 ml; amounts must be between 1 and 5000 ml.'],
    ['half a millilitre', (f) => (water(f, 3).ml = 0.5), 'Drink 3 has an amount of 0.5 ml; amounts must be between 1 and 5000 ml.'],
    ['an absurd amount', (f) => (water(f, 1).ml = 1e9), 'Drink 1 has an amount of 1000000000 ml; amounts must be between 1 and 5000 ml.'],
    [
      'pain score 11',
      (f) => (f.tables.painEntries![0]!.score = 11),
      'Pain entry 1 has a pain score of 11; pain scores must be whole numbers from 0 to 10.',
    ],
    [
      'a fractional pain score',
      (f) => (f.tables.runs![0]!.painAfter = 2.5),
      'Routine run 1 has a pain score after of 2.5; pain scores must be whole numbers from 0 to 10.',
    ],
    [
      'a date before 2000',
      (f) => (f.tables.screenings![0]!.onsetAt = Date.UTC(1999, 11, 31)),
      'Symptom check 1 has a pain start time of 1999-12-31 00:00 UTC, which is before the year 2000.',
    ],
    [
      'an invalid time zone',
      (f) => (water(f, 1).timeZone = 'Mars/Olympus_Mons'),
      'Drink 1 has a time zone of "Mars/Olympus_Mons"; time zones must be ones this device knows, such as "Europe/London".',
    ],
    [
      'an impossible day',
      (f) => (water(f, 1).dayKey = '2025-02-30'),
      'Drink 1 has a day of "2025-02-30"; days must be real dates written as YYYY-MM-DD.',
    ],
    [
      'a day that does not match its time and zone',
      (f) => (water(f, 3).dayKey = '2025-06-14'),
      'Drink 3 has the day 2025-06-14, but its time (2025-06-15 10:00 UTC) falls on 2025-06-15 in America/New_York.',
    ],
    [
      'an unknown outcome',
      (f) => (f.tables.screenings![0]!.disposition = 'relax'),
      'Symptom check 1 has an outcome of "relax"; outcomes must be one of: emergency, urgent, doctor, self-care.',
    ],
    ['an empty id', (f) => (water(f, 1).id = ''), 'Drink 1 has an id of ""; ids must be text of 1 to 100 characters.'],
    [
      'an overlong id',
      (f) => (water(f, 1).id = 'x'.repeat(101)),
      'Drink 1 has an id that is 101 characters long; ids must be text of 1 to 100 characters.',
    ],
    [
      'a bad pause inside a run',
      (f) => delete (f.tables.runs![0]!.pauses as Record<string, unknown>[])[0]!.until,
      'Routine run 1 (pause 1) is missing its end time.',
    ],
    [
      'a finished run with a pause that never ended',
      (f) => ((f.tables.runs![0]!.pauses as Record<string, unknown>[])[0]!.until = null),
      'Routine run 1 is finished, but its pause 1 never ended.',
    ],
    [
      'a run that ends before it starts (a clock that stepped back)',
      (f) => (f.tables.runs![0]!.endedAt = NOW - 3 * DAY),
      'Routine run 1 ends before it starts.',
    ],
    [
      'a skip offset of 1e300',
      (f) => (f.tables.runs![0]!.shifts = [1e300]),
      'Routine run 1 has a skip offset of 1e+300; skip offsets must be numbers of milliseconds no larger than a year.',
    ],
    [
      'an unknown routine',
      (f) => (f.tables.runs![0]!.routineId = 'moonwalk'),
      'Routine run 1 has a routine of "moonwalk"; routines must be ones this app has, such as "hamstring-stretch".',
    ],
    [
      'a session whose kind does not match its routine',
      (f) => (f.tables.sessions![0]!.kind = 'heat'),
      'Session 1 has the kind "heat", but its routine "ice" is of the kind "ice".',
    ],
    ['a session that ends before it starts', (f) => (f.tables.sessions![0]!.endedAt = NOW - 2 * DAY), 'Session 1 ends before it starts.'],
    ['a record that is not an object', (f) => (f.tables.waterEntries![1] = 7 as unknown as Record<string, unknown>), 'Drink 2 is the number 7 instead of a record.'],
    ['duplicate ids', (f) => (water(f, 3).id = 'w1'), 'Drinks 1 and 3 have the same id "w1"; the second is left out.'],
    [
      'a region named after an Object.prototype property',
      (f) => (f.tables.settings![0]!.value = 'constructor'),
      'Setting 1 ("region") is "constructor"; the region must be one this app has a number for, such as "GB" or "INTL".',
    ],
    [
      'water settings set to null',
      (f) => (f.tables.settings![1]!.value = null),
      'Setting 2 ("water") is empty (null); water settings must be a group of goal, drink buttons, limit, hot day and active day.',
    ],
    ['a setting this app does not have', (f) => (f.tables.settings![0]!.key = 'theme'), 'Setting 1 ("theme") is not a setting this app has.'],
    [
      'a clot check dated in the future (it would skip the check that day)',
      (f) => f.tables.settings!.push({ key: 'clotCheckedOn', value: '2025-06-20' }),
      'Setting 3 ("clotCheckedOn") has the day 2025-06-20 for day the clot-sign check was last answered, which is in the future.',
    ],
  ])('leaves out %s', async (_name, edit, message) => {
    const text = await editedFile(edit)
    const result = await accepted(text)
    expect(result.checked.leftOutReasons).toEqual([message])
    const left = Object.values(result.checked.leftOut).reduce((a, b) => a + b, 0)
    expect(left).toBe(1)
    // Everything else comes in.
    const brought = Object.values(result.checked.tables).reduce((a, rows) => a + rows.length, 0)
    const inFile = Object.values(result.summary.inFile).reduce((a, b) => a + b, 0)
    expect(brought).toBe(inFile - 1)
  })

  it('leaves out settings nested 1,500 deep (never merged)', async () => {
    let deep: unknown = 1
    for (let i = 0; i < 1500; i++) deep = { a: deep }
    const result = await accepted(await editedFile((f) => (f.tables.settings![1]!.value = deep as Record<string, unknown>)))
    expect(result.checked.tables.settings.map((s) => s.key)).toEqual(['region'])
    expect(result.checked.leftOutReasons[0]).toBe(
      'Setting 2 ("water") is missing its daily drinks goal; water settings must be a group of goal, drink buttons, limit, hot day and active day.',
    )
  })

  it('lists several problems at once, and caps a long list', async () => {
    const several = await leftOutOf(
      await editedFile((f) => {
        water(f, 1).ml = 0
        f.tables.painEntries![0]!.score = -1
      }),
    )
    expect(several).toEqual([
      'Pain entry 1 has a pain score of -1; pain scores must be whole numbers from 0 to 10.',
      'Drink 1 has an amount of 0 ml; amounts must be between 1 and 5000 ml.',
    ])
    const many = await leftOutOf(
      await editedFile((f) => {
        f.tables.waterEntries = Array.from({ length: 50 }, (_, i) => ({
          id: `w${i}`,
          at: NOW,
          timeZone: 'UTC',
          dayKey: '2025-06-15',
          ml: -i - 1,
        }))
      }),
    )
    expect(many).toHaveLength(21)
    expect(many[20]).toBe('…and 30 more records left out.')
  })
})

describe('parseBackup: records brought in changed', () => {
  const clear = (id: string, at: number): GateEventRecord => ({
    id,
    at,
    timeZone: zone,
    kind: 'clear',
    level: null,
    source: null,
    screeningId: null,
    reasons: [],
    findings: [],
    clearedBy: 'new-screening',
    assessedOn: null,
  })

  it('a warning event dated ahead of now, even by a minute, is dated now (a clear dated ahead would hide new raises)', async () => {
    const result = await accepted(await editedFile((f) => f.tables.gateEvents!.push(clear('g3', NOW + 23 * HOUR) as unknown as Record<string, unknown>)))
    expect(result.checked.tables.gateEvents.find((e) => e.id === 'g3')?.at).toBe(NOW)
    expect(result.checked.adjustedReasons).toEqual([
      '"Seek care now" event 3 was dated 2025-06-16 11:00 UTC, ahead of this device’s clock; it is brought in dated now.',
    ])
  })

  it('any other record more than a day ahead is dated now, its day worked out again (a drink logged while the clock ran ahead)', async () => {
    const result = await accepted(await editedFile((f) => ((water(f, 1).at = NOW + 3 * DAY), (water(f, 1).dayKey = '2025-06-18'))))
    expect(result.checked.tables.waterEntries[0]).toMatchObject({ at: NOW, dayKey: '2025-06-15' })
    expect(result.checked.adjustedReasons).toEqual([
      'Drink 1 was dated 2025-06-18 12:00 UTC, more than a day ahead of this device’s clock; it is brought in dated now.',
    ])
  })

  it('a routine still playing in the backup comes in stopped, its open pause closed, never before it started', async () => {
    const result = await accepted(
      await editedFile((f) => {
        const run = f.tables.runs![0]!
        run.status = 'active'
        run.endedAt = null
        run.pauses = [{ at: NOW - 2 * DAY + 60_000, until: null }]
      }),
    )
    const run = result.checked.tables.runs[0]!
    expect(run.status).toBe('stopped')
    // Stopped when the backup was made (an hour before now), its pause ending there too.
    expect(run.endedAt).toBe(NOW - HOUR)
    expect(run.pauses).toEqual([{ at: NOW - 2 * DAY + 60_000, until: NOW - HOUR }])
    expect(result.checked.adjustedReasons).toEqual([
      'Routine run 1 was still playing when the backup was made; it is brought in as stopped.',
    ])
  })
})

describe('parseBackup: a large file does not hold the thread', () => {
  it('checks 100,000 records in chunks, awaiting the progress callback between them', async () => {
    const drinks = Array.from({ length: 100_000 }, (_, i) => ({
      id: `w${i}`,
      at: NOW - i * 1000,
      timeZone: 'UTC',
      dayKey: new Date(NOW - i * 1000).toISOString().slice(0, 10),
      ml: 250,
    }))
    const text = JSON.stringify(await buildBackup({ tables: { ...emptyTables(), waterEntries: drinks }, appVersion: '0.1.0', createdAt: NOW }))
    const steps: number[] = []
    let turns = 0
    const timer = setInterval(() => turns++, 0)
    const result = await parseBackup(text, {
      now: NOW,
      onProgress: async (p) => {
        if (p.stage === 'records') steps.push(p.done)
        await new Promise((r) => setTimeout(r, 0))
      },
    })
    clearInterval(timer)
    expect(result.ok && result.checked.tables.waterEntries.length).toBe(100_000)
    // Never more than one chunk of records between two breaks, and the page got a turn at each.
    expect(steps.length).toBeGreaterThanOrEqual(100_000 / CHECK_CHUNK)
    for (let i = 1; i < steps.length; i++) expect(steps[i]! - steps[i - 1]!).toBeLessThanOrEqual(CHECK_CHUNK)
    expect(steps.at(-1)).toBe(100_000)
    expect(turns).toBeGreaterThanOrEqual(100_000 / CHECK_CHUNK / 2)
  }, 60_000)
})
