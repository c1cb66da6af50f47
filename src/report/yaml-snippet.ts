/**
 * The YAML `inspect` prints for pasting into china-filing.yml: nested mappings of strings, as the
 * `yaml` library's stringify writes them for the identities artifacts carry (package names, bundle
 * ids, hex fingerprints, base64 keys), without loading that library for one snippet (issue 10).
 *
 * A string is written plain when YAML reads it back as that same string; anything else (a value that
 * would read as a number or boolean, or any character beyond the safe set) is written double-quoted
 * as JSON, which YAML 1.2 reads back exactly.
 */
import { plainIsString } from '../declaration/yaml-scalars.js'

export type Snippet = { [key: string]: string | Snippet }

const SAFE_PLAIN = /^[A-Za-z0-9._/+=-]+$/

export function yamlScalar(value: string): string {
  // Plain when YAML reads it back as this string: safe characters, no null, boolean or number
  // reading, and not a lone `-` (a list item).
  if (SAFE_PLAIN.test(value) && value !== '-' && plainIsString(value)) return value
  return JSON.stringify(value)
}

export function snippetYaml(snippet: Snippet, indent = ''): string {
  return Object.entries(snippet)
    .map(([key, value]) =>
      typeof value === 'string'
        ? `${indent}${yamlScalar(key)}: ${yamlScalar(value)}\n`
        : `${indent}${yamlScalar(key)}:\n${snippetYaml(value, `${indent}  `)}`,
    )
    .join('')
}
