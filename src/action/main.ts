/**
 * The action's entry: inputs and the event → the same check the CLI runs → annotations, summary,
 * outputs and files → pass or fail. Nothing runs at import time; `run()` is called by index.ts.
 */
import * as core from '@actions/core'
import os from 'node:os'
import path from 'node:path'
import { readInputs } from './inputs.js'
import { inferEventContext, readEventPayload } from './event.js'
import { parseToday, runCheck, todayInChina } from '../check.js'
import { loadSemver, versionFromTag } from '../release/version.js'
import { UsageError } from '../usage-error.js'
import { resolveInWorkspace, writeFileSafely } from '../workspace.js'
import { renderJson } from '../report/json.js'
import { appendToJobSummary, emitAnnotations, setOutputs, writeJobSummary } from '../report/github.js'
import { blockingCounts, type GateResult } from '../gate.js'
import {
  INTERNAL_RULE,
  USAGE_RULE,
  usageFailureResult,
  withRunFailure,
  type RunFailureRule,
} from '../report/usage-failure.js'
import { checkedSummary } from '../report/text.js'
import { textCell } from '../report/markdown.js'
import { oneLine } from '../report/stdout-guard.js'
import { boundMessage } from '../excerpt.js'
import { internalErrorMessage } from '../settle.js'
import { MODES, type Mode } from '../scope.js'
import { FAIL_ON_LEVELS, type FailOn } from '../verdict.js'

