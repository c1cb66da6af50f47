/**
 * valid.ts accepts a declaration without zod; it must accept exactly what the zod schema accepts (a
 * yes that zod would refuse is a declaration checked without its errors). Checked on every shipped
 * declaration and on thousands of mutations of declarations that use every key.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { parse } from 'yaml'
import { declarationSchema } from '../../src/declaration/schema.js'
import { isValidDeclaration } from '../../src/declaration/valid.js'
import {
  creditCodeProblem,
  dateProblem,
  isPlainRange,
  platformProblems,
  platformsAreValid,
} from '../../src/declaration/shape.js'
import validRange from 'semver/ranges/valid.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * The declaration with each app's `release.versions` that is not a plain range (shape.ts isPlainRange)
 * made plain: valid.ts leaves such ranges to the schema, where semver decides, so it may refuse a
 * declaration the schema accepts for that reason and no other.
 */
function withPlainRanges(raw: unknown): unknown {
  const copy = structuredClone(raw) as { apps?: { release?: { versions?: unknown } }[] }
  for (const app of Array.isArray(copy?.apps) ? copy.apps : []) {
    const release = app?.release
    if (typeof release?.versions === 'string' && !isPlainRange(release.versions)) release.versions = '>=1.0.0'
  }
  return copy
}

function agrees(raw: unknown): boolean {
  const zod = declarationSchema.safeParse(raw)
  const fast = isValidDeclaration(raw)
  const fastWithPlainRanges = fast || (zod.success && isValidDeclaration(withPlainRanges(raw)))
  expect({ fast: fastWithPlainRanges, issues: zod.success ? [] : zod.error.issues.slice(0, 3) }).toEqual({
    fast: zod.success,
    issues: fastWithPlainRanges ? [] : expect.anything(),
  })
  // What is accepted is used as it was read: zod's output must be the same value.
  if (zod.success) expect(zod.data).toEqual(raw)
  return fast
}

const CERT = {
  md5: 'FC:66:86:6C:D3:CA:B4:11:04:8C:25:0A:E8:14:03:48',
  sha1: 'CF47C401AB6A1B9F7BF0BA404A6FF069D8778E33',
  sha256: '77E96C57B7B102B12667161D1650EC4EE0B900ED9ABE50BA86165D920423BEA3',
  publicKey: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA',
}

/** A declaration with every key of the schema in use. */
const EVERY_KEY = {
  $schema: '../schema/china-filing.schema.json',
  version: 1,
  holder: {
    name: '示例',
    province: '沪',
    creditCode: '91310115MA1H7G2X9W',
    mainNumber: '沪ICP备2023012345号',
  },
  apps: [
    {
      id: 'shop',
      name: 'Shop',
      kind: 'app',
      launchedOn: '2021-05-01',
      filing: {
        number: '沪ICP备2023012345号-2A',
        status: 'approved',
        approvedOn: '2023-11-02',
        via: 'aliyun',
      },
      hosting: [
        { provider: 'aliyun', region: 'cn-shanghai' },
        { provider: 'self-hosted', location: 'Shanghai', mainland: true },
      ],
      platforms: {
        android: { package: 'com.example.shop', certificate: CERT },
        ios: { bundleId: 'com.example.shop', certificate: { sha1: CERT.sha1 } },
        harmony: { bundleName: 'com.example.shop', certificate: { sha256: CERT.sha256 } },
      },
      stores: ['huawei-appgallery', 'xiaomi', 'app-store-cn'],
      release: { tags: ['v*', 'shop-v*'], versions: '>=2.0.0', channels: { huawei: 'huawei-appgallery' } },
      sources: { android: { path: 'android', variant: 'prodRelease' }, ios: 'ios', harmony: 'harmony' },
    },
    {
      id: 'mini',
      name: 'Mini',
      kind: 'mini-program',
      filing: { status: 'pending' },
      platforms: {
        wechat: { appId: 'wx0123456789abcdef' },
        alipay: { appId: '2021001234567890' },
        baidu: { appKey: 'key' },
        douyin: { appId: 'tt12ab' },
      },
      stores: ['wechat'],
      release: { tags: 'mini-v*' },
      sources: { wechat: 'mini', alipay: 'alipay', android: 'android' },
    },
    {
      id: 'quick',
      name: 'Quick',
      kind: 'quick-app',
      filing: { status: 'not-filed' },
      platforms: { quickApp: { package: 'com.example.quick' } },
      stores: ['xiaomi'],
    },
  ],
  waivers: [{ rule: 'hosting-mainland', app: 'shop', reason: 'moving', expires: '2027-01-31' }],
}

