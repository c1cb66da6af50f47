/**
 * How the action talks to the GitHub REST API: every request time-boxed, all of publishing inside one
 * time budget, every answer size-bounded and parsed before Octokit sees it, retries where GitHub says
 * they help, and failures explained as what happened (rate limited, timed out, malformed) rather than
 * as a permissions problem. Publishing is a courtesy: the verdict and outputs are set before it runs
 * and never depend on it.
 *
 * This is a fetch wrapper handed to Octokit (`request.fetch`) rather than @octokit/plugin-retry and
 * @octokit/plugin-throttling: those retry and throttle, but neither time-boxes a request, bounds a
 * total budget or caps a response's size, which a hung or hostile API needs, and a rate limit whose
 * reset is minutes away should end publishing at once (the throttling plugin would wait for it).
 */
import * as z from 'zod/mini'

/** Why a call to the API did not give a usable answer; its message says what happened. */
export class ApiFault extends Error {
  override name = 'ApiFault'
  /** True when nothing was answered (timeout, connection lost): an idempotent request may be re-sent. */
  readonly retriable: boolean
  constructor(message: string, retriable = false) {
    super(message)
    this.retriable = retriable
  }
}

export interface ApiLimits {
  /** One request, from sending to the last byte of the answer. */
  requestTimeoutMs: number
  /** Everything the action publishes (check run + release notes), retries and waits included. */
  budgetMs: number
  /** The largest answer read; a release with many assets is a few hundred KB. */
  maxResponseBytes: number
  /** Tries per request: for answers GitHub documents as transient (5xx, secondary rate limit), and for reads that got no answer. */
  maxAttempts: number
  /** First wait before retrying a 5xx; doubles each time. */
  backoffMs: number
}

export const DEFAULT_API_LIMITS: ApiLimits = {
  requestTimeoutMs: 20_000,
  budgetMs: 60_000,
  maxResponseBytes: 8 * 1024 * 1024,
  maxAttempts: 3,
  backoffMs: 1_000,
}

const LIMIT_VARIABLES: Record<keyof ApiLimits, string> = {
  requestTimeoutMs: 'CHINA_FILING_GATE_API_TIMEOUT_MS',
  budgetMs: 'CHINA_FILING_GATE_API_BUDGET_MS',
  maxResponseBytes: 'CHINA_FILING_GATE_API_MAX_RESPONSE_BYTES',
  maxAttempts: 'CHINA_FILING_GATE_API_MAX_ATTEMPTS',
  backoffMs: 'CHINA_FILING_GATE_API_BACKOFF_MS',
}

/**
 * The limits, each lowered by its environment variable when set (the tests use them to stay fast);
 * a variable can only tighten a limit, never loosen it.
 */
export function apiLimitsFrom(env: NodeJS.ProcessEnv): ApiLimits {
  const limits = { ...DEFAULT_API_LIMITS }
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof ApiLimits)[]) {
    const value = Number(env[LIMIT_VARIABLES[key]])
    if (Number.isInteger(value) && value >= 0 && value < limits[key]) limits[key] = Math.max(value, 1)
  }
  return limits
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * The methods re-sent when no answer came: a POST that timed out may have created a check run, and a
 * PATCH of a check run appends its annotations, so sending either twice could duplicate them.
 */
const SAFE_TO_RESEND = new Set(['GET', 'HEAD'])

interface BufferedAnswer {
  status: number
  statusText: string
  headers: Headers
  bytes: Uint8Array
}

/**
 * A fetch for Octokit that enforces `limits` against one shared deadline. It throws an ApiFault (which
 * Octokit passes on as the error's `cause`) for a timeout, an exhausted budget, an oversized or
 * malformed answer, or a rate limit; it returns GitHub's answer otherwise, 4xx included.
 */
