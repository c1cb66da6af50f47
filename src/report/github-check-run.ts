/**
 * The "China filing" check run: conclusion, title, summary and every finding as an annotation. The
 * Checks API takes at most 50 annotations per request, so the first batch goes with the create call
 * and the rest with updates (as mikepenz/action-junit-report does). On a release the title carries
 * the filing numbers. A 403 (fork pull requests, a token without `checks: write`) only warns: the
 * workflow annotations already carry every finding, and the verdict does not depend on the check run.
 */
import { findingPlace, type Finding } from '../findings.js'
import type { GateResult } from '../gate.js'
import { renderSummary } from './summary.js'
import * as z from 'zod/mini'
import { expectShape, explainApiError, idSchema } from './github-api.js'

export const CHECK_RUN_NAME = 'China filing'
export const ANNOTATIONS_PER_REQUEST = 50
/** The Checks API limits output.summary to 65535 characters. */
const MAX_SUMMARY = 65_535

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'failure' | 'warning' | 'notice'
  message: string
  title: string
}

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const

export function toCheckAnnotation(finding: Finding, config: string): CheckAnnotation {
  // Every annotation needs a path and a line; a finding about the whole run points at the
  // declaration, one about a built artifact at the artifact's line 1 (the API has no whole-file form).
  const place = findingPlace(finding) ?? { file: config, line: 1, column: 1 }
  const loc = { ...place, line: place.line ?? 1, column: place.column ?? 1 }
  const annotation: CheckAnnotation = {
    path: loc.file,
    start_line: loc.line,
    end_line: loc.endLine ?? loc.line,
    annotation_level: LEVEL[finding.severity],
    message: finding.message,
    title: finding.app ? `${finding.rule} (${finding.app})` : finding.rule,
  }
  // Columns are accepted only when the annotation stays on one line.
  if (annotation.end_line === annotation.start_line && place.line !== undefined) {
    annotation.start_column = loc.column
    annotation.end_column = loc.endColumn ?? loc.column
  }
  return annotation
}

export function checkRunTitle(result: GateResult): string {
  const judged = result.apps.filter((a) => a.inScope)
  if (result.mode === 'release' && result.verdict === 'pass') {
    const numbered = judged.filter((a) => a.filingNumber && a.mainlandStores.length > 0)
    if (numbered.length > 0) {
      const version = result.version ? ` ${result.version}` : ''
      return numbered.map((a) => `${a.id}${version}: ${a.filingNumber}`).join('; ')
    }
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length
  const warnings = result.findings.filter((f) => f.severity === 'warning').length
  if (result.verdict === 'fail' && !result.enforced) {
    return `Not enforced (fail-on: never): ${result.blocking.length ? `${result.blocking.join(', ')} fail` : 'the run fails'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
  }
  if (result.verdict === 'fail') {
    return `Blocked${result.blocking.length ? `: ${result.blocking.join(', ')}` : ''} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
  }
  return `Passed: ${judged.length} app${judged.length === 1 ? '' : 's'} judged${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`
}

export interface CheckRunPlan {
  name: string
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  summary: string
  batches: CheckAnnotation[][]
}

export function planCheckRun(result: GateResult, blobUrl?: string): CheckRunPlan {
  const annotations = result.findings.map((f) => toCheckAnnotation(f, result.config))
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  let summary = renderSummary(result, blobUrl ? { blobUrl } : {})
  if (summary.length > MAX_SUMMARY)
    summary = `${summary.slice(0, MAX_SUMMARY - 200)}\n\n_The summary was cut at GitHub's limit; the annotations list every finding._\n`
  return {
    name: CHECK_RUN_NAME,
    // fail-on: never reports failures without blocking: neutral, not a green tick over non-compliant apps.
    conclusion: result.verdict === 'pass' ? 'success' : result.enforced ? 'failure' : 'neutral',
    title: checkRunTitle(result),
    summary,
    batches: batches.length ? batches : [[]],
  }
}

/** The slice of Octokit the check run needs, so tests and the action share one code path. */
export interface ChecksClient {
  create(params: Record<string, unknown>): Promise<{ data: { id: number; html_url?: string | null } }>
  update(params: Record<string, unknown>): Promise<unknown>
}

export type CheckRunOutcome =
  { status: 'created'; id: number; url?: string } | { status: 'skipped'; reason: string }

export async function publishCheckRun(
  checks: ChecksClient,
  repo: { owner: string; repo: string },
  headSha: string,
  plan: CheckRunPlan,
): Promise<CheckRunOutcome> {
  const output = (annotations: CheckAnnotation[]) => ({
    title: plan.title,
    summary: plan.summary,
    annotations,
  })
  try {
    const [first, ...rest] = plan.batches
    const { data } = await checks.create({
      ...repo,
      name: plan.name,
      head_sha: headSha,
      status: 'completed',
      conclusion: plan.conclusion,
      completed_at: new Date().toISOString(),
      output: output(first ?? []),
    })
    // The id goes into the next URL: a malformed answer must stop here, not PATCH /check-runs/undefined.
    const created = expectShape(createdSchema, data, "GitHub's answer to the check run creation")
    for (const batch of rest)
      await checks.update({ ...repo, check_run_id: created.id, output: output(batch) })
    return { status: 'created', id: created.id, ...(created.html_url ? { url: created.html_url } : {}) }
  } catch (error) {
    return {
      status: 'skipped',
      reason: explainApiError(
        error,
        'Checks',
        'the token may not write checks (403): fork pull requests get a read-only token, and the job needs permissions: checks: write',
      ),
    }
  }
}

const createdSchema = z.object({ id: idSchema, html_url: z.nullish(z.string().check(z.maxLength(2000))) })
