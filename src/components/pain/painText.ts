import type { PainTrend } from '../../domain/pain'

/** The pain trend in one plain sentence. */
export function trendText(trend: PainTrend): string {
  switch (trend.direction) {
    case 'rising':
      return 'Your pain has been getting worse over the last week.'
    case 'falling':
      return 'Your pain has been easing over the last week.'
    case 'steady':
      return 'Your pain has stayed about the same over the last week.'
    default:
      return trend.latest === null
        ? 'Log your pain each day to see how it changes.'
        : 'Log your pain on another day to see how it changes.'
  }
}
