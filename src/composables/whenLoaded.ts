import { watch } from 'vue'

/** Resolves once every store given has had its first answer (`loaded`), so a screen can open already filled in. */
export function whenLoaded(...stores: { loaded: boolean }[]): Promise<void> {
  const all = (): boolean => stores.every((s) => s.loaded)
  if (all()) return Promise.resolve()
  return new Promise((resolve) => {
    const stop = watch(all, (done) => {
      if (!done) return
      stop()
      resolve()
    })
  })
}
