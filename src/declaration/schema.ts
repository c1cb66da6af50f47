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
// semver's module alone: the package is CommonJS, so `import semver` bundles all of it (issue 10).
import validRange from 'semver/ranges/valid.js'
import './zod-locale.js'
import {
  ALIPAY_APP_ID,
  APP_ID,
  APP_KINDS,
  bundleId,
  certificateProblem,
  creditCodeIssue,
  dateProblem,
  DOUYIN_APP_ID,
  duplicateIdProblems,
  FILING_STATUSES,
  fingerprintProblem,
  GRADLE_VARIANT,
  hostingProblems,
  packageName,
  platformProblems,
  channelProblems,
  provinceProblem,
  publicKeyProblem,
  rangeProblem,
  storeProblem,
  WECHAT_APP_ID,
  type Pattern,
  type Problem,
} from './shape.js'

export { APP_KINDS, FILING_STATUSES, PLATFORMS_BY_KIND, creditCodeProblem } from './shape.js'

/** Custom issues carry a hint in `params.hint`; the error formatter shows it as the fix. */
function report(ctx: z.core.$RefinementCtx, problem: Problem | undefined): void {
  if (!problem) return
  const { message, hint, path = [] } = problem
  ctx.addIssue({ code: 'custom', message, path, params: hint ? { hint } : undefined })
}

/** A string checked by one of shape.ts's problem functions (`z.string().superRefine(fn)`). */
function checkedString(problem: (value: string) => Problem | undefined) {
  return z.string().check(z.superRefine((value, ctx) => report(ctx, problem(value))))
}

/** A non-empty string (`z.string().min(1)`). */
const nonEmpty = () => z.string().check(z.minLength(1))

/** A string that must match a pattern, with its message when it does not (`z.string().regex()`). */
const matching = ({ pattern, message }: Pattern) => z.string().check(z.regex(pattern, { message }))

const isoDate = checkedString(dateProblem)

const fingerprint = (name: string, hexLength: number) =>
  checkedString((value) => fingerprintProblem(name, hexLength, value))

/** The signing certificate as filed. At least one fingerprint. */
const certificate = z
  .strictObject({
    md5: z.optional(fingerprint('MD5', 32)),
    sha1: z.optional(fingerprint('SHA-1', 40)),
    sha256: z.optional(fingerprint('SHA-256', 64)),
    publicKey: z.optional(checkedString(publicKeyProblem)),
  })
  .check(z.superRefine((cert, ctx) => report(ctx, certificateProblem(cert))))

export const platformsSchema = z.strictObject({
  android: z.optional(z.strictObject({ package: matching(packageName('android.package')), certificate })),
  ios: z.optional(z.strictObject({ bundleId: matching(bundleId('ios.bundleId')), certificate })),
  harmony: z.optional(
    z.strictObject({ bundleName: matching(packageName('harmony.bundleName')), certificate }),
  ),
  wechat: z.optional(z.strictObject({ appId: matching(WECHAT_APP_ID) })),
  alipay: z.optional(z.strictObject({ appId: matching(ALIPAY_APP_ID) })),
  baidu: z.optional(z.strictObject({ appKey: nonEmpty() })),
  douyin: z.optional(z.strictObject({ appId: matching(DOUYIN_APP_ID) })),
  quickApp: z.optional(z.strictObject({ package: matching(packageName('quickApp.package')) })),
})

const hosting = z
  .strictObject({
    provider: nonEmpty(),
    region: z.optional(nonEmpty()),
    location: z.optional(nonEmpty()),
    mainland: z.optional(z.boolean()),
  })
  .check(z.superRefine((h, ctx) => hostingProblems(h).forEach((problem) => report(ctx, problem))))

const storeId = checkedString(storeProblem)

export const appSchema = z
  .strictObject({
    id: matching(APP_ID),
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
        versions: z.optional(checkedString((value) => rangeProblem(value, validRange))),
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
            z.strictObject({ path: nonEmpty(), variant: z.optional(matching(GRADLE_VARIANT)) }),
          ]),
        ),
        ios: z.optional(nonEmpty()),
        harmony: z.optional(nonEmpty()),
        wechat: z.optional(nonEmpty()),
        alipay: z.optional(nonEmpty()),
      }),
    ),
  })
  .check(z.superRefine((app, ctx) => platformProblems(app).forEach((problem) => report(ctx, problem))))
  .check(z.superRefine((app, ctx) => channelProblems(app).forEach((problem) => report(ctx, problem))))

export const holderSchema = z.strictObject({
  name: nonEmpty(),
  province: checkedString(provinceProblem),
  creditCode: z.optional(checkedString(creditCodeIssue)),
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
    z.superRefine((decl, ctx) => duplicateIdProblems(decl.apps).forEach((problem) => report(ctx, problem))),
  )

export type Declaration = z.infer<typeof declarationSchema>
export type AppDeclaration = Declaration['apps'][number]
export type HostingDeclaration = NonNullable<AppDeclaration['hosting']>[number]
export type CertificateDeclaration = z.infer<typeof certificate>
export type WaiverDeclaration = z.infer<typeof waiverSchema>
export type AppKind = AppDeclaration['kind']
