/**
 * The Markdown summary that compliance officers read: verdict, one row per app (filing number, status,
 * hosting, stores), then every finding with its place and a link to the rule's docs. Used for the job
 * summary and the check run.
 */
import { findingPlace, formatPlace, type Finding } from '../findings.js'
import type { GateResult } from '../gate.js'
import type { ArtifactEvidence } from './evidence.js'
import { codeCell, escapeCell, escapeMarkdown, textCell } from './markdown.js'
import { ruleDocsUrl } from '../rules/docs.js'
import { findRule } from '../rules/index.js'
import { blockedByRunText } from '../verdict.js'

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const
const VERDICT = { pass: '✅ pass', fail: '❌ fail', skipped: '➖ not judged' } as const

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
  const place = findingPlace(finding)
  if (!place) return ''
  // A built artifact is not in the repository: no blob link for it.
  if (options.blobUrl && place.line !== undefined && finding.location) {
    // Brackets and backslashes would end the link text early.
    const text = escapeCell(escapeMarkdown(formatPlace(finding)))
    return `[${text}](${options.blobUrl}/${linkPath(place.file)}#L${place.line})`
  }
  return codeCell(formatPlace(finding))
}

/** A path in a Markdown link target: encodeURI leaves parentheses, and `)` would end the link. */
function linkPath(file: string): string {
  return encodeURI(file).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function signerCell(artifact: ArtifactEvidence): string {
  if (artifact.error !== undefined) return `unreadable: ${textCell(artifact.error)}`
  if (artifact.signers.length === 0) return 'unsigned'
  return artifact.signers
    .map((s) => {
      const match =
        s.matchesFiling === null
          ? 'not compared'
          : s.matchesFiling
            ? `✅ matches filed ${Object.keys(s.declared).join('/')}`
            : '❌ not the filed certificate'
      return `${textCell(s.subject)}${s.effective ? '' : ' (not effective)'}: SHA-256 \`${s.sha256}\` SHA-1 \`${s.sha1}\` MD5 \`${s.md5}\` — ${match}`
    })
    .join('<br>')
}

/** Evidence: what the run verified, so a pass says which files it vouches for. */
function evidenceSection(result: GateResult): string[] {
  const out: string[] = []
  const { artifacts, sources } = result.evidence
  if (artifacts.length) {
    out.push(
      '### Artifacts checked',
      '',
      '| Artifact | App | Type | Id | Version | Signers |',
      '|---|---|---|---|---|---|',
    )
    for (const a of artifacts.slice(0, MAX_EVIDENCE_ROWS)) {
      const version = a.version ? `${a.version}${a.build ? ` (${a.build})` : ''}` : '—'
      out.push(
        `| ${codeCell(a.file)} | ${escapeCell(a.app ?? '— (no declared app)')} | ${a.type ?? '—'} | ${textCell(a.id ?? '—')} | ${textCell(version)} | ${signerCell(a)} |`,
      )
    }
    out.push(...moreRows(artifacts.length, 'artifacts'), '')
  }
  if (sources.length) {
    out.push(
      '### Source identities',
      '',
      '| Where | Platform | Setting | Variant | Value |',
      '|---|---|---|---|---|',
    )
    for (const s of sources.slice(0, MAX_EVIDENCE_ROWS)) {
      out.push(
        `| ${codeCell(`${s.file}:${s.line}:${s.column}`)} | ${s.platform} | ${textCell(s.key)} | ${textCell(s.variant ?? '—')}${s.release ? '' : ' (not release)'} | ${textCell(s.value)} |`,
      )
    }
    out.push(...moreRows(sources.length, 'source identities'), '')
  }
  return out
}

/**
 * Rows an evidence table shows: enough for any real release, while thousands of generated ones
 * would crowd the findings out of GitHub's 1 MiB job summary and 64 KiB check run summary.
 */
const MAX_EVIDENCE_ROWS = 200

function moreRows(total: number, what: string): string[] {
  return total > MAX_EVIDENCE_ROWS
    ? ['', `_…and ${total - MAX_EVIDENCE_ROWS} more ${what}; the JSON report lists them all._`]
    : []
}

export function renderSummary(result: GateResult, options: SummaryOptions = {}): string {
  const out: string[] = []
  const counts = (['error', 'warning', 'notice'] as const).map((s) =>
    plural(result.findings.filter((f) => f.severity === s).length, s),
  )
  out.push(
    `## China filing: ${result.verdict === 'pass' ? '✅ pass' : '❌ fail'}${result.enforced ? '' : ' (not enforced)'}`,
  )
  out.push('')
  if (!result.enforced)
    out.push(
      '> [!WARNING]',
      `> The gate is not enforced (\`fail-on: never\`): ${result.verdict === 'fail' ? 'apps below fail the filing rules, but' : 'whatever it finds,'} the step succeeds. Set \`fail-on: error\` to block non-compliant releases.`,
      '',
    )
  const context = [`mode **${result.mode}**`, `fail-on **${result.failOn}**`, `\`${result.config}\``]
  if (result.tag) context.push(`tag \`${result.tag}\``)
  if (result.version) context.push(`version ${result.version}`)
  context.push(result.today)
  out.push(`${escapeCell(context.join(' · '))} — ${counts.join(', ')}`)
  if (result.blocking.length) out.push('', `**Blocked:** ${escapeCell(result.blocking.join(', '))}`)
  const byRun = result.apps.filter((a) => a.blockedByRun).map((a) => a.id)
  if (byRun.length)
    out.push('', `_${escapeCell(byRun.join(', '))}: ${blockedByRunText('(listed below, app —)')}._`)
  out.push('')

  if (result.apps.length) {
    out.push('| App | Filing number | Status | Hosting | Stores | Verdict |', '|---|---|---|---|---|---|')
    for (const app of result.apps) {
      const stores = app.inScope
        ? app.stores.map((s) => (app.mainlandStores.includes(s) ? `**${s}**` : s)).join(', ')
        : escapeCell(app.reason ?? '')
      out.push(
        `| ${escapeCell(app.id)} (${textCell(app.name)}) | ${app.filingNumber ? codeCell(app.filingNumber) : '—'} | ${escapeCell(app.filingStatus)} | ${textCell(app.hosting.join(', ') || '—')} | ${stores || '—'} | ${VERDICT[app.verdict]} |`,
      )
    }
    out.push('', '_Stores in bold distribute in mainland China and require the filing._', '')
  }

  if (result.findings.length) {
    out.push('### Findings', '', '| | Rule | App | Where | Message |', '|---|---|---|---|---|')
    for (const f of result.findings) {
      out.push(
        `| ${ICON[f.severity]} ${f.severity} | ${findRule(f.rule) ? `[${f.rule}](${ruleDocsUrl(f.rule)})` : f.rule} | ${escapeCell(f.app ?? '—')} | ${where(f, options)} | ${textCell(f.message)} |`,
      )
    }
    out.push('')
  } else out.push('No findings.', '')
  out.push(...evidenceSection(result))
  for (const note of options.notes ?? []) out.push('', note)
  return `${out.join('\n')}\n`
}
