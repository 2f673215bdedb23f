import { defineStore } from 'pinia'
import { ref } from 'vue'

interface StorageStatus {
  persisted: boolean | null
  usage: number | null
  quota: number | null
}

/**
 * Whether the device database works. When IndexedDB is missing (some private modes) or full, the app keeps
 * going in memory and says so plainly: nothing may claim to be saved that is not.
 */
export const useStorageStore = defineStore('storage', () => {
  const available = ref(true)
  const problem = ref<string | null>(null)
  const status = ref<StorageStatus>({ persisted: null, usage: null, quota: null })

  function reportFailure(error: unknown): void {
    const name = error instanceof Error ? error.name : ''
    const quota = name === 'QuotaExceededError' || /quota/i.test(String(error))
    problem.value = quota
      ? 'Your device storage is full, so new entries are not being saved. Free some space, then try again.'
      : 'This browser is not letting the app save anything (this happens in some private modes). You can still check symptoms, but nothing will be kept after you close the app.'
    if (!quota) available.value = false
  }

  function clearProblem(): void {
    problem.value = null
  }

  /** Asks once for persistent storage, so the browser does not evict the user's log under pressure. */
  async function requestPersistence(): Promise<void> {
    const storage = navigator.storage as StorageManager | undefined
    if (!storage?.persist) return
    try {
      const already = await storage.persisted()
      status.value = { ...status.value, persisted: already || (await storage.persist()) }
    } catch {
      status.value = { ...status.value, persisted: false }
    }
  }

  async function refresh(): Promise<void> {
    const storage = navigator.storage as StorageManager | undefined
    if (!storage?.estimate) return
    const [persisted, estimate] = await Promise.all([
      storage.persisted ? storage.persisted() : Promise.resolve(null),
      storage.estimate(),
    ])
    status.value = { persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null }
  }

  return { available, problem, status, reportFailure, clearProblem, requestPersistence, refresh }
})