/** How far a run got, so a failure neither loses the real report nor writes a second summary. */
interface Progress {
  result?: GateResult
  summaryWritten: boolean
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const progress: Progress = { summaryWritten: false }
  try {
    // Read first (it never throws): with the version input, it tells whether semver is needed.
    const event = inferEventContext(env, readEventPayload(env.GITHUB_EVENT_PATH))
    // The version input and a release tag are read with semver, loaded only for a run that has either.
    if (core.getInput('version') || event.tag !== undefined) await loadSemver()
    const inputs = readInputs((name) => core.getInput(name))
    const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
    const mode = inputs.mode ?? event.mode
    const tag = mode === 'release' ? event.tag : undefined
    const version = inputs.version ?? (tag !== undefined ? versionFromTag(tag) : undefined)
    core.info(
      `china-filing-gate: ${mode} mode (event ${event.eventName || 'none'}${tag ? `, tag ${tag}` : ''}), config ${inputs.config}`,
    )

    const result = await runCheck({
      workspace,
      config: inputs.config,
      mode,
      failOn: inputs.failOn,
      today: inputs.today ?? todayInChina(),
      ...(inputs.apps ? { apps: inputs.apps } : {}),
      ...(inputs.stores ? { stores: inputs.stores } : {}),
      ...(tag !== undefined ? { tag } : {}),
      ...(version !== undefined ? { version } : {}),
      ...(inputs.artifacts ? { artifacts: inputs.artifacts } : {}),
      certificateExpiryDays: inputs.certificateExpiryDays,
      ...(event.pullRequest?.baseSha ? { baseSha: event.pullRequest.baseSha } : {}),
      confine: true,
    })
    progress.result = result

    const files = await writeReportFiles(result, workspace, inputs.reportFile, inputs.sarifFile, env)
    // The warnings the step itself may give after the findings': a check run or release notes not
    // written, and a failure not enforced (fail-on: never).
    const stepWarnings =
      Number(inputs.checkRun) +
      Number(inputs.releaseNotes) +
      Number(result.verdict === 'fail' && !result.enforced)
    const annotations = emitAnnotations(result, { stepWarnings })
    const notes =
      annotations.hidden > 0
        ? [
            `_${annotations.hidden} findings were not shown as annotations (GitHub shows 10 per kind and step); all are listed above, and in the step log._`,
          ]
        : []
    const blobUrl =
      env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && event.sha
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${event.sha}`
        : undefined
    await writeJobSummary(result, blobUrl, notes)
    progress.summaryWritten = true
    setOutputs(result, files)
    // Octokit and its HTTP stack load only for a run that publishes (issue 10): most runs make no API call.
    if (inputs.checkRun || inputs.releaseNotes)
      await (await import('./publish.js')).publishToGitHub(result, inputs, event, env, blobUrl)

    core.info(oneLine(verifiedLine(result)))
    if (result.verdict === 'fail' && !result.enforced) {
      core.warning(
        `China filing gate is not enforced (fail-on: never): ${result.blocking.length ? result.blocking.join(', ') : 'this run'} would be blocked. See the job summary.`,
      )
    } else if (result.verdict === 'fail') {
      const { errors, warnings } = blockingCounts(result)
      const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
      core.setFailed(
        `China filing gate blocked ${result.blocking.length ? result.blocking.join(', ') : 'this run'}: ${count(errors, 'error')}${inputs.failOn === 'warning' ? ` and ${count(warnings, 'warning')} (fail-on: warning blocks on warnings too)` : ''}. See the annotations and the job summary.`,
      )
    } else core.info(`China filing gate passed (${result.apps.filter((a) => a.inScope).length} apps judged).`)
  } catch (error) {
    // Bounded and escaped once, here: the finding, the step's failure and the summary all show it, and
    // an exception's text can quote a file.
    const message = boundMessage(
      error instanceof UsageError
        ? error.describe('input')
        : internalErrorMessage('china-filing-gate', error),
    )
    await reportFailure(message, error instanceof UsageError ? USAGE_RULE : INTERNAL_RULE, progress, env)
    core.setFailed(`china-filing-gate: ${message}`)
  }
}

/** What the run verified, for the log: the apps judged and each artifact read, with its app. */
function verifiedLine(result: GateResult): string {
  const judged = result.apps.filter((a) => a.inScope).map((a) => a.id)
  const artifacts = result.evidence.artifacts.map(
    (a) =>
      `${a.file} (${a.error !== undefined ? 'unreadable' : `${a.id}${a.app ? `, ${a.app}` : ', no declared app'}`})`,
  )
  return `china-filing-gate verified ${judged.length ? `apps ${judged.join(', ')}` : 'no app'} against ${result.config}${checkedSummary(result)}${artifacts.length ? `: ${artifacts.join('; ')}` : ''}`
}

/**
 * A run that failed still sets verdict=fail, and writes the job summary and the report/SARIF files
 * when asked (issue 7.7). If the check ran, its findings are kept and the error is added to them, so
 * a failure after the report was written (a SARIF path that cannot be written, a crash while
 * publishing) does not replace the real report; a summary already written gets only the error. Each
 * step is best effort: a failure here only warns, the step fails anyway.
 */
async function reportFailure(
  message: string,
  rule: RunFailureRule,
  progress: Progress,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const raw = (name: string) => core.getInput(name).trim()
  // What the run would have been, as far as the inputs that did not fail tell: the event's mode and
  // tag (a tag push is a release, DESIGN §5), the today input when it is a date.
  const event = inferEventContext(env, readEventPayload(env.GITHUB_EVENT_PATH))
  const mode = (MODES as readonly string[]).includes(raw('mode')) ? (raw('mode') as Mode) : event.mode
  const failOn = (FAIL_ON_LEVELS as readonly string[]).includes(raw('fail-on'))
    ? (raw('fail-on') as FailOn)
    : 'error'
  const tag = mode === 'release' ? event.tag : undefined
  const today = (() => {
    try {
      return raw('today') ? parseToday(raw('today')) : todayInChina()
    } catch {
      return todayInChina()
    }
  })()
  const result = progress.result
    ? withRunFailure(progress.result, message, rule)
    : usageFailureResult(
        message,
        {
          mode,
          failOn,
          today,
          config: raw('config') || 'china-filing.yml',
          ...(tag !== undefined ? { tag } : {}),
        },
        rule,
      )
  let files: { reportFile?: string; sarifFile?: string } = {}
  try {
    const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
    files = await writeReportFiles(
      result,
      workspace,
      raw('report-file') || undefined,
      raw('sarif-file') || undefined,
      env,
    )
  } catch (error) {
    core.warning(`could not write the report files: ${oneLine((error as Error).message)}`)
  }
  if (progress.summaryWritten) await appendToJobSummary(`> [!CAUTION]\n> ${textCell(message)}\n`)
  else await writeJobSummary(result, undefined, [])
  setOutputs(result, files)
}

async function writeReportFiles(
  result: GateResult,
  workspace: string,
  reportInput: string | undefined,
  sarifInput: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<{ reportFile: string; sarifFile?: string }> {
  const reportFile = reportInput
    ? resolveInWorkspace(workspace, reportInput, 'report-file')
    : path.join(env.RUNNER_TEMP || os.tmpdir(), 'china-filing-report.json')
  // Symlinked folders or files in the checkout must not redirect the write (see writeFileSafely).
  await writeFileSafely(
    workspace,
    reportFile,
    renderJson(result),
    'report-file',
    reportInput ?? reportFile,
    !!reportInput,
  )
  if (!sarifInput) return { reportFile }
  const sarifFile = resolveInWorkspace(workspace, sarifInput, 'sarif-file')
  // The SARIF reporter (node:crypto, the rule docs) loads only when a SARIF file is asked for.
  const { renderSarif } = await import('../report/sarif.js')
  await writeFileSafely(workspace, sarifFile, renderSarif(result), 'sarif-file', sarifInput, true)
  return { reportFile, sarifFile }
}
