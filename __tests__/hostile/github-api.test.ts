/**
 * GitHub API faults, against the loopback fake: a hung or slow API, malformed JSON, rate limits,
 * transient 5xx and a huge answer. Publishing must end within its budget, say what happened, and
 * never change the verdict or the outputs. The limits are lowered through the environment so the
 * suite stays fast (a variable can only tighten them).
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'
import { apiLimitsFrom, DEFAULT_API_LIMITS } from '../../src/report/github-api.js'

const TODAY = '2026-11-29'
const LIMITS = {
  CHINA_FILING_GATE_API_TIMEOUT_MS: '400',
  CHINA_FILING_GATE_API_BUDGET_MS: '2500',
  CHINA_FILING_GATE_API_BACKOFF_MS: '20',
  CHINA_FILING_GATE_API_MAX_RESPONSE_BYTES: String(1024 * 1024),
}
const CHECK_RUNS = /\/check-runs$/
const RELEASE_BY_TAG = /\/releases\/tags\//

const created: string[] = []
let github: FakeGitHub
beforeEach(async () => {
  github = await startFakeGitHub()
})
afterEach(async () => {
  await github.close()
})
afterAll(async () => {
  await Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cfg-api-'))
  created.push(dir)
  await copyFile('examples/china-filing.yml', path.join(dir, 'china-filing.yml'))
  return dir
}

const event = async (name: string) =>
  JSON.parse(await readFile(`__tests__/fixtures/events/${name}.json`, 'utf8')) as Record<string, unknown>

/** A passing release of `shop` asking for both the check run and the release notes. */
async function release(): Promise<ActionRun & { ms: number }> {
  github.releases.set('shop-v2.3.0', { id: 777, tag_name: 'shop-v2.3.0', body: 'notes\n' })
  const started = Date.now()
  const run = await runAction({
    workspace: await workspace(),
    eventName: 'release',
    event: await event('release'),
    ref: 'refs/tags/shop-v2.3.0',
    apiUrl: github.url,
    inputs: { 'check-run': 'true', 'release-notes': 'true', today: TODAY },
    env: LIMITS,
  })
  return { ...run, ms: Date.now() - started }
}

/** The API never decides: every run here passes, whatever the API did. */
function expectVerdictUntouched(run: ActionRun) {
  expect(run.code).toBe(0)
  expect(run.outputs.verdict).toBe('pass')
  expect(JSON.parse(run.outputs['filing-numbers']!)).toEqual({ shop: '沪ICP备2023012345号-2A' })
  expect(run.stdout).not.toContain('ghs_secret_test_token')
  expect(run.stderr).not.toContain('ghs_secret_test_token')
}

const warnings = (run: ActionRun) =>
  run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::warning::'))
    .map((line) => line.slice('::warning::'.length))
const calls = () => github.requests.map((r) => `${r.method} ${r.url}`)

