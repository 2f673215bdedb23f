import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { BackupSummary, CheckedTables, CheckProgress, GateQuestion, ImportMode, ImportResult, ModePreview, TableName } from '../domain/backup'
import type { PerTable } from '../domain/backup/tables'
import { dayKey } from '../domain/day'
import { deviceTimeZone } from '../composables/useNow'
import { useGateStore } from './gate'
import { useSettingsStore } from './settings'
import { useStorageStore } from './storage'

type ImportPhase = 'idle' | 'reading' | 'preview' | 'applying' | 'done' | 'refused'

const NOTHING_CHANGED = 'Nothing on this device was changed.'

/**
 * The checks, plans and whole-database reads and writes: loaded on the first export, import or delete, not with the
 * Settings screen. The file itself is read and checked in a worker (src/workers/backupCheck.ts).
 */
async function backupCode() {
  const [domain, db] = await Promise.all([import('../domain/backup'), import('../db/backup')])
  return { ...domain, ...db }
}

/**
 * Export, import and delete-all. An import is read and checked in full (in a worker), shown as a preview, and only
 * applied when the person confirms; it is then written in one transaction, so a failed import changes nothing. Both
 * ways of importing are checked against the gate when the person confirms and again inside the write: an import that
 * would end or weaken a warning in force asks first, naming it. After an import or a delete, the stores that keep a
 * copy (settings, gate) are reloaded from the database.
 */
