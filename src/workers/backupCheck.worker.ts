/// <reference lib="webworker" />
/**
 * Reads and checks a backup file off the main thread, so a file of 100,000 records never freezes the page. Posts
 * progress while it works, then the checked records in parts and the result (or the reasons for refusing the file).
 */
import { parseBackup } from '../domain/backup/parse'
import { emptyTables, TABLE_NAMES } from '../domain/backup/tables'
import type { CheckReply, CheckRequest } from './backupCheck'

/** Records per message: the page copies each message in one task (a few ms for these). */
const RECORDS_PER_MESSAGE = 5_000

const scope = self as unknown as DedicatedWorkerGlobalScope
const reply = (message: CheckReply): void => scope.postMessage(message)

scope.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const { file, now, maxBytes } = event.data
  try {
    let text: string
    try {
      text = await file.text()
    } catch {
      reply({ type: 'result', result: { ok: false, errors: ['The file could not be read. Try choosing it again.'] } })
      return
    }
    const result = await parseBackup(text, { now, maxBytes, onProgress: (progress) => reply({ type: 'progress', progress }) })
    if (!result.ok) return reply({ type: 'result', result })
    // The records go over in parts: the page copies each message in one task, and 100,000 records in one message
    // held it for over 100 ms (several times that on a busy phone). The file's own copy is not needed there.
    for (const table of TABLE_NAMES) {
      const records = result.checked.tables[table]
      for (let i = 0; i < records.length; i += RECORDS_PER_MESSAGE) {
        reply({ type: 'records', table, records: records.slice(i, i + RECORDS_PER_MESSAGE) })
      }
    }
    reply({ type: 'result', result: { ok: true, checked: { ...result.checked, tables: emptyTables() }, summary: result.summary } })
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}
