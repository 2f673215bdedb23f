import { defineStore } from 'pinia'
import { computed, getCurrentScope, ref, shallowRef, watch } from 'vue'
import { painInDays } from '../db/pain'
import { listScreenings } from '../db/screenings'
import { completedSessionDayKeys, sessionsInDays } from '../db/sessions-read'
import { waterDayKeys, waterForDay, waterInDays } from '../db/water'
import { addDays } from '../domain/day'
import { CHART_DAYS, dailySeries, type ChartDays, type SeriesPoint } from '../domain/series'
import { CALENDAR_DAYS, adherenceCalendar, longestStreak, streak } from '../domain/streaks'
import type { PainRecord, ScreeningRecord, SessionRecord, WaterRecord } from '../domain/records'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useGateStore } from './gate'
import { useKeyedLiveQuery } from '../composables/useLiveQuery'
import { useToday } from '../composables/useNow'
import { whenIdle } from '../composables/whenIdle'
import { useStorageStore } from './storage'

/**
 * What the History and Water screens show over time: the 7- and 30-day water and pain series, the adherence
 * calendar, streaks, screenings and gate events, and any one past day's drinks. Every range read goes through a
 * day-key index, so it costs the same with five years of entries as with one week.
 */
export const useHistoryStore = defineStore('history', () => {
  const reportFailure = (e: unknown): void => useStorageStore().reportFailure(e)
  const { todayKey } = useToday()
  const chartDays = ref<ChartDays>(7)

  const range = computed(() => ({ from: addDays(todayKey.value, -(CHART_DAYS - 1)), to: todayKey.value }))
  const water = useKeyedLiveQuery(range, (r) => waterInDays(r.from, r.to), [] as WaterRecord[], reportFailure)
  const pain = useKeyedLiveQuery(range, (r) => painInDays(r.from, r.to), [] as PainRecord[], reportFailure)
  const calendarRange = computed(() => ({ from: addDays(todayKey.value, -(CALENDAR_DAYS - 1)), to: todayKey.value }))
  const sessions = useKeyedLiveQuery(calendarRange, (r) => sessionsInDays(r.from, r.to), [] as SessionRecord[], reportFailure)

  function waterSeriesFor(days: number): SeriesPoint[] {
    return dailySeries(
      water.data.value.map((e) => ({ dayKey: e.dayKey, value: e.ml })),
      todayKey.value,
      days,
      'sum',
    ).map((p) => ({ dayKey: p.dayKey, value: Math.round(p.value ?? 0) }))
  }
  const waterSeries30 = computed(() => waterSeriesFor(CHART_DAYS))
  const waterSeries = computed(() => waterSeries30.value.slice(-chartDays.value))
  // Pain scores given before and after a routine count with the pain log's: the day's highest is charted.
  const painSeries30 = computed(() =>
    dailySeries(
      [
        ...pain.data.value.map((e) => ({ dayKey: e.dayKey, value: e.score })),
        ...sessions.data.value.flatMap((s) =>
          [s.painBefore, s.painAfter].flatMap((v) => (v === null ? [] : [{ dayKey: s.dayKey, value: v }])),
        ),
      ],
      todayKey.value,
      CHART_DAYS,
      'max',
    ),
  )
  const painSeries = computed(() => painSeries30.value.slice(-chartDays.value))
  /** Newest first. */
  const painEntries = computed(() => pain.data.value)

  const calendar = computed(() => adherenceCalendar(sessions.data.value, todayKey.value, CALENDAR_DAYS))
  /** Completed sessions per routine over the chart window: "plans followed" in the summary. */
  const sessionsByRoutine = computed(() => {
    const from = range.value.from
    const counts = new Map<string, { completed: number; stopped: number }>()
    for (const s of sessions.data.value) {
      if (s.dayKey < from) continue
      const c = counts.get(s.routineId) ?? { completed: 0, stopped: 0 }
      if (s.completed) c.completed++
      else c.stopped++
      counts.set(s.routineId, c)
    }
    return [...counts].map(([routineId, c]) => ({ routineId, ...c })).sort((a, b) => b.completed - a.completed)
  })

  // Streaks read every day ever logged (thousands of rows over years, through cursors), so they start only once the
  // charts have their data and the browser is idle: the screen's first answer never waits behind them.
  const sessionDays = shallowRef<string[]>([])
  const waterDays = shallowRef<string[]>([])
  const scope = getCurrentScope()
  const stopWaiting = watch(water.loaded, (ready) => {
    if (!ready) return
    stopWaiting()
    const start = (): void => {
      if (!scope?.active) return
      scope.run(() => {
        const s = useLiveQuery(completedSessionDayKeys, [] as string[])
        const w = useLiveQuery(waterDayKeys, [] as string[])
        watch(s.data, (v) => (sessionDays.value = v))
        watch(w.data, (v) => (waterDays.value = v))
      })
    }
    whenIdle(start, { timeout: 1000, fallbackMs: 50 })
  })
  const streaks = computed(() => {
    const s = new Set(sessionDays.value)
    const w = new Set(waterDays.value)
    return {
      sessions: streak(s, todayKey.value),
      sessionsLongest: longestStreak(s),
      water: streak(w, todayKey.value),
      waterLongest: longestStreak(w),
    }
  })

  const screenings = useLiveQuery(listScreenings, [] as ScreeningRecord[])
  const gate = useGateStore()
  /** Newest first. */
  const gateEvents = computed(() => [...gate.events].reverse())

  /** One past day's drinks, for the list where they can be changed or deleted. */
  const viewDay = ref(addDays(todayKey.value, -1))
  // Read only while a screen shows the list (the Water screen), not on History.
  const dayListOpen = ref(0)
  const dayQuery = computed(() => (dayListOpen.value > 0 ? viewDay.value : null))
  const dayEntries = useKeyedLiveQuery(dayQuery, (k) => (k ? waterForDay(k) : Promise.resolve([])), [] as WaterRecord[], reportFailure)
  function watchDayList(): () => void {
    dayListOpen.value++
    return () => {
      dayListOpen.value--
    }
  }

  return {
    todayKey,
    chartDays,
    /** Both 30-day reads have answered. */
    loaded: computed(() => water.loaded.value && pain.loaded.value),
    /** Every read the summary needs has answered. */
    summaryReady: computed(() => water.loaded.value && pain.loaded.value && sessions.loaded.value && screenings.ready.value),
    waterSeries,
    waterSeries30,
    painSeries,
    painSeries30,
    painEntries,
    calendar,
    sessionsByRoutine,
    streaks,
    screenings: screenings.data,
    gateEvents,
    /** The records behind the charts, for the clinician summary: 30 days of water and pain, 35 of sessions. */
    waterRecords: water.data,
    painRecords: pain.data,
    sessionRecords: sessions.data,
    viewDay,
    dayEntries: dayEntries.data,
    watchDayList,
  }
})
