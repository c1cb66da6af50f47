/**
 * `inspect --format yaml`: the JSON shape of DESIGN §6 written by the yaml library, which is loaded
 * for this format only (the text report writes its snippet without it, issue 10).
 */
import { stringify } from 'yaml'
import { toInspectJson, type InspectEntry } from './inspect.js'

export function renderInspectYaml(entries: readonly InspectEntry[]): string {
  // Every value on its key's line: a string with line breaks is double-quoted with `\n` escapes, not
  // a block scalar, and no string is folded onto the next line. A value (a file name with
  // `\n::warning::`, a message with ` ::error::`) can then never begin a line, where the runner would
  // read it as a workflow command, and the file still parses back to the JSON report.
  return stringify(toInspectJson(entries), { blockQuote: false, lineWidth: 0 })
}
