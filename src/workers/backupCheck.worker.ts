/// <reference lib="webworker" />
/**
 * Reads and checks a backup file off the main thread, so a file of 100,000 records never freezes the page. Posts
 * progress while it works, then the result (the checked records or the reasons for refusing the file).
 */
import { parseBackup } from '../domain/backup/parse'
import type { CheckReply, CheckRequest } from './backupCheck'

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
    reply({ type: 'result', result })
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}
