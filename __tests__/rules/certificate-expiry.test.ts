/**
 * certificate-expiry: signing-certificate lifetimes judged against the run's `today`, on real
 * artifacts. The certificates' validity is read from the DER (checked against openssl on the
 * lifetimes fixtures of scripts/fixtures/channels.sh); the clock is moved around each real notAfter.
 */
import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { checkArtifacts } from '../helpers/artifact-workspace.js'
import { readArtifact } from '../../src/artifacts/read.js'
import { validityOf } from '../../src/artifacts/certificate.js'
import { chinaDate } from '../../src/rules/certificate-expiry.js'
import { section } from '../artifacts/android-records.js'
import { gate } from '../helpers/declarations.js'

const DECLARATION = `version: 1
holder:
  name: 上海示例网络科技有限公司
  province: 沪
apps:
  - id: shop
    name: 示例商城
    kind: app
    filing:
      number: 沪ICP备2023012345号-2A
      status: approved
      via: aliyun
    hosting:
      - { provider: aliyun, region: cn-shanghai }
    platforms:
      android:
        package: com.example.demo
        certificate: { md5: ABABABABABABABABABABABABABABABAB }
      ios:
        bundleId: com.example.demo
        certificate: { sha1: ABABABABABABABABABABABABABABABABABABABAB }
      harmony:
        bundleName: com.example.demo
        certificate: { sha256: ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB }
    stores: [xiaomi, huawei-appgallery, app-store-cn]
`

async function check(
  fixture: string,
  today: string,
  mode: 'release' | 'audit' = 'release',
  certificateExpiryDays?: number,
) {
  const result = await checkArtifacts({
    declaration: DECLARATION,
    fixtures: [fixture],
    mode,
    today,
    ...(certificateExpiryDays !== undefined ? { certificateExpiryDays } : {}),
  })
  // The declaration loads (a failing one would leave nothing to judge and every test passing).
  expect(result.findings.filter((f) => f.rule.startsWith('declaration'))).toEqual([])
  return result.findings.filter((f) => f.rule === 'certificate-expiry')
}

/** The effective signer's last valid day in China time, and a date `days` from it. */
async function lastDay(fixture: string) {
  const identity = await readArtifact(path.join('__tests__/fixtures', fixture))
  return chinaDate(identity.signers[identity.effectiveSigner]!.notAfter!)
}
function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

describe('validityOf', () => {
  it.each(['expired', 'ending'])('reads %s.der as openssl prints its dates', async (name) => {
    const output = section(`lifetimes/${name}.txt`, (c) => c.includes('-startdate'))!.output
    const openssl = (key: string) =>
      new RegExp(`^${key}=(\\S+) (\\S+)$`, 'm').exec(output)!.slice(1).join('T')
    const der = await readFile(path.join('__tests__/fixtures/android/lifetimes', `${name}.der`))
    expect(validityOf(der)).toEqual({ notBefore: openssl('notBefore'), notAfter: openssl('notAfter') })
  })
})

