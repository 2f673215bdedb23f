/**
 * The home plans and cautions the triage engine can pick, the safety-net, the clot-sign check, and the emergency
 * numbers per region. Plain typed data (no Vue, no DOM): pages and stores render it; src/domain/triage.ts
 * refers to the ids. Words follow the product's standard: plain English, what to do first, then why.
 */
import type { FindingId } from './findings'

/** Plan ids, in the order of the plans table of triage-rules.md (the order results list them in). */
export const PLAN_IDS = [
  'rice',
  'hamstring-stretch',
  'calf-stretch',
  'cramp-relief',
  'hydration',
  'sciatica-relief',
  'sitting-relief',
  'travel-circulation',
] as const
export type PlanId = (typeof PLAN_IDS)[number]

export interface Plan {
  id: PlanId
  title: string
  /** One plain line: what the plan is for. */
  summary: string
}

export const PLANS: readonly Plan[] = [
  {
    id: 'rice',
    title: 'Rest, ice, support and raise',
    summary: 'For the first 2 to 3 days after a strain: rest the leg, cool it, support it and raise it to ease pain and swelling.',
  },
  {
    id: 'hamstring-stretch',
    title: 'Back-of-thigh stretches',
    summary: 'Gentle 30-second stretches for the back of the thigh, started once a new strain has had 3 days to settle.',
  },
  {
    id: 'calf-stretch',
    title: 'Calf stretches',
    summary: 'Gentle 30-second stretches against a wall for the calf and the back of the ankle.',
  },
  {
    id: 'cramp-relief',
    title: 'Cramp relief',
    summary: 'What to do when a cramp starts: pull your toes up, walk it off, warm the muscle and have a drink.',
  },
  {
    id: 'hydration',
    title: 'Drinking enough',
    summary: 'Steady drinks through the day, led by your thirst, without overdoing it.',
  },
  {
    id: 'sciatica-relief',
    title: 'Easing nerve pain down the leg',
    summary: 'Keep moving, with gentle stretches and short walks, to ease sciatica (nerve pain from the lower back down the leg).',
  },
  {
    id: 'sitting-relief',
    title: 'Easing pain from sitting',
    summary: 'Regular breaks from sitting, and gentle stretches, for pain that gets worse in a chair, a car or on a bike.',
  },
  {
    id: 'travel-circulation',
    title: 'Moving on long journeys',
    summary: 'Simple seat exercises and short walks that keep the blood moving in your legs while you travel.',
  },
]

/** Caution ids, in the order of the cautions table of triage-rules.md. */
export const CAUTION_IDS = [
  'fluid-limit',
  'skin-check',
  'no-ice-no-heat',
  'poor-circulation',
  'dvt-watch',
  'no-heat',
  'no-nsaid',
] as const
export type CautionId = (typeof CAUTION_IDS)[number]

export interface Caution {
  id: CautionId
  title: string
  /** What the caution changes in the plans, said as what to do. */
  changes: string
  /** Why, in plain words. */
  why: string
}

