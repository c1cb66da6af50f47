/**
 * The one place that decides pass or fail. Everything else only produces findings.
 *
 * `fail-on: error` (default) blocks on errors; `warning` on warnings too; `never` judges as `error`
 * does (apps with errors read fail, the verdict is fail) but the gate is not enforced: the step and
 * the CLI succeed, like dependency-review's warn-only mode. Only judged apps are ever blocked:
 *  - a finding about an app this run judges blocks that app (and fails the run);
 *  - a finding about no app (the declaration is broken, an artifact cannot be read) fails the run.
 *    In a release it blocks every judged app (fail closed): the gate cannot say which of them an
 *    unreadable artifact is, and a workflow that ships what `blocking` does not list must ship none.
 *    Otherwise it blocks no app by name: an audit or a pull request reports each app on its own;
 *  - a finding about an app this run does not judge (another app's expired waiver) is reported and
 *    blocks nothing: a broken waiver on app A must not block a release of app B.
 */
import type { Finding } from './findings.js'

/**
 * Why an app with no blocking finding of its own reads fail (AppResult.blockedByRun), in reports:
 * `where` says where the report lists the findings about the run.
 */
export function blockedByRunText(where: string): string {
  return `blocked with this release: a finding about the run ${where} leaves what it ships unverified`
}

export const FAIL_ON_LEVELS = ['error', 'warning', 'never'] as const
export type FailOn = (typeof FAIL_ON_LEVELS)[number]
export type Verdict = 'pass' | 'fail'

export interface VerdictResult {
  verdict: Verdict
  /** False with `fail-on: never`: the verdict is reported, but the step and the exit code succeed. */
  enforced: boolean
  /**
   * Judged app ids with at least one blocking finding of their own; in a release, every judged app
   * when a finding about no app blocks.
   */
  blocking: string[]
  /** Of `blocking`, the apps blocked only by findings about no app (a release that cannot be verified). */
  blockedByRun: string[]
  /** Number of blocking findings. */
  blockingFindings: number
}

export interface VerdictScope {
  /** Apps this run judges. */
  judged: readonly string[]
  /** Declared apps this run does not judge: their findings are shown but block nothing. */
  notJudged?: readonly string[]
  /** A release: a blocking finding about no app blocks every judged app. */
  release?: boolean
}

/** Whether a finding's severity reaches the threshold (`never` counts errors, as `error` does). */
export function isBlockingSeverity(finding: Finding, failOn: FailOn): boolean {
  return finding.severity === 'error' || (failOn === 'warning' && finding.severity === 'warning')
}

/** Whether a finding counts toward the verdict of this run. */
export function isBlocking(finding: Finding, failOn: FailOn, scope: VerdictScope): boolean {
  if (!isBlockingSeverity(finding, failOn)) return false
  return finding.app === undefined || !(scope.notJudged ?? []).includes(finding.app)
}

export function decideVerdict(
  findings: readonly Finding[],
  failOn: FailOn,
  scope: VerdictScope,
): VerdictResult {
  const blockingFindings = findings.filter((f) => isBlocking(f, failOn, scope))
  const blocked = new Set(blockingFindings.map((f) => f.app).filter((id) => id !== undefined))
  const runBlocks = scope.release === true && blockingFindings.some((f) => f.app === undefined)
  return {
    verdict: blockingFindings.length > 0 ? 'fail' : 'pass',
    enforced: failOn !== 'never',
    blocking: scope.judged.filter((id) => runBlocks || blocked.has(id)),
    blockedByRun: runBlocks ? scope.judged.filter((id) => !blocked.has(id)) : [],
    blockingFindings: blockingFindings.length,
  }
}
