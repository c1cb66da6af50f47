/**
 * `check --format json` (DESIGN §6): one object, a public contract. Keys are always present (null
 * when a finding has no app or no location) so consumers can rely on them. Keys are only ever added
 * (schema/report.schema.json describes them; docs/report.md explains them).
 */
import { reportJson } from '../excerpt.js'
import { findingPlace } from '../findings.js'
import type { GateResult } from '../gate.js'
import { TOOL_VERSION } from '../version.js'
import type { ArtifactEvidence, SourceEvidence } from './evidence.js'

export interface JsonFinding {
  rule: string
  severity: string
  app: string | null
  message: string
  /** The file the finding points at: a place in the declaration or a source file, or a built artifact. */
  file: string | null
  /** Null for a finding about a whole file (an artifact). */
  line: number | null
  column: number | null
  endLine?: number
  endColumn?: number
  waived?: { reason: string; expires: string }
  /** The built artifact the finding is about. */
  artifact: string | null
}

export interface JsonReport {
  verdict: 'pass' | 'fail'
  mode: string
  failOn: string
  blocking: string[]
  filingNumbers: Record<string, string>
  apps: {
    id: string
    inScope: boolean
    filingNumber: string | null
    verdict: 'pass' | 'fail' | 'skipped'
    reason: string | null
  }[]
  findings: JsonFinding[]
  /** False with fail-on: never: the verdict is reported, the step/exit code succeeds. */
  enforced: boolean
  config: string
  tag: string | null
  version: string | null
  today: string
  toolVersion: string
  artifacts: ArtifactEvidence[]
  sources: SourceEvidence[]
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
      reason: a.reason ?? null,
    })),
    findings: result.findings.map((f) => {
      const place = findingPlace(f)
      return {
        rule: f.rule,
        severity: f.severity,
        app: f.app ?? null,
        message: f.message,
        file: place?.file ?? null,
        line: place?.line ?? null,
        column: place?.column ?? null,
        ...(place?.endLine !== undefined ? { endLine: place.endLine } : {}),
        ...(place?.endColumn !== undefined ? { endColumn: place.endColumn } : {}),
        ...(f.waived ? { waived: f.waived } : {}),
        artifact: f.artifact ?? null,
      }
    }),
    enforced: result.enforced,
    config: result.config,
    tag: result.tag ?? null,
    version: result.version ?? null,
    today: result.today,
    toolVersion: TOOL_VERSION,
    artifacts: result.evidence.artifacts,
    sources: result.evidence.sources,
  }
}

export function renderJson(result: GateResult): string {
  return reportJson(toJsonReport(result))
}
