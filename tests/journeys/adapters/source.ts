/**
 * The call every adapter sends: the function's source applied to its JSON arguments. Engines evaluate it through
 * their automation channel, which a page's Content-Security-Policy does not govern (the app forbids eval).
 */
export function callSource(fn: (...args: never[]) => unknown, args: unknown[]): string {
  return `(${fn.toString()})(...${JSON.stringify(args)})`
}
