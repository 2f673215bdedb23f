import { readFileSync, writeFileSync } from 'node:fs'
import { buildBackup, parseBackup, type Tables } from '../../src/domain/backup'
import { appReady, expect, test } from './fixtures'
import { dumpDb } from './idb'
import { axeViolations } from './axe'

const FIXTURE = (JSON.parse(readFileSync('tests/db/fixtures/v1.json', 'utf8')) as { tables: Tables }).tables
/** The fixture without its "seek care" events: a warning in force would cover the Settings screen. */
const NO_GATE: Tables = { ...FIXTURE, gateEvents: [] }
const importInput = 'input[type=file][data-action="import"]'

async function validBackupText(tables: Tables = FIXTURE): Promise<string> {
  return JSON.stringify(await buildBackup({ tables, appVersion: '0.1.0', createdAt: Date.now() - 60_000 }))
}

test('export downloads a checked .json backup of what is on the device', async ({ page, server }) => {
  await page.goto(server.url + '/water')
  await appReady(page)
  await page.locator('[data-action="add-water"]').first().click()
  await expect(page.locator('[data-water-today-ml]').first()).not.toHaveAttribute('data-water-today-ml', '0')
  await page.goto(server.url + '/settings')
  await appReady(page)
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export"]').click()])
  expect(download.suggestedFilename()).toMatch(/^leg-care-backup-\d{4}-\d{2}-\d{2}\.json$/)
  const text = readFileSync(await download.path(), 'utf8')
  const parsed = await parseBackup(text, { now: Date.now() })
  expect(parsed.ok).toBe(true)
  if (!parsed.ok) return
  expect(parsed.checked.leftOutReasons).toEqual([])
  expect(parsed.backup.schemaVersion).toBe(1)
  expect(parsed.backup.appVersion).toMatch(/\d+\.\d+\.\d+/)
  expect(parsed.backup.checksum).toMatch(/^[0-9a-f]{64}$/)
  expect(parsed.backup.tables.waterEntries).toHaveLength(1)
  await expect(page.getByRole('status').filter({ hasText: 'Backup file' })).toContainText('.json')
})

test('bad files are refused with a plain alert and the database stays exactly as it was', async ({ page, server }, testInfo) => {
  test.setTimeout(120_000)
  await page.goto(server.url + '/settings')
  await appReady(page)
  // Start from real data: the fixture imported through the app.
  await page.locator(importInput).setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(await validBackupText(NO_GATE)) })
  await page.locator('[data-action="confirm-import"]').click()
  await expect(page.locator('[data-import-done]')).toContainText('Imported')
  const before = await dumpDb(page)
  expect(before.waterEntries).toHaveLength(FIXTURE.waterEntries.length)

  const good = JSON.parse(await validBackupText(NO_GATE)) as Record<string, unknown>
  // 50 MB is more than Playwright passes as a buffer, so it goes through a real file, as a person's would.
  const big = testInfo.outputPath('big.json')
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20))
  const bad: [string, string | { path: string }, RegExp][] = [
    ['not-json.json', 'hello, this is not a backup', /not a JSON file/],
    ['truncated.json', (await validBackupText()).slice(0, 500), /cut off or damaged/],
    ['empty.json', '', /empty/],
    ['array.json', '[]', /contains a list/],
    ['future-version.json', JSON.stringify({ ...good, schemaVersion: 7 }), /newer version of the app/],
    ['proto.json', (await validBackupText()).replace('"tables":{', '"tables":{"__proto__":{"polluted":true},'), /__proto__/],
    [
      'edited.json',
      JSON.stringify({ ...good, tables: { ...(good.tables as object), waterEntries: [{ ...FIXTURE.waterEntries[0], ml: -200 }] } }),
      /checksum does not match/,
    ],
    ['big.json', { path: big }, /50\.0 MB, which is too large/],
  ]
  for (const [name, content, message] of bad) {
    await page
      .locator(importInput)
      .setInputFiles(typeof content === 'string' ? { name, mimeType: 'application/json', buffer: Buffer.from(content) } : content.path)
    const alert = page.getByRole('alert').filter({ hasText: 'This file was not imported' })
    await expect(alert, name).toBeVisible()
    await expect(alert, name).toContainText(message)
    await expect(alert).toContainText('Nothing on this device was changed')
    await expect(page.locator('[data-action="confirm-import"]')).toHaveCount(0)
    expect(await dumpDb(page), name).toEqual(before)
  }
  // And nothing leaked onto every object's prototype.
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false)
})

