import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

/** What this tab is in the middle of, that a reload would break: a running routine, or a check with unsaved answers. */
type BusyWith = 'routine' | 'check'

/** App-wide state that is not data: whether this tab is busy (no update may reload it while it is). */
export const useAppStore = defineStore('app', () => {
  const busyWith = ref<Record<BusyWith, boolean>>({ routine: false, check: false })
  const busy = computed(() => busyWith.value.routine || busyWith.value.check)
  /** What the update prompt names as the thing it waits for: the routine first, as it is the one on screen. */
  const busyReason = computed<BusyWith | null>(() => (busyWith.value.routine ? 'routine' : busyWith.value.check ? 'check' : null))
  function setBusy(reason: BusyWith, value: boolean): void {
    if (busyWith.value[reason] !== value) busyWith.value = { ...busyWith.value, [reason]: value }
  }
  return { busy, busyReason, setBusy }
})