/** Values that are valid somewhere in a declaration, and values that are valid nowhere. */
const VALUES: unknown[] = [
  ...new Set([
    '',
    'x',
    'com.example.shop',
    'com.example',
    'Shop',
    'shop',
    'mini',
    'shop-2',
    'SHOP',
    'wx0123456789abcdef',
    'wx0123456789ABCDEF',
    '2021001234567890',
    'tt12ab',
    'tt',
    'key',
    CERT.md5,
    CERT.sha1,
    CERT.sha256,
    CERT.publicKey,
    'TODO',
    '2021-05-01',
    '2021-02-30',
    '21-05-01',
    '>=2.0.0',
    '^2 || ^3',
    'not a range',
    'v*',
    'prodRelease',
    'prod-release',
    'app',
    'mini-program',
    'quick-app',
    'approved',
    'pending',
    'not-filed',
    'aliyun',
    'self-hosted',
    'cn-shanghai',
    'huawei-appgallery',
    'wechat',
    'xiaomi',
    'google-play',
    'appgallery',
    '沪',
    'shanghai',
    '沪ICP备2023012345号',
    '91310115MA1H7G2X9W',
    '91310115MA1H7G2X9X',
    'hosting-mainland',
  ]),
  1,
  0,
  2,
  -1,
  true,
  false,
  null,
  [],
  ['x'],
  ['huawei-appgallery'],
  {},
  { md5: CERT.md5 },
  { provider: 'aliyun', region: 'cn-beijing' },
  { appId: 'wx0123456789abcdef' },
  { path: 'android' },
]

type Path = (string | number)[]

