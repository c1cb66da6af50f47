/**
 * The `key=value` ground-truth files that scripts/fixtures/ios.sh and harmony.sh write next to each
 * fixture (what openssl, plistutil and python said), read as a record.
 */
import { readFileSync } from 'node:fs'

export function readRecord(file: string): Record<string, string> {
  const record: Record<string, string> = {}
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const eq = line.indexOf('=')
    if (line.startsWith('#') || eq < 0) continue
    record[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return record
}
