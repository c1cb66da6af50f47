/**
 * The GitHub reporter: annotations (capped and prioritised, see annotations.ts), the job summary and
 * the step outputs. The summary is written even when the run fails, and a failure to write it never
 * breaks the job: it only warns.
 */
import { appendFileSync, constants, existsSync } from 'node:fs'
import { EOL } from 'node:os'
import * as core from '@actions/core'
import { errorLine } from '../settle.js'
import { findingPlace, formatPlace } from '../findings.js'
import { oneLine } from './stdout-guard.js'
import { access, appendFile } from '../promised-fs.js'
import type { GateResult } from '../gate.js'
import { annotationTitle, planAnnotations } from './annotations.js'
import { renderSummary } from './summary.js'

/** The log group that lists the findings GitHub would not show as annotations. */
export const HIDDEN_FINDINGS_GROUP = 'Findings not shown as annotations'

export function emitAnnotations(
  result: GateResult,
  { stepWarnings = 0 }: { stepWarnings?: number } = {},
): { shown: number; hidden: number } {
  // A failing step adds its own error annotation (core.setFailed), and the step may warn of its own
  // (stepWarnings): keep slots for them, or GitHub would drop them past its 10 a kind.
  const plan = planAnnotations(result.findings, {
    reservedErrors: result.verdict === 'fail' && result.enforced ? 1 : 0,
    reservedWarnings: stepWarnings,
    // The job summary may be cut at GitHub's 1 MiB; the step log always holds every finding.
    listedIn: `the step log (group "${HIDDEN_FINDINGS_GROUP}")`,
  })
  for (const finding of plan.shown) {
    const loc = findingPlace(finding)
    const properties: core.AnnotationProperties = { title: annotationTitle(finding) }
    if (loc) properties.file = loc.file
    // A built artifact is annotated as a whole file: no line.
    if (loc?.line !== undefined) {
      properties.startLine = loc.line
      if (loc.column !== undefined) properties.startColumn = loc.column
      if (loc.endLine !== undefined) properties.endLine = loc.endLine
      // GitHub accepts a column range only on a single line.
      if (loc.endColumn !== undefined && (loc.endLine === undefined || loc.endLine === loc.line))
        properties.endColumn = loc.endColumn
    }
    const emit =
      finding.severity === 'error' ? core.error : finding.severity === 'warning' ? core.warning : core.notice
    emit(finding.message, properties)
  }
  if (plan.overflowNotice) {
    core.notice(plan.overflowNotice, { title: 'china-filing-gate' })
    // One line each, starting with its severity, so that no value of a declaration or an artifact can
    // start a workflow command (stdout-guard.ts).
    core.startGroup(HIDDEN_FINDINGS_GROUP)
    for (const finding of plan.hidden)
      core.info(
        oneLine(
          `${finding.severity} ${annotationTitle(finding)} ${formatPlace(finding)}: ${finding.message}`,
        ),
      )
    core.endGroup()
  }
  return { shown: plan.shown.length, hidden: plan.hidden.length }
}

/** GitHub's limit on one step's job summary (docs: "Adding a job summary", 1 MiB per step). */
const MAX_JOB_SUMMARY_BYTES = 1024 * 1024

export async function writeJobSummary(
  result: GateResult,
  blobUrl: string | undefined,
  notes: string[],
): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  try {
    let summary = renderSummary(result, { ...(blobUrl ? { blobUrl } : {}), notes })
    // GitHub refuses a step summary over 1 MiB ("Job summary size exceeded"): cut it at a whole line
    // (never mid-row), and say where every finding is.
    if (Buffer.byteLength(summary) > MAX_JOB_SUMMARY_BYTES) {
      const kept = Buffer.from(summary)
        .subarray(0, MAX_JOB_SUMMARY_BYTES - 4096)
        .toString('utf8')
      const shown = kept.slice(0, kept.lastIndexOf('\n') + 1)
      const rows = (shown.match(/^\| (❌ error|⚠️ warning|ℹ️ notice) \|/gmu) ?? []).length
      summary = `${shown}\n_The summary was cut at GitHub's 1 MiB limit after ${rows} of ${result.findings.length} findings; the step log lists every finding (run \`china-filing check\` or set report-file for a file of them)._\n`
    }
    await appendStepSummary(file, summary)
  } catch (error) {
    warnSummaryNotWritten(error)
  }
}

/** Adds Markdown after a summary already written (a failure after the run reported). */
export async function appendToJobSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  await appendStepSummary(file, `\n${markdown}`).catch(warnSummaryNotWritten)
}

/**
 * Appends to the step's summary file (`$GITHUB_STEP_SUMMARY`, which the callers have checked is set),
 * as `core.summary.addRaw(markdown).write()` does, with its access check and message. core's summary
 * module takes `fs.promises` when it loads, and with it Node's streams and readline: about a tenth of
 * the action's start-up for one append (issue 10).
 */
async function appendStepSummary(file: string, markdown: string): Promise<void> {
  try {
    await access(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
    )
  }
  await appendFile(file, markdown, { encoding: 'utf8' })
}

/** The summary is a report, not the verdict: failing to write it only warns. */
function warnSummaryNotWritten(error: unknown): void {
  core.warning(`could not write the job summary: ${errorLine(error)}`)
}

export function setOutputs(result: GateResult, files: { reportFile?: string; sarifFile?: string }): void {
  setStepOutput('verdict', result.verdict)
  setStepOutput('blocking', JSON.stringify(result.blocking))
  setStepOutput('filing-numbers', JSON.stringify(result.filingNumbers))
  if (files.reportFile) setStepOutput('report-file', files.reportFile)
  if (files.sarifFile) setStepOutput('sarif-file', files.sarifFile)
}

const OUTPUT_DELIMITER = 'ghadelimiter_china-filing-gate'

/**
 * A step output, written to `$GITHUB_OUTPUT` in the format @actions/core writes: `name<<delimiter`, the
 * value, the delimiter, each on its own line. core.setOutput draws a delimiter from
 * `crypto.randomUUID()`, and loading `node:crypto` for it was about 2 ms (38M instructions) of every
 * action run (issue 10). The runner reads the value up to the first line equal to the delimiter, so
 * what keeps a value from ending its output early or adding another is a delimiter that occurs nowhere
 * in it, not a random one: a fixed delimiter is used when the value does not contain it, and core's
 * random one otherwise (a value from a declaration may contain anything).
 */
function setStepOutput(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT']
  // Without the file (an old runner, or the action run by hand) core prints the ::set-output command.
  if (!file || name.includes(OUTPUT_DELIMITER) || value.includes(OUTPUT_DELIMITER))
    return core.setOutput(name, value)
  // As core does: the runner creates the file, and writing anywhere else would lose the output.
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  appendFileSync(file, `${name}<<${OUTPUT_DELIMITER}${EOL}${value}${EOL}${OUTPUT_DELIMITER}${EOL}`, {
    encoding: 'utf8',
  })
}
