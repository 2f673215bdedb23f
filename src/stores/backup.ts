import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Backup, BackupPreview, ImportMode, ImportPlan } from '../domain/backup'
import { activeGate } from '../domain/gate'
import { dayKey } from '../domain/day'
import { deviceTimeZone } from '../composables/useNow'
import { useGateStore } from './gate'
import { useSettingsStore } from './settings'
import { useStorageStore } from './storage'

export type ImportPhase = 'idle' | 'reading' | 'preview' | 'applying' | 'done' | 'refused'

const NOTHING_CHANGED = 'Nothing on this device was changed.'

/**
 * The file checks (schemas, checksum) and the whole-database reads and writes: loaded on the first export, import
 * or delete, not with the Settings screen, where they were most of its start-up work.
 */
async function backupCode() {
  const [domain, db] = await Promise.all([import('../domain/backup'), import('../db/backup')])
  return { ...domain, ...db }
}

/**
 * Export, import and delete-all. An import is read and checked in full, shown as a preview, and only applied
 * when the person confirms; it is then written in one transaction, so a bad or failed import changes nothing.
 * After an import or a delete, the stores that keep a copy (settings, gate) are reloaded from the database.
 */
export const useBackupStore = defineStore('backup', () => {
  const phase = ref<ImportPhase>('idle')
  /** Why a file was refused, or why an import failed: plain sentences. */
  const errors = ref<string[]>([])
  const fileName = ref<string | null>(null)
  const preview = ref<BackupPreview | null>(null)
  /** What each mode would do with what is on the device now. */
  const plans = ref<Record<ImportMode, ImportPlan> | null>(null)
  /** True when replacing would take away a "seek care now" warning that is in force now. */
  const replaceClearsGate = ref(false)
  const result = ref<ImportPlan | null>(null)
  let pending: Backup | null = null

  const storage = useStorageStore()
  const busy = computed(() => phase.value === 'reading' || phase.value === 'applying')

  function reset(): void {
    phase.value = 'idle'
    errors.value = []
    fileName.value = null
    preview.value = null
    plans.value = null
    replaceClearsGate.value = false
    result.value = null
    pending = null
  }

  function refuse(list: string[]): void {
    pending = null
    preview.value = null
    plans.value = null
    errors.value = list
    phase.value = 'refused'
  }

  /** Builds the backup file's name and text from everything on the device. */
  async function exportBackup(now = Date.now()): Promise<{ fileName: string; text: string; count: number }> {
    const { buildBackup, readAllTables } = await backupCode()
    const tables = await readAllTables()
    const backup = buildBackup({ tables, appVersion: __APP_VERSION__, createdAt: now })
    const count = Object.values(tables).reduce((sum, rows) => sum + rows.length, 0)
    return { fileName: `leg-care-backup-${dayKey(now, deviceTimeZone())}.json`, text: `${JSON.stringify(backup, null, 1)}\n`, count }
  }

  /**
   * Reads and checks a picked file, then shows a preview. Nothing is written. A file larger than the limit is
   * refused from its size alone, before a byte of it is read.
   */
  async function checkFile(file: File, now = Date.now(), maxBytesAllowed?: number): Promise<boolean> {
    reset()
    fileName.value = file.name
    phase.value = 'reading'
    const { DEFAULT_MAX_BACKUP_BYTES, parseBackup, planImport, readAllTables } = await backupCode()
    const maxBytes = maxBytesAllowed ?? DEFAULT_MAX_BACKUP_BYTES
    if (file.size > maxBytes) {
      const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`
      refuse([`This file is ${mb(file.size)}, which is too large; backups can be at most ${mb(maxBytes)}.`])
      return false
    }
    let text: string
    try {
      text = await file.text()
    } catch {
      refuse(['The file could not be read. Try choosing it again.'])
      return false
    }
    const parsed = parseBackup(text, { now, maxBytes })
    if (!parsed.ok) {
      refuse(parsed.errors)
      return false
    }
    try {
      const existing = await readAllTables()
      plans.value = {
        merge: planImport(existing, parsed.backup.tables, 'merge'),
        replace: planImport(existing, parsed.backup.tables, 'replace'),
      }
    } catch (e) {
      storage.reportFailure(e)
      refuse(['The app could not read what is already on this device, so it cannot import now.'])
      return false
    }
    replaceClearsGate.value = useGateStore().active !== null && activeGate(parsed.backup.tables.gateEvents) === null
    pending = parsed.backup
    preview.value = parsed.preview
    phase.value = 'preview'
    return true
  }

  /** Applies the previewed backup in one transaction. On failure nothing changes and the reason is shown. */
  async function confirmImport(mode: ImportMode): Promise<boolean> {
    const backup = pending
    if (!backup || phase.value !== 'preview') return false
    phase.value = 'applying'
    try {
      const { applyBackup } = await backupCode()
      result.value = await applyBackup(backup, mode)
    } catch (e) {
      storage.reportFailure(e)
      phase.value = 'refused'
      errors.value = [`The import did not finish. ${NOTHING_CHANGED}`]
      return false
    }
    pending = null
    phase.value = 'done'
    await reloadCopies()
    return true
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
    preview,
    plans,
    replaceClearsGate,
    result,
    busy,
    reset,
    exportBackup,
    checkFile,
    confirmImport,
    deleteAll,
  }
})
