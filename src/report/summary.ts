/**
 * The Markdown summary that compliance officers read: verdict, one row per app (filing number, status,
 * hosting, stores), then every finding with its place and a link to the rule's docs. Used for the job
 * summary and the check run.
 */
import type { Finding } from '../findings.js'
import type { GateResult } from '../gate.js'
import { ruleDocsUrl } from '../rules/docs.js'

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const
const VERDICT = { pass: '✅ pass', fail: '❌ fail', skipped: '➖ not judged' } as const

/** Table cells: pipes would split the cell, and `<seq>` would be read as an HTML tag and vanish. */
function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

export interface SummaryOptions {
  /** Link findings to files on GitHub: `${serverUrl}/${repo}/blob/${sha}`. */
  blobUrl?: string
  /** Extra lines at the end (e.g. how many annotations were not shown). */
  notes?: string[]
}

function where(finding: Finding, options: SummaryOptions): string {
  const loc = finding.location
  if (!loc) return ''
  const text = `${loc.file}:${loc.line}:${loc.column}`
  return options.blobUrl ? `[${text}](${options.blobUrl}/${encodeURI(loc.file)}#L${loc.line})` : `\`${text}\``
}

export function renderSummary(result: GateResult, options: SummaryOptions = {}): string {
  const out: string[] = []
  const counts = (['error', 'warning', 'notice'] as const).map((s) =>
    plural(result.findings.filter((f) => f.severity === s).length, s),
  )
  out.push(`## China filing: ${result.verdict === 'pass' ? '✅ pass' : '❌ fail'}`)
  out.push('')
  const context = [`mode **${result.mode}**`, `fail-on **${result.failOn}**`, `\`${result.config}\``]
  if (result.tag) context.push(`tag \`${result.tag}\``)
  if (result.version) context.push(`version ${result.version}`)
  context.push(result.today)
  out.push(`${context.join(' · ')} — ${counts.join(', ')}`)
  if (result.blocking.length) out.push('', `**Blocked:** ${result.blocking.join(', ')}`)
  out.push('')

  if (result.apps.length) {
    out.push('| App | Filing number | Status | Hosting | Stores | Verdict |', '|---|---|---|---|---|---|')
    for (const app of result.apps) {
      const stores = app.inScope
        ? app.stores.map((s) => (app.mainlandStores.includes(s) ? `**${s}**` : s)).join(', ')
        : escapeCell(app.reason ?? '')
      out.push(
        `| ${escapeCell(`${app.id} (${app.name})`)} | ${app.filingNumber ? `\`${app.filingNumber}\`` : '—'} | ${app.filingStatus} | ${escapeCell(app.hosting.join(', ') || '—')} | ${stores || '—'} | ${VERDICT[app.verdict]} |`,
      )
    }
    out.push('', '_Stores in bold distribute in mainland China and require the filing._', '')
  }

  if (result.findings.length) {
    out.push('### Findings', '', '| | Rule | App | Where | Message |', '|---|---|---|---|---|')
    for (const f of result.findings) {
      out.push(
        `| ${ICON[f.severity]} ${f.severity} | [${f.rule}](${ruleDocsUrl(f.rule)}) | ${f.app ?? '—'} | ${where(f, options)} | ${escapeCell(f.message)} |`,
      )
    }
  } else out.push('No findings.')
  for (const note of options.notes ?? []) out.push('', note)
  return `${out.join('\n')}\n`
}