export const CAUTIONS: readonly Caution[] = [
  {
    id: 'fluid-limit',
    title: 'Your drinks limit comes first',
    changes:
      "We won't set you a water goal. The limit your doctor or nurse gave you is the most to drink in a day, and we will warn you as you get close to it.",
    why: 'With some heart and kidney problems, too much fluid can build up in the body and make you unwell.',
  },
  {
    id: 'skin-check',
    title: 'Check your skin before ice or heat',
    changes:
      "Ice and heat sessions last 10 minutes, and each one starts with a check that the skin feels normal. If it feels numb, we won't start. Don't use tight bandages.",
    why: 'Diabetes and nerve pain can make skin numb, so you might not feel it getting too cold or too hot.',
  },
  {
    id: 'no-ice-no-heat',
    title: 'No ice, heat or tight bandages',
    changes: 'We leave out ice, heat and tight bandages (compression).',
    why: "Your feet may not feel cold, heat or pressure properly, so they could get hurt without you noticing.",
  },
  {
    id: 'poor-circulation',
    title: "Don't raise, squeeze, cool or warm the leg",
    changes: 'We leave out raising the leg, tight bandages, ice and heat.',
    why: 'Your answers suggest blood may not be flowing well to your leg. These could cut the flow further or harm the skin.',
  },
  {
    id: 'dvt-watch',
    title: 'Watch for signs of a blood clot',
    changes:
      "Don't massage your calf. Before every calf exercise or heat session we ask a few quick questions about clot signs. If you answer yes to any, stop and get help.",
    why: 'Something in your answers makes a blood clot in the leg (DVT) more likely. Rubbing, stretching or warming a clot could be dangerous.',
  },
  {
    id: 'no-heat',
    title: 'No heat',
    changes: 'We leave out heat sessions.',
    why: 'With a blood thinner or a bleeding problem, heat can make bleeding into a muscle worse.',
  },
  {
    id: 'no-nsaid',
    title: 'No anti-inflammatory painkillers',
    changes:
      'Painkiller tips leave out anti-inflammatories such as ibuprofen. Ask a pharmacist which painkiller is safe for you.',
    why: 'Anti-inflammatories can cause bleeding if you take a blood thinner, and are usually avoided in pregnancy.',
  },
]

/** The plan with this id, or undefined. */
export function planById(id: string): Plan | undefined {
  return PLANS.find((p) => p.id === id)
}

/** The caution with this id, or undefined. */
export function cautionById(id: string): Caution | undefined {
  return CAUTIONS.find((c) => c.id === id)
}

export interface SafetyNetSign {
  id: string
  /** What to look out for, in plain words. */
  text: string
  /** The findings a re-check would ask about, so the UI can open the screener on them. */
  findings: FindingId[]
}

/**
 * The safety-net shown with every home plan: signs that mean "stop the plan and check your symptoms again".
 * Under `dvt-watch` the UI adds CLOT_SIGNS to it.
 */
export const SAFETY_NET: readonly SafetyNetSign[] = [
  {
    id: 'saddle-bladder',
    text: 'Numbness around your bottom or genitals, or new trouble peeing or pooing',
    findings: ['saddle_numbness_or_sexual_change', 'new_bladder_bowel_problem'],
  },
  {
    id: 'breathing',
    text: 'Shortness of breath, chest pain, coughing up blood or fainting',
    findings: ['pe_symptoms'],
  },
  {
    id: 'weakness',
    text: 'A foot or leg that gets weak, or nerve pain or numbness in both legs',
    findings: ['foot_or_leg_weakness', 'nerve_pain_both_legs'],
  },
  {
    id: 'swelling-redness',
    text: 'One leg becoming swollen, or skin that turns red, hot and sore',
    findings: ['one_leg_swollen', 'red_hot_swollen_skin', 'rapidly_spreading_dusky_redness'],
  },
  {
    id: 'cold-pale',
    text: 'A leg or foot that goes cold, pale, blue or grey',
    findings: ['leg_cold_pale_numb_cant_move'],
  },
  {
    id: 'fever',
    text: 'A fever, or feeling hot and shivery',
    findings: ['fever', 'very_unwell_with_infection'],
  },
  {
    id: 'worse',
    text: 'Pain that gets much worse, or wakes you at night',
    findings: ['pain_severe_worsening_fast', 'night_pain_unrelieved'],
  },
  {
    id: 'not-better',
    text: 'No better after 2 weeks, or it stops you doing everyday things',
    findings: ['not_better_2_weeks_or_limiting'],
  },
]

export interface ClotSign {
  id: string
  /** A yes/no question asked before a calf routine or heat session under `dvt-watch`. */
  question: string
  /** The finding a yes records, so it can raise the gate through triage. */
  finding: FindingId
}

