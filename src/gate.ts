/**
 * The gate: a loaded declaration plus collected facts → findings → verdict. Pure: every input is passed
 * in (the clock too), so tests call it directly and the CLI and the action share it.
 */
import { compareFindings, findingPlace, type Finding } from './findings.js'
import { boundMessage } from './excerpt.js'
import { collectEvidence, type Evidence } from './report/evidence.js'
import type { LoadResult } from './declaration/load.js'
import type { Declaration } from './declaration/schema.js'
import type { ArtifactFacts } from './artifacts/facts.js'
import type { SourceFacts } from './sources/facts.js'
import { resolveScope, type AppScope, type Mode } from './scope.js'
import { artifactOwner, boundForMainland } from './rules/artifact-identity.js'
import { runRules } from './rules/index.js'
import { waiverInForce } from './rules/waiver.js'
import { decideVerdict, isBlocking, type FailOn, type Verdict } from './verdict.js'

export interface GateInput {
  load: LoadResult
  mode: Mode
  failOn: FailOn
  /** YYYY-MM-DD. */
  today: string
  apps?: readonly string[]
  stores?: readonly string[]
  tag?: string
  version?: string
  artifacts?: ArtifactFacts
  /** Days before a signing certificate's expiry to warn (certificate-expiry rule; default 30). */
  certificateExpiryDays?: number
  sources?: SourceFacts
}

export interface AppResult {
  id: string
  name: string
  kind: string
  inScope: boolean
  /** Why the app was not judged, when it was not. */
  reason?: string
  filingNumber: string | null
  filingStatus: string
  stores: string[]
  mainlandStores: string[]
  hosting: string[]
  verdict: 'pass' | 'fail' | 'skipped'
  /**
   * True when the app reads fail only because a finding about no app blocks a release (an artifact
   * that cannot be read): the reports say so on its row, which has no blocking finding of its own.
   */
  blockedByRun?: true
}

export interface GateResult {
  /** `fail` whenever a judged app (or the run) has a blocking finding, even with `fail-on: never`. */
  verdict: Verdict
  /** False with `fail-on: never`: the verdict is reported but does not fail the step or the exit code. */
  enforced: boolean
  mode: Mode
  failOn: FailOn
  today: string
  tag?: string
  version?: string
  /** The declaration file, as shown to users. */
  config: string
  apps: AppResult[]
  findings: Finding[]
  blocking: string[]
  /** In-scope apps with a filing number: { appId: number }. */
  filingNumbers: Record<string, string>
  /** What was checked: every artifact read and every source identity found. */
  evidence: Evidence
}

/**
 * The findings that block this run, by severity, as the step's failure message counts them: a finding
 * about an app the run does not judge (another app's expired waiver) is reported but blocks nothing,
 * and warnings block only with `fail-on: warning` (verdict.ts).
 */
export function blockingCounts(result: GateResult): { errors: number; warnings: number } {
  const notJudged = result.apps.filter((a) => !a.inScope).map((a) => a.id)
  const blocking = result.findings.filter((f) => isBlocking(f, result.failOn, { judged: [], notJudged }))
  return {
    errors: blocking.filter((f) => f.severity === 'error').length,
    warnings: blocking.filter((f) => f.severity === 'warning').length,
  }
}

export function runGate(input: GateInput): GateResult {
  const declaration = input.load.declaration
  const config = declaration?.file ?? input.load.findings[0]?.location?.file ?? 'china-filing.yml'
  if (!declaration) {
    const findings = finalizeFindings(input.load.findings)
    const verdict = decideVerdict(findings, input.failOn, { judged: [] })
    return {
      ...header(input, config),
      verdict: verdict.verdict,
      enforced: verdict.enforced,
      apps: [],
      findings,
      blocking: verdict.blocking,
      filingNumbers: {},
      evidence: collectEvidence({ artifacts: input.artifacts, sources: input.sources, apps: [] }),
    }
  }

  const scope = resolveScope(declaration.data, {
    mode: input.mode,
    apps: input.apps,
    stores: input.stores,
    tag: input.tag,
  })
  if (input.mode === 'release' && input.artifacts) judgeShippedApps(scope, input.artifacts)
  const raw = runRules({
    declaration,
    mode: input.mode,
    today: input.today,
    apps: scope,
    judged: scope.filter((s) => s.inScope && s.mainlandStores.length > 0),
    ...(input.tag !== undefined ? { tag: input.tag } : {}),
    ...(input.version !== undefined ? { version: input.version } : {}),
    ...(input.artifacts ? { artifacts: input.artifacts } : {}),
    ...(input.certificateExpiryDays !== undefined
      ? { certificateExpiryDays: input.certificateExpiryDays }
      : {}),
    ...(input.sources ? { sources: input.sources } : {}),
  })
  const findings = finalizeFindings(applyWaivers(raw, declaration.data, input.today))
  const verdict = decideVerdict(findings, input.failOn, {
    judged: scope.filter((s) => s.inScope).map((s) => s.app.id),
    notJudged: scope.filter((s) => !s.inScope).map((s) => s.app.id),
    release: input.mode === 'release',
  })
  const blocked = new Set(verdict.blocking)
  const apps = scope.map((s) => appResult(s, blocked))
  if (verdict.blockedByRun.length > 0) {
    const byRun = new Set(verdict.blockedByRun)
    for (const app of apps) if (byRun.has(app.id)) app.blockedByRun = true
  }
  return {
    ...header(input, config),
    verdict: verdict.verdict,
    enforced: verdict.enforced,
    apps,
    findings,
    blocking: verdict.blocking,
    evidence: collectEvidence({ artifacts: input.artifacts, sources: input.sources, apps: scope }),
    filingNumbers: filingNumbersOf(apps),
  }
}

