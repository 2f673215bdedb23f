/**
 * The words of the "seek care now" gate that are not the reasons: where to go when it is urgent, and what to do while
 * waiting. Small on purpose: the gate is part of the first screen's code.
 */

/** Where to go for an urgent result, in plain words (see `urgentPlace` in src/domain/rules.ts). */
export const URGENT_PLACES = {
  'emergency-department': {
    title: 'Go to the emergency department (A&E) today',
    text: 'Go to a hospital emergency department now. Your answers suggest you may need an X-ray, a scan or blood tests, which a hospital can do straight away.',
  },
  'cancer-line': {
    title: "Call your cancer team's 24-hour line now",
    text: "Call the 24-hour number your cancer team gave you. If you don't have one, go to the emergency department (A&E) today. They need to check you within 24 hours.",
  },
  'foot-team': {
    title: 'Get your foot seen today',
    text: 'Call your diabetes foot team, your doctor or the non-emergency medical line today. A foot problem like this needs checking within one working day.',
  },
  'urgent-care': {
    title: 'Get seen today',
    text: 'Go to an urgent care centre or walk-in clinic today, or call the non-emergency medical line for advice on where to go.',
  },
} as const satisfies Record<string, { title: string; text: string }>

/** What to do while waiting for help under any gate (emergency or urgent), in plain words. */
export const WHILE_WAITING: readonly string[] = [
  "Don't raise, warm, cool or rub (massage) the leg. With some causes, like a clot or poor blood flow, these can make things worse.",
  'If you feel short of breath, sit upright.',
  'If you get worse while you wait, call the emergency number.',
]
