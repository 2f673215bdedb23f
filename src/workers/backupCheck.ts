/**
 * Checks a picked backup file in a Web Worker (./backupCheck.worker.ts), reporting progress. Where a worker cannot
 * start (an old browser, a test runner), the same checks run on the main thread, stopping every thousand records
 * to give the page a turn. Loaded only when a file is picked, so none of it is part of the first screen.
 */
import type { CheckProgress, ParseBackupResult, TableName } from '../domain/backup'

/** What the import needs of a checked file: the records to bring in and the summary (not the file's own copy). */
export type CheckedFile = ({ ok: true } & Pick<Extract<ParseBackupResult, { ok: true }>, 'checked' | 'summary'>) | { ok: false; errors: string[] }

export interface CheckRequest {
  file: File
  /** This device's clock (epoch ms). */
  now: number
  /** Largest file accepted (bytes). */
  maxBytes: number
}

export type CheckReply =
  | { type: 'progress'; progress: CheckProgress }
  /** A part of a table's checked records, in order; the result that follows carries the rest with empty tables. */
  | { type: 'records'; table: TableName; records: unknown[] }
  | { type: 'result'; result: CheckedFile }
  | { type: 'error'; message: string }

/** The worker could not start or stopped without an answer: the caller checks on the main thread instead. */
class WorkerFailed extends Error {}

function inWorker(request: CheckRequest, onProgress: (p: CheckProgress) => void): Promise<CheckedFile> {
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./backupCheck.worker.ts', import.meta.url), { type: 'module', name: 'backup-check' })
    } catch (error) {
      reject(new WorkerFailed(String(error)))
      return
    }
    const done = (): void => worker.terminate()
    const parts = new Map<TableName, unknown[][]>()
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      const message = event.data
      if (message.type === 'progress') onProgress(message.progress)
      else if (message.type === 'records') {
        const list = parts.get(message.table)
        if (list) list.push(message.records)
        else parts.set(message.table, [message.records])
      }
      else {
        done()
        if (message.type === 'error') return reject(new Error(message.message))
        const result = message.result
        if (result.ok) for (const [table, list] of parts) (result.checked.tables[table] as unknown[]) = list.flat()
        resolve(result)
      }
    }
    worker.onerror = (event) => {
      event.preventDefault()
      done()
      reject(new WorkerFailed(event.message))
    }
    worker.postMessage(request)
  })
}

async function onMainThread(request: CheckRequest, onProgress: (p: CheckProgress) => void): Promise<CheckedFile> {
  let text: string
  try {
    text = await request.file.text()
  } catch {
    return { ok: false, errors: ['The file could not be read. Try choosing it again.'] }
  }
  const { parseBackup } = await import('../domain/backup/parse')
  return parseBackup(text, {
    now: request.now,
    maxBytes: request.maxBytes,
    onProgress: async (progress) => {
      onProgress(progress)
      await new Promise((resolve) => setTimeout(resolve, 0))
    },
  })
}

/**
 * Reads and checks a backup file.
 * @param onProgress called as the check moves on (stage, and records checked of all)
 * @returns the checked backup, or the reasons the whole file is refused
 */
export async function checkBackupFile(
  request: CheckRequest,
  onProgress: (p: CheckProgress) => void = () => {},
): Promise<CheckedFile> {
  if (typeof Worker === 'function') {
    try {
      return await inWorker(request, onProgress)
    } catch (error) {
      if (!(error instanceof WorkerFailed)) throw error
    }
  }
  return onMainThread(request, onProgress)
}
