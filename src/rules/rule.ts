/**
 * The shape every rule shares (after ESLint's rules): metadata for docs, reports and SARIF, and a pure
 * check from the declaration and the collected facts to findings. Adding a rule means adding its module,
 * its docs page and its test, and one line in the registry.
 */
import type { Finding, Severity, SourceLocation } from '../findings.js'
import type { LoadedDeclaration, KeyPath } from '../declaration/load.js'
import type { AppDeclaration } from '../declaration/schema.js'
import type { AppScope, Mode } from '../scope.js'
import type { ArtifactFacts } from '../artifacts/facts.js'
import type { SourceFacts } from '../sources/facts.js'
import { parseFilingNumber, type ParseResult } from '../filing/number.js'

export interface RuleMeta {
  /** Stable kebab-case id: used in findings, waivers, SARIF and docs/rules/<id>.md. */
  id: string
  /** One line: what the rule fails on. */
  description: string
  defaultSeverity: Severity
}

export interface RuleContext {
  declaration: LoadedDeclaration
  mode: Mode
  /** YYYY-MM-DD: the clock, overridable for reproducible runs. */
  today: string
  /** Every declared app with its scope for this run. */
  apps: readonly AppScope[]
  /** Apps in scope that are bound for at least one mainland store: the ones filing rules judge. */
  judged: readonly AppScope[]
  tag?: string
  /** The release version (from the version input or the tag). */
  version?: string
  artifacts?: ArtifactFacts
  /** Warn when an iOS / HarmonyOS signing certificate expires within this many days (default 30). */
  certificateExpiryDays?: number
  sources?: SourceFacts
}

export interface Rule {
  meta: RuleMeta
  /** Absent for the rules whose findings the loader reports (declaration-syntax, declaration-schema). */
  check?: (context: RuleContext) => Finding[]
}

/** Builds findings for one rule, so a rule never misspells its own id. */
export function reporter(meta: RuleMeta) {
  return (
    severity: Severity,
    message: string,
    options: { app?: string; location?: SourceLocation } = {},
  ): Finding => ({
    rule: meta.id,
    severity,
    ...(options.app !== undefined ? { app: options.app } : {}),
    message,
    ...(options.location ? { location: options.location } : {}),
  })
}

/** Location of a key path inside `apps[index]`. */
export function appLocation(
  context: RuleContext,
  scope: AppScope,
  path: KeyPath,
  part?: 'key' | 'value',
): SourceLocation {
  return context.declaration.locate(['apps', scope.index, ...path], part)
}

/**
 * `{ app, location }` for a finding about `apps[index]` at `path`, the location found only when a
 * finding reads it: a rule prepares this for every app, but a passing app (nearly all) needs no
 * position, and finding one reads the YAML again (issue 10).
 */
export function appAt(
  context: RuleContext,
  scope: AppScope,
  path: KeyPath,
  part?: 'key' | 'value',
): { app: string; readonly location: SourceLocation } {
  return new LazyAppPlace(context, scope, path, part)
}

/**
 * A class rather than an object literal with a getter: V8 builds such a literal on a slow path, which
 * cost more than the rest of a rule's work on a passing app. The getter is on the prototype, so the
 * place is passed as it is (reporter reads `location`), never spread.
 */
class LazyAppPlace {
  readonly app: string
  private found: SourceLocation | undefined

  constructor(
    private readonly context: RuleContext,
    private readonly scope: AppScope,
    private readonly path: KeyPath,
    private readonly part: 'key' | 'value' | undefined,
  ) {
    this.app = scope.app.id
  }

  get location(): SourceLocation {
    return (this.found ??= appLocation(this.context, this.scope, this.path, this.part))
  }
}

const parsedNumbers = new WeakMap<RuleContext, Map<string, ParseResult>>()

/**
 * An app's filing number parsed once per run: filing-number-format and filing-holder both read every
 * app's number. The result is shared between rules, so it is only read, never changed.
 */
export function parsedFilingNumber(context: RuleContext, raw: string): ParseResult {
  let parsed = parsedNumbers.get(context)
  if (!parsed) parsedNumbers.set(context, (parsed = new Map()))
  let result = parsed.get(raw)
  if (!result) parsed.set(raw, (result = parseFilingNumber(raw)))
  return result
}

/**
 * The store `release.channels` maps a channel package's channel to, if any. The channel is read from
 * the APK, so it is looked up as an own key: a channel named `valueOf` maps to no store, not to what
 * every object inherits.
 */
export function channelStore(app: AppDeclaration, channel: string): string | undefined {
  const channels = app.release?.channels
  return channels !== undefined && Object.hasOwn(channels, channel) ? channels[channel] : undefined
}
