/**
 * Which findings become workflow annotations. GitHub shows at most 10 error, 10 warning and 10 notice
 * annotations per step (actions/toolkit docs/problem-matchers.md, "Limitations"); the rest are dropped
 * silently. So the most important go first, and when some do not fit, the last notice slot says how
 * many more there are and that the job summary lists them all.
 */
import { compareFindings, type Finding, type Severity } from '../findings.js'

export const ANNOTATIONS_PER_SEVERITY = 10

export interface AnnotationPlan {
  shown: Finding[]
  /** Findings not shown as annotations (they are all in the summary). */
  hidden: Finding[]
  /** A closing notice when anything was hidden. */
  overflowNotice?: string
}

export interface PlanOptions {
  /** Where every finding can be read, for the overflow notice. */
  listedIn?: string
  /** Error slots kept free, e.g. for the step's own failure message (core.setFailed is an error annotation too). */
  reservedErrors?: number
  /** Warning slots kept free for the step's own warnings (a check run not created, fail-on: never). */
  reservedWarnings?: number
}

export function planAnnotations(findings: readonly Finding[], options: PlanOptions = {}): AnnotationPlan {
  const listedIn = options.listedIn ?? 'the job summary'
  const sorted = [...findings].sort(compareFindings)
  const count = (s: Severity) => sorted.filter((f) => f.severity === s).length
  const baseLimit: Record<Severity, number> = {
    error: ANNOTATIONS_PER_SEVERITY - (options.reservedErrors ?? 0),
    warning: ANNOTATIONS_PER_SEVERITY - (options.reservedWarnings ?? 0),
    notice: ANNOTATIONS_PER_SEVERITY,
  }
  const anyHidden = (['error', 'warning', 'notice'] as const).some((s) => count(s) > baseLimit[s])
  // Keep one notice slot free for the overflow message when anything will be hidden.
  const limit: Record<Severity, number> = { ...baseLimit, notice: baseLimit.notice - (anyHidden ? 1 : 0) }
  const shown: Finding[] = []
  const hidden: Finding[] = []
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const finding of sorted) {
    if (used[finding.severity] < limit[finding.severity]) {
      used[finding.severity]++
      shown.push(finding)
    } else hidden.push(finding)
  }
  if (hidden.length === 0) return { shown, hidden }
  const parts = (['error', 'warning', 'notice'] as const)
    .map((s) => [s, hidden.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`)
  return {
    shown,
    hidden,
    overflowNotice: `${hidden.length} more findings (${parts.join(', ')}) are not shown as annotations (GitHub shows 10 per kind and step); ${listedIn} lists every finding.`,
  }
}

/** Title of an annotation: the rule and app, so the list of annotations reads on its own. */
export function annotationTitle(finding: Finding): string {
  return finding.app ? `${finding.rule} (${finding.app})` : finding.rule
}
