/**
 * The words of the backup checks: every refusal and every record left out is a sentence a person can act on.
 */
import type * as v from 'valibot'
import { TABLE_WORDS, type TableWords } from '../../content/backupWords'
import type { TableName } from './tables'

// Every table has its words, and no words name a table that does not exist.
const wordsForEveryTable: Readonly<Record<TableName, TableWords>> = TABLE_WORDS
const noOtherTables: Record<keyof typeof TABLE_WORDS, true> = {} as Record<TableName, true>
void wordsForEveryTable
void noOtherTables

/** Field names as a person would say them, for "is missing its …". */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  id: 'id',
  key: 'name',
  value: 'value',
  at: 'time',
  timeZone: 'time zone',
  dayKey: 'day',
  findings: 'findings',
  disposition: 'outcome',
  plans: 'plans',
  cautions: 'cautions',
  onsetAt: 'pain start time',
  kind: 'kind',
  level: 'level',
  source: 'source',
  screeningId: 'symptom check id',
  reasons: 'reasons',
  clearedBy: '"cleared by" value',
  assessedOn: 'assessment day',
  routineId: 'routine',
  startedAt: 'start time',
  pauses: 'pauses',
  shifts: 'skip offsets',
  status: 'status',
  endedAt: 'end time',
  painBefore: 'pain score before',
  painAfter: 'pain score after',
  completed: '"completed" mark',
  runId: 'run id',
  score: 'pain score',
  where: 'place',
  note: 'note',
  ml: 'amount',
  until: 'end time',
}

export const MSG = {
  notJson: 'This file is not a backup from this app (it is not a JSON file).',
  truncated: 'The file is cut off or damaged (it is not complete JSON).',
  empty: 'The file is empty.',
  blank: 'The file is empty (it contains only spaces or blank lines).',
  manyBoms:
    'The file starts with invisible characters that a backup never has (more than one byte-order mark), so it was changed after it was made. Open it in a text editor, save it as plain UTF-8, and try again.',
  tooDeep: 'The file is damaged or not a backup (it is nested too deeply to read).',
  wrongFormat: 'This file is not a backup from this app.',
  noVersion: 'The backup does not say which version of the backup format it uses, so it cannot be opened.',
  noTables: 'The backup has no data in it (its tables are missing); the file is incomplete or damaged.',
  tablesNotGroup: 'The backup’s data is not in the expected form (its tables are not a group of lists).',
  badAppVersion: 'The backup does not say which version of the app made it, so it is not a complete backup.',
  badCreatedAt: 'The backup’s creation date is missing or not a valid date.',
  noChecksum: 'The backup has no valid checksum, so the app cannot check that it is complete.',
  checksum:
    'The backup has been changed or damaged since it was made (its checksum does not match its contents), so it cannot be trusted.',
}

/** A value shown inside a sentence. */
export function show(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)
  if (typeof x === 'number') return Number.isFinite(x) ? String(x) : 'an impossibly large number'
  if (x === null) return 'null'
  if (Array.isArray(x)) return 'a list'
  if (typeof x === 'object') return 'a group of fields'
  return String(x)
}

/** What kind of thing a value is, for "is … instead of …". */
export function kindOf(x: unknown): string {
  if (typeof x === 'string') return `text (${show(x)})`
  if (typeof x === 'number') return `the number ${show(x)}`
  if (typeof x === 'boolean') return `a yes/no value (${x})`
  if (x === null) return 'empty (null)'
  if (x === undefined) return 'missing'
  if (Array.isArray(x)) return 'a list'
  return 'a group of fields'
}

const EXPECTED_KIND: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'text',
  boolean: 'a yes/no value',
  array: 'a list',
}

/** An instant as "2025-06-15 12:00 UTC". */
export function showInstant(ms: number): string {
  // Beyond ±8.64e15 ms a Date is invalid; show the raw number rather than throw.
  if (Math.abs(ms) > 8.64e15) return String(ms)
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

export type Phrase = (issue: v.BaseIssue<unknown>) => string

/**
 * The phrase for a bad field, completed later by the record's name: "has an amount of -200 ml; amounts must be …".
 * One function serves every check of the field, so a person gets one clear sentence per problem.
 */
export function fieldPhrase(what: string, rule: string, unit = ''): Phrase {
  return (issue) => {
    const x = issue.input
    if (issue.kind === 'schema' && Object.hasOwn(EXPECTED_KIND, issue.type)) {
      return `has ${what} that is ${kindOf(x)} instead of ${EXPECTED_KIND[issue.type]}; ${rule}`
    }
    if (typeof x === 'number' && !Number.isFinite(x)) return `has ${what} that is too large to be a real number; ${rule}`
    if (typeof x === 'string' && x.length > 40) return `has ${what} that is ${x.length} characters long; ${rule}`
    if (Array.isArray(x)) return `has ${what} with ${x.length} items; ${rule}`
    return `has ${what} of ${show(x)}${typeof x === 'number' ? unit : ''}; ${rule}`
  }
}

export function instantPhrase(what: string): Phrase {
  return (issue) => {
    const x = issue.input
    if (typeof x !== 'number') return `has ${what} that is ${kindOf(x)} instead of a time (a number of milliseconds)`
    if (!Number.isFinite(x)) return `has ${what} that is too large to be a real time`
    return `has ${what} of ${showInstant(x)}, which is before the year 2000`
  }
}

export function objectPhrase(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === 'never') return `has a field ${show(issue.input)} that this app does not know`
  const last = issue.path?.[issue.path.length - 1]
  if (last && last.type === 'object' && last.origin === 'key') {
    const key = String(last.key)
    return `is missing its ${Object.hasOwn(FIELD_WORDS, key) ? FIELD_WORDS[key] : key}`
  }
  return `is ${kindOf(issue.input)} instead of a record`
}

/** The record's name in a sentence ("Drink 3"), with a pause number when the problem is inside a run's pause. */
export function recordLabel(table: TableName, index: number, path?: v.BaseIssue<unknown>['path']): string {
  let label = `${TABLE_WORDS[table].one} ${index + 1}`
  let parentKey: unknown
  for (const item of path ?? []) {
    if (item.type === 'array' && parentKey === 'pauses') label += ` (pause ${Number(item.key) + 1})`
    parentKey = item.key
  }
  return label
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Collects messages up to a cap, so a file with 100,000 bad entries gives a readable list, not a wall. */
export class Problems {
  static readonly MAX = 20
  readonly list: string[] = []
  private extra = 0
  add(message: string): void {
    if (this.list.includes(message)) return
    if (this.list.length < Problems.MAX) this.list.push(message)
    else this.extra++
  }
  get any(): boolean {
    return this.list.length > 0
  }
  /** The messages, with "…and N more problems." when the cap was reached. */
  messages(more = 'problems'): string[] {
    const out = [...this.list]
    if (this.extra > 0) out.push(`…and ${this.extra.toLocaleString('en')} more ${more}.`)
    return out
  }
}