export const useBackupStore = defineStore('backup', () => {
  const phase = ref<ImportPhase>('idle')
  /** Why a file was refused, or why an import failed: plain sentences. */
  const errors = ref<string[]>([])
  const fileName = ref<string | null>(null)
  /** How far the check of a picked file has got. */
  const progress = ref<CheckProgress | null>(null)
  const summary = ref<BackupSummary | null>(null)
  /** What each mode would do with what is on the device now. Shallow: a backup can hold 100,000 records. */
  const previews = shallowRef<Record<ImportMode, ModePreview> | null>(null)
  /** Records the checks left out or changed, with the reasons. */
  const leftOutReasons = ref<string[]>([])
  const adjustedReasons = ref<string[]>([])
  const gateQuestion = shallowRef<GateQuestion | null>(null)
  const result = shallowRef<ImportResult | null>(null)
  let pending: { checked: CheckedTables; inFile: PerTable<number> } | null = null

  const storage = useStorageStore()
  const busy = computed(() => phase.value === 'reading' || phase.value === 'applying')

  function reset(): void {
    phase.value = 'idle'
    errors.value = []
    fileName.value = null
    progress.value = null
    summary.value = null
    previews.value = null
    leftOutReasons.value = []
    adjustedReasons.value = []
    gateQuestion.value = null
    result.value = null
    pending = null
  }

  function refuse(list: string[]): void {
    pending = null
    summary.value = null
    previews.value = null
    gateQuestion.value = null
    errors.value = list
    phase.value = 'refused'
  }

  /**
   * Builds the backup file's name and text from everything on the device, and checks every record with the
   * import's own checks: `leftOut` lists any record an import of this file would leave out (none, for data the app
   * wrote itself).
   */
  async function exportBackup(now = Date.now()): Promise<{ fileName: string; text: string; count: number; leftOut: string[] }> {
    const { buildBackup, checkTables, readAllTables, TABLE_NAMES } = await backupCode()
    const tables = await readAllTables()
    const backup = await buildBackup({ tables, appVersion: __APP_VERSION__, createdAt: now })
    const count = TABLE_NAMES.reduce((sum, t) => sum + tables[t].length, 0)
    const raw = JSON.parse(JSON.stringify(backup.tables)) as Record<TableName, unknown[]>
    const checked = await checkTables(raw, { now, createdAt: now, onProgress: () => new Promise((r) => setTimeout(r, 0)) })
    const leftOut = TABLE_NAMES.some((t) => checked.leftOut[t] > 0) ? checked.leftOutReasons : []
    return { fileName: `leg-care-backup-${dayKey(now, deviceTimeZone())}.json`, text: `${JSON.stringify(backup, null, 1)}\n`, count, leftOut }
  }

  /** Plans both modes against what the device holds now. */
  async function plan(): Promise<Record<ImportMode, ModePreview> | null> {
    if (!pending) return null
    const { previewMode, readAllTables } = await backupCode()
    const existing = await readAllTables()
    return {
      merge: previewMode(existing, pending.checked, pending.inFile, 'merge'),
      replace: previewMode(existing, pending.checked, pending.inFile, 'replace'),
    }
  }

  /**
   * Reads and checks a picked file, then shows a preview. Nothing is written. A file larger than the limit is
   * refused from its size alone, before a byte of it is read.
   */
  async function checkFile(file: File, now = Date.now(), maxBytesAllowed?: number): Promise<boolean> {
    reset()
    fileName.value = file.name
    phase.value = 'reading'
    progress.value = { stage: 'reading', done: 0, total: 0 }
    const [{ DEFAULT_MAX_BACKUP_BYTES }, { checkBackupFile }] = await Promise.all([
      import('../domain/backup/format'),
      import('../workers/backupCheck'),
    ])
    const maxBytes = maxBytesAllowed ?? DEFAULT_MAX_BACKUP_BYTES
    if (file.size > maxBytes) {
      const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`
      refuse([`This file is ${mb(file.size)}, which is too large; backups can be at most ${mb(maxBytes)}.`])
      return false
    }
    let parsed
    try {
      parsed = await checkBackupFile({ file, now, maxBytes }, (p) => (progress.value = p))
    } catch {
      refuse(['The app could not check this file. Try choosing it again, or restart the app.'])
      return false
    } finally {
      progress.value = null
    }
    if (!parsed.ok) {
      refuse(parsed.errors)
      return false
    }
    pending = { checked: parsed.checked, inFile: parsed.summary.inFile }
    try {
      previews.value = await plan()
    } catch (e) {
      storage.reportFailure(e)
      refuse(['The app could not read what is already on this device, so it cannot import now.'])
      return false
    }
    summary.value = parsed.summary
    leftOutReasons.value = parsed.checked.leftOutReasons
    adjustedReasons.value = parsed.checked.adjustedReasons
    phase.value = 'preview'
    return true
  }

  /**
   * Applies the previewed backup in one transaction. Checks the gate first, on what the device holds now (a warning
   * may have been raised since the preview, here or in another tab), and again inside the write; if the import would
   * end or weaken it, nothing is written and `gateQuestion` asks. Confirming with `acceptGate` set to that question's
   * key agrees to exactly that change.
   * @returns 'done', 'ask' (the gate question is up), or 'failed' (nothing changed; `errors` says why)
   */
  async function confirmImport(mode: ImportMode, opts: { acceptGate?: string | null } = {}): Promise<'done' | 'ask' | 'failed'> {
    const records = pending
    if (!records || phase.value !== 'preview') return 'failed'
    const accepted = opts.acceptGate ?? null
    phase.value = 'applying'
    try {
      const { applyBackup, GateChangeError } = await backupCode()
      const fresh = await plan()
      if (fresh) previews.value = fresh
      const effect = fresh?.[mode].gate ?? null
      if (effect && effect.key !== accepted) {
        gateQuestion.value = { mode, effect }
        phase.value = 'preview'
        return 'ask'
      }
      try {
        await applyBackup(records.checked.tables, mode, { acceptGate: accepted })
      } catch (e) {
        if (!(e instanceof GateChangeError)) throw e
        gateQuestion.value = { mode, effect: e.effect }
        previews.value = (await plan()) ?? previews.value
        phase.value = 'preview'
        return 'ask'
      }
      result.value = {
        mode,
        tables: fresh?.[mode].tables ?? previews.value![mode].tables,
        leftOutReasons: records.checked.leftOutReasons,
        adjustedReasons: records.checked.adjustedReasons,
      }
    } catch (e) {
      storage.reportFailure(e)
      phase.value = 'refused'
      errors.value = [`The import did not finish. ${NOTHING_CHANGED}`]
      return 'failed'
    }
    pending = null
    gateQuestion.value = null
    phase.value = 'done'
    await reloadCopies()
    return 'done'
  }

  /** Puts the gate question away (the person chose the other mode, or cancelled). */
  function dismissGateQuestion(): void {
    gateQuestion.value = null
  }

  /** Stores that hold a copy of the database (not only a live query) read it again. */
  async function reloadCopies(): Promise<void> {
    await Promise.all([useSettingsStore().load(), useGateStore().load()])
  }

  /**
   * Deletes everything on the device. With `keepGate`, a warning in force stays; without it, the warning goes
   * too (the caller has asked a second time), including one kept only in memory because storage failed.
   */
  async function deleteAll(opts: { keepGate: boolean }): Promise<boolean> {
    try {
      const { deleteAllData } = await backupCode()
      await deleteAllData(opts)
    } catch (e) {
      storage.reportFailure(e)
      return false
    }
    reset()
    await reloadCopies()
    const gate = useGateStore()
    if (!opts.keepGate && gate.active) await gate.clear('delete-all')
    return true
  }

  return {
    phase,
    errors,
    fileName,
    progress,
    summary,
    previews,
    leftOutReasons,
    adjustedReasons,
    gateQuestion,
    result,
    busy,
    reset,
    exportBackup,
    checkFile,
    confirmImport,
    dismissGateQuestion,
    deleteAll,
  }
})
