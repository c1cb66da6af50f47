/**
 * Turns zod issues into findings a user can act on: the key path, the bad value, and what to write
 * instead, at the line and column of the offending node. A raw ZodError never reaches a user.
 */
import type * as z from 'zod/mini'
import type { Finding, SourceLocation } from '../findings.js'
import { declarationSchema } from './schema.js'
import { closestMatch } from './suggest.js'
import { quoteExcerpt } from '../excerpt.js'
import { plainIsString } from './yaml-scalars.js'
import type { KeyPath } from './load.js'

type Issue = z.core.$ZodIssue

/** `apps[0].hosting[1].region`, the way users find a key in their file. */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`
      // A key is the user's text: a plain key as is, anything odd as a short escaped excerpt.
      const text = /^[\w$-]{1,40}$/.test(String(segment))
        ? String(segment)
        : quoteExcerpt(String(segment), 40)
      return i === 0 ? text : `.${text}`
    })
    .join('')
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'an empty value'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  // A short, escaped excerpt only: the file may be anything (a symlink to /etc/passwd or .git/config).
  if (typeof value === 'string') return quoteExcerpt(value)
  return `${typeof value} ${quoteExcerpt(String(value)).slice(1, -1)}`
}

const EXPECTED_WORDS: Record<string, string> = {
  object: 'a mapping (key: value lines)',
  array: 'a list (lines starting with "- ")',
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[segment]
  }
  return node
}

/** The keys zod's schema allows at a path, for "did you mean" on unknown keys. */
function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: unknown = declarationSchema
  const unwrap = (s: unknown): unknown => {
    let current = s as { def?: { type?: string; innerType?: unknown; element?: unknown } }
    while (
      current?.def &&
      (current.def.type === 'optional' || current.def.type === 'nullable' || current.def.type === 'default')
    ) {
      current = current.def.innerType as typeof current
    }
    return current
  }
  for (const segment of path) {
    const current = unwrap(schema) as {
      def?: { type?: string; shape?: Record<string, unknown>; element?: unknown }
    }
    if (current?.def?.type === 'object' && typeof segment === 'string') schema = current.def.shape?.[segment]
    else if (current?.def?.type === 'array' && typeof segment === 'number') schema = current.def.element
    else return []
  }
  const target = unwrap(schema) as { def?: { type?: string; shape?: Record<string, unknown> } }
  return target?.def?.type === 'object' ? Object.keys(target.def.shape ?? {}) : []
}

function appIdFor(root: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'apps' || typeof path[1] !== 'number') return undefined
  const id = valueAt(root, ['apps', path[1], 'id'])
  return typeof id === 'string' ? id : undefined
}

function finding(message: string, location: SourceLocation, app: string | undefined): Finding {
  return { rule: 'declaration-schema', severity: 'error', ...(app ? { app } : {}), message, location }
}

function missingKey(
  path: (string | number)[],
  expected: string,
  app: string | undefined,
  locate: (path: KeyPath, part?: 'key' | 'value') => SourceLocation,
): Finding {
  const key = String(path[path.length - 1])
  const parent = path.slice(0, -1)
  return finding(
    `${parent.length ? formatKeyPath(parent) : 'top level'}: missing required key "${key}". Add ${key}: ${expected}.`,
    locate(parent, 'key'),
    app,
  )
}

/**
 * @param sourceAt the text a location spans in the file, as written (undefined where it spans lines):
 * a hint that quotes a plain number or boolean quotes what the user wrote, not what YAML made of it.
 */
export function schemaIssueToFinding(
  issue: Issue,
  root: unknown,
  file: string,
  locate: (path: KeyPath, part?: 'key' | 'value') => SourceLocation,
  sourceAt: (location: SourceLocation) => string | undefined,
): Finding[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  const app = appIdFor(root, path)
  const where = path.length ? formatKeyPath(path) : file
  const actual = valueAt(root, path)

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const near = closestMatch(key, allowedKeysAt(path))
        const allowed = allowedKeysAt(path)
        const hint = near
          ? `Did you mean "${near}"?`
          : allowed.length
            ? `Allowed keys: ${allowed.join(', ')}.`
            : 'Remove it.'
        return finding(
          `${path.length ? where : 'top level'}: unknown key ${quoteExcerpt(key)}. ${hint}`,
          locate([...path, key], 'key'),
          app,
        )
      })
    case 'invalid_type': {
      if (actual === undefined)
        return [missingKey(path, `${EXPECTED_WORDS[issue.expected] ?? issue.expected}`, app, locate)]
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected
      const location = locate(path)
      let quoteHint = ''
      if (issue.expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean')) {
        // Quoted as written: YAML's number for 0123, 0x1F, 1.10 or a 300-digit key is another text. Only
        // a plain scalar is written as its value; an alias (*k) or a tagged one (!!int "7") is not.
        const written = sourceAt(location)
        const asWritten = written !== undefined && !plainIsString(written) ? written : String(actual)
        quoteHint = ` YAML read it as ${typeof actual}: put it in quotes, e.g. ${quoteExcerpt(asWritten)}.`
      }
      return [
        finding(`${where}: expected ${expected}, found ${describeValue(actual)}.${quoteHint}`, location, app),
      ]
    }
    case 'invalid_value': {
      const options = issue.values.map(String)
      if (actual === undefined)
        return [
          missingKey(path, options.length === 1 ? options[0]! : `one of ${options.join(', ')}`, app, locate),
        ]
      const near = typeof actual === 'string' ? closestMatch(actual, options) : undefined
      const list = options.length === 1 ? options[0] : `one of ${options.join(', ')}`
      return [
        finding(
          `${where}: ${describeValue(actual)} is not allowed; write ${list}.${near ? ` Did you mean "${near}"?` : ''}`,
          locate(path),
          app,
        ),
      ]
    }
    case 'too_small':
      return [
        finding(
          issue.origin === 'array'
            ? `${where}: the list is empty; list at least ${String(issue.minimum)} item.`
            : `${where}: must not be empty.`,
          locate(path),
          app,
        ),
      ]
    case 'invalid_format':
      return [
        finding(`${where}: ${describeValue(actual)} is malformed: ${issue.message}.`, locate(path), app),
      ]
    case 'invalid_union':
      return [
        finding(
          `${where}: ${describeValue(actual)} is not valid here: expected a glob or a list of globs.`,
          locate(path),
          app,
        ),
      ]
    case 'custom': {
      const hint = (issue.params as { hint?: string } | undefined)?.hint
      const fix = hint
        ? ` ${hint.charAt(0).toUpperCase()}${hint.slice(1)}${/[.?!]$/.test(hint) ? '' : '.'}`
        : ''
      return [finding(`${where}: ${issue.message}.${fix}`, locate(path), app)]
    }
    default:
      return [finding(`${where}: ${issue.message}.`, locate(path), app)]
  }
}
