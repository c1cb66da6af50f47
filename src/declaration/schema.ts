/**
 * The `china-filing.yml` schema: every key, type and enum of DESIGN §2 in one module. Types come from
 * `z.infer`; the committed JSON Schema (schema/china-filing.schema.json) is generated from this.
 *
 * Judgements that need catalogues or cross-references with a rule id of their own (regions, filing
 * numbers, waivers) are left to the rules; this schema only decides "is this a well-formed declaration".
 */
// zod/mini: the same validation core as `zod` with functional checks instead of methods; the classic
// API attaches ~50 methods to every schema node it builds, which cost more start-up than the whole
// rest of `check` (issue 10). English messages are registered explicitly (classic does it implicitly).
import * as z from 'zod/mini'
import './zod-locale.js'
// semver's modules one by one: the package is CommonJS, so `import semver` bundles all of it (issue 10).
import validRange from 'semver/ranges/valid.js'
import { STORE_IDS, MINI_PROGRAM_PLATFORMS } from '../catalog/stores.js'
import { provinceSpellings, resolveProvince } from '../catalog/provinces.js'
import { closestMatch } from './suggest.js'

/** Custom issues carry a hint in `params.hint`; the error formatter shows it as the fix. */
function issue(ctx: z.core.$RefinementCtx, message: string, hint?: string, path: PropertyKey[] = []): void {
  ctx.addIssue({ code: 'custom', message, path, params: hint ? { hint } : undefined })
}

/** A string schema with a refinement (zod/mini's spelling of `z.string().superRefine(fn)`). */
function refinedString(refine: (value: string, ctx: z.core.$RefinementCtx<string>) => void) {
  return z.string().check(z.superRefine(refine))
}

/** A non-empty string (`z.string().min(1)`). */
const nonEmpty = () => z.string().check(z.minLength(1))

const isoDate = refinedString((value, ctx) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    issue(ctx, `"${value}" is not a date`, 'write dates as YYYY-MM-DD, e.g. 2024-03-31')
  }
})

/** A hex fingerprint of a fixed length; colons, spaces and case are ignored (keytool prints colons). */
function fingerprint(name: string, hexLength: number) {
  return refinedString((value, ctx) => {
    const hex = value.replace(/[\s:]/g, '')
    if (!/^[0-9a-fA-F]*$/.test(hex)) {
      issue(
        ctx,
        `${name} must be hexadecimal`,
        `copy the ${name} fingerprint as keytool or openssl prints it`,
      )
    } else if (hex.length !== hexLength) {
      issue(
        ctx,
        `${name} has ${hex.length} hex digits; ${name === 'MD5' ? 'an' : 'a'} ${name} fingerprint has ${hexLength}`,
        `check you copied the whole ${name} value (run \`china-filing inspect <artifact>\` to print it)`,
      )
    }
  })
}

/**
 * The signing certificate as filed. At least one fingerprint. The public-key format is not
 * standardised across consoles (Aliyun-特征信息, Tencent-特征信息; docs/sources.md), so it is only checked to be hex or base64.
 */
const certificate = z
  .strictObject({
    md5: z.optional(fingerprint('MD5', 32)),
    sha1: z.optional(fingerprint('SHA-1', 40)),
    sha256: z.optional(fingerprint('SHA-256', 64)),
    publicKey: z.optional(
      refinedString((value, ctx) => {
        const body = value.replace(/-----[A-Z ]+-----/g, '').replace(/[\s:]/g, '')
        if (!body || !(/^[0-9a-fA-F]+$/.test(body) || /^[A-Za-z0-9+/]+={0,2}$/.test(body))) {
          issue(
            ctx,
            'publicKey must be hex (RSA modulus or SubjectPublicKeyInfo) or base64 (SubjectPublicKeyInfo)',
          )
        }
      }),
    ),
  })
  .check(
    z.superRefine((cert, ctx) => {
      if (!cert.md5 && !cert.sha1 && !cert.sha256 && !cert.publicKey) {
        issue(
          ctx,
          'certificate names no fingerprint',
          'add md5, sha1 or sha256 of the signing certificate as filed',
        )
      }
    }),
  )

/** Java package / bundle id shape: dot-separated identifiers (Android requires at least two segments). */
const packageName = (what: string) =>
  z.string().check(
    z.regex(/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_][A-Za-z0-9_]*)+$/, {
      message: `${what} must be dot-separated identifiers like com.example.shop`,
    }),
  )
const bundleId = (what: string) =>
  z.string().check(
    z.regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, {
      message: `${what} must be a reverse-DNS id like com.example.shop`,
    }),
  )

