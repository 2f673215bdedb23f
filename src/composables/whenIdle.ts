/**
 * Runs `task` when the browser is next idle (at the latest after `timeout` ms, when given). A browser without
 * `requestIdleCallback` (Safari) runs it after `fallbackMs` instead.
 */
export function whenIdle(task: () => void, { timeout, fallbackMs = 200 }: { timeout?: number; fallbackMs?: number } = {}): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), timeout === undefined ? undefined : { timeout })
  else setTimeout(task, fallbackMs)
}
