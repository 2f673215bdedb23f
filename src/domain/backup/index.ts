/**
 * The backup file: writing it (./format.ts), checking a file someone picked (./parse.ts, ./validate.ts) and planning
 * how its records join what is on the device (./merge.ts, ./preview.ts). Loaded only when a backup is made or read.
 */
export * from './format'
export * from './merge'
export * from './parse'
export * from './preview'
export * from './tables'
export { CHECK_CHUNK, checkTables, type CheckedTables, type CheckProgress, type OnProgress } from './validate'
