/**
 * The value checks of `china-filing.yml` that are not plain types: fingerprints, dates, ids, hosting,
 * stores, ranges, provinces, credit codes. One definition each, used by the zod schema (schema.ts),
 * which turns a problem into an issue with its message and hint, and by the fast validity check
 * (valid.ts), which only asks whether there is one. Free of zod, so a valid declaration is accepted
 * without loading it (issue 10).
 */
import { STORE_IDS, MINI_PROGRAM_PLATFORMS } from '../catalog/stores.js'
import { provinceSpellings, resolveProvince } from '../catalog/provinces.js'
import { escapeControls, quoteExcerpt } from '../excerpt.js'
import { closestMatch } from './suggest.js'
import { isCalendarDate } from '../china-time.js'

/** A problem with a value: what is wrong, how to fix it, and where below the value (for objects). */
export interface Problem {
  message: string
  hint?: string
  path?: (string | number)[]
}

export const APP_KINDS = ['app', 'mini-program', 'quick-app'] as const
export const FILING_STATUSES = ['approved', 'pending', 'not-filed'] as const

/** Which `platforms` keys each kind of app may declare. */
export const PLATFORMS_BY_KIND: Record<(typeof APP_KINDS)[number], readonly string[]> = {
  app: ['android', 'ios', 'harmony'],
  'mini-program': MINI_PROGRAM_PLATFORMS,
  'quick-app': ['quickApp'],
}

/** A pattern a string must match, with the message when it does not. */
export interface Pattern {
  pattern: RegExp
  message: string
}

/** Java package / bundle id shape: dot-separated identifiers (Android requires at least two segments). */
export const packageName = (what: string): Pattern => ({
  pattern: /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_][A-Za-z0-9_]*)+$/,
  message: `${what} must be dot-separated identifiers like com.example.shop`,
})
export const bundleId = (what: string): Pattern => ({
  pattern: /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/,
  message: `${what} must be a reverse-DNS id like com.example.shop`,
})
// WeChat AppIDs are "wx" + 16 hex digits (mp.weixin.qq.com → 开发管理 → AppID).
export const WECHAT_APP_ID: Pattern = {
  pattern: /^wx[0-9a-f]{16}$/,
  message: 'a WeChat AppID is "wx" followed by 16 hex digits',
}
export const ALIPAY_APP_ID: Pattern = { pattern: /^\d{16}$/, message: 'an Alipay AppID is 16 digits' }
export const DOUYIN_APP_ID: Pattern = { pattern: /^tt[0-9a-z]+$/, message: 'a Douyin AppID starts with "tt"' }
export const APP_ID: Pattern = {
  pattern: /^[a-z0-9-]+$/,
  message: 'app ids are lowercase letters, digits and hyphens',
}
export const GRADLE_VARIANT: Pattern = {
  pattern: /^[A-Za-z][A-Za-z0-9]*$/,
  message: 'a Gradle variant name such as prodRelease',
}

/** A real calendar day written YYYY-MM-DD (the same days `new Date(value)` round-trips, without building one). */
export function dateProblem(value: string): Problem | undefined {
  if (isCalendarDate(value)) return undefined
  return {
    message: `${quoteExcerpt(value)} is not a date`,
    hint: 'write dates as YYYY-MM-DD, e.g. 2024-03-31',
  }
}

/**
 * What keytool and openssl put between a fingerprint's hex digits. Module constants, as the other
 * patterns here: a regex literal inside a function builds a new RegExp object at every call.
 */
const FINGERPRINT_SEPARATOR = /[\s:]/
const FINGERPRINT_SEPARATORS = /[\s:]/g
const HEX_DIGITS = /^[0-9a-fA-F]*$/

/** A hex fingerprint of a fixed length; colons, spaces and case are ignored (keytool prints colons). */
export function fingerprintProblem(name: string, hexLength: number, value: string): Problem | undefined {
  const hex = FINGERPRINT_SEPARATOR.test(value) ? value.replace(FINGERPRINT_SEPARATORS, '') : value
  if (!HEX_DIGITS.test(hex)) {
    return {
      message: `${name} must be hexadecimal`,
      hint: `copy the ${name} fingerprint as keytool or openssl prints it`,
    }
  }
  if (hex.length !== hexLength) {
    return {
      message: `${name} has ${hex.length} hex digits; ${name === 'MD5' ? 'an' : 'a'} ${name} fingerprint has ${hexLength}`,
      hint: `check you copied the whole ${name} value (run \`china-filing inspect <artifact>\` to print it)`,
    }
  }
  return undefined
}

