/**
 * The words for what a backup holds: one place for the table names in the import preview and in every message
 * about a record ("Drink 3 has an amount of 0 ml..."), and the names of the settings a preview lists.
 */
export interface TableWords {
  /** A heading in the preview, e.g. "Drinks". */
  label: string
  /** One record, at the start of a sentence: "Drink 3 has...". */
  one: string
  /** Several, inside a sentence: "the backup's drinks are not a list". */
  many: string
}

/** By table name (src/domain/backup/phrases.ts checks that every table has its words, and only those). */
export const TABLE_WORDS = {
  settings: { label: 'Settings', one: 'Setting', many: 'settings' },
  screenings: { label: 'Symptom checks', one: 'Symptom check', many: 'symptom checks' },
  gateEvents: { label: '"Seek care now" warnings', one: '"Seek care now" event', many: '"seek care now" events' },
  runs: { label: 'Routine runs', one: 'Routine run', many: 'routine runs' },
  sessions: { label: 'Sessions', one: 'Session', many: 'sessions' },
  painEntries: { label: 'Pain entries', one: 'Pain entry', many: 'pain entries' },
  waterEntries: { label: 'Drinks', one: 'Drink', many: 'drinks' },
} as const satisfies Readonly<Record<string, TableWords>>

/** Each setting and each part of a grouped setting, as the preview names it. */
export const SETTING_WORDS: Readonly<Record<string, string>> = {
  region: 'Region for the emergency number',
  regionAskedFor: 'Region last suggested by the time zone',
  cues: 'Cues during routines',
  water: 'Water settings',
  reminders: 'Reminder settings',
  volumeUnit: 'Units for drinks',
  voice: 'Spoken cues',
  beep: 'Beeps',
  vibration: 'Vibration',
  goalMl: 'Daily drinks goal',
  quickAddMl: 'Drink buttons',
  limitMl: 'Daily drinks limit from your doctor or nurse',
  hotDay: 'Hot day',
  activeDay: 'Active day',
  enabled: 'Drink reminders',
  intervalMin: 'Minutes between reminders',
  quietStart: 'Quiet hours from',
  quietEnd: 'Quiet hours to',
  notify: 'Phone notifications for reminders',
  travelMode: 'Travel mode',
  clotCheckedOn: 'Day the clot-sign check was last answered',
}
