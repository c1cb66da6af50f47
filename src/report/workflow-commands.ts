/**
 * `check --format github`: findings as workflow commands (`::error file=…,line=…::message`) for a
 * `run:` step that calls the CLI instead of the action. Same cap and order as the action's annotations.
 */
import { findingPlace, formatPlace, type Finding } from '../findings.js'
import type { GateResult } from '../gate.js'
import { annotationTitle, planAnnotations } from './annotations.js'
import {
  escapeCommandData as escapeData,
  escapeCommandProperty as escapeProperty,
  guardLines,
  oneLine,
} from './stdout-guard.js'
import { checkedSummary } from './text.js'

export function workflowCommand(finding: Finding): string {
  const place = findingPlace(finding)
  const props: [string, string | number | undefined][] = [
    ['title', annotationTitle(finding)],
    ['file', place?.file],
    ['line', place?.line],
    ['endLine', place?.endLine],
    ['col', place?.column],
    ['endColumn', place?.endLine === place?.line ? place?.endColumn : undefined],
  ]
  const properties = props
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  return `::${finding.severity} ${properties}::${escapeData(finding.message)}`
}

export function renderWorkflowCommands(result: GateResult): string {
  const plan = planAnnotations(result.findings, { listedIn: 'the log below' })
  const lines = plan.shown.map(workflowCommand)
  if (plan.overflowNotice) lines.push(`::notice title=china-filing-gate::${escapeData(plan.overflowNotice)}`)
  // Past the cap, findings are plain log lines: flattened and guarded, so a value read from a file
  // cannot start a workflow command there either (issue 12.2).
  const plain: string[] = []
  for (const f of plan.hidden) {
    const where = formatPlace(f)
    plain.push(oneLine(`${f.severity} ${where ? `${where} ` : ''}[${annotationTitle(f)}] ${f.message}`))
  }
  plain.push(
    oneLine(
      `china-filing-gate: ${result.verdict}${result.enforced ? '' : ' (not enforced: fail-on never)'}${result.blocking.length ? ` (blocked: ${result.blocking.join(', ')})` : ''}${checkedSummary(result)}`,
    ),
  )
  return `${[...lines, guardLines(plain.join('\n'))].join('\n')}\n`
}
