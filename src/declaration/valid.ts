/**
 * Whether a declaration is valid, without zod: the same keys, types, enums, patterns and value checks
 * as schema.ts (the latter shared through shape.ts). Most runs check a valid declaration, and loading
 * and building the zod schema costs more start-up time than the rest of `check` (issue 10); only a
 * declaration this check refuses is given to zod, which says what is wrong and where.
 *
 * It answers yes or no, never why; a test holds it to zod on every shipped declaration and on
 * thousands of mutated ones, so a yes here is a yes from the schema.
 */
import {
  ALIPAY_APP_ID,
  APP_ID,
  APP_KINDS,
  bundleId,
  certificateProblem,
  creditCodeProblem,
  dateProblem,
  DOUYIN_APP_ID,
  duplicateIdProblems,
  FILING_STATUSES,
  FINGERPRINTS,
  fingerprintProblem,
  GRADLE_VARIANT,
  hostingProblems,
  packageName,
  platformsAreValid,
  channelProblems,
  provinceProblem,
  publicKeyProblem,
  isPlainRange,
  storeProblem,
  WECHAT_APP_ID,
  type Pattern,
} from './shape.js'
import type { Declaration } from './schema.js'

type Check = (value: unknown) => boolean
type Fields = Record<string, { check: Check; optional?: boolean }>

const isString = (value: unknown): value is string => typeof value === 'string'
const nonEmpty: Check = (value) => isString(value) && value.length >= 1
const matching =
  ({ pattern }: Pattern): Check =>
  (value) =>
    isString(value) && pattern.test(value)
const checked =
  (problem: (value: string) => unknown): Check =>
  (value) =>
    isString(value) && !problem(value)
const oneOf =
  (options: readonly unknown[]): Check =>
  (value) =>
    options.includes(value)
const optional = (check: Check) => ({ check, optional: true })
const required = (check: Check) => ({ check })

/** zod's object test: any non-null, non-array object. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** zod's record test (util.isPlainObject): an object whose constructor, if any, looks like Object. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false
  const constructor = (value as { constructor?: unknown }).constructor
  if (constructor === undefined || typeof constructor !== 'function') return true
  const prototype = (constructor as { prototype?: unknown }).prototype
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf')
}

/**
 * zod's strictObject: every key known, every required key present, every value valid. One pass over
 * the object's own keys: this runs for every object of every app, mostly before V8 has optimised it
 * (issue 10). `for…in` allocates no array of keys; an enumerable key it finds on a prototype turns the
 * answer into no, and a no only passes the question on to zod.
 */
function strict(fields: Fields, refine?: (value: Record<string, unknown>) => boolean): Check {
  const specs = new Map(Object.entries(fields))
  const requiredCount = [...specs.values()].filter((field) => !field.optional).length
  return (value) => {
    if (!isObject(value)) return false
    let requiredPresent = 0
    for (const key in value) {
      const field = specs.get(key)
      if (!field || !Object.hasOwn(value, key)) return false
      const item = value[key]
      // A key whose value is undefined counts as absent, as it does for zod.
      if (item === undefined) continue
      if (!field.check(item)) return false
      if (!field.optional) requiredPresent++
    }
    return requiredPresent === requiredCount && (refine ? refine(value) : true)
  }
}

const list =
  (item: Check, minLength = 0): Check =>
  (value) =>
    Array.isArray(value) && value.length >= minLength && value.every(item)

const isoDate = checked(dateProblem)

const certificate = strict(
  {
    ...Object.fromEntries(
      FINGERPRINTS.map(({ key, name, hexLength }) => [
        key,
        optional(checked((value) => fingerprintProblem(name, hexLength, value))),
      ]),
    ),
    publicKey: optional(checked(publicKeyProblem)),
  },
  (cert) => !certificateProblem(cert),
)

const platforms = strict({
  android: optional(
    strict({ package: required(matching(packageName(''))), certificate: required(certificate) }),
  ),
  ios: optional(strict({ bundleId: required(matching(bundleId(''))), certificate: required(certificate) })),
  harmony: optional(
    strict({ bundleName: required(matching(packageName(''))), certificate: required(certificate) }),
  ),
  wechat: optional(strict({ appId: required(matching(WECHAT_APP_ID)) })),
  alipay: optional(strict({ appId: required(matching(ALIPAY_APP_ID)) })),
  baidu: optional(strict({ appKey: required(nonEmpty) })),
  douyin: optional(strict({ appId: required(matching(DOUYIN_APP_ID)) })),
  quickApp: optional(strict({ package: required(matching(packageName(''))) })),
})

const hosting = strict(
  {
    provider: required(nonEmpty),
    region: optional(nonEmpty),
    location: optional(nonEmpty),
    mainland: optional((value) => typeof value === 'boolean'),
  },
  (h) => hostingProblems(h as Parameters<typeof hostingProblems>[0]).length === 0,
)

const storeId = checked(storeProblem)

const app = strict(
  {
    id: required(matching(APP_ID)),
    name: required(nonEmpty),
    kind: required(oneOf(APP_KINDS)),
    launchedOn: optional(isoDate),
    filing: required(
      strict({
        number: optional(nonEmpty),
        status: required(oneOf(FILING_STATUSES)),
        approvedOn: optional(isoDate),
        via: optional(nonEmpty),
      }),
    ),
    hosting: optional(list(hosting)),
    platforms: required(platforms),
    stores: required(list(storeId, 1)),
    release: optional(
      strict({
        tags: optional((value) => nonEmpty(value) || list(nonEmpty, 1)(value)),
        // Plain ranges only: any other goes to the schema, where semver decides (shape.ts).
        versions: optional((value) => isString(value) && isPlainRange(value)),
        channels: optional(
          (value) =>
            isPlainObject(value) && Object.entries(value).every(([k, v]) => nonEmpty(k) && storeId(v)),
        ),
      }),
    ),
    sources: optional(
      strict({
        android: optional(
          (value) =>
            nonEmpty(value) ||
            strict({ path: required(nonEmpty), variant: optional(matching(GRADLE_VARIANT)) })(value),
        ),
        ios: optional(nonEmpty),
        harmony: optional(nonEmpty),
        wechat: optional(nonEmpty),
        alipay: optional(nonEmpty),
      }),
    ),
  },
  (a) =>
    platformsAreValid(a as Parameters<typeof platformsAreValid>[0]) &&
    (a.release === undefined || channelProblems(a as Parameters<typeof channelProblems>[0]).length === 0),
)

const holder = strict({
  name: required(nonEmpty),
  province: required(checked(provinceProblem)),
  creditCode: optional(checked(creditCodeProblem)),
  mainNumber: optional(nonEmpty),
})

const waiver = strict({
  rule: required(nonEmpty),
  app: optional(nonEmpty),
  reason: optional(isString),
  expires: optional(isoDate),
})

const declaration = strict(
  {
    $schema: optional(isString),
    version: required((value) => value === 1),
    holder: required(holder),
    apps: required(list(app, 1)),
    waivers: optional(list(waiver)),
  },
  (decl) => duplicateIdProblems(decl.apps as { id: string }[]).length === 0,
)

/** True when the zod schema would accept `raw` as it is (its output would equal its input). */
export function isValidDeclaration(raw: unknown): raw is Declaration {
  return declaration(raw)
}
