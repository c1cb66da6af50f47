/**
 * `inspect --format yaml`: the JSON shape of DESIGN §6 written by the yaml library, which is loaded
 * for this format only (the text report writes its snippet without it, issue 10).
 */
import { Scalar, stringify } from 'yaml'
import { escapeJsonLeftovers } from '../excerpt.js'
import { toInspectJson, type InspectEntry } from './inspect.js'

export function renderInspectYaml(entries: readonly InspectEntry[]): string {
  // Every value on its key's line: a string with line breaks is double-quoted with `\n` escapes, not
  // a block scalar, and no string is folded onto the next line. A value (a file name with
  // `\n::warning::`, a message with ` ::error::`) can then never begin a line, where the runner would
  // read it as a workflow command, and the file still parses back to the JSON report. A string with a
  // character the library leaves raw is double-quoted, where a \uXXXX escape reads back the same.
  const quoteRaw = (_key: unknown, value: unknown) =>
    typeof value === 'string' && escapeJsonLeftovers(value) !== value
      ? Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE })
      : value
  return escapeJsonLeftovers(stringify(toInspectJson(entries), quoteRaw, { blockQuote: false, lineWidth: 0 }))
}
