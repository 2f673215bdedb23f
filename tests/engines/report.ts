import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPORT_DIR, capabilityTable } from '../journeys/capabilities'

/** After the engine suite: prints the features each engine offered the app, as measured, and keeps the table. */
export default function report(): void {
  if (!existsSync(REPORT_DIR)) return
  const table = capabilityTable()
  writeFileSync(join(REPORT_DIR, 'capabilities.md'), table + '\n')
  console.log(`\nFeatures by engine, as measured by the journeys (${join(REPORT_DIR, 'capabilities.md')}):\n\n${table}\n`)
}
