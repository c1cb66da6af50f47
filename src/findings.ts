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
  /** The built artifact the finding is about (path relative to the workspace), when it is about one. */
  artifact?: string
}

/**
 * Where a finding points: its location in a file, or else the artifact it is about (a whole file, no
 * line: an APK has no lines). Every reporter places findings through this one function.
 */
export interface FindingPlace {
  file: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

export function findingPlace(finding: Finding): FindingPlace | undefined {
  if (finding.location) return finding.location
  return finding.artifact !== undefined ? { file: finding.artifact } : undefined
}

/**
 * What a finding is about, not where in the file: rule, app, the file (a built artifact's too) and the
 * message without `line:col` positions. SARIF and Code Quality fingerprints hash it, so an alert stays
 * the same alert when lines move, and two findings about different files never share one.
 */
export function fingerprintKey(finding: Finding): string {
  return [
    finding.rule,
    finding.app ?? '',
    findingPlace(finding)?.file ?? '',
    finding.message.replace(/\d+:\d+/g, ''),
  ].join('\u0000')
}

/**
 * Each finding's fingerprintKey with its ordinal among equal keys (0 for the first): code scanning
 * and GitLab show one result per fingerprint, so equal findings of one report (one region declared
 * twice) need the ordinal to stay apart, in the order the report lists them.
 */
export function keyOrdinals(findings: readonly Finding[]): { key: string; ordinal: number }[] {
  const seen = new Map<string, number>()
  return findings.map((finding) => {
    const key = fingerprintKey(finding)
    const ordinal = seen.get(key) ?? 0
    seen.set(key, ordinal + 1)
    return { key, ordinal }
  })
}

/** `file:line:col`, or `file` alone for a whole-file place; '' when the finding has no place. */
export function formatPlace(finding: Finding): string {
  const place = findingPlace(finding)
  if (!place) return ''
  return place.line !== undefined ? `${place.file}:${place.line}:${place.column ?? 1}` : place.file
}

/**
 * The heading a finding is reported under when it concerns no app: "Artifacts" for what the gate
 * found (or failed to read) in built files, "Declaration" for everything else about the run.
 */
export function runLevelGroup(finding: Finding): 'Artifacts' | 'Declaration' {
  return finding.artifact !== undefined || finding.rule === 'artifact-identity' ? 'Artifacts' : 'Declaration'
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/**
 * Code-unit order: the same on every machine, which localeCompare is not (it follows the runner's
 * locale), and free, where the first localeCompare of a process builds an ICU collator (9 ms on a
 * run of the example; issue 10).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Most severe first, then by file position, so reports and capped annotations show what matters. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(findingPlace(a)?.file ?? '\uffff', findingPlace(b)?.file ?? '\uffff') ||
    (a.location?.line ?? Infinity) - (b.location?.line ?? Infinity) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    compareText(a.rule, b.rule)
  )
}
