import { onMounted, ref, type Ref } from 'vue'
import { prepareDeviceDates } from './useNow'

/** True while the app shows the first screen of its launch (router.ts ends it when another screen opens). */
let launching = true

/** Another screen is opening: from now on screens draw every section at once. */
export function launchOver(): void {
  launching = false
}

/**
 * On the first screen of a launch, renders the screen's sections one task at a time after the first paint: `stage`
 * counts up from 0 to `stages`. Each section's setup (its stores and queries) then runs in its own short task
 * instead of one long one while the app starts, so the page answers taps sooner on slow phones. Sections appear in
 * order, below what is already shown, so nothing moves.
 * A screen opened later by a tap draws every section at once (`stage` starts at `stages`): its reads answered before
 * it opened (router.ts), and one paint with everything comes a frame sooner than one per section (the five-year
 * bench, Today's total after a tap from another screen: median 34-37 -> 25-31 ms). `alsoAfterLaunch` keeps the sections
 * staged after a tap too, for a screen whose first section should not wait for the rest. `datesAt` names the first
 * stage that shows a date or a clock time: while staged, the platform's date data loads in tasks of its own before it
 * (prepareDeviceDates), instead of inside that section's task.
 */
export function useStagedRender(stages: number, { alsoAfterLaunch = false, datesAt = 0 } = {}): Ref<number> {
  const staged = launching || alsoAfterLaunch
  const stage = ref(staged ? 0 : stages)
  if (!staged) return stage
  onMounted(() => {
    const draw = (): void => {
      stage.value++
      if (stage.value < stages) setTimeout(next, 0)
    }
    const next = (): void => {
      if (stage.value + 1 !== datesAt) return draw()
      // Never stalls: if the date words cannot be built ahead, the sections still come and build them as they draw.
      // The section draws in a task of its own, not in the one that built the last of the words.
      void prepareDeviceDates()
        .catch(() => true)
        .then((built) => (built ? setTimeout(draw, 0) : draw()))
    }
    setTimeout(next, 0)
  })
  return stage
}