/** Every path to a value in the object, the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return []
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])])
}

function mutate(root: unknown, edits: [number, number, number][]): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>
  for (const [pathIndex, kind, valueIndex] of edits) {
    const paths = pathsOf(copy)
    const target = paths[pathIndex % paths.length]!
    const parent = target
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>(
        (node, key) => node[key] as Record<string | number, unknown>,
        copy,
      )
    const key = target[target.length - 1]!
    const value = structuredClone(VALUES[valueIndex % VALUES.length])
    if (kind === 0) {
      if (Array.isArray(parent)) parent.splice(key as number, 1)
      else delete parent[key]
    } else if (kind === 1) parent[key] = value
    else if (kind === 2 && !Array.isArray(parent)) parent[`extra${valueIndex % 3}`] = value
    else if (kind === 2) (parent as unknown as unknown[]).push(structuredClone(parent[0]))
    // An object key itself: a renamed key keeps its value.
    else if (!Array.isArray(parent) && typeof key === 'string') {
      const renamed = String(VALUES[valueIndex % VALUES.length])
      const moved = parent[key]
      delete parent[key]
      parent[renamed] = moved
    }
  }
  return copy
}

describe('the zod-free validity check', () => {
  const shipped = ['examples/china-filing.yml', 'examples/non-compliant/china-filing.yml']
  it.each(shipped)('agrees with the schema on %s', (file) => {
    agrees(parse(readFileSync(path.join(ROOT, file), 'utf8')))
  })

  it('accepts the declaration that uses every key, as the schema does', () => {
    expect(agrees(EVERY_KEY)).toBe(true)
  })

  it('agrees with the schema on mutations of declarations', () => {
    const bases = [EVERY_KEY, parse(readFileSync(path.join(ROOT, shipped[0]!), 'utf8')) as unknown]
    let accepted = 0
    fc.assert(
      fc.property(
        fc.nat(bases.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.nat()), { minLength: 1, maxLength: 3 }),
        (base, edits) => {
          if (agrees(mutate(bases[base], edits))) accepted++
        },
      ),
      { numRuns: 6000 },
    )
    // Both answers must come up often enough for the comparison to mean something.
    expect(accepted).toBeGreaterThan(600)
    expect(accepted).toBeLessThan(5400)
  })

  // valid.ts asks platformsAreValid; the schema's messages come from platformProblems.
  it('finds platforms valid exactly when platformProblems finds nothing', () => {
    const kinds = ['app', 'mini-program', 'quick-app'] as const
    const names = ['android', 'ios', 'harmony', 'wechat', 'alipay', 'quickApp', 'web', '__proto__']
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.dictionary(fc.constantFrom(...names), fc.constantFrom<unknown>({}, null, false, 1, '')),
        (kind, platforms) => {
          expect(platformsAreValid({ kind, platforms })).toBe(
            platformProblems({ kind, platforms }).length === 0,
          )
        },
      ),
      { numRuns: 2000 },
    )
  })

  // valid.ts accepts plain ranges without semver: every one must be a range semver accepts.
  it('takes for plain only ranges semver accepts', () => {
    const version = fc.tuple(fc.nat(), fc.nat(), fc.nat()).map((v) => v.join('.'))
    const comparator = fc
      .tuple(fc.constantFrom('', '>=', '<=', '>', '<', '=', '^', '~'), version)
      .map(([op, v]) => op + v)
    const set = fc.array(comparator, { minLength: 1, maxLength: 3 }).map((c) => c.join(' '))
    const range = fc.array(set, { minLength: 1, maxLength: 3 }).map((sets) => sets.join(' || '))
    fc.assert(
      fc.property(range, (value) => {
        // Longer ones are left to semver.
        expect({ value, plain: isPlainRange(value) }).toEqual({ value, plain: value.length <= 256 })
        expect(validRange(value)).not.toBeNull()
      }),
      { numRuns: 3000 },
    )
    // Near-ranges (a plain range with one character inserted, removed or replaced by one ranges use):
    // plain only if semver accepts it. Random strings of those characters are almost never plain, so
    // the test counts how often the question was really asked.
    const edited = fc
      .tuple(range, fc.nat(), fc.constantFrom(...'0123456789.<>=^~|x* v-'.split('')), fc.nat(2))
      .map(([text, at, c, kind]) => {
        const i = at % (text.length + 1)
        if (kind === 0) return text.slice(0, i) + c + text.slice(i)
        if (kind === 1) return text.slice(0, i) + text.slice(i + 1)
        return text.slice(0, i) + c + text.slice(i + 1)
      })
    let plain = 0
    fc.assert(
      fc.property(fc.oneof(edited, fc.stringMatching(/^[0-9.<>=^~|x* v-]{0,24}$/)), (value) => {
        if (!isPlainRange(value)) return
        plain++
        expect(validRange(value)).not.toBeNull()
      }),
      { numRuns: 20000 },
    )
    expect(plain).toBeGreaterThan(2000)
    for (const largest of ['>=999999999999999.0.0', '^0.0.999999999999999 || 1.2.3']) {
      expect(isPlainRange(largest)).toBe(true)
      expect(validRange(largest)).not.toBeNull()
    }
    for (const notPlain of [
      '1.x',
      '>= 1.0.0',
      '^1.2.3-beta.1',
      '01.2.3',
      '1.2',
      '',
      ' >=1.0.0',
      '>=1.0.0  <2.0.0',
    ])
      expect({ notPlain, plain: isPlainRange(notPlain) }).toEqual({ notPlain, plain: false })
  })

  // dateProblem does calendar arithmetic; the definition it replaced was Date's own round trip.
  it('accepts exactly the days Date round-trips, leap years and centuries included', () => {
    const roundTrips = (value: string) => {
      const date = new Date(`${value}T00:00:00Z`)
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
    }
    const pad = (n: number, width: number) => String(n).padStart(width, '0')
    for (const year of [0, 1, 4, 100, 1600, 1899, 1900, 2000, 2023, 2024, 2100, 2400, 9999])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
          expect({ value, ok: dateProblem(value) === undefined }).toEqual({ value, ok: roundTrips(value) })
        }
    // Written other ways: Date reads some of these, but a declaration's dates are YYYY-MM-DD.
    for (const value of [
      '2024-3-01',
      '2024-03-1',
      '24-03-01',
      '2024-03-01 ',
      ' 2024-03-01',
      '2024-03-01\n',
      '2024/03/01',
      '+02024-03-01',
      '2024-03-01T00:00:00Z',
      '２０２４-03-01',
      '2024-0a-01',
      '',
    ])
      expect({ value, problem: dateProblem(value)?.message }).toEqual({
        value,
        problem: expect.stringContaining('is not a date'),
      })
  })
})

describe('creditCodeProblem', () => {
  it('accepts a valid code, in capitals or not', () => {
    expect(creditCodeProblem('91310115MA1H7G2X9W')).toBeUndefined()
    expect(creditCodeProblem('91310115ma1h7g2x9w')).toBeUndefined()
  })

  // toUpperCase() of the whole code turned ﬀ into FF (and ß into SS): 18 characters became 19, and a
  // code that is no credit code passed.
  it.each([
    ['\ufb00310115MA1H7G2X9B0', 'character 1 ("ﬀ") is not allowed'],
    ['9\u00df310115MA1H7G2X9W', 'character 2 ("ß") is not allowed'],
    ['\u{1d7d7}1310115MA1H7G2X9W', 'character 1 ("\u{1d7d7}") is not allowed'],
    ['91310115MA1H7G2X9', 'has 17 characters'],
  ])('refuses %s', (code, problem) => {
    expect(creditCodeProblem(code)).toContain(problem)
  })
})