/**
 * A release ships its artifacts (the artifacts input): an app whose build is among them is judged,
 * whether or not its tags or the apps input selected it, so that no build goes out under a verdict
 * that never looked at its app (a pending app's APK in another app's release, say). Its artifact is
 * then judged against its own filing, as every artifact is.
 */
function judgeShippedApps(scope: AppScope[], artifacts: ArtifactFacts): void {
  for (const result of artifacts.results) {
    if (!result.identity) continue
    const owner = artifactOwner(scope, result.identity)
    if (!owner || (owner.inScope && !owner.shippedIn)) continue
    // Only a build bound for a mainland store needs its app judged: not one of an app with no
    // mainland store in this run, nor a channel package its channel maps to a store outside.
    if (owner.mainlandStores.length === 0 || !boundForMainland(owner, result.identity)) continue
    owner.inScope = true
    delete owner.reason
    ;(owner.shippedIn ??= []).push(result.file)
  }
}

/**
 * `{ appId: number }` of the in-scope apps with a filing number, on an object without a prototype:
 * V8 keeps such an object a hash table, while adding keys one by one to an ordinary object makes a
 * hidden class per key, quadratic in the number of apps (22M instructions for 1,000; issue 10). Key
 * order and JSON are the same.
 */
function filingNumbersOf(apps: readonly AppResult[]): Record<string, string> {
  const numbers = Object.create(null) as Record<string, string>
  for (const app of apps) if (app.inScope && app.filingNumber) numbers[app.id] = app.filingNumber
  return numbers
}

/**
 * The one place every finding passes before any report: messages bounded (issue 12.3), identical
 * findings merged so each is shown once (one Gradle line read for three declared apps is one problem),
 * and the order reports rely on.
 */
export function finalizeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  const unique: Finding[] = []
  for (const finding of findings) {
    const bounded = { ...finding, message: boundMessage(finding.message) }
    const place = findingPlace(bounded)
    const key = JSON.stringify([
      bounded.rule,
      bounded.severity,
      bounded.app ?? null,
      bounded.message,
      place ? [place.file, place.line, place.column] : null,
    ])
    if (seen.has(key)) continue
    seen.add(key)
    unique.push(bounded)
  }
  return unique.sort(compareFindings)
}

function header(input: GateInput, config: string) {
  return {
    mode: input.mode,
    failOn: input.failOn,
    today: input.today,
    config,
    ...(input.tag !== undefined ? { tag: input.tag } : {}),
    ...(input.version !== undefined ? { version: input.version } : {}),
  }
}

function appResult(scope: AppScope, blocked: ReadonlySet<string>): AppResult {
  const { app } = scope
  return {
    id: app.id,
    name: app.name,
    kind: app.kind,
    inScope: scope.inScope,
    // Written out, undefined for an app in scope, rather than spread in: a spread in the middle of a
    // literal takes V8's slow path for it and for every key after it, for each app (issue 10).
    reason: scope.reason,
    filingNumber: app.filing.number ?? null,
    filingStatus: app.filing.status,
    stores: scope.stores,
    mainlandStores: scope.mainlandStores,
    hosting: (app.hosting ?? []).map((h) =>
      h.provider === 'self-hosted' ? `self-hosted ${h.location}` : `${h.provider} ${h.region}`,
    ),
    verdict: !scope.inScope ? 'skipped' : blocked.has(app.id) ? 'fail' : 'pass',
  }
}

/**
 * A waiver in force turns a matching finding into a notice that says it was waived, why and until
 * when: never silent. Expired or incomplete waivers do not apply (the waiver rule reports them).
 */
function applyWaivers(findings: Finding[], declaration: Declaration, today: string): Finding[] {
  const waivers = (declaration.waivers ?? []).filter((w) => waiverInForce(w, today))
  return findings.map((finding) => {
    const waiver = waivers.find(
      (w) => w.rule === finding.rule && (w.app === undefined || w.app === finding.app),
    )
    if (!waiver || finding.severity === 'notice') return finding
    return {
      ...finding,
      severity: 'notice',
      message: `Waived until ${waiver.expires} (${waiver.reason!.trim()}): ${finding.message}`,
      waived: { reason: waiver.reason!.trim(), expires: waiver.expires! },
    }
  })
}