test('a valid file shows a preview first; merge adds nothing twice; replace puts exactly the backup', async ({ page, server }) => {
  await page.goto(server.url + '/water')
  await appReady(page)
  await page.locator('[data-action="add-water"]').first().click()
  // The drink is saved before the page is left (navigating away mid-write would abort it).
  await expect(page.locator('[data-water-today-ml]').first()).not.toHaveAttribute('data-water-today-ml', '0')
  await page.goto(server.url + '/settings')
  await appReady(page)
  const text = await validBackupText(NO_GATE)
  await page.locator(importInput).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  const preview = page.locator('[data-import-preview]')
  await expect(preview.locator('[data-count="waterEntries"]')).toHaveText(String(FIXTURE.waterEntries.length))
  await expect(preview).toContainText('2025')
  // Nothing written before the confirmation.
  expect((await dumpDb(page)).waterEntries).toHaveLength(1)
  await page.locator('[data-action="confirm-import"]').click()
  await expect(page.locator('[data-import-done]')).toContainText('Imported')
  expect((await dumpDb(page)).waterEntries).toHaveLength(FIXTURE.waterEntries.length + 1)

  // The same file again, merged: no duplicates.
  await page.locator(importInput).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await expect(preview.locator('[data-table-outcome="waterEntries"]')).toContainText('0 will be added')
  await page.locator('[data-action="confirm-import"]').click()
  await expect(page.locator('[data-import-done]')).toContainText('Imported 0 records')
  expect((await dumpDb(page)).waterEntries).toHaveLength(FIXTURE.waterEntries.length + 1)

  // Replace with the whole fixture: its own warning is in force, so no second ask is needed.
  await page.locator(importInput).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(await validBackupText()) })
  await page.locator('[data-import-mode="replace"]').check()
  await page.locator('[data-action="confirm-import"]').click()
  // The imported warning shows at once, over the whole app.
  await expect(page.locator('[data-gate]').first()).toBeVisible()
  const after = await dumpDb(page)
  const key = (r: unknown) => String((r as { id?: string; key?: string }).id ?? (r as { key: string }).key)
  // The fixture's one routine still playing comes in stopped (nothing plays under the imported gate).
  const playing = FIXTURE.runs.find((r) => r.status === 'active')!
  expect((after.runs ?? []).find((r) => key(r) === playing.id)).toMatchObject({ status: 'stopped', startedAt: playing.startedAt })
  // The fixture predates write order: its screenings and gate events are numbered by date as they are written.
  const byDate = (rows: unknown[]) => [...(rows as { at: number; id: string }[])].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
  const expected: Record<string, unknown[]> = {
    ...FIXTURE,
    screenings: byDate(FIXTURE.screenings).map((r, i) => ({ ...r, seq: i + 1 })),
    gateEvents: byDate(FIXTURE.gateEvents).map((r, i) => ({ ...r, seq: i + 1 })),
  }
  for (const [table, rows] of Object.entries(expected)) {
    const others = (list: unknown[]) => list.filter((r) => key(r) !== playing.id).sort((a, b) => key(a).localeCompare(key(b)))
    expect(others(after[table] ?? []), table).toEqual(others(rows))
  }
  // The imported settings apply (fl oz).
  await page.locator('[data-action="continue"]').click()
  await expect(page.getByLabel('US fluid ounces (fl oz)')).toBeChecked()
})

test('delete all: after one confirmation, or two when a warning is in force', async ({ page, server }) => {
  await page.goto(server.url + '/settings')
  await appReady(page)
  await page.locator(importInput).setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(await validBackupText()) })
  await page.locator('[data-action="confirm-import"]').click()
  await expect(page.locator('[data-gate]').first()).toBeVisible()
  await page.locator('[data-action="continue"]').click()

  await page.locator('[data-action="delete-all"]').click()
  await page.locator('[data-action="confirm-delete"]').click()
  await expect(page.getByText('Deleting everything would remove it too')).toBeVisible()
  expect((await dumpDb(page)).waterEntries).toHaveLength(FIXTURE.waterEntries.length)
  await page.locator('[data-action="delete-keep-gate"]').click()
  await expect(page.locator('[data-delete-status]')).toContainText('still in force')
  let db = await dumpDb(page)
  expect(db.waterEntries).toHaveLength(0)
  expect(db.gateEvents).toHaveLength(FIXTURE.gateEvents.length)
  await expect(page.locator('[data-gate]').first()).toBeVisible()

  await page.locator('[data-action="delete-all"]').click()
  await page.locator('[data-action="confirm-delete"]').click()
  await page.locator('[data-action="confirm-delete-gate"]').click()
  await expect(page.locator('[data-delete-status]')).toContainText('Everything was deleted')
  db = await dumpDb(page)
  expect(Object.values(db).every((rows) => rows.length === 0)).toBe(true)
  await expect(page.locator('[data-gate]')).toHaveCount(0)
  await page.reload()
  await appReady(page)
  await expect(page.locator('[data-gate]')).toHaveCount(0)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the preview, the refusal and the delete steps pass axe at 320 px (${scheme})`, async ({ page, server }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(server.url + '/settings')
    await appReady(page)
    const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    await page.locator(importInput).setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(await validBackupText(NO_GATE)) })
    await expect(page.locator('[data-import-preview]')).toBeVisible()
    expect(await axeViolations(page), 'preview').toEqual([])
    expect(await noSideways(), 'preview').toBe(true)
    await page.locator(importInput).setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"tables": 3}') })
    await expect(page.getByRole('alert').filter({ hasText: 'not imported' })).toBeVisible()
    expect(await axeViolations(page), 'refusal').toEqual([])
    expect(await noSideways(), 'refusal').toBe(true)
    await page.locator('[data-action="delete-all"]').click()
    await expect(page.locator('[data-action="confirm-delete"]')).toBeVisible()
    expect(await axeViolations(page), 'delete').toEqual([])
  })
}
