/**
 * The one place that decides pass or fail. Everything else only produces findings.
 *
 * `fail-on: error` (default) blocks on errors; `warning` on warnings too; `never` reports without blocking.
 * A finding with no app (the declaration itself is broken) blocks every app in scope.
 */
import type { Finding } from './findings.js'

export const FAIL_ON_LEVELS = ['error', 'warning', 'never'] as const
export type FailOn = (typeof FAIL_ON_LEVELS)[number]
export type Verdict = 'pass' | 'fail'

export interface VerdictResult {
  verdict: Verdict
  /** App ids with at least one blocking finding (or blocked by a declaration-wide one). */
  blocking: string[]
  /** Number of blocking findings. */
  blockingFindings: number
}

export function isBlocking(finding: Finding, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return finding.severity === 'error' || (failOn === 'warning' && finding.severity === 'warning')
}

export function decideVerdict(
  findings: readonly Finding[],
  failOn: FailOn,
  appsInScope: readonly string[],
): VerdictResult {
  const blockingFindings = findings.filter((f) => isBlocking(f, failOn))
  const blocked = new Set<string>()
  for (const finding of blockingFindings) {
    if (finding.app === undefined) appsInScope.forEach((id) => blocked.add(id))
    else blocked.add(finding.app)
  }
  return {
    verdict: blockingFindings.length > 0 ? 'fail' : 'pass',
    blocking: appsInScope
      .filter((id) => blocked.has(id))
      .concat([...blocked].filter((id) => !appsInScope.includes(id))),
    blockingFindings: blockingFindings.length,
  }
}
