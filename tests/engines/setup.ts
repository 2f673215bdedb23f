import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { REPORT_DIR } from '../journeys/capabilities'

/** Before the engine suite: last run's Firefox and WebKit results go, so the table shows only this run's. */
export default function setup(): void {
  for (const engine of ['firefox', 'webkit']) rmSync(join(REPORT_DIR, `${engine}.json`), { force: true })
}
