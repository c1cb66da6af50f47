/**
 * The action's entry: inputs and the event → the same check the CLI runs → annotations, summary,
 * outputs and files → pass or fail. Nothing runs at import time; `run()` is called by index.ts.
 */
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readInputs } from './inputs.js'
import { inferEventContext, readEventPayload } from './event.js'
import { runCheck, todayInChina } from '../check.js'
import { versionFromTag } from '../release/version.js'
import { UsageError } from '../usage-error.js'
import { resolveInWorkspace } from '../workspace.js'
import { renderJson } from '../report/json.js'
import { emitAnnotations, setOutputs, writeJobSummary } from '../report/github.js'
import type { GateResult } from '../gate.js'

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name))
    const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
    const event = inferEventContext(env, readEventPayload(env.GITHUB_EVENT_PATH))
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
      ...(event.pullRequest?.baseSha ? { baseSha: event.pullRequest.baseSha } : {}),
      confine: true,
    })

    const files = await writeReportFiles(result, workspace, inputs.reportFile, inputs.sarifFile, env)
    const annotations = emitAnnotations(result)
    const notes =
      annotations.hidden > 0
        ? [
            `_${annotations.hidden} findings were not shown as annotations (GitHub shows 10 per kind and step); all are listed above._`,
          ]
        : []
    const blobUrl =
      env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && event.sha
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${event.sha}`
        : undefined
    await writeJobSummary(result, blobUrl, notes)
    setOutputs(result, files)
    // Octokit and its HTTP stack load only for a run that publishes (issue 10): most runs make no API call.
    if (inputs.checkRun || inputs.releaseNotes)
      await (await import('./publish.js')).publishToGitHub(result, inputs, event, env, blobUrl)

    if (result.verdict === 'fail') {
      const errors = result.findings.filter((f) => f.severity === 'error').length
      core.setFailed(
        `China filing gate blocked ${result.blocking.length ? result.blocking.join(', ') : 'this run'}: ${errors} error${errors === 1 ? '' : 's'}${inputs.failOn === 'warning' ? ' (fail-on: warning counts warnings too)' : ''}. See the annotations and the job summary.`,
      )
    } else core.info(`China filing gate passed (${result.apps.filter((a) => a.inScope).length} apps judged).`)
  } catch (error) {
    if (error instanceof UsageError) core.setFailed(`china-filing-gate: ${error.message}`)
    else
      core.setFailed(
        `china-filing-gate: internal error: ${(error as Error)?.message ?? String(error)}. The gate could not decide, so it blocks.`,
      )
  }
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
  await mkdir(path.dirname(reportFile), { recursive: true })
  await writeFile(reportFile, renderJson(result))
  if (!sarifInput) return { reportFile }
  const sarifFile = resolveInWorkspace(workspace, sarifInput, 'sarif-file')
  await mkdir(path.dirname(sarifFile), { recursive: true })
  // The SARIF reporter (node:crypto, the rule docs) loads only when a SARIF file is asked for.
  const { renderSarif } = await import('../report/sarif.js')
  await writeFile(sarifFile, renderSarif(result))
  return { reportFile, sarifFile }
}
