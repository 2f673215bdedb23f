import { onMounted, ref, type Ref } from 'vue'

/**
 * Renders a screen's sections one task at a time after the first paint: `stage` counts up from 0 to `stages`.
 * Each section's setup (its stores and queries) then runs in its own short task instead of one long one, so the
 * page answers taps sooner on slow phones. Sections appear in order, below what is already shown, so nothing moves.
 */
export function useStagedRender(stages: number): Ref<number> {
  const stage = ref(0)
  onMounted(() => {
    const next = (): void => {
      stage.value++
      if (stage.value < stages) setTimeout(next, 0)
    }
    setTimeout(next, 0)
  })
  return stage
}
