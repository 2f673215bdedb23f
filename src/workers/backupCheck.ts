/**
 * Checks a picked backup file in a Web Worker (./backupCheck.worker.ts), reporting progress. Where a worker cannot
 * start (an old browser, a test runner), the same checks run on the main thread, stopping every thousand records
 * to give the page a turn. Loaded only when a file is picked, so none of it is part of the first screen.
 */
import type { CheckProgress, ParseBackupResult } from '../domain/backup'

export interface CheckRequest {
  file: File
  /** This device's clock (epoch ms). */
  now: number
  /** Largest file accepted (bytes). */
  maxBytes: number
}

export type CheckReply =
  | { type: 'progress'; progress: CheckProgress }
  | { type: 'result'; result: ParseBackupResult }
  | { type: 'error'; message: string }

/** The worker could not start or stopped without an answer: the caller checks on the main thread instead. */
class WorkerFailed extends Error {}

function inWorker(request: CheckRequest, onProgress: (p: CheckProgress) => void): Promise<ParseBackupResult> {
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./backupCheck.worker.ts', import.meta.url), { type: 'module', name: 'backup-check' })
    } catch (error) {
      reject(new WorkerFailed(String(error)))
      return
    }
    const done = (): void => worker.terminate()
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      const message = event.data
      if (message.type === 'progress') onProgress(message.progress)
      else {
        done()
        if (message.type === 'result') resolve(message.result)
        else reject(new Error(message.message))
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

async function onMainThread(request: CheckRequest, onProgress: (p: CheckProgress) => void): Promise<ParseBackupResult> {
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
): Promise<ParseBackupResult> {
  if (typeof Worker === 'function') {
    try {
      return await inWorker(request, onProgress)
    } catch (error) {
      if (!(error instanceof WorkerFailed)) throw error
    }
  }
  return onMainThread(request, onProgress)
}
