/**
 * A run that could not start (a bad input such as `fail-on: fatal`, an unknown app) still answers in
 * every channel a workflow reads: `verdict=fail`, a job summary that says what to fix, and the report
 * and SARIF files when asked, so `if: always()` upload steps do not break (issue 7.7). The result has
 * one run-level finding, under the `usage` pseudo-rule, and judges no app.
 */
import type { GateResult } from '../gate.js'
import type { Mode } from '../scope.js'
import type { FailOn } from '../verdict.js'

export const USAGE_RULE = 'usage'

export function usageFailureResult(
  message: string,
  context: { mode: Mode; failOn: FailOn; today: string; config: string },
): GateResult {
  return {
    verdict: 'fail',
    // A run that could not judge is never a pass, whatever fail-on says: it fails closed.
    enforced: true,
    mode: context.mode,
    failOn: context.failOn,
    today: context.today,
    config: context.config,
    apps: [],
    findings: [{ rule: USAGE_RULE, severity: 'error', message }],
    blocking: [],
    filingNumbers: {},
    evidence: { artifacts: [], sources: [] },
  }
}