describe('GitHub API faults while publishing', () => {
  it('gives up on a hung API within the budget, and the verdict stands', async () => {
    github.fault('POST', CHECK_RUNS, { hang: true })
    github.fault('GET', RELEASE_BY_TAG, { hang: true })
    const run = await release()
    expectVerdictUntouched(run)
    expect(run.ms).toBeLessThan(8_000)
    expect(warnings(run)).toEqual([
      'check run not created: GitHub did not answer POST /repos/octo/shop/check-runs within 0.4 s. The annotations and the job summary still report every finding.',
      expect.stringMatching(
        /^release notes not updated: (GitHub did not answer GET \/repos\/octo\/shop\/releases\/tags\/shop-v2\.3\.0 within 0\.4 s|the 2\.5 s budget for publishing ran out before GET \/repos\/octo\/shop\/releases\/tags\/shop-v2\.3\.0 \(GitHub is slow or not answering\))\.$/,
      ),
    ])
    // A POST that may have been received is not sent twice (a second check run); a GET is retried.
    expect(calls().filter((c) => c.startsWith('POST'))).toHaveLength(1)
    expect(calls().filter((c) => c.startsWith('GET')).length).toBeGreaterThan(1)
    expect(calls().some((c) => c.startsWith('PATCH'))).toBe(false)
  })

  it('does not wait for a slow answer beyond the request timeout', async () => {
    github.fault('POST', CHECK_RUNS, { status: 201, body: '{"id":5}', delayMs: 30_000 })
    const run = await release()
    expectVerdictUntouched(run)
    expect(run.ms).toBeLessThan(8_000)
    expect(warnings(run)[0]).toBe(
      'check run not created: GitHub did not answer POST /repos/octo/shop/check-runs within 0.4 s. The annotations and the job summary still report every finding.',
    )
    // The release notes still get their own try within what is left of the budget.
    expect(github.releases.get('shop-v2.3.0')!.body).toContain('china-filing-gate:start')
  })

  it('treats malformed JSON as a failure, never PATCHing /releases/undefined', async () => {
    github.fault('POST', CHECK_RUNS, { status: 201, body: '{"id": 12, "html_url": "https://github.test/' })
    github.fault('GET', RELEASE_BY_TAG, { status: 200, body: '<html>Unicorn!</html>' })
    const run = await release()
    expectVerdictUntouched(run)
    expect(warnings(run)).toEqual([
      'check run not created: GitHub answered POST /repos/octo/shop/check-runs with 201 but malformed JSON. The annotations and the job summary still report every finding.',
      'release notes not updated: GitHub answered GET /repos/octo/shop/releases/tags/shop-v2.3.0 with 200 but malformed JSON.',
    ])
    expect(calls().filter((c) => c.startsWith('PATCH'))).toEqual([])
  })

  it('refuses well-formed JSON without an id before using it in a URL', async () => {
    github.fault('POST', CHECK_RUNS, { status: 201, body: '{"message":"ok"}' })
    github.fault('GET', RELEASE_BY_TAG, { status: 200, body: '{"id":"777; rm -rf /","body":"x"}' })
    const run = await release()
    expectVerdictUntouched(run)
    expect(warnings(run)).toEqual([
      "check run not created: GitHub's answer to the check run creation is not what the API documents. The annotations and the job summary still report every finding.",
      "release notes not updated: GitHub's answer to the release for tag shop-v2.3.0 is not what the API documents.",
    ])
    expect(calls().filter((c) => c.startsWith('PATCH'))).toEqual([])
  })

  it('does not PATCH a release whose id in the event payload is not a number', async () => {
    const run = await runAction({
      workspace: await workspace(),
      eventName: 'release',
      event: { release: { id: '../../releases', tag_name: 'shop-v2.3.0', body: '' } },
      ref: 'refs/tags/shop-v2.3.0',
      apiUrl: github.url,
      inputs: { 'release-notes': 'true', today: TODAY },
      env: LIMITS,
    })
    expectVerdictUntouched(run)
    expect(warnings(run)).toEqual([
      'release notes not updated: the release in the event payload is not what the API documents.',
    ])
    expect(calls()).toEqual(['GET /repos/octo/shop/releases/tags/shop-v2.3.0'])
  })

  it('explains a primary rate limit as rate limiting, with its reset time, and does not wait for it', async () => {
    const reset = Math.floor(Date.UTC(2026, 10, 29, 10, 15, 0) / 1000)
    const limited = {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: '{"message":"API rate limit exceeded for installation ID 1."}',
    }
    github.fault('POST', CHECK_RUNS, limited)
    github.fault('GET', RELEASE_BY_TAG, { ...limited, status: 429 })
    const run = await release()
    expectVerdictUntouched(run)
    expect(warnings(run)).toEqual([
      "check run not created: GitHub's API rate limit for this token is used up (403 on POST /repos/octo/shop/check-runs, x-ratelimit-remaining: 0; it resets at 10:15:00 UTC). This is rate limiting, not a permissions problem; re-run the job later. The annotations and the job summary still report every finding.",
      "release notes not updated: GitHub's API rate limit for this token is used up (429 on GET /repos/octo/shop/releases/tags/shop-v2.3.0, x-ratelimit-remaining: 0; it resets at 10:15:00 UTC). This is rate limiting, not a permissions problem; re-run the job later.",
    ])
    expect(run.stdout).not.toContain('permissions: checks: write')
    expect(calls()).toEqual([
      'POST /repos/octo/shop/check-runs',
      'GET /repos/octo/shop/releases/tags/shop-v2.3.0',
    ])
  })

  it('waits out a short secondary rate limit, and explains one longer than the budget', async () => {
    github.fault(
      'POST',
      CHECK_RUNS,
      {
        status: 403,
        headers: { 'retry-after': '1' },
        body: '{"message":"You have exceeded a secondary rate limit."}',
      },
      1,
    )
    github.fault('GET', RELEASE_BY_TAG, {
      status: 403,
      body: '{"message":"You have exceeded a secondary rate limit. Please wait a few minutes."}',
    })
    const run = await release()
    expectVerdictUntouched(run)
    expect(run.stdout).toContain('check run "China filing" created')
    expect(calls().filter((c) => c.startsWith('POST'))).toHaveLength(2)
    expect(warnings(run)).toEqual([
      "release notes not updated: GitHub's secondary rate limit stopped GET /repos/octo/shop/releases/tags/shop-v2.3.0 (403; it asked to wait 60 s, beyond the 2.5 s publishing budget). This is rate limiting, not a permissions problem: too many requests at once from this token.",
    ])
  })

  it('takes a 429 without rate-limit headers as a secondary rate limit, not an error of the request', async () => {
    github.fault('POST', CHECK_RUNS, { status: 429, headers: { 'retry-after': '0' }, body: '{}' }, 1)
    github.fault('GET', RELEASE_BY_TAG, { status: 429, body: '{"message":"Too Many Requests"}' })
    const run = await release()
    expectVerdictUntouched(run)
    expect(run.stdout).toContain('check run "China filing" created')
    expect(warnings(run)).toEqual([
      "release notes not updated: GitHub's secondary rate limit stopped GET /repos/octo/shop/releases/tags/shop-v2.3.0 (429; it asked to wait 60 s, beyond the 2.5 s publishing budget). This is rate limiting, not a permissions problem: too many requests at once from this token.",
    ])
  })

  it('retries a 5xx and succeeds, and names the status when it persists', async () => {
    github.fault('POST', CHECK_RUNS, { status: 502, body: '{"message":"Server Error"}' }, 2)
    github.fault('GET', RELEASE_BY_TAG, { status: 503, body: '{"message":"Service Unavailable"}' })
    const run = await release()
    expectVerdictUntouched(run)
    expect(run.stdout).toContain('check run "China filing" created')
    expect(calls().filter((c) => c.startsWith('POST'))).toHaveLength(3)
    expect(calls().filter((c) => c.startsWith('GET'))).toHaveLength(3)
    expect(warnings(run)).toEqual([
      'release notes not updated: the Releases API answered 503: Service Unavailable.',
    ])
  })

  it('stops reading a huge answer at the size limit', async () => {
    github.fault('GET', RELEASE_BY_TAG, { status: 200, hugeBytes: 256 * 1024 * 1024 })
    const run = await release()
    expectVerdictUntouched(run)
    expect(run.ms).toBeLessThan(8_000)
    expect(warnings(run)).toEqual([
      "release notes not updated: GitHub's answer to GET /repos/octo/shop/releases/tags/shop-v2.3.0 is larger than 1048576 bytes; it was not read.",
    ])
    expect(calls().filter((c) => c.startsWith('PATCH /repos/octo/shop/releases'))).toEqual([])
  })
})

describe('API limits', () => {
  it('can only be tightened by the environment', () => {
    expect(apiLimitsFrom({})).toEqual(DEFAULT_API_LIMITS)
    expect(
      apiLimitsFrom({
        CHINA_FILING_GATE_API_BUDGET_MS: '1000',
        CHINA_FILING_GATE_API_TIMEOUT_MS: '999999999',
        CHINA_FILING_GATE_API_MAX_ATTEMPTS: 'lots',
      }),
    ).toEqual({ ...DEFAULT_API_LIMITS, budgetMs: 1000 })
  })
})
