/**
 * How long the symptom check takes a person with no warning sign, as the app says it wherever the check is offered.
 * Measured by tests/bench/screener-time.bench.ts on the no-warning-sign path (2026-12-02): 695 words shown and 6 taps,
 * which is about 1 min 54 s at the pace people kept in the walk-throughs (issue 15) and 3 min when every word is read
 * at a slow 250 words a minute. So "2 to 3 minutes": the observed figure rounds to 2, the slow one is 3, and the app
 * never promises less than either. Change it when the bench's figures change. Plain TypeScript, a few bytes: Today
 * shows it.
 */
export const CHECK_TAKES = 'It takes 2 to 3 minutes.'
