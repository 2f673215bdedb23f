// @vitest-environment node
// The words the symptom check shows a person with no warning sign, counted from the content tables: every step's
// title and intro, and every finding's question, symptom lines and hint (that person sees every step, and every
// line of it). The bench (tests/bench/screener-time.bench.ts) measures the same path in the browser, with the
// page's own words around them; this test holds the budget that keeps the check short.
import { describe, expect, it } from 'vitest'
import { SCREENER_STEPS, findingById } from '../../src/content/findings'

/** Counted as the bench counts: runs of non-space that hold a letter or a digit. */
const count = (text: string): number => text.split(/\s+/).filter((w) => /\w/.test(w)).length

function stepWords(step: (typeof SCREENER_STEPS)[number]): number {
  const texts = [step.title, step.intro ?? '']
  for (const id of step.findings) {
    const f = findingById(id)
    texts.push(f.question, ...(f.symptoms ?? []), f.hint ?? '')
  }
  return texts.reduce((n, t) => n + count(t), 0)
}

/**
 * The budget. Before issue 15 these tables held 1,420 words; after it, 760; with five steps and shorter lines
 * (2026-12-02), 610. Raise it only with a reason a reviewer accepts (a symptom the contract adds, say), never to fit
 * a longer wording of what is already asked.
 */
const BUDGET = 620
/** The emergency step stays complete: all its signs, none hidden. Its budget leaves room for no more than it asks now (191). */
const EMERGENCY_BUDGET = 195

describe('the words the check shows, on the path with no warning sign', () => {
  it(`stay within ${BUDGET} words over all steps`, () => {
    const total = SCREENER_STEPS.reduce((n, s) => n + stepWords(s), 0)
    expect(total).toBeLessThanOrEqual(BUDGET)
  })
  it(`stay within ${EMERGENCY_BUDGET} words on the emergency step`, () => {
    expect(stepWords(SCREENER_STEPS[0]!)).toBeLessThanOrEqual(EMERGENCY_BUDGET)
  })
  it('keep each line short enough to take in at a glance', () => {
    for (const step of SCREENER_STEPS) {
      for (const id of step.findings) {
        const f = findingById(id)
        for (const line of f.symptoms ?? []) expect(count(line), line).toBeLessThanOrEqual(12)
        if (f.hint) expect(count(f.hint), f.hint).toBeLessThanOrEqual(12)
      }
    }
  })
})