export function boundedFetch(
  inner: Fetch,
  limits: ApiLimits,
  deadline: number = Date.now() + limits.budgetMs,
): Fetch {
  return async (url, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase()
    const what = `${method} ${new URL(url).pathname}`
    for (let attempt = 1; ; attempt++) {
      const remaining = deadline - Date.now()
      if (remaining <= 0)
        throw new ApiFault(
          `the ${seconds(limits.budgetMs)} budget for publishing ran out before ${what} (GitHub is slow or not answering)`,
        )
      let answer: BufferedAnswer
      try {
        answer = await fetchWithin(inner, url, init, Math.min(limits.requestTimeoutMs, remaining), limits)
      } catch (error) {
        if (!(error instanceof ApiFault) || !error.retriable) throw error
        if (attempt >= limits.maxAttempts || !SAFE_TO_RESEND.has(method)) throw error
        continue
      }
      const wait = retryWait(answer, attempt, limits, what)
      if (wait === undefined) return toResponse(answer, what)
      // A persistent 5xx reaches Octokit as itself, so the user sees GitHub's status and message.
      if (attempt >= limits.maxAttempts && !wait.rateLimited) return toResponse(answer, what)
      if (attempt >= limits.maxAttempts || Date.now() + wait.ms >= deadline)
        throw giveUp(answer, wait, attempt, limits, what)
      await sleep(wait.ms)
    }
  }
}

/** One request, aborted after `timeoutMs`, its answer read up to the size limit. */
async function fetchWithin(
  inner: Fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  limits: ApiLimits,
): Promise<BufferedAnswer> {
  const method = (init.method ?? 'GET').toUpperCase()
  const what = `${method} ${new URL(url).pathname}`
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await inner(url, { ...init, signal: controller.signal })
    const declared = Number(response.headers.get('content-length'))
    if (declared > limits.maxResponseBytes) {
      await response.body?.cancel().catch(() => undefined)
      throw tooLarge(what, limits)
    }
    const chunks: Uint8Array[] = []
    let size = 0
    if (response.body) {
      const reader = response.body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        size += value.byteLength
        if (size > limits.maxResponseBytes) {
          await reader.cancel().catch(() => undefined)
          throw tooLarge(what, limits)
        }
        chunks.push(value)
      }
    }
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      bytes: Buffer.concat(chunks),
    }
  } catch (error) {
    if (error instanceof ApiFault) throw error
    throw controller.signal.aborted
      ? new ApiFault(`GitHub did not answer ${what} within ${seconds(timeoutMs)}`, true)
      : new ApiFault(`${what} failed before GitHub answered: ${causeOf(error)}`, true)
  } finally {
    clearTimeout(timer)
  }
}

function tooLarge(what: string, limits: ApiLimits): ApiFault {
  return new ApiFault(
    `GitHub's answer to ${what} is larger than ${limits.maxResponseBytes} bytes; it was not read`,
  )
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause
  const message = cause instanceof Error ? cause.message : (error as Error)?.message
  return (message ?? String(error)).split('\n')[0]!.slice(0, 200)
}

/**
 * Whether and how long to wait before trying again, per GitHub's "Rate limits for the REST API":
 * a primary limit (403/429 with x-ratelimit-remaining: 0) lasts until x-ratelimit-reset, usually
 * minutes, so it ends publishing at once with that time; a secondary limit (a 429, or a 403 with
 * retry-after or saying "secondary rate limit") asks for retry-after seconds, or at least a minute;
 * 5xx is retried with a doubling backoff.
 */