describe('chinaDate', () => {
  it.each([
    ['2026-11-28T15:59:59Z', '2026-11-28'],
    ['2026-11-28T16:00:00Z', '2026-11-29'], // midnight in Beijing
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s is %s in China', (iso, date) => expect(chinaDate(iso)).toBe(date))
})

describe('certificate-expiry', () => {
  it.each([['ios/appstore.ipa'], ['harmony/release.hap']])(
    '%s: nothing while the certificate is more than certificate-expiry-days from its end',
    async (fixture) => {
      expect(await check(fixture, shift(await lastDay(fixture), -31))).toEqual([])
    },
  )

  it.each([
    ['ios/appstore.ipa', 'iOS distribution'],
    ['harmony/release.hap', 'HarmonyOS release'],
  ])('%s: warns within 30 days that renewing needs a 变更备案', async (fixture, kind) => {
    const last = await lastDay(fixture)
    const findings = await check(fixture, shift(last, -30))
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        app: 'shop',
        message: expect.stringContaining(
          `${kind} certificate that expires on ${last} (in 30 days, within certificate-expiry-days 30). Renewing it changes the certificate the filing records: plan the filing amendment (变更备案)`,
        ),
      }),
    ])
    expect(findings[0]!.location?.line).toBe(
      DECLARATION.split('\n').findIndex((l) =>
        l.includes(kind === 'iOS distribution' ? 'sha1: ABAB' : 'sha256: ABAB'),
      ) + 1,
    )
  })

  it('honours certificate-expiry-days', async () => {
    const last = await lastDay('ios/appstore.ipa')
    expect(await check('ios/appstore.ipa', shift(last, -60), 'release', 90)).toHaveLength(1)
    expect(await check('ios/appstore.ipa', shift(last, -10), 'release', 0)).toEqual([])
    expect((await check('ios/appstore.ipa', last, 'release', 0))[0]!.message).toContain('(today, within')
  })

  it('blocks a release of an IPA signed by an expired distribution certificate; warns outside release mode', async () => {
    const last = await lastDay('ios/appstore.ipa')
    const release = await check('ios/appstore.ipa', shift(last, 1))
    expect(release).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(
          new RegExp(
            `expired on ${last}: App Store Connect does not accept a build signed by an expired certificate`,
          ),
        ),
      }),
    ])
    expect((await check('ios/appstore.ipa', shift(last, 1), 'audit'))[0]!.severity).toBe('warning')
  })

  it('warns about an expired HarmonyOS certificate', async () => {
    const last = await lastDay('harmony/release.hap')
    expect((await check('harmony/release.hap', shift(last, 400)))[0]).toMatchObject({ severity: 'warning' })
  })

  it('only notes an expired Android certificate: Android ignores certificate validity', async () => {
    const findings = await check('android/lifetimes/expired.apk', '2026-11-29')
    const dates = section('lifetimes/expired.txt', (c) => c.includes('-enddate'))!.output
    const [, day, time] = /^notAfter=(\S+) (\S+)$/m.exec(dates)!
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'notice',
        message: expect.stringContaining(
          `build/expired.apk is signed by CN=Expired Demo, O=Example, C=CN (SHA-1 `,
        ),
      }),
    ])
    expect(findings[0]!.message).toContain(`whose certificate expired on ${chinaDate(`${day}T${time}`)}`)
    expect(findings[0]!.message).toContain('Android does not check signing-certificate validity')
  })

  it('does not note an Android certificate that is still valid or about to expire', async () => {
    expect(await check('android/rsa-v123.apk', '2026-11-29')).toEqual([])
  })
})

describe('certificate-expiry when the validity cannot be read', () => {
  /** The real IPA and HAP as read, with the effective signer's validity left out (as an unreadable time leaves it). */
  async function withoutValidity(fixture: string) {
    const identity = await readArtifact(path.join('__tests__/fixtures', fixture))
    const signers = identity.signers.map((s, i) => {
      if (i !== identity.effectiveSigner) return s
      const { notBefore: _from, notAfter: _to, ...rest } = s
      return rest
    })
    return { ...identity, signers }
  }

  it.each<[string, 'release' | 'audit', string | undefined]>([
    ['ios/appstore.ipa', 'release', 'error'],
    ['ios/appstore.ipa', 'audit', 'warning'],
    ['harmony/release.hap', 'release', 'warning'],
  ])('%s in %s mode: %s, never a silent pass', async (fixture, mode, severity) => {
    const identity = await withoutValidity(fixture)
    const result = gate(DECLARATION, {
      mode,
      artifacts: { patterns: [fixture], unmatched: [], results: [{ file: fixture, identity }] },
    })
    const findings = result.findings.filter((f) => f.rule === 'certificate-expiry')
    expect(findings.map((f) => [f.severity, f.app])).toEqual([[severity, 'shop']])
    expect(findings[0]!.message).toContain("whose certificate's validity period cannot be read")
  })
})
