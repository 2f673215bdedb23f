import { defineStore } from 'pinia'
import { ref } from 'vue'

/** App-wide state that is not data: whether a routine is running (the update prompt waits while it is). */
export const useAppStore = defineStore('app', () => {
  const busy = ref(false)
  function setBusy(value: boolean): void {
    busy.value = value
  }
  return { busy, setBusy }
})