/** The clot-sign check under `dvt-watch`: any yes is recorded as its finding and re-runs triage. */
export const CLOT_SIGNS: readonly ClotSign[] = [
  { id: 'swollen', question: 'Is one leg or calf more swollen than the other?', finding: 'one_leg_swollen' },
  {
    id: 'tender',
    question: 'Is there new throbbing, aching or soreness in one calf or thigh?',
    finding: 'calf_tender_no_injury',
  },
  { id: 'red-hot', question: 'Is any skin on the leg red or darker, warm and sore?', finding: 'red_hot_swollen_skin' },
  {
    id: 'breathing',
    question: 'Are you short of breath, or do you have chest pain, a racing heart, or have you coughed up blood?',
    finding: 'pe_symptoms',
  },
]

export interface EmergencyNumber {
  /** Region code: an ISO 3166 country code, or 'EU' / 'INTL' for the fallbacks. */
  region: string
  /** The region's name as shown in Settings. */
  label: string
  /** The number to call for an ambulance. */
  emergency: string
  /** The region's medical advice line for things that are not emergencies, where one exists nationwide. */
  nonEmergency?: { label: string; number: string }
  /** Anything the person should know about these numbers. */
  note?: string
}

/**
 * The region used when the locale tells us nothing we can trust. 112 is the GSM standard emergency number:
 * it works across Europe and is routed to the local service by most mobile networks elsewhere, so it is the
 * number most likely to connect from a phone anywhere. Settings shows it and lets the person choose their region.
 */
export const DEFAULT_REGION = 'INTL'

/**
 * Emergency numbers by region. Only lines that are nationwide (or nearly) are listed as non-emergency lines:
 * a wrong number offline is worse than none.
 */
export const EMERGENCY_NUMBERS: Readonly<Record<string, EmergencyNumber>> = {
  US: { region: 'US', label: 'United States', emergency: '911' },
  CA: {
    region: 'CA',
    label: 'Canada',
    emergency: '911',
    nonEmergency: { label: '811 health line (most provinces)', number: '811' },
  },
  MX: { region: 'MX', label: 'Mexico', emergency: '911' },
  GB: {
    region: 'GB',
    label: 'United Kingdom',
    emergency: '999',
    nonEmergency: { label: 'NHS 111 (England, Scotland and Wales)', number: '111' },
    note: '112 also works.',
  },
  IE: { region: 'IE', label: 'Ireland', emergency: '112', note: '999 also works.' },
  DE: {
    region: 'DE',
    label: 'Germany',
    emergency: '112',
    nonEmergency: { label: 'Out-of-hours doctor (116 117)', number: '116117' },
  },
  AT: {
    region: 'AT',
    label: 'Austria',
    emergency: '112',
    nonEmergency: { label: 'Health advice line (1450)', number: '1450' },
  },
  CH: { region: 'CH', label: 'Switzerland', emergency: '144', note: '144 is the ambulance; 112 also works.' },
  FR: { region: 'FR', label: 'France', emergency: '112', note: '15 (SAMU) is the medical emergency number; 112 also reaches it.' },
  ES: { region: 'ES', label: 'Spain', emergency: '112' },
  IT: { region: 'IT', label: 'Italy', emergency: '112' },
  PT: {
    region: 'PT',
    label: 'Portugal',
    emergency: '112',
    nonEmergency: { label: 'SNS 24 health line', number: '808242424' },
  },
  NL: { region: 'NL', label: 'Netherlands', emergency: '112' },
  BE: { region: 'BE', label: 'Belgium', emergency: '112' },
  SE: {
    region: 'SE',
    label: 'Sweden',
    emergency: '112',
    nonEmergency: { label: '1177 health advice', number: '1177' },
  },
  NO: {
    region: 'NO',
    label: 'Norway',
    emergency: '113',
    nonEmergency: { label: 'Out-of-hours doctor (116 117)', number: '116117' },
    note: '113 is the ambulance; 112 also works.',
  },
  FI: {
    region: 'FI',
    label: 'Finland',
    emergency: '112',
    nonEmergency: { label: 'Medical helpline (116 117)', number: '116117' },
  },
  DK: { region: 'DK', label: 'Denmark', emergency: '112' },
  PL: { region: 'PL', label: 'Poland', emergency: '112' },
  AU: {
    region: 'AU',
    label: 'Australia',
    emergency: '000',
    nonEmergency: { label: 'healthdirect (1800 022 222)', number: '1800022222' },
    note: '112 also works from mobile phones.',
  },
  NZ: {
    region: 'NZ',
    label: 'New Zealand',
    emergency: '111',
    nonEmergency: { label: 'Healthline (0800 611 116)', number: '0800611116' },
  },
  JP: {
    region: 'JP',
    label: 'Japan',
    emergency: '119',
    nonEmergency: { label: '#7119 (advice on whether you need an ambulance, most areas)', number: '#7119' },
  },
  IN: { region: 'IN', label: 'India', emergency: '112', note: '108 is the ambulance in most states.' },
  ZA: { region: 'ZA', label: 'South Africa', emergency: '112', note: '112 works from mobile phones; 10177 is the ambulance from any phone.' },
  SG: { region: 'SG', label: 'Singapore', emergency: '995' },
  HK: { region: 'HK', label: 'Hong Kong', emergency: '999' },
  BR: { region: 'BR', label: 'Brazil', emergency: '192', note: '192 is the ambulance (SAMU).' },
  EU: { region: 'EU', label: 'Europe (other countries)', emergency: '112' },
  INTL: {
    region: 'INTL',
    label: 'Other country',
    emergency: '112',
    note: '112 works from most mobile phones. Choose your country in Settings to be sure.',
  },
}

