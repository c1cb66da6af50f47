/**
 * `check --format codequality`: a GitLab Code Quality report (`artifacts:reports:codequality`), the
 * subset of the Code Climate issue format GitLab reads: description, check_name, fingerprint, severity,
 * location.path and location.lines.begin (docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
 * `type` and `categories` are added so the file is also a valid Code Climate issue list.
 */
import { reportJson } from '../excerpt.js'
import { createHash } from 'node:crypto'
import { findingPlace, keyOrdinals, type Finding, type Severity } from '../findings.js'
import type { GateResult } from '../gate.js'

/** GitLab's scale is info, minor, major, critical, blocker; an error blocks a release, so it is critical. */
const SEVERITY: Record<Severity, 'critical' | 'major' | 'info'> = {
  error: 'critical',
  warning: 'major',
  notice: 'info',
}

export interface CodeQualityIssue {
  type: 'issue'
  description: string
  check_name: string
  categories: string[]
  fingerprint: string
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker'
  location: { path: string; lines: { begin: number; end?: number } }
}

/**
 * GitLab matches issues across pipelines by fingerprint and shows only the first of equal ones, so it
 * must name what the finding is about (fingerprintKey: rule, app, file, message without positions) and stay stable when
 * lines move; an ordinal separates equal findings in one report.
 */
function fingerprints(findings: readonly Finding[]): string[] {
  return keyOrdinals(findings).map(({ key, ordinal }) =>
    createHash('sha256').update(`${key}\u0000${ordinal}`).digest('hex').slice(0, 32),
  )
}

export function toCodeQuality(result: GateResult): CodeQualityIssue[] {
  const prints = fingerprints(result.findings)
  return result.findings.map((finding, i) => {
    // GitLab needs a path and a line for every issue: a finding about the whole run points at the declaration.
    const place = findingPlace(finding)
    const location = { file: place?.file ?? result.config, line: place?.line ?? 1, endLine: place?.endLine }
    const waived = finding.waived ? ` (waived until ${finding.waived.expires}: ${finding.waived.reason})` : ''
    return {
      type: 'issue',
      description: `${finding.message}${waived}`,
      check_name: finding.rule,
      categories: ['Bug Risk'],
      fingerprint: prints[i]!,
      severity: SEVERITY[finding.severity],
      location: {
        path: location.file,
        lines: {
          begin: location.line,
          ...(location.endLine !== undefined && location.endLine > location.line
            ? { end: location.endLine }
            : {}),
        },
      },
    }
  })
}

export function renderCodeQuality(result: GateResult): string {
  return reportJson(toCodeQuality(result))
}
