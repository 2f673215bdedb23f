/**
 * Why a routine may not start, and what to do instead, in plain words: one wording for every door (the player's
 * page, Plans, Today), so a refused routine says the same thing wherever it is met.
 */
import { CHECK_TAKES } from '../content/checkTime'
import { cautionById } from '../content/cautions'
import { routineType } from '../content/routineText'
import { whenWords, type DateWords } from './dates'
import type { HideReason, Refusal } from './safety'

export interface RefusalWords {
  title: string
  text: string
  /** When the wait lifts, in the words people use, for "from ..." ("Friday morning", "3 pm today"), or null. */
  unlocks: string | null
  /** What to do instead, and where. */
  instead: { text: string; label: string; to: string }
}

const HIDDEN_WHY: Readonly<Record<HideReason, string>> = {
  nerve: 'Stretching the back of the thigh pulls on an irritated sciatic nerve and can make nerve pain worse.',
  hip: 'These moves bend the hip further than a right angle or cross the legs, which a new hip joint must not do yet.',
  pregnancy: 'These moves are done lying flat on your back, which is best avoided in pregnancy.',
  strain: 'These stretches pull on the muscle you strained, which needs 3 days to settle first.',
}

const CHECK_AGAIN = { label: 'Check my symptoms again', to: '/check' }

/** The 72-hour wait after a strain, in the words of what waits: heat, or stretching the strained muscle. */
const STRAIN_WORDS = {
  heat: {
    title: 'Not yet: no heat for 3 days after a strain',
    text: 'Warmth opens up the blood vessels. In the first 3 days after a strain, that can make the bleeding and swelling in the muscle worse.',
    instead: 'Until then: cool it with ice instead, and rest it.',
  },
  stretch: {
    title: 'Not yet: a strain needs 3 days to settle',
    text: 'Stretching a newly strained muscle pulls on it while it starts to heal, and can make the bleeding and swelling inside it worse.',
    instead: 'Until then: rest, ice and gentle walking.',
  },
  /** When the caller does not say which routine: both, as one sentence. */
  either: {
    title: 'Not yet: a strain needs 3 days to settle',
    text: 'In the first 3 days after a strain, stretching the muscle or warming it can make the bleeding and swelling inside it worse.',
    instead: 'Until then: rest, ice and gentle walking.',
  },
} as const

/**
 * The words for a refusal.
 * @param now epoch ms, for the unlock time
 * @param timeZone IANA zone of the device
 * @param dates the device's date words
 * @param routineId the routine refused, so the words are its own (heat's wait is explained as heat's)
 */
export function refusalText(refusal: Refusal, now: number, timeZone: string, dates: DateWords, routineId?: string): RefusalWords {
  switch (refusal.kind) {
    case 'gate':
      return {
        title: 'Get help first',
        text:
          refusal.level === 'emergency'
            ? 'You told us about a sign that needs help now. Exercises, ice, heat and raising the leg are paused, because they could make things worse.'
            : 'You told us about a sign that needs a doctor or nurse to check you today. Exercises, ice, heat and raising the leg are paused until then, because they could make things worse.',
        unlocks: null,
        instead: { text: 'Follow the warning at the top of the screen.', ...CHECK_AGAIN },
      }
    case 'child':
      return {
        title: 'Home plans are for adults',
        text: "This app's exercises and timers are for adults. A doctor should check a child's leg pain.",
        unlocks: null,
        instead: { text: 'Ask a doctor what is safe for a child to do.', label: 'See the result again', to: '/check' },
      }
    case 'unknown-answers':
      return {
        title: 'Check your symptoms again',
        text: 'Your last check was saved by another version of the app, so we cannot be sure what is safe for you.',
        unlocks: null,
        instead: { text: `Start a new check. ${CHECK_TAKES}`, ...CHECK_AGAIN },
      }
    case 'caution':
      return {
        title: 'Left out for you',
        text: `This is not safe for you, so we have left it out. ${refusal.cautions
          .map((c) => cautionById(c)?.why ?? '')
          .filter(Boolean)
          .join(' ')}`.trim(),
        unlocks: null,
        instead: { text: 'Your plans show what you can do instead.', label: 'See my plans', to: '/plans' },
      }
    case 'strain': {
      const type = routineId === undefined ? undefined : routineType(routineId)
      const words = type === 'heat' ? STRAIN_WORDS.heat : type === undefined ? STRAIN_WORDS.either : STRAIN_WORDS.stretch
      return {
        title: words.title,
        text: words.text,
        unlocks: whenWords(refusal.unlocksAt, now, timeZone, dates),
        instead: { text: words.instead, label: 'See my plans', to: '/plans' },
      }
    }
    case 'exercises':
      return {
        title: 'Not for you now',
        text: refusal.because.map((b) => HIDDEN_WHY[b]).join(' '),
        unlocks: null,
        instead: {
          text: refusal.because.includes('nerve')
            ? 'Gentle moves for nerve pain are in "Sciatica relief".'
            : 'Your plans show what you can do instead.',
          label: refusal.because.includes('nerve') ? 'Sciatica relief' : 'See my plans',
          to: refusal.because.includes('nerve') ? '/routines/sciatica-relief' : '/plans',
        },
      }
    case 'unknown-routine':
      return {
        title: 'We could not find this routine',
        text: 'The link may be old or mistyped.',
        unlocks: null,
        instead: { text: 'Every routine is on the Plans screen.', label: 'See all plans', to: '/plans' },
      }
  }
}

/** Why a routine cannot start now, as one sentence: the reason, and when it unlocks. */
export function refusalSentence(refusal: Refusal, now: number, timeZone: string, dates: DateWords, routineId?: string): string {
  const words = refusalText(refusal, now, timeZone, dates, routineId)
  return [words.text, words.unlocks ? `You can start it from ${words.unlocks}.` : ''].filter(Boolean).join(' ')
}

/** Why one exercise inside a routine is left out or swapped, in plain words. */
export function hiddenText(because: HideReason): string {
  return HIDDEN_WHY[because]
}
