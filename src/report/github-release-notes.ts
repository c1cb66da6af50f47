/**
 * "China filing" section in the GitHub Release body: the filing numbers of the apps this release
 * ships, for the compliance record. Idempotent: the section sits between hidden markers, so a re-run
 * replaces it instead of adding another.
 */
import * as z from 'zod/mini'
import type { GateResult } from '../gate.js'
import { expectShape, explainApiError, idSchema } from './github-api.js'
import { codeCell, escapeCell, textCell } from './markdown.js'

export const SECTION_START = '<!-- china-filing-gate:start -->'
export const SECTION_END = '<!-- china-filing-gate:end -->'

export function releaseNotesSection(result: GateResult): string | undefined {
  const apps = result.apps.filter((a) => a.inScope && a.filingNumber && a.mainlandStores.length > 0)
  if (apps.length === 0) return undefined
  const rows = apps.map(
    (a) =>
      `| ${textCell(a.name)} (${codeCell(a.id)}) | ${codeCell(a.filingNumber!)} | ${escapeCell(a.mainlandStores.join(', '))} |`,
  )
  return [
    SECTION_START,
    '### China filing (APP备案)',
    '',
    '| App | Filing number | Mainland stores |',
    '|---|---|---|',
    ...rows,
    '',
    `_Checked by china-filing-gate on ${result.today}. Filings can be looked up at https://beian.miit.gov.cn._`,
    SECTION_END,
  ].join('\n')
}

/** The body with the section replaced (or appended when there is none yet). */
export function withReleaseNotesSection(body: string, section: string): string {
  const start = body.indexOf(SECTION_START)
  const end = body.indexOf(SECTION_END)
  if (start >= 0 && end > start)
    return `${body.slice(0, start)}${section}${body.slice(end + SECTION_END.length)}`
  const trimmed = body.trimEnd()
  return trimmed ? `${trimmed}\n\n${section}\n` : `${section}\n`
}

export interface ReleasesClient {
  getReleaseByTag(params: Record<string, unknown>): Promise<{ data: { id: number; body?: string | null } }>
  updateRelease(params: Record<string, unknown>): Promise<unknown>
}

export type ReleaseNotesOutcome =
  { status: 'updated'; releaseId: number } | { status: 'skipped'; reason: string }

export async function publishReleaseNotes(
  releases: ReleasesClient,
  repo: { owner: string; repo: string },
  tag: string,
  known: { id: number; body: string } | undefined,
  result: GateResult,
): Promise<ReleaseNotesOutcome> {
  if (result.verdict !== 'pass')
    return { status: 'skipped', reason: 'the gate blocked this release, so no filing numbers are published' }
  const section = releaseNotesSection(result)
  if (!section) return { status: 'skipped', reason: 'no app in this release is filed for a mainland store' }
  try {
    // Read the current body (the event payload may be stale); a draft release is not found by tag,
    // so fall back to the release the event named.
    const release = await releases.getReleaseByTag({ ...repo, tag }).then(
      (response) =>
        expectShape(releaseSchema, response.data, `GitHub's answer to the release for tag ${tag}`),
      (error: { status?: number }) => {
        if (known && error.status === 404)
          return expectShape(releaseSchema, known, 'the release in the event payload')
        throw error
      },
    )
    await releases.updateRelease({
      ...repo,
      release_id: release.id,
      body: withReleaseNotesSection(release.body ?? '', section),
    })
    return { status: 'updated', releaseId: release.id }
  } catch (error) {
    const status = (error as { status?: number }).status
    const reason =
      status === 404
        ? `there is no GitHub Release for tag ${tag} yet (create it before this step, or run on the release event)`
        : explainApiError(
            error,
            'Releases',
            'the token may not edit releases (403): the job needs permissions: contents: write',
          )
    return { status: 'skipped', reason }
  }
}

const releaseSchema = z.object({ id: idSchema, body: z.nullish(z.string()) })
