/**
 * A finding is the unit of everything the gate says: one rule, one severity, one app (when it concerns
 * one), a message that tells the user what to do, and the place in a file that causes it.
 */

export const SEVERITIES = ['error', 'warning', 'notice'] as const
export type Severity = (typeof SEVERITIES)[number]

/** 1-based line and column, as editors, GitHub annotations and SARIF count them. */
export interface SourceLocation {
  /** Path relative to the workspace, with forward slashes. */
  file: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

export interface Finding {
  rule: string
  severity: Severity
  /** The declared app id the finding concerns; absent for declaration-wide findings. */
  app?: string
  message: string
  location?: SourceLocation
  /** Set when a waiver in the declaration downgraded this finding to a notice. */
  waived?: { reason: string; expires: string }
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/** Most severe first, then by file position, so reports and capped annotations show what matters. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.location?.file ?? '\uffff').localeCompare(b.location?.file ?? '\uffff') ||
    (a.location?.line ?? Infinity) - (b.location?.line ?? Infinity) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    a.rule.localeCompare(b.rule)
  )
}