/** The fingerprints a certificate may name, with their hex lengths. */
export const FINGERPRINTS = [
  { key: 'md5', name: 'MD5', hexLength: 32 },
  { key: 'sha1', name: 'SHA-1', hexLength: 40 },
  { key: 'sha256', name: 'SHA-256', hexLength: 64 },
] as const

/**
 * The public-key format is not standardised across consoles (Aliyun-特征信息, Tencent-特征信息;
 * docs/sources.md), so it is only checked to be hex or base64.
 */
export function publicKeyProblem(value: string): Problem | undefined {
  const body = value.replace(/-----[A-Z ]+-----/g, '').replace(/[\s:]/g, '')
  if (!body || !(/^[0-9a-fA-F]+$/.test(body) || /^[A-Za-z0-9+/]+={0,2}$/.test(body))) {
    return {
      message: 'publicKey must be hex (RSA modulus or SubjectPublicKeyInfo) or base64 (SubjectPublicKeyInfo)',
    }
  }
  return undefined
}

export function certificateProblem(cert: {
  md5?: string
  sha1?: string
  sha256?: string
  publicKey?: string
}): Problem | undefined {
  if (!cert.md5 && !cert.sha1 && !cert.sha256 && !cert.publicKey) {
    return {
      message: 'certificate names no fingerprint',
      hint: 'add md5, sha1 or sha256 of the signing certificate as filed',
    }
  }
  return undefined
}

export function hostingProblems(h: {
  provider: string
  region?: string
  location?: string
  mainland?: boolean
}): Problem[] {
  const problems: Problem[] = []
  if (h.provider === 'self-hosted') {
    if (!h.location)
      problems.push({
        message: 'self-hosted hosting needs a location',
        hint: 'add location: <city>',
        path: ['location'],
      })
    if (h.mainland === undefined)
      problems.push({ message: 'self-hosted hosting needs mainland: true or false', path: ['mainland'] })
    if (h.region)
      problems.push({
        message: 'self-hosted hosting has no region',
        hint: 'use location: <city> instead',
        path: ['region'],
      })
  } else {
    if (!h.region)
      problems.push({
        message: `hosting on ${escapeControls(h.provider)} needs a region`,
        hint: 'add region: <region id>, e.g. cn-shanghai',
      })
    if (h.location !== undefined || h.mainland !== undefined) {
      problems.push({
        message: 'location and mainland are only for provider: self-hosted',
        hint: 'for a cloud provider, the (provider, region) pair decides',
        path: [h.location !== undefined ? 'location' : 'mainland'],
      })
    }
  }
  return problems
}

export function storeProblem(value: string): Problem | undefined {
  if (STORE_IDS.includes(value)) return undefined
  const near = closestMatch(value, STORE_IDS)
  return {
    message: `unknown store ${quoteExcerpt(value)}`,
    hint: near ? `did you mean "${near}"?` : `use one of: ${STORE_IDS.join(', ')}`,
  }
}

/** A version without pre-release or build: what plain ranges are made of. */
const PLAIN_VERSION = '(?:0|[1-9]\\d{0,14})\\.(?:0|[1-9]\\d{0,14})\\.(?:0|[1-9]\\d{0,14})'
const PLAIN_COMPARATOR = `(?:>=|<=|>|<|=|\\^|~)?${PLAIN_VERSION}`
const PLAIN_SET = `${PLAIN_COMPARATOR}(?: ${PLAIN_COMPARATOR})*`
const PLAIN_RANGE = new RegExp(`^${PLAIN_SET}(?: \\|\\| ${PLAIN_SET})*$`)

/**
 * Whether a range is one of the plain ones declarations write (`>=2.0.0`, `^2.3.0 || ^3.0.0`,
 * `>=1.0.0 <2.0.0`): full versions with an operator, single spaces, `||` between sets. Every such
 * range is valid to semver (a test holds it to semver's validRange), so valid.ts accepts it without
 * loading semver; any other range goes to the schema (schema.ts), where semver decides.
 */
export function isPlainRange(value: string): boolean {
  return value.length <= 256 && PLAIN_RANGE.test(value)
}

/** What is wrong with `release.versions`, given semver's validRange (schema.ts passes it). */
export function rangeProblem(
  value: string,
  validRange: (range: string) => string | null,
): Problem | undefined {
  if (isPlainRange(value) || validRange(value) !== null) return undefined
  return {
    message: `${quoteExcerpt(value)} is not a semver range`,
    hint: 'write a range like ">=2.0.0" or "^2.3.0 || ^3.0.0"',
  }
}