/** A string that must match `pattern`, with `message` when it does not (`z.string().regex()`). */
const matching = (pattern: RegExp, message: string) => z.string().check(z.regex(pattern, { message }))

export const platformsSchema = z.strictObject({
  android: z.optional(z.strictObject({ package: packageName('android.package'), certificate })),
  ios: z.optional(z.strictObject({ bundleId: bundleId('ios.bundleId'), certificate })),
  harmony: z.optional(z.strictObject({ bundleName: packageName('harmony.bundleName'), certificate })),
  // WeChat AppIDs are "wx" + 16 hex digits (mp.weixin.qq.com → 开发管理 → AppID).
  wechat: z.optional(
    z.strictObject({
      appId: matching(/^wx[0-9a-f]{16}$/, 'a WeChat AppID is "wx" followed by 16 hex digits'),
    }),
  ),
  alipay: z.optional(z.strictObject({ appId: matching(/^\d{16}$/, 'an Alipay AppID is 16 digits') })),
  baidu: z.optional(z.strictObject({ appKey: nonEmpty() })),
  douyin: z.optional(z.strictObject({ appId: matching(/^tt[0-9a-z]+$/, 'a Douyin AppID starts with "tt"') })),
  quickApp: z.optional(z.strictObject({ package: packageName('quickApp.package') })),
})

export const APP_KINDS = ['app', 'mini-program', 'quick-app'] as const
export const FILING_STATUSES = ['approved', 'pending', 'not-filed'] as const

/** Which `platforms` keys each kind of app may declare. */
export const PLATFORMS_BY_KIND: Record<(typeof APP_KINDS)[number], readonly string[]> = {
  app: ['android', 'ios', 'harmony'],
  'mini-program': MINI_PROGRAM_PLATFORMS,
  'quick-app': ['quickApp'],
}

