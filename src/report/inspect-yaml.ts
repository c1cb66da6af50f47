/**
 * `inspect --format yaml`: the JSON shape of DESIGN §6 written by the yaml library, which is loaded
 * for this format only (the text report writes its snippet without it, issue 10).
 */
import { stringify } from 'yaml'
import { toInspectJson, type InspectEntry } from './inspect.js'
import { guardLines } from './stdout-guard.js'

export function renderInspectYaml(entries: readonly InspectEntry[]): string {
  // Block scalars keep a value's line breaks: a file name with `\n::warning::` must not start a command.
  return guardLines(stringify(toInspectJson(entries)))
}