/** The platforms an app declares must be ones its kind has, and there must be at least one. */
export function platformProblems(app: {
  kind: (typeof APP_KINDS)[number]
  platforms: Record<string, unknown>
}): Problem[] {
  const allowed = PLATFORMS_BY_KIND[app.kind]
  const declared = Object.keys(app.platforms).filter((k) => app.platforms[k])
  const problems: Problem[] = declared
    .filter((key) => !allowed.includes(key))
    .map((key) => ({
      message: `a ${app.kind} cannot declare platform ${escapeControls(key)}`,
      hint: `platforms of a ${app.kind}: ${allowed.join(', ')}`,
      path: ['platforms', key],
    }))
  if (declared.length === 0) {
    problems.push({
      message: 'platforms declares no platform',
      hint: `add one of: ${allowed.join(', ')}`,
      path: ['platforms'],
    })
  }
  return problems
}

/**
 * Each channel of `release.channels` maps to a store the app lists in `stores`. A channel APK is
 * judged for the store it maps to, but the filing rules judge an app by its stores: a channel mapped
 * to a mainland store the app does not list would ship there without its filing being judged.
 */
export function channelProblems(app: {
  stores: readonly string[]
  release?: { channels?: Record<string, string> }
}): Problem[] {
  const channels = app.release?.channels
  if (!channels) return []
  return Object.keys(channels)
    .filter((channel) => !app.stores.includes(channels[channel]!))
    .map((channel) => ({
      message: `channel ${quoteExcerpt(channel)} maps to ${quoteExcerpt(channels[channel]!)}, which is not in this app's stores`,
      hint: `add ${escapeControls(channels[channel]!)} to stores, or map the channel to one of: ${app.stores.map(escapeControls).join(', ')}`,
      path: ['release', 'channels', channel],
    }))
}

/** Whether platformProblems finds nothing, without building its messages (valid.ts asks for every app). */
export function platformsAreValid(app: {
  kind: (typeof APP_KINDS)[number]
  platforms: Record<string, unknown>
}): boolean {
  const allowed = PLATFORMS_BY_KIND[app.kind]
  let declared = 0
  // for…in with hasOwn: Object.keys' keys in its order, without an array and an iterator per app.
  for (const key in app.platforms) {
    if (!Object.hasOwn(app.platforms, key) || !app.platforms[key]) continue
    if (!allowed.includes(key)) return false
    declared++
  }
  return declared > 0
}

export function provinceProblem(value: string): Problem | undefined {
  if (resolveProvince(value)) return undefined
  const near = closestMatch(value, provinceSpellings())
  return {
    message: `unknown province ${quoteExcerpt(value)}`,
    hint: near
      ? `did you mean "${near}"?`
      : 'use the one-character abbreviation (沪, 京, 粤 …) or its pinyin (shanghai)',
  }
}

export function creditCodeIssue(value: string): Problem | undefined {
  const problem = creditCodeProblem(value)
  return problem
    ? { message: problem, hint: 'copy the 统一社会信用代码 from the business licence' }
    : undefined
}

/** Every app id after the first use of it, at `apps[i].id`. */
export function duplicateIdProblems(apps: readonly { id: string }[]): Problem[] {
  const seen = new Map<string, number>()
  const problems: Problem[] = []
  apps.forEach((app, index) => {
    const first = seen.get(app.id)
    if (first !== undefined) {
      problems.push({
        message: `app id ${quoteExcerpt(app.id)} is also used by apps[${first}]`,
        hint: 'give every app a unique id',
        path: ['apps', index, 'id'],
      })
    } else seen.set(app.id, index)
  })
  return problems
}

/**
 * GB 32100-2015 unified social credit code: 18 characters from a 31-character alphabet (no I, O, Z, S,
 * V); the last is a check character: weights 3^i mod 31, check = (31 - sum mod 31) mod 31.
 */
const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function creditCodeProblem(code: string): string | undefined {
  const chars = [...code]
  if (chars.length !== 18) return `creditCode has ${chars.length} characters; a 统一社会信用代码 has 18`
  // Each character in capitals on its own, ASCII letters only: toUpperCase() of the whole text turns
  // some characters into two (ﬀ → FF), which shifted every character after it.
  const capital = (c: string) => (c >= 'a' && c <= 'z' ? c.toUpperCase() : c)
  const values = chars.map((c) => CREDIT_CODE_ALPHABET.indexOf(capital(c)))
  const bad = values.findIndex((v) => v < 0)
  if (bad >= 0)
    return `creditCode character ${bad + 1} (${quoteExcerpt(chars[bad]!)}) is not allowed (I, O, Z, S and V never occur)`
  const sum = CREDIT_CODE_WEIGHTS.reduce((acc, weight, i) => acc + weight * values[i]!, 0)
  const expected = CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!
  if (capital(chars[17]!) !== expected) {
    return `creditCode check character is ${quoteExcerpt(chars[17]!)} but the first 17 characters give "${expected}": a typo?`
  }
  return undefined
}