const hosting = z
  .strictObject({
    provider: nonEmpty(),
    region: z.optional(nonEmpty()),
    location: z.optional(nonEmpty()),
    mainland: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((h, ctx) => {
      if (h.provider === 'self-hosted') {
        if (!h.location)
          issue(ctx, 'self-hosted hosting needs a location', 'add location: <city>', ['location'])
        if (h.mainland === undefined)
          issue(ctx, 'self-hosted hosting needs mainland: true or false', undefined, ['mainland'])
        if (h.region)
          issue(ctx, 'self-hosted hosting has no region', 'use location: <city> instead', ['region'])
      } else {
        if (!h.region)
          issue(ctx, `hosting on ${h.provider} needs a region`, 'add region: <region id>, e.g. cn-shanghai')
        if (h.location !== undefined || h.mainland !== undefined) {
          issue(
            ctx,
            'location and mainland are only for provider: self-hosted',
            'for a cloud provider, the (provider, region) pair decides',
            [h.location !== undefined ? 'location' : 'mainland'],
          )
        }
      }
    }),
  )

const storeId = refinedString((value, ctx) => {
  if (!STORE_IDS.includes(value)) {
    const near = closestMatch(value, STORE_IDS)
    issue(
      ctx,
      `unknown store "${value}"`,
      near ? `did you mean "${near}"?` : `use one of: ${STORE_IDS.join(', ')}`,
    )
  }
})

const semverRange = refinedString((value, ctx) => {
  if (validRange(value) === null) {
    issue(ctx, `"${value}" is not a semver range`, 'write a range like ">=2.0.0" or "^2.3.0 || ^3.0.0"')
  }
})

export const appSchema = z
  .strictObject({
    id: matching(/^[a-z0-9-]+$/, 'app ids are lowercase letters, digits and hyphens'),
    name: nonEmpty(),
    kind: z.enum(APP_KINDS),
    launchedOn: z.optional(isoDate),
    filing: z.strictObject({
      number: z.optional(nonEmpty()),
      status: z.enum(FILING_STATUSES),
      approvedOn: z.optional(isoDate),
      via: z.optional(nonEmpty()),
    }),
    hosting: z.optional(z.array(hosting)),
    platforms: platformsSchema,
    stores: z.array(storeId).check(z.minLength(1)),
    release: z.optional(
      z.strictObject({
        tags: z.optional(z.union([nonEmpty(), z.array(nonEmpty()).check(z.minLength(1))])),
        versions: z.optional(semverRange),
        /**
         * Channel packages (渠道包): the channel name a channel tool (Walle, VasDolly) writes into each
         * APK → the store that APK is uploaded to, so each channel APK is judged for its own store.
         */
        channels: z.optional(z.record(nonEmpty(), storeId)),
      }),
    ),
    sources: z.optional(
      z.strictObject({
        // A path, or { path, variant } naming the variant that ships (prodRelease, staging) when it is
        // not the `release` build type (issue 8: `staging initWith release`, flavoured releases).
        android: z.optional(
          z.union([
            nonEmpty(),
            z.strictObject({
              path: nonEmpty(),
              variant: z.optional(
                z
                  .string()
                  .check(z.regex(/^[A-Za-z][A-Za-z0-9]*$/, 'a Gradle variant name such as prodRelease')),
              ),
            }),
          ]),
        ),
        ios: z.optional(nonEmpty()),
        harmony: z.optional(nonEmpty()),
        wechat: z.optional(nonEmpty()),
        alipay: z.optional(nonEmpty()),
      }),
    ),
  })
  .check(
    z.superRefine((app, ctx) => {
      const allowed = PLATFORMS_BY_KIND[app.kind]
      const declared = Object.keys(app.platforms).filter(
        (k) => app.platforms[k as keyof typeof app.platforms],
      )
      for (const key of declared) {
        if (!allowed.includes(key)) {
          issue(
            ctx,
            `a ${app.kind} cannot declare platform ${key}`,
            `platforms of a ${app.kind}: ${allowed.join(', ')}`,
            ['platforms', key],
          )
        }
      }
      if (declared.length === 0) {
        issue(ctx, 'platforms declares no platform', `add one of: ${allowed.join(', ')}`, ['platforms'])
      }
    }),
  )

export const holderSchema = z.strictObject({
  name: nonEmpty(),
  province: refinedString((value, ctx) => {
    if (!resolveProvince(value)) {
      const near = closestMatch(value, provinceSpellings())
      issue(
        ctx,
        `unknown province "${value}"`,
        near
          ? `did you mean "${near}"?`
          : 'use the one-character abbreviation (沪, 京, 粤 …) or its pinyin (shanghai)',
      )
    }
  }),
  creditCode: z.optional(
    refinedString((value, ctx) => {
      const problem = creditCodeProblem(value)
      if (problem) issue(ctx, problem, 'copy the 统一社会信用代码 from the business licence')
    }),
  ),
  mainNumber: z.optional(nonEmpty()),
})

export const waiverSchema = z.strictObject({
  rule: nonEmpty(),
  app: z.optional(nonEmpty()),
  reason: z.optional(z.string()),
  expires: z.optional(isoDate),
})

export const declarationSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    version: z.literal(1),
    holder: holderSchema,
    apps: z.array(appSchema).check(z.minLength(1)),
    waivers: z.optional(z.array(waiverSchema)),
  })
  .check(
    z.superRefine((decl, ctx) => {
      const seen = new Map<string, number>()
      decl.apps.forEach((app, index) => {
        const first = seen.get(app.id)
        if (first !== undefined) {
          issue(ctx, `app id "${app.id}" is also used by apps[${first}]`, 'give every app a unique id', [
            'apps',
            index,
            'id',
          ])
        } else seen.set(app.id, index)
      })
    }),
  )

export type Declaration = z.infer<typeof declarationSchema>
export type AppDeclaration = Declaration['apps'][number]
export type HostingDeclaration = NonNullable<AppDeclaration['hosting']>[number]
export type CertificateDeclaration = z.infer<typeof certificate>
export type WaiverDeclaration = z.infer<typeof waiverSchema>
export type AppKind = AppDeclaration['kind']

/**
 * GB 32100-2015 unified social credit code: 18 characters from a 31-character alphabet (no I, O, Z, S,
 * V); the last is a check character: weights 3^i mod 31, check = (31 - sum mod 31) mod 31.
 */
const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function creditCodeProblem(code: string): string | undefined {
  if (code.length !== 18) return `creditCode has ${code.length} characters; a 统一社会信用代码 has 18`
  const values = [...code.toUpperCase()].map((c) => CREDIT_CODE_ALPHABET.indexOf(c))
  const bad = values.findIndex((v) => v < 0)
  if (bad >= 0)
    return `creditCode character ${bad + 1} ("${code[bad]}") is not allowed (I, O, Z, S and V never occur)`
  const sum = CREDIT_CODE_WEIGHTS.reduce((acc, weight, i) => acc + weight * values[i]!, 0)
  const expected = CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!
  if (code.toUpperCase()[17] !== expected) {
    return `creditCode check character is "${code[17]}" but the first 17 characters give "${expected}": a typo?`
  }
  return undefined
}
