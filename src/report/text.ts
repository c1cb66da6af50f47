/**
 * The terminal report: findings grouped by app, most severe first, each with its file:line:col so
 * editors and terminals can jump to it. Colour only when writing to a terminal (and not NO_COLOR).
 *
 * Every finding is printed exactly once: under its app's row, or under "Declaration" / "Artifacts"
 * when it concerns the whole run (or an app the declaration could not describe). What was checked is
 * printed too: each artifact under the app it matched, each source identity under "Sources".
 */
import { formatPlace, runLevelGroup, type Finding } from '../findings.js'
import type { GateResult } from '../gate.js'
import type { ArtifactEvidence, SourceEvidence } from './evidence.js'
import { groupByApp } from './by-app.js'
import { guardLines, oneLine } from './stdout-guard.js'
import { blockedByRunText } from '../verdict.js'

export interface TextOptions {
  color: boolean
}

const CODES = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1 } as const
type Style = keyof typeof CODES

export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true
  return !!stream.isTTY && env.TERM !== 'dumb'
}

export function renderText(result: GateResult, options: TextOptions): string {
  const paint = (style: Style, text: string) =>
    options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text
  const mark = {
    error: paint('red', '✖ error  '),
    warning: paint('yellow', '⚠ warning'),
    notice: paint('blue', 'ℹ notice '),
  }
  const lines: string[] = []
  const context = [
    `${result.mode} mode`,
    result.config,
    result.tag ? `tag ${result.tag}` : undefined,
    result.version ? `version ${result.version}` : undefined,
    result.today,
  ]
  lines.push(
    paint('bold', 'china-filing-gate') + paint('dim', ` · ${oneLine(context.filter(Boolean).join(' · '))}`),
  )
  lines.push('')

  const printFinding = (f: Finding) => {
    lines.push(`  ${mark[f.severity]}  ${paint('dim', `${f.rule}`)}  ${oneLine(formatPlace(f))}`)
    lines.push(`      ${oneLine(f.message)}`)
  }
  const printArtifact = (a: ArtifactEvidence) => {
    if (a.error !== undefined) {
      lines.push(paint('dim', `  artifact ${oneLine(a.file)}: unreadable`))
      return
    }
    const version = a.version ? ` ${a.version}${a.build ? ` (${a.build})` : ''}` : ''
    lines.push(paint('dim', `  artifact ${oneLine(`${a.file}: ${a.type} ${a.id}${version}`)}`))
    if (a.signers.length === 0) lines.push(paint('dim', '    unsigned'))
    for (const s of a.signers) {
      const match =
        s.matchesFiling === null
          ? 'not compared (no filed certificate)'
          : s.matchesFiling
            ? `matches the filed ${Object.keys(s.declared).map(label).join(', ')}`
            : 'does NOT match the filed certificate'
      lines.push(
        paint(
          'dim',
          `    signer ${oneLine(s.subject)}${s.effective ? '' : ' (not the effective signer)'}: ${match}`,
        ),
      )
      lines.push(paint('dim', `      SHA-256 ${s.sha256}  SHA-1 ${s.sha1}  MD5 ${s.md5}`))
    }
  }
  const printSource = (s: SourceEvidence) =>
    lines.push(
      paint(
        'dim',
        `  ${oneLine(`${s.file}:${s.line}:${s.column}  ${s.platform} ${s.key}${s.variant ? ` [${s.variant}]` : ''} = ${s.value}`)}${s.release ? '' : ' (not a release build)'}`,
      ),
    )

  const appIds = new Set(result.apps.map((a) => a.id))
  const runLevel = result.findings.filter((f) => f.app === undefined || !appIds.has(f.app))
  const declarationLevel = runLevel.filter((f) => runLevelGroup(f) === 'Declaration')
  if (declarationLevel.length > 0) {
    lines.push(paint('bold', 'Declaration'))
    declarationLevel.forEach(printFinding)
    lines.push('')
  }
  const unmatchedArtifacts = result.evidence.artifacts.filter((a) => a.app === null || !appIds.has(a.app))
  const artifactLevel = runLevel.filter((f) => runLevelGroup(f) === 'Artifacts')
  if (artifactLevel.length > 0 || unmatchedArtifacts.length > 0) {
    lines.push(paint('bold', 'Artifacts'))
    unmatchedArtifacts.forEach(printArtifact)
    artifactLevel.forEach(printFinding)
    lines.push('')
  }
  const findingsOf = groupByApp(result.findings)
  const artifactsOf = groupByApp(result.evidence.artifacts)
  for (const app of result.apps) {
    const verdict =
      app.verdict === 'pass'
        ? paint('green', 'PASS')
        : app.verdict === 'fail'
          ? paint('red', 'FAIL')
          : paint('dim', 'SKIPPED')
    const filing = app.filingNumber ?? `(${app.filingStatus})`
    lines.push(`${paint('bold', app.id)}  ${oneLine(`${app.name}  ${filing}`)}  ${verdict}`)
    const own = findingsOf.get(app.id) ?? []
    if (!app.inScope)
      lines.push(
        paint(
          'dim',
          `  not judged: ${oneLine(app.reason ?? 'out of scope')}${own.length ? '; its findings below block nothing in this run' : ''}`,
        ),
      )
    else
      lines.push(
        paint(
          'dim',
          `  stores: ${app.stores.join(', ') || 'none'}${app.hosting.length ? ` · hosting: ${oneLine(app.hosting.join(', '))}` : ''}`,
        ),
      )
    if (app.blockedByRun) lines.push(paint('dim', `  ${blockedByRunText('above (Declaration, Artifacts)')}`))
    artifactsOf.get(app.id)?.forEach(printArtifact)
    own.forEach(printFinding)
    lines.push('')
  }
  if (result.evidence.sources.length > 0) {
    lines.push(paint('bold', 'Sources'))
    result.evidence.sources.forEach(printSource)
    lines.push('')
  }

  const count = (s: Finding['severity']) => {
    const n = result.findings.filter((f) => f.severity === s).length
    return `${n} ${s}${n === 1 ? '' : 's'}`
  }
  const tally = `${count('error')}, ${count('warning')}, ${count('notice')}`
  const checked = checkedSummary(result)
  if (result.verdict === 'pass')
    lines.push(`${paint('green', '✔ PASS')}  ${tally} (fail-on: ${result.failOn})${checked}`)
  else {
    const blocked = result.blocking.length ? `; blocked: ${result.blocking.join(', ')}` : ''
    lines.push(`${paint('red', '✖ FAIL')}  ${tally} (fail-on: ${result.failOn})${blocked}${checked}`)
    if (!result.enforced)
      lines.push(
        paint('yellow', 'The gate is not enforced (fail-on: never): it reports these failures and exits 0.'),
      )
  }
  // The closing line feed as an empty last line: `${join}\n` would be a rope that guardLines' regex
  // first copies flat (a 1,000-app report: 350 KB).
  lines.push('')
  return guardLines(lines.join('\n'))
}

const LABEL: Record<string, string> = { sha256: 'SHA-256', sha1: 'SHA-1', md5: 'MD5' }
function label(key: string): string {
  return LABEL[key] ?? key
}

/** "; checked 2 artifacts, 3 source identities": what a pass vouches for. */
export function checkedSummary(result: GateResult): string {
  const parts: string[] = []
  const a = result.evidence.artifacts.length
  const s = result.evidence.sources.length
  if (a) parts.push(`${a} artifact${a === 1 ? '' : 's'}`)
  if (s) parts.push(`${s} source identit${s === 1 ? 'y' : 'ies'}`)
  return parts.length ? `; checked ${parts.join(', ')}` : '; no artifact checked'
}