function retryWait(
  answer: BufferedAnswer,
  attempt: number,
  limits: ApiLimits,
  what: string,
): { ms: number; rateLimited: boolean } | undefined {
  const { status, headers } = answer
  if (status === 403 || status === 429) {
    if (headers.get('x-ratelimit-remaining') === '0') {
      const reset = Number(headers.get('x-ratelimit-reset'))
      const at = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined
      throw new ApiFault(
        `GitHub's API rate limit for this token is used up (${status} on ${what}, x-ratelimit-remaining: 0${at ? `; it resets at ${at.toISOString().slice(11, 19)} UTC` : ''}). This is rate limiting, not a permissions problem; re-run the job later`,
      )
    }
    // retry-after is in seconds; an HTTP-date form is treated as absent (GitHub sends seconds).
    const header = headers.get('retry-after')
    const retryAfter = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : undefined
    const secondary =
      status === 429 ||
      retryAfter !== undefined ||
      /secondary rate limit/i.test(Buffer.from(answer.bytes.subarray(0, 4096)).toString('utf8'))
    if (!secondary) return undefined
    return { ms: retryAfter !== undefined ? retryAfter * 1000 : 60_000, rateLimited: true }
  }
  if (status >= 500 && status <= 599) return { ms: limits.backoffMs * 2 ** (attempt - 1), rateLimited: false }
  return undefined
}

/** Why publishing stops instead of waiting `wait.ms` for another try. */
function giveUp(
  answer: BufferedAnswer,
  wait: { ms: number; rateLimited: boolean },
  attempt: number,
  limits: ApiLimits,
  what: string,
): ApiFault {
  const tries = `${attempt} time${attempt === 1 ? '' : 's'}`
  const reason =
    attempt >= limits.maxAttempts
      ? `after ${tries}`
      : `it asked to wait ${seconds(wait.ms)}, beyond the ${seconds(limits.budgetMs)} publishing budget`
  if (wait.rateLimited)
    return new ApiFault(
      `GitHub's secondary rate limit stopped ${what} (${answer.status}; ${reason}). This is rate limiting, not a permissions problem: too many requests at once from this token`,
    )
  return new ApiFault(
    `GitHub answered ${what} with ${answer.status} ${tries}, and the ${seconds(limits.budgetMs)} publishing budget leaves no time to retry`,
  )
}

/** Octokit's Response: the bytes already read; a 2xx JSON answer must parse. */
function toResponse(answer: BufferedAnswer, what: string): Response {
  const contentType = answer.headers.get('content-type') ?? ''
  if (answer.status >= 200 && answer.status < 300 && /json/i.test(contentType) && answer.bytes.length > 0) {
    try {
      JSON.parse(Buffer.from(answer.bytes).toString('utf8'))
    } catch {
      throw new ApiFault(`GitHub answered ${what} with ${answer.status} but malformed JSON`)
    }
  }
  const empty = answer.status === 204 || answer.status === 205 || answer.status === 304
  return new Response(empty ? null : answer.bytes, {
    status: answer.status,
    statusText: answer.statusText,
    headers: answer.headers,
  })
}

/**
 * Checks that an answer has the shape the next call relies on (e.g. a numeric id before PATCHing
 * `/releases/{id}`), so a malformed answer is a failure, never a request to `/releases/undefined`.
 */
export function expectShape<T>(schema: z.ZodMiniType<T>, data: unknown, what: string): T {
  // `what` names the value checked, e.g. "GitHub's answer to the check run creation".
  const parsed = schema.safeParse(data)
  if (!parsed.success) throw new ApiFault(`${what} is not what the API documents`)
  return parsed.data
}

export const idSchema = z.int().check(z.positive(), z.maximum(Number.MAX_SAFE_INTEGER))

/**
 * What to tell the user about a failed call: the transport's own fault first (Octokit wraps it as
 * `cause`), then GitHub's status. `forbidden` explains a plain 403 (a permission missing).
 */
export function explainApiError(error: unknown, api: string, forbidden: string): string {
  const fault = error instanceof ApiFault ? error : (error as { cause?: unknown })?.cause
  if (fault instanceof ApiFault) return fault.message
  const status = (error as { status?: number })?.status
  if (status === 403) return forbidden
  const message = ((error as Error)?.message ?? '').split('\n')[0]!.slice(0, 200)
  return `the ${api} API answered ${status ?? 'with an error'}${message ? `: ${message}` : ''}`
}
