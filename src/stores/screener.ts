import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { newId } from '../db/db'
import { LEG_CHOICE_FINDING, SCREENER_STEPS, isFindingId, type FindingId } from '../content/findings'
import type { OnsetChoice } from '../content/onset'
import { dayKey } from '../domain/day'
import { recheckFindings as gateRecheckFindings } from '../domain/gate'
import { exactOnsetError, onsetInstant, parseLocalDateTime } from '../domain/onset'
import type { GateEventRecord, ScreeningRecord } from '../domain/records'
import { canStopEarly, checkClearsGate, type ScreenerOutcome } from '../domain/screener'
import { gateFindings, gateReasons, triage, type Disposition } from '../domain/triage'
import { deviceTimeZone } from '../composables/useNow'
import { useAppStore } from './app'
import { useGateStore } from './gate'
import { useSafetyStore } from './safety'

/**
 * The symptom screener: the answers per step, where the person is, when the pain started, and the finish that
 * triages the answers and saves the screening together with its gate events in one transaction.
 * Also the latest saved screening, live, for Plans and Today.
 */
export const useScreenerStore = defineStore('screener', () => {
  const steps = SCREENER_STEPS
  /** Ticked finding ids per step id. */
  const answers = ref<Record<string, FindingId[]>>({})
  const stepIndex = ref(0)
  const onsetChoice = ref<OnsetChoice | null>(null)
  /** The `datetime-local` text for the 'exact' choice, kept as typed so bad input loses nothing. */
  const onsetExact = ref('')
  const outcome = ref<ScreenerOutcome | null>(null)
  const finishing = ref(false)
  /** One leg or both: a required choice, so the clot-risk rule R4 cannot be skipped by leaving a box empty. */
  const legs = ref<'one' | 'both' | null>(null)
  /**
   * "Is this still happening?" for each answer behind an urgent gate, asked before a new check can clear it: a yes
   * or no for each, null until answered. Empty when no urgent gate is up.
   */
  const stillHappening = ref<Partial<Record<FindingId, boolean | null>>>({})
  const recheckDone = ref(false)

  const step = computed(() => steps[stepIndex.value] ?? steps[0]!)
  const findings = computed<FindingId[]>(() =>
    steps.flatMap((s) => [...(answers.value[s.id] ?? []), ...(s.findings.includes(LEG_CHOICE_FINDING) && legs.value === 'one' ? [LEG_CHOICE_FINDING] : [])]),
  )
  /** The ticks on the current step (the one-leg choice is a choice, not a tick). */
  const ticked = computed<FindingId[]>(() => answers.value[step.value.id] ?? [])
  const legError = computed<string | null>(() =>
    step.value.findings.includes(LEG_CHOICE_FINDING) && legs.value === null ? 'Choose whether the pain is in one leg or both legs.' : null,
  )
  /** The disposition so far, from the answers given up to now. */
  const soFar = computed<Disposition>(() => triage(findings.value).disposition)

  const onsetError = computed<string | null>(() =>
    onsetChoice.value === 'exact' ? exactOnsetError(onsetExact.value, Date.now(), deviceTimeZone()) : null,
  )

  function onsetAt(now: number, timeZone: string): number | null {
    const choice = onsetChoice.value
    if (choice === null) return null
    if (choice === 'exact') return onsetError.value === null ? parseLocalDateTime(onsetExact.value, timeZone) : null
    return onsetInstant(choice, now, timeZone)
  }

  function isChecked(id: FindingId): boolean {
    return findings.value.includes(id)
  }

  function setAnswer(id: FindingId, checked: boolean): void {
    if (id === LEG_CHOICE_FINDING) {
      legs.value = checked ? 'one' : 'both'
      return
    }
    const owner = steps.find((s) => s.findings.includes(id))
    if (!owner) throw new Error(`No screener step asks "${id}"`)
    const current = answers.value[owner.id] ?? []
    const next = checked ? [...new Set([...current, id])] : current.filter((f) => f !== id)
    // Keep the step's own order, so findings (and reasons) come out the same whatever the tick order.
    answers.value = { ...answers.value, [owner.id]: owner.findings.filter((f) => next.includes(f)) }
  }

  /** The answers so far call for help, and no later step could make it more serious (see canStopEarly). */
  const canStopNow = computed<boolean>(() =>
    canStopEarly(findings.value, steps.slice(stepIndex.value + 1).flatMap((s) => s.findings)),
  )

  /**
   * Answers given and not yet saved as a screening: a reload would lose them, so the tab counts as busy and no
   * update reloads it (in any tab) until the check is finished or started afresh.
   */
  const inProgress = computed(
    () =>
      outcome.value === null &&
      (stepIndex.value > 0 ||
        Object.values(answers.value).some((ids) => ids.length > 0) ||
        legs.value !== null ||
        onsetChoice.value !== null ||
        Object.keys(stillHappening.value).length > 0),
  )
  const app = useAppStore()
  watch(inProgress, (on) => app.setBusy('check', on), { immediate: true })

  const isLastStep = computed(() => stepIndex.value >= steps.length - 1)
  const finished = computed(() => outcome.value !== null)

  /** Continue: to the next step, or to the result (after the last step, or at once when nothing can change it). */
  async function next(now = Date.now()): Promise<'step' | 'result' | 'invalid'> {
    if (legError.value !== null) return 'invalid'
    if (step.value.id === 'how-it-started' && onsetError.value !== null) return 'invalid'
    if (isLastStep.value || canStopNow.value) {
      await finish(now)
      return 'result'
    }
    stepIndex.value += 1
    return 'step'
  }

  /**
   * "None of these": offered only while nothing on the step is ticked, so it never clears a tick (only the person's
   * own untick does). With a tick on the step it does nothing and says so.
   */
  async function none(now = Date.now()): Promise<'step' | 'result' | 'invalid' | 'ticked'> {
    if (ticked.value.length > 0) return 'ticked'
    return next(now)
  }

  /** The answers behind an urgent gate that a new check asks about first, in vocabulary order. */
  const recheckFindings = computed<FindingId[]>(() => gateRecheckFindings(useGateStore().active))
  /** Whether the check must first ask "Is this still happening?" (an urgent gate is up and it has not been asked). */
  const needsRecheck = computed(() => recheckFindings.value.length > 0 && !recheckDone.value)
  const recheckError = computed<string | null>(() =>
    recheckFindings.value.some((f) => typeof stillHappening.value[f] !== 'boolean') ? 'Answer yes or no for each one.' : null,
  )

  /** Answers "Is this still happening?": a yes is ticked in its step, so the check goes on with it. */
  function setStillHappening(id: FindingId, yes: boolean): void {
    stillHappening.value = { ...stillHappening.value, [id]: yes }
    setAnswer(id, yes)
  }

  /** Leaves the "still happening" questions once each has an answer. */
  function finishRecheck(): boolean {
    if (recheckError.value !== null) return false
    recheckDone.value = true
    return true
  }

  /** Back one step (from the result: back to the step the person finished on). Returns false on the first step. */
  function back(): boolean {
    if (outcome.value) {
      outcome.value = null
      return true
    }
    if (stepIndex.value === 0) return false
    stepIndex.value -= 1
    return true
  }

  /**
   * Triage the answers, build the screening, and save it with its gate events in one transaction: a raise for an
   * emergency or urgent result; a clear ('new-screening') when a gate is up and this screening finds no red flag.
   * When the device will not store it, the gate store keeps the events in memory so the gate still shows.
   */
  async function finish(now = Date.now()): Promise<ScreenerOutcome> {
    finishing.value = true
    try {
      const gate = useGateStore()
      const timeZone = deviceTimeZone()
      const ids = [...findings.value]
      const result = triage(ids)
      const record: ScreeningRecord = {
        id: newId(),
        at: now,
        timeZone,
        dayKey: dayKey(now, timeZone),
        findings: ids,
        disposition: result.disposition,
        plans: [...result.plans],
        cautions: [...result.cautions],
        onsetAt: onsetAt(now, timeZone),
      }
      const events: GateEventRecord[] = []
      if (result.disposition === 'emergency' || result.disposition === 'urgent') {
        events.push(
          gate.raiseEvent(
            {
              level: result.disposition,
              source: 'screening',
              reasons: gateReasons(result).map((r) => r.text),
              findings: gateFindings(result),
              screeningId: record.id,
            },
            now,
          ),
        )
      } else if (checkClearsGate(gate.active, result.disposition, { done: recheckDone.value, stillHappening: stillHappening.value })) {
        events.push(gate.clearEvent('new-screening', now, null, record.id))
      }
      const saved = await gate.commit(events, record)
      if (!saved) useSafetyStore().remember(record)
      outcome.value = { record, result, saved }
      return outcome.value
    } finally {
      finishing.value = false
    }
  }

  /**
   * The answers of a saved screening put back, on the step it ended on, for "Change my answers" after a reload:
   * ticks in their steps, the leg choice, and the onset as the exact time it was saved as.
   */
  function restore(record: ScreeningRecord): void {
    reset()
    const ids = record.findings.filter(isFindingId)
    for (const id of ids) if (id !== LEG_CHOICE_FINDING) setAnswer(id, true)
    const reached = record.disposition === 'self-care' || record.disposition === 'doctor'
      ? steps.length - 1
      : Math.max(0, ...ids.map((id) => steps.findIndex((s) => s.findings.includes(id))))
    const legStep = steps.findIndex((s) => s.findings.includes(LEG_CHOICE_FINDING))
    legs.value = ids.includes(LEG_CHOICE_FINDING) ? 'one' : reached > legStep ? 'both' : null
    if (record.onsetAt !== null && reached >= steps.findIndex((s) => s.id === 'how-it-started')) {
      const at = new Date(record.onsetAt)
      const pad = (n: number): string => String(n).padStart(2, '0')
      onsetChoice.value = 'exact'
      onsetExact.value = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`
    }
    stepIndex.value = reached
  }

  /** A fresh screener: no answers, first step. */
  function reset(): void {
    answers.value = {}
    stepIndex.value = 0
    onsetChoice.value = null
    onsetExact.value = ''
    outcome.value = null
    legs.value = null
    stillHappening.value = {}
    recheckDone.value = false
  }

  return {
    steps,
    answers,
    stepIndex,
    step,
    findings,
    soFar,
    canStopNow,
    isLastStep,
    onsetChoice,
    onsetExact,
    onsetError,
    outcome,
    finished,
    finishing,
    inProgress,
    legs,
    legError,
    ticked,
    recheckFindings,
    needsRecheck,
    recheckError,
    stillHappening,
    setStillHappening,
    finishRecheck,
    isChecked,
    setAnswer,
    next,
    none,
    back,
    finish,
    restore,
    reset,
  }
})
