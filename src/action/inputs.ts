/**
 * The action's inputs, with their defaults in this one place (action.yml declares only `token`'s, which
 * must be an expression). Every input is validated here; a bad value is a UsageError naming the input.
 */
import { MODES, type Mode } from '../scope.js'
import { FAIL_ON_LEVELS, type FailOn } from '../verdict.js'
import { UsageError } from '../usage-error.js'
import { parseExpiryDays, parseToday } from '../check.js'
import { validVersion } from '../release/version.js'

export interface ActionInputs {
  config: string
  /** Undefined: inferred from the event. */
  mode?: Mode
  apps?: string[]
  stores?: string[]
  artifacts?: string[]
  version?: string
  failOn: FailOn
  token?: string
  checkRun: boolean
  sarifFile?: string
  reportFile?: string
  releaseNotes: boolean
  today?: string
  /** Warn when an iOS / HarmonyOS signing certificate expires within this many days. */
  certificateExpiryDays: number
}

export const INPUT_DEFAULTS = {
  config: 'china-filing.yml',
  'fail-on': 'error',
  'check-run': 'false',
  'release-notes': 'false',
  'certificate-expiry-days': '30',
} as const

export type GetInput = (name: string) => string

/**
 * A list input: one item a line, `#` lines ignored. Names (apps, stores) may also be comma-separated;
 * globs may not, since a comma belongs to their brace syntax (`*.{apk,aab}`), as in actions/upload-artifact.
 */
function listInput(value: string, separator: RegExp = /[\n,]/): string[] | undefined {
  const items = value
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'))
  return items.length ? items : undefined
}

function booleanInput(name: string, value: string): boolean {
  const v = value.trim().toLowerCase()
  if (['true', 'yes', '1', 'on'].includes(v)) return true
  if (['false', 'no', '0', 'off', ''].includes(v)) return false
  throw new UsageError(`input ${name} must be true or false, not "${value}"`)
}

function enumInput<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`)
  return value as T
}

/**
 * A release version, as the CLI's --version takes it: a semver version (a leading v is allowed). semver
 * must be loaded first (loadSemver in src/release/version.ts; the action's run() does).
 */
function semverInput(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const version = validVersion(value)
  if (version === null)
    throw new UsageError(`input ${name} must be a semver version such as 2.3.0, not "${value}"`)
  return version
}

export function readInputs(getInput: GetInput): ActionInputs {
  const get = (name: string) =>
    getInput(name).trim() || (INPUT_DEFAULTS as Record<string, string>)[name] || ''
  const mode = get('mode')
  const optional = (name: string) => get(name) || undefined
  return {
    config: get('config'),
    ...(mode ? { mode: enumInput('mode', mode, MODES) } : {}),
    apps: listInput(get('apps')),
    stores: listInput(get('stores')),
    artifacts: listInput(getInput('artifacts'), /\n/),
    version: semverInput('version', optional('version')),
    failOn: enumInput('fail-on', get('fail-on'), FAIL_ON_LEVELS),
    token: optional('token'),
    checkRun: booleanInput('check-run', get('check-run')),
    sarifFile: optional('sarif-file'),
    reportFile: optional('report-file'),
    releaseNotes: booleanInput('release-notes', get('release-notes')),
    ...(get('today') ? { today: parseToday(get('today')) } : {}),
    certificateExpiryDays: parseExpiryDays('input certificate-expiry-days', get('certificate-expiry-days')),
  }
}
