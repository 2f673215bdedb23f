import { CAUTION_TITLES } from '../../content/cautionTitles'
import { isCautionId } from '../../content/vocabulary'
import { deviceDates } from '../../composables/useNow'
import { count, type SummaryFacts } from '../../domain/clinicianSummary'
import { formatVolume, type VolumeUnit } from '../../domain/hydration'
import type { GateClearedBy } from '../../domain/records'
import { triage } from '../../domain/triage'
import { dateTime, dispositionText, findingLabel, gateSourceText, routineName } from './historyText'

/** One part of the clinician summary: a heading and its lines of facts. */
export interface SummarySection {
  id: string
  title: string
  lines: string[]
}

/** How an alert was cleared, said of the person (the summary is read by someone else). */
function clearedWhy(by: GateClearedBy | null, assessedOn: string | null): string {
  if (by === 'clinician') return assessedOn ? `The person said a clinician checked them on ${day(assessedOn)}.` : 'The person said a clinician checked them.'
  if (by === 'new-screening') return 'A new symptom check found none of the signs that raised it.'
  if (by === 'delete-all') return 'All data was deleted.'
  return ''
}

/** A day key in words, with the year: "Mon 3 Nov 2026". */
function day(key: string): string {
  return deviceDates().dayKey(key, { weekday: 'short', month: 'short', year: true })
}

/**
 * The clinician summary in words, one section per kind of fact, only where there is something to say. The same
 * sections make the printed page and the text file, so the two never disagree. Facts only: no advice to the person.
 */
export function summarySections(facts: SummaryFacts, unit: VolumeUnit): SummarySection[] {
  const out: SummarySection[] = []
  const s = facts.latest
  if (s) {
    const lines = [`${dateTime(s.at, s.timeZone)}. Result: ${dispositionText(s.disposition)}.`]
    try {
      const reasons = triage(s.findings).reasons.map((r) => (r.rule ? `${r.text} (rule ${r.rule})` : r.text))
      if (reasons.length) lines.push(`Why: ${reasons.join(' ')}`)
    } catch {
      // An answer from an older version of the app: the reported answers below still stand.
    }
    if (s.findings.length) lines.push(`Reported: ${s.findings.map(findingLabel).join('; ')}.`)
    if (s.onsetAt !== null) lines.push(`Pain began: ${dateTime(s.onsetAt, s.timeZone)} (as reported).`)
    const cautions = s.cautions.filter(isCautionId).map((c) => CAUTION_TITLES[c])
    if (cautions.length) lines.push(`Cautions the app applied: ${cautions.join('; ')}.`)
    out.push({ id: 'screening', title: 'Latest symptom check', lines })
  }
  if (facts.gate) {
    const lines = facts.gate.events.map((e) =>
      e.kind === 'raise'
        ? `${dateTime(e.at, e.timeZone)}: "seek care" alert raised (${e.level === 'emergency' ? 'emergency' : 'same day'}) ${gateSourceText(e.source)}.${e.reasons.length ? ` ${e.reasons.join(' ')}` : ''}`
        : `${dateTime(e.at, e.timeZone)}: alert cleared. ${clearedWhy(e.clearedBy, e.assessedOn)}`,
    )
    lines.push(facts.gate.open ? 'An alert is open now.' : 'No alert is open now.')
    out.push({ id: 'gate', title: 'Warning-sign alerts', lines })
  }
  if (facts.pain) {
    const p = facts.pain
    const lines = [
      `Scored on ${count(p.daysLogged, 'day')} (pain log and routines; the day's highest score).`,
      `First: ${p.first.score} on ${day(p.first.dayKey)}. Latest: ${p.last.score} on ${day(p.last.dayKey)}.`,
      `Highest: ${p.worst.score} on ${day(p.worst.dayKey)}. Lowest: ${p.best.score} on ${day(p.best.dayKey)}.`,
    ]
    if (p.routines) lines.push(`Around ${count(p.routines.count, 'routine')}: on average ${p.routines.before} before, ${p.routines.after} after.`)
    out.push({ id: 'pain', title: 'Pain (0 to 10)', lines })
  }
  if (facts.adherence) {
    const a = facts.adherence
    const lines = a.byRoutine.map(
      (r) => `${routineName(r.routineId)}: ${count(r.completed, 'time')} done${r.stopped ? `, ${r.stopped} stopped early` : ''}.`,
    )
    lines.push(`Some routine done on ${a.daysWithSession} of ${count(facts.days, 'day')}.`)
    out.push({ id: 'adherence', title: 'Home routines', lines })
  }
  if (facts.water) {
    const w = facts.water
    const lines = [`Logged on ${count(w.daysLogged, 'day')}, ${formatVolume(w.averageMl, unit)} a day on average.`]
    if (w.limitMl !== null) lines.push(`Daily fluid limit from a clinician: ${formatVolume(w.limitMl, unit)}. Over it on ${count(w.daysOver, 'day')}.`)
    else if (w.goalMl !== null) lines.push(`Daily goal: ${formatVolume(w.goalMl, unit)}. Reached on ${count(w.daysReached, 'day')}.`)
    out.push({ id: 'water', title: 'Drinks', lines })
  }
  return out
}

/** The covered period in words: "Tue 3 Nov 2026 to Wed 2 Dec 2026 (30 days)". */
export function periodText(facts: SummaryFacts): string {
  return `${day(facts.from)} to ${day(facts.to)} (${count(facts.days, 'day')})`
}

/** The whole summary as a plain text file. */
export function summaryFile(facts: SummaryFacts, sections: SummarySection[], made: string): string {
  const out = ['Leg care: summary for a clinician', `Covers ${periodText(facts)}. Made ${made} on the person's phone, from what they entered. Not a diagnosis.`, '']
  for (const s of sections) out.push(s.title.toUpperCase(), ...s.lines.map((l) => `- ${l}`), '')
  return out.join('\n')
}
