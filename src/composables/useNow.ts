import { computed, getCurrentScope, onScopeDispose, readonly, ref, shallowRef, type Ref } from 'vue'
import { dateWords, type DateWords } from '../domain/dates'
import { keyOf } from '../domain/day'

/**
 * The one clock the UI reads: epoch ms, updated every `intervalMs`, stopped with the calling scope. (Written here
 * rather than taken from VueUse, whose `useNow` brings its animation-frame machinery into the first screen's code.)
 * Screens that show dates follow the device clock at once; a running timer uses useRunClock (./useRunClock.ts).
 */
export function useNow(intervalMs = 1000): Readonly<Ref<number>> {
  const now = shallowRef(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), intervalMs)
  if (getCurrentScope()) onScopeDispose(() => clearInterval(timer))
  return readonly(now)
}

let cachedZone = ''
let cachedAt = -Infinity

/** Temporal where the browser has it (Chromium and Firefox do, Safari not yet). */
const temporal = (globalThis as { Temporal?: { Now: { timeZoneId(): string } } }).Temporal

/**
 * The device's current IANA time zone (it changes when a traveller's phone changes zone). The header's emergency
 * number needs it on the first frame (see stores/settings.ts), so it is read through Temporal where there is one:
 * a tenth of a millisecond, where the first Intl formatter of a page takes 40 to 100 ms on the test machine. Without
 * Temporal that formatter is built; the answer is kept for up to 10 s, so a zone change shows within that.
 */
export function deviceTimeZone(): string {
  const now = Date.now()
  if (now - cachedAt > 10_000 || now < cachedAt) {
    cachedZone = (temporal ? temporal.Now.timeZoneId() : Intl.DateTimeFormat().resolvedOptions().timeZone) || 'UTC'
    cachedAt = now
  }
  return cachedZone
}

/**
 * The device's local day of an instant (YYYY-MM-DD), from the Date object's local fields: the same day as
 * `dayKey(instant, deviceTimeZone())`, without building an Intl formatter. The first formatter a page builds costs
 * tens of milliseconds (more on a phone), and a screen's first paint needs today's key but no date in words.
 */
export function deviceDayKey(instant: number): string {
  const d = new Date(instant)
  return keyOf(d.getFullYear(), d.getMonth() + 1, d.getDate())
}

let words: DateWords | null = null

/** Dates and times in words for this device: English words, the order and clock of the device's locale. */
export function deviceDates(): DateWords {
  const language = navigator.language || 'en-US'
  if (words?.device !== language) words = dateWords(language)
  return words
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Builds this device's date words (deviceDates) in three tasks rather than one, for a screen drawn in stages at
 * launch (useStagedRender's `datesAt`). The first use of Intl in a page loads the platform's locale data piece by
 * piece: the likely-region table, the list of locales with date formats, then the device locale's own clock. At
 * Lighthouse's 4x CPU slowdown on the test machine these take about 85, 65 and 15 ms: in one task, 165 ms during
 * which a tap waits. Resolves at once, false, if they were already built.
 */
export async function prepareDeviceDates(): Promise<boolean> {
  const language = navigator.language || 'en-US'
  if (words?.device === language) return false
  const pieces = [() => new Intl.Locale(language).maximize(), () => Intl.DateTimeFormat.supportedLocalesOf([language])]
  for (const piece of pieces) {
    await nextTask()
    try {
      piece()
    } catch {
      // A tag the platform cannot read: dateWords falls back to plain English.
    }
  }
  await nextTask()
  deviceDates()
  return true
}

/** Today's local day in the device's current zone: follows midnight and a change of zone (a traveller). */
export function useToday(intervalMs = 5_000): {
  now: Ref<number>
  timeZone: Ref<string>
  todayKey: Ref<string>
  /** Reads the clock now, between ticks: call it after logging something so the entry is not "in the future". */
  refresh: () => void
} {
  const clock = useNow(intervalMs)
  const bumped = ref(0)
  const now = computed(() => Math.max(clock.value, bumped.value))
  const refresh = (): void => {
    bumped.value = Date.now()
  }
  const timeZone = computed(() => {
    void now.value // re-read the zone on every tick: the phone's zone changes when it lands somewhere new
    return deviceTimeZone()
  })
  // The device's own day: Date's local fields follow the device's zone as Intl's default does (see deviceDayKey).
  const todayKey = computed(() => deviceDayKey(now.value))
  return { now, timeZone, todayKey, refresh }
}
