import { getCurrentScope, onScopeDispose, readonly, shallowRef, type Ref } from 'vue'
import { dateWords, type DateWords } from '../domain/dates'

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

/**
 * The device's current IANA time zone (it changes when a traveller's phone changes zone). Reading it builds an Intl
 * formatter, which is slow on phones, so the answer is kept for up to 10 s: a zone change shows within that.
 */
export function deviceTimeZone(): string {
  const now = Date.now()
  if (now - cachedAt > 10_000 || now < cachedAt) {
    cachedZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
    cachedAt = now
  }
  return cachedZone
}

let words: DateWords | null = null

/** Dates and times in words for this device: English words, the order and clock of the device's locale. */
export function deviceDates(): DateWords {
  const language = navigator.language || 'en-US'
  if (words?.device !== language) words = dateWords(language)
  return words
}
