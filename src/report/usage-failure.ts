/**
 * A run that could not start (a bad input such as `fail-on: fatal`, an unknown app) still answers in
 * every channel a workflow reads: `verdict=fail`, a job summary that says what to fix, and the report
 * and SARIF files when asked, so `if: always()` upload steps do not break (issue 7.7). The result has
 * one run-level finding, under the `usage` pseudo-rule (an input the user can fix) or `internal` (a
 * fault of the gate), and judges no app. A run that failed after the check ran keeps its findings and
 * gains that one (`withRunFailure`).
 */
import { boundMessage } from '../excerpt.js'
import type { GateResult } from '../gate.js'
import type { Mode } from '../scope.js'
import type { FailOn } from '../verdict.js'

export const USAGE_RULE = 'usage'
export const INTERNAL_RULE = 'internal'

export type RunFailureRule = typeof USAGE_RULE | typeof INTERNAL_RULE

export function usageFailureResult(
  message: string,
  context: { mode: Mode; failOn: FailOn; today: string; config: string; tag?: string; version?: string },
  rule: RunFailureRule = USAGE_RULE,
): GateResult {
  return {
    verdict: 'fail',
    // A run that could not judge is never a pass, whatever fail-on says: it fails closed.
    enforced: true,
    mode: context.mode,
    failOn: context.failOn,
    today: context.today,
    config: context.config,
    ...(context.tag !== undefined ? { tag: context.tag } : {}),
    ...(context.version !== undefined ? { version: context.version } : {}),
    apps: [],
    findings: [{ rule, severity: 'error', message: boundMessage(message) }],
    blocking: [],
    filingNumbers: {},
    evidence: { artifacts: [], sources: [] },
  }
}

/** The result of a check that ran, failed closed by an error after it (writing a file, publishing). */
export function withRunFailure(result: GateResult, message: string, rule: RunFailureRule): GateResult {
  return {
    ...result,
    verdict: 'fail',
    enforced: true,
    // Bounded and escaped like every finding's message: an exception's text can quote a file.
    findings: [...result.findings, { rule, severity: 'error', message: boundMessage(message) }],
  }
}
