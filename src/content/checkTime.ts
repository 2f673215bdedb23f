/**
 * How long the symptom check takes a person with no warning sign, as the app says it wherever the check is offered.
 * Measured by tests/bench/screener-time.bench.ts on the no-warning-sign path: 877 words shown and 7 taps, which is
 * 3 min 45 s when every word is read at 250 words a minute, and about 2 min 20 s at the pace people kept in the
 * walk-throughs (issue 15). Change it when the bench's figures change. Plain TypeScript, a few bytes: Today shows it.
 */
export const CHECK_TAKES = 'It takes 2 to 4 minutes.'
