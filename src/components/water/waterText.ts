import { flOzToMl, formatVolume, mlToFlOz, type VolumeUnit, type WaterStatus } from '../../domain/hydration'

export interface WaterStatusText {
  /** "1200 ml of 1600 ml" */
  headline: string
  /** What to do now, in plain words. */
  detail: string
  /** 0-1 share of the goal or limit, for the bar; null when there is nothing to measure against. */
  fraction: number | null
  /** A near, reached or over limit: shown with more weight. */
  warn: boolean
}

/** Today's water in words, for the Today card and the Water screen. */
export function waterStatusText(totalMl: number, status: WaterStatus, unit: VolumeUnit): WaterStatusText {
  const v = (ml: number): string => formatVolume(ml, unit)
  if (status.mode === 'limit-unset') {
    return {
      headline: `${v(totalMl)} so far today`,
      detail:
        'A doctor or nurse limits how much you drink, so we set no goal. Add the limit they gave you in Settings, and we will warn you as you get near it.',
      fraction: null,
      warn: false,
    }
  }
  if (status.mode === 'limit') {
    const fraction = Math.min(1, totalMl / status.limitMl)
    const headline = `${v(totalMl)} of your ${v(status.limitMl)} limit`
    switch (status.warning) {
      case 'over':
        return { headline, detail: `You are ${v(status.overMl)} over your limit for today. Please stop drinking for today unless your doctor or nurse said otherwise, and ask them if you are not sure.`, fraction, warn: true }
      case 'reached':
        return { headline, detail: 'You have reached your limit for today. Please stop drinking for today unless your doctor or nurse said otherwise.', fraction, warn: true }
      case 'near':
        return { headline, detail: `You are getting close to your limit: ${v(status.remainingMl)} left for today.`, fraction, warn: true }
      default:
        return { headline, detail: `${v(status.remainingMl)} left within your limit today.`, fraction, warn: false }
    }
  }
  return {
    headline: `${v(totalMl)} of ${v(status.goalMl)}`,
    detail: status.reached
      ? 'You have reached today’s goal. From here, drink when you feel thirsty.'
      : `${v(status.remainingMl)} to go today.`,
    fraction: status.goalMl > 0 ? Math.min(1, totalMl / status.goalMl) : 1,
    warn: false,
  }
}

/** Reads a number typed in the person's unit and gives ml, or NaN for anything that is not a plain number. */
export function parseAmount(text: string, unit: VolumeUnit): number {
  const t = text.trim().replace(',', '.')
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return Number.NaN
  const n = Number(t)
  return unit === 'floz' ? flOzToMl(n) : n
}

/** An amount in ml written for an input in the person's unit: whole ml, or fl oz to one decimal. */
export function amountForInput(ml: number, unit: VolumeUnit): string {
  if (unit === 'ml') return String(Math.round(ml))
  const oz = Math.round(mlToFlOz(ml) * 10) / 10
  return String(oz)
}