/** EU and EEA countries without their own entry: all of them answer 112. */
const EUROPE_112 = new Set([
  'BG', 'CY', 'CZ', 'EE', 'GR', 'HR', 'HU', 'IS', 'LI', 'LT', 'LU', 'LV', 'MT', 'RO', 'SI', 'SK',
])

/** Language-only tags that point to one country clearly enough to pick its number. */
const LANGUAGE_REGION: Readonly<Record<string, string>> = {
  ja: 'JP',
  de: 'DE',
  fr: 'FR',
  it: 'IT',
  nl: 'NL',
  sv: 'SE',
  fi: 'FI',
  da: 'DK',
  pl: 'PL',
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
}

/**
 * The region (a key of EMERGENCY_NUMBERS) to default to for a BCP 47 locale such as the browser's
 * `navigator.language`: 'en-GB' -> 'GB', 'fr' -> 'FR', 'cs-CZ' -> 'EU'.
 * 'UK' is read as 'GB'. A locale with no usable region, or a region not in the table, gives DEFAULT_REGION
 * ('INTL', 112) rather than guessing 911: 112 is the number most likely to connect from a phone anywhere.
 * Pure: the caller passes the locale.
 */
export function regionFromLocale(locale: string): string {
  const parts = locale.trim().replace(/_/g, '-').split('-')
  const language = (parts[0] ?? '').toLowerCase()
  // The region subtag is the first two-letter subtag after the language (a script subtag has four letters).
  const regionTag = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p))
  if (regionTag !== undefined) {
    const region = regionTag.toUpperCase() === 'UK' ? 'GB' : regionTag.toUpperCase()
    if (EMERGENCY_NUMBERS[region]) return region
    if (EUROPE_112.has(region)) return 'EU'
    return DEFAULT_REGION
  }
  return LANGUAGE_REGION[language] ?? DEFAULT_REGION
}

/** The numbers for a region code, falling back to DEFAULT_REGION for an unknown code. */
export function emergencyNumberFor(region: string): EmergencyNumber {
  const found = EMERGENCY_NUMBERS[region] ?? EMERGENCY_NUMBERS[DEFAULT_REGION]
  if (!found) throw new Error('EMERGENCY_NUMBERS lacks the default region') // unreachable: the table has it
  return found
}

/** A `tel:` link for a number: spaces dropped, and '#' encoded as a URI needs (Japan's #7119). */
export function telHref(number: string): string {
  return `tel:${number.replace(/\s+/g, '').replace(/#/g, '%23')}`
}
