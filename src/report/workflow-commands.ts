/**
 * `check --format github`: findings as workflow commands (`::error file=…,line=…::message`) for a
 * `run:` step that calls the CLI instead of the action. Same cap and order as the action's annotations.
 */
import type { Finding } from '../findings.js'
import type { GateResult } from '../gate.js'
import { annotationTitle, planAnnotations } from './annotations.js'

// Escaping as in @actions/core's command.ts: data escapes %, CR, LF; properties also ':' and ','.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

export function workflowCommand(finding: Finding): string {
  const props: [string, string | number | undefined][] = [
    ['title', annotationTitle(finding)],
    ['file', finding.location?.file],
    ['line', finding.location?.line],
    ['endLine', finding.location?.endLine],
    ['col', finding.location?.column],
    [
      'endColumn',
      finding.location?.endLine === finding.location?.line ? finding.location?.endColumn : undefined,
    ],
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
  for (const f of plan.hidden) {
    const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column} ` : ''
    lines.push(`${f.severity} ${where}[${annotationTitle(f)}] ${f.message}`)
  }
  lines.push(
    `china-filing-gate: ${result.verdict}${result.blocking.length ? ` (blocked: ${result.blocking.join(', ')})` : ''}`,
  )
  return `${lines.join('\n')}\n`
}
