/**
 * What the triggering event says about the run: the mode (DESIGN §5), the release tag, the commit a
 * check run belongs to, and for pull requests the base and head.
 */
import { readFileSync } from 'node:fs'
import type { Mode } from '../scope.js'
import { tagFromRef } from '../release/version.js'

export interface EventContext {
  eventName: string
  mode: Mode
  tag?: string
  /** The commit the verdict is about: PR head, tagged commit, or the pushed commit. */
  sha?: string
  pullRequest?: { number: number; baseSha?: string; headSha?: string; baseRef?: string }
  release?: { id: number; tagName: string; body: string }
  payload: Record<string, unknown>
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'merge_group']

export function readEventPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch {
    // No readable payload (local runs): the event name and ref still decide the mode.
    return {}
  }
}

export function inferEventContext(env: NodeJS.ProcessEnv, payload: Record<string, unknown>): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const ref = env.GITHUB_REF
  const release = payload.release as { id?: number; tag_name?: string; body?: string | null } | undefined
  const pr = payload.pull_request as
    { number?: number; base?: { sha?: string; ref?: string }; head?: { sha?: string } } | undefined
  const mergeGroup = payload.merge_group as
    { base_sha?: string; head_sha?: string; base_ref?: string } | undefined

  const tag = eventName === 'release' ? (release?.tag_name ?? tagFromRef(ref)) : tagFromRef(ref)
  let mode: Mode = 'audit'
  if (eventName === 'release' || (eventName === 'push' && tag !== undefined)) mode = 'release'
  else if (PULL_REQUEST_EVENTS.includes(eventName)) mode = 'pull-request'

  const context: EventContext = {
    eventName,
    mode,
    payload,
    ...(tag !== undefined && mode === 'release' ? { tag } : {}),
  }
  if (pr) {
    context.pullRequest = {
      number: pr.number ?? 0,
      ...(pr.base?.sha ? { baseSha: pr.base.sha } : {}),
      ...(pr.head?.sha ? { headSha: pr.head.sha } : {}),
      ...(pr.base?.ref ? { baseRef: pr.base.ref } : {}),
    }
    context.sha = pr.head?.sha ?? env.GITHUB_SHA
  } else if (mergeGroup) {
    context.pullRequest = {
      number: 0,
      ...(mergeGroup.base_sha ? { baseSha: mergeGroup.base_sha } : {}),
      ...(mergeGroup.head_sha ? { headSha: mergeGroup.head_sha } : {}),
    }
    context.sha = mergeGroup.head_sha ?? env.GITHUB_SHA
  } else context.sha = env.GITHUB_SHA
  if (release?.id !== undefined && release.tag_name) {
    context.release = { id: release.id, tagName: release.tag_name, body: release.body ?? '' }
  }
  return context
}
