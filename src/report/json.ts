/**
 * `check --format json` (DESIGN §6): one object, a public contract. Keys are always present (null
 * when a finding has no app or no location) so consumers can rely on them.
 */
import type { GateResult } from '../gate.js'

export interface JsonFinding {
  rule: string
  severity: string
  app: string | null
  message: string
  file: string | null
  line: number | null
  column: number | null
  endLine?: number
  endColumn?: number
  waived?: { reason: string; expires: string }
}

export interface JsonReport {
  verdict: 'pass' | 'fail'
  mode: string
  failOn: string
  blocking: string[]
  filingNumbers: Record<string, string>
  apps: { id: string; inScope: boolean; filingNumber: string | null; verdict: 'pass' | 'fail' | 'skipped' }[]
  findings: JsonFinding[]
}

export function toJsonReport(result: GateResult): JsonReport {
  return {
    verdict: result.verdict,
    mode: result.mode,
    failOn: result.failOn,
    blocking: result.blocking,
    filingNumbers: result.filingNumbers,
    apps: result.apps.map((a) => ({
      id: a.id,
      inScope: a.inScope,
      filingNumber: a.filingNumber,
      verdict: a.verdict,
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      app: f.app ?? null,
      message: f.message,
      file: f.location?.file ?? null,
      line: f.location?.line ?? null,
      column: f.location?.column ?? null,
      ...(f.location?.endLine !== undefined ? { endLine: f.location.endLine } : {}),
      ...(f.location?.endColumn !== undefined ? { endColumn: f.location.endColumn } : {}),
      ...(f.waived ? { waived: f.waived } : {}),
    })),
  }
}

export function renderJson(result: GateResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`
}
