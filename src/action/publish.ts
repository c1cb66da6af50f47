/**
 * What the action sends to the GitHub API, when asked: the check run and the release notes. Neither
 * decides the verdict, and neither failing breaks the job: each only warns, saying what to change.
 * All requests share one time budget and go through boundedFetch (timeouts, retries, size caps).
 */
import * as core from '@actions/core'
import { errorLine } from '../settle.js'
import { apiLimitsFrom, boundedFetch } from '../report/github-api.js'
import type { GateResult } from '../gate.js'
import type { ActionInputs } from './inputs.js'
import type { EventContext } from './event.js'
import { planCheckRun, publishCheckRun, type ChecksClient } from '../report/github-check-run.js'
import { publishReleaseNotes, type ReleasesClient } from '../report/github-release-notes.js'

export async function publishToGitHub(
  result: GateResult,
  inputs: ActionInputs,
  event: EventContext,
  env: NodeJS.ProcessEnv,
  blobUrl: string | undefined,
): Promise<void> {
  if (!inputs.checkRun && !inputs.releaseNotes) return
  try {
    await publish(result, inputs, event, env, blobUrl)
  } catch (error) {
    // Outputs and the verdict are already set; a fault here must not turn a pass into a failure.
    core.warning(
      `publishing to GitHub failed: ${errorLine(inputs.token ? withoutTokenIn(error, inputs.token) : error)}. The annotations and summary report every finding.`,
    )
  }
}

/**
 * Text that came from the API (an error's message, a URL) with the token cut out. An API, a proxy
 * or a stand-in may echo the request's headers back in an error's body, and the runner masks only
 * the secrets it knows of: a token passed in some other way would be printed.
 */
function withoutToken(text: string, token: string | undefined): string {
  return token ? text.replaceAll(token, '***') : text
}

/** The error, its message (and its cause's) without the token; what else it carries is not printed. */
function withoutTokenIn(error: unknown, token: string): unknown {
  for (let e = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    if (e.message.includes(token)) e.message = withoutToken(e.message, token)
  }
  return error
}

async function publish(
  result: GateResult,
  inputs: ActionInputs,
  event: EventContext,
  env: NodeJS.ProcessEnv,
  blobUrl: string | undefined,
): Promise<void> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!inputs.token || !owner || !repo) {
    core.warning(
      'check-run / release-notes need a token and GITHUB_REPOSITORY; skipped. The annotations and summary report every finding.',
    )
    return
  }
  // GITHUB_API_URL is passed explicitly: @actions/github reads it only once, at import time. Our fetch
  // wraps @actions/github's own (which honours the runner's proxy settings): `request` replaces it.
  const limits = apiLimitsFrom(env)
  // Octokit loads only when the run publishes (issue 10: most runs make no API call).
  const [{ getOctokit }, { defaults: githubDefaults }] = await Promise.all([
    import('@actions/github'),
    import('@actions/github/lib/utils'),
  ])
  const innerFetch = (githubDefaults.request?.fetch ?? globalThis.fetch) as typeof fetch
  const octokit = getOctokit(inputs.token, {
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    request: { fetch: boundedFetch(innerFetch, limits) },
  })
  const coordinates = { owner, repo }
  // An error's message is cut down to a line before it is printed: the token goes first, whole.
  const scrub = <R>(call: Promise<R>): Promise<R> =>
    call.catch((error: unknown) => {
      throw withoutTokenIn(error, inputs.token!)
    })
  // Narrow Octokit to the calls we make; the parameter objects are built (and tested) in src/report.
  const checks: ChecksClient = {
    create: (params) => scrub(octokit.rest.checks.create(params as never)),
    update: (params) => scrub(octokit.rest.checks.update(params as never)),
  }
  const releases: ReleasesClient = {
    getReleaseByTag: (params) => scrub(octokit.rest.repos.getReleaseByTag(params as never)),
    updateRelease: (params) => scrub(octokit.rest.repos.updateRelease(params as never)),
  }

  if (inputs.checkRun) {
    if (!event.sha) core.warning('check-run: no commit SHA in the event (GITHUB_SHA is unset); skipped.')
    else {
      const outcome = await publishCheckRun(checks, coordinates, event.sha, planCheckRun(result, blobUrl))
      if (outcome.status === 'created')
        core.info(
          `check run "China filing" created on ${event.sha}${outcome.url ? `: ${withoutToken(outcome.url, inputs.token)}` : ''}`,
        )
      else
        core.warning(
          `check run not created: ${withoutToken(outcome.reason, inputs.token)}. The annotations and the job summary still report every finding.`,
        )
    }
  }

  if (inputs.releaseNotes) {
    const tag = result.tag
    if (result.mode !== 'release' || !tag) {
      core.info('release-notes: not a release run; nothing to add.')
      return
    }
    const outcome = await publishReleaseNotes(
      releases,
      coordinates,
      tag,
      event.release ? { id: event.release.id, body: event.release.body } : undefined,
      result,
    )
    if (outcome.status === 'updated') core.info(`release ${tag}: "China filing" section written`)
    else core.warning(`release notes not updated: ${withoutToken(outcome.reason, inputs.token)}.`)
  }
}
