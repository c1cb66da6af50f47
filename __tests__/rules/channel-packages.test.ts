/**
 * channel-packages and the channel-aware artifact-identity, on channel APKs written after signing by
 * scripts/fixtures/channel_writer.py and verified by apksigner (scripts/fixtures/channels.sh).
 */
import { describe, expect, it } from '@jest/globals'
import { checkArtifacts } from '../helpers/artifact-workspace.js'
import type { ArtifactIdentity, ChannelMark } from '../../src/artifacts/types.js'
import { appYaml, declarationYaml, gate, positionOf } from '../helpers/declarations.js'
import { apksignerSigners, section } from '../artifacts/android-records.js'

const TODAY = '2026-11-29'
const FILED = apksignerSigners(
  section('channels/walle-xiaomi.txt', (c) => c.startsWith('apksigner verify'))!.output,
)[0]!
const HARDENED = apksignerSigners(
  section('channels/walle-vivo-resigned.txt', (c) => c.startsWith('apksigner verify'))!.output,
)[0]!

function declaration(release = ''): string {
  return declarationYaml([
    appYaml({
      platforms: `    platforms:\n      android:\n        package: com.example.demo\n        certificate:\n          sha256: ${FILED.sha256}`,
      stores: '[xiaomi, huawei-appgallery, oppo, vivo, tencent-myapp, baidu-app, google-play]',
      release,
    }),
  ])
}

async function check(text: string, apks: string[], mode: 'release' | 'audit' = 'release') {
  const result = await checkArtifacts({
    declaration: text,
    fixtures: apks.map((apk) => `android/channels/${apk}.apk`),
    folder: 'channels',
    mode,
    today: TODAY,
    tag: 'v2.3.0',
    patterns: ['channels/*.apk'],
  })
  const of = (rule: string) => result.findings.filter((f) => f.rule === rule)
  return { result, of }
}

const MAPPED = `    release:
      channels:
        xiaomi: xiaomi
        huawei: huawei-appgallery
        oppo: oppo
        vivo: vivo
        tencent: tencent-myapp
        baidu: baidu-app`

describe('channel-packages on real channel APKs', () => {
  it.each([
    ['Walle and VasDolly pairs (v2+v3)', ['walle-xiaomi', 'walle-huawei', 'vasdolly-oppo']],
    ['VasDolly v1 comment and META-INF marker (v1)', ['v1-comment-tencent', 'v1-marker-baidu']],
  ])('passes a set of channel APKs with %s signed by the filed key', async (_name, apks) => {
    const { result, of } = await check(declaration(MAPPED), apks)
    expect(of('channel-packages')).toEqual([])
    expect(of('artifact-identity').filter((f) => f.severity !== 'notice')).toEqual([])
    expect(result.verdict).toBe('pass')
  })

  it('warns when channel APKs of one release carry different signature schemes', async () => {
    const { of } = await check(declaration(MAPPED), ['walle-xiaomi', 'walle-huawei', 'v1-comment-tencent'])
    expect(of('channel-packages')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining(
          'channels/v1-comment-tencent.apk (channel tencent) is signed with v1, but the other 2 channel APKs (huawei, xiaomi) are signed with v2+v3.',
        ),
      }),
    ])
  })

  it('fails the channel APK a hardening step re-signed with another key, naming its channel', async () => {
    const { result, of } = await check(declaration(MAPPED), [
      'walle-xiaomi',
      'walle-huawei',
      'vasdolly-oppo',
      'walle-vivo-resigned',
    ])
    expect(result.verdict).toBe('fail')
    const errors = of('channel-packages').filter((f) => f.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toBe(
      `channels/walle-vivo-resigned.apk (channel vivo) is signed by ${HARDENED.subject} (SHA-256 ${HARDENED.sha256}), but the other 3 channel APKs (huawei, oppo, xiaomi) are signed by ${FILED.subject} (SHA-256 ${FILED.sha256}). Every channel APK of a release must carry the same signer. A step after the build (hardening 加固, re-signing, a channel tool run on another build) used another key: re-sign it with the filed key, as the others are.`,
    )
    // artifact-identity fails that APK, and only that one, against the filing.
    const identity = of('artifact-identity').filter((f) => f.severity === 'error')
    expect(identity.map((f) => f.message.split(' ')[0])).toEqual(['channels/walle-vivo-resigned.apk'])
  })

  it('names each channel that release.channels does not map, as a notice at release.channels', async () => {
    const text = declaration(`    release:\n      channels:\n        xiaomi: xiaomi`)
    const { of } = await check(text, ['walle-xiaomi', 'walle-huawei', 'vasdolly-oppo'], 'audit')
    const notices = of('channel-packages')
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({
      severity: 'notice',
      location: { line: positionOf(text, 'channels:').line },
    })
    expect(notices[0]!.message).toMatch(
      /^channels\/walle-huawei.apk \(channel huawei\), channels\/vasdolly-oppo.apk \(channel oppo\): channels "huawei", "oppo" map to no store in release.channels/,
    )
  })

  it('says release.channels is not declared when channel APKs come without it', async () => {
    const { of } = await check(declaration(), ['walle-xiaomi'], 'audit')
    expect(of('channel-packages').map((f) => f.message)).toEqual([
      expect.stringContaining('channel "xiaomi" maps to no store (release.channels is not declared)'),
    ])
  })

  it('does not check against the filing a channel APK mapped to a store outside mainland China', async () => {
    const text = declaration(
      `    release:\n      channels:\n        vivo: google-play\n        xiaomi: xiaomi`,
    )
    const { of } = await check(text, ['walle-vivo-resigned'], 'audit')
    expect(of('artifact-identity')).toEqual([
      expect.objectContaining({
        severity: 'notice',
        message: expect.stringContaining(
          'is the "vivo" channel package of shop, for google-play (release.channels), which is outside mainland China',
        ),
        location: expect.objectContaining({ line: positionOf(text, 'vivo: google-play').line }),
      }),
    ])
  })

  it('judges a pair written twice by its last value, so a foreign first value hides no mainland build', async () => {
    const text = declaration(
      `    release:\n      channels:\n        googleplay: google-play\n        xiaomi: xiaomi`,
    )
    const { result, of } = await check(text, ['walle-twice-resigned'])
    expect(of('artifact-identity')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('channels/walle-twice-resigned.apk (shop, channel xiaomi)'),
      }),
    ])
    expect(result.verdict).toBe('fail')
  })

  it('warns about an APK whose channel tools disagree', async () => {
    const { of } = await check(declaration(MAPPED), ['conflict'], 'audit')
    expect(of('channel-packages').find((f) => f.severity === 'warning')?.message).toMatch(
      /^channels\/conflict.apk carries 2 different channels \("xiaomi" in APK Signing Block pair 0x71777777; "huawei" in APK Signing Block pair 0x881155ff\)/,
    )
  })

  it('rejects a release.channels store id that does not exist', () => {
    const result = gate(declaration(`    release:\n      channels:\n        xiaomi: xaiomi`))
    expect(result.findings.map((f) => f.message).join('\n')).toMatch(
      /release.channels.xiaomi: unknown store "xaiomi". Did you mean "xiaomi"\?/,
    )
  })
})

/** Identities as the APK reader returns them, for the differences real fixtures do not need to show. */
function apk(file: string, channel: string, change: Partial<ArtifactIdentity> = {}): ArtifactIdentity {
  return {
    file,
    type: 'apk',
    platform: 'android',
    id: 'com.example.demo',
    version: '2.3.0',
    build: '230',
    signers: [
      {
        subject: FILED.subject,
        md5: FILED.md5.toUpperCase(),
        sha1: FILED.sha1.toUpperCase(),
        sha256: FILED.sha256,
        publicKey: { algorithm: 'RSA', modulus: null, spki: '' },
        schemes: ['v2', 'v3'],
      },
    ],
    effectiveSigner: 0,
    channel,
    channelMarks: [{ name: channel, scheme: 'walle', where: 'APK Signing Block pair 0x71777777' }],
    notes: [],
    ...change,
  }
}

describe('channel-packages across a set', () => {
  const run = (identities: ArtifactIdentity[], mode: 'release' | 'audit') =>
    gate(declaration(MAPPED), {
      mode,
      artifacts: {
        patterns: ['*.apk'],
        unmatched: [],
        results: identities.map((i) => ({ file: i.file, identity: i })),
      },
    }).findings.filter((f) => f.rule === 'channel-packages')

  it.each<[string, Partial<ArtifactIdentity>, 'release' | 'audit', 'error' | 'warning', string]>([
    [
      'versionCode',
      { build: '229' },
      'release',
      'error',
      'is versionCode 229, but the other 2 channel APKs (huawei, xiaomi) are versionCode 230',
    ],
    ['versionCode', { build: '229' }, 'audit', 'warning', 'is versionCode 229'],
    [
      'versionName',
      { version: '2.2.9' },
      'release',
      'error',
      'is versionName 2.2.9, but the other 2 channel APKs (huawei, xiaomi) are versionName 2.3.0',
    ],
    [
      'package',
      { id: 'com.example.demo.lite' },
      'audit',
      'error',
      'is package com.example.demo.lite, but the other 2 channel APKs (huawei, xiaomi) are package com.example.demo',
    ],
    [
      'signer',
      { signers: [], effectiveSigner: -1 },
      'audit',
      'error',
      'is not signed, but the other 2 channel APKs (huawei, xiaomi) are signed by',
    ],
    [
      'signer',
      {
        effectiveSigner: -1,
        signers: [apk('x', 'x').signers[0]!, { ...apk('x', 'x').signers[0]!, sha256: 'B'.repeat(64) }],
      },
      'audit',
      'error',
      `is signed by 2 signers together (SHA-256 ${FILED.sha256}; SHA-256 ${'B'.repeat(64)}), but the other 2 channel APKs (huawei, xiaomi) are signed by`,
    ],
  ])('reports the APK whose %s differs (%s mode → %s)', (_what, change, mode, severity, message) => {
    const findings = run(
      [apk('xiaomi.apk', 'xiaomi'), apk('huawei.apk', 'huawei'), apk('oppo.apk', 'oppo', change)],
      mode,
    )
    expect(findings).toEqual([
      expect.objectContaining({
        severity,
        message: expect.stringContaining(`oppo.apk (channel oppo) ${message}`),
      }),
    ])
  })

  // An APK whose channel tools disagree, one of them naming a store outside the mainland, used to be
  // waved through by its first mark ("its signature is not checked"): its store is unclear, so it is
  // checked against the filing like any other.
  it('checks the signature of an APK whose marks name a mainland and a non-mainland store', () => {
    const other = {
      ...apk('x', 'x').signers[0]!,
      md5: 'C'.repeat(32),
      sha1: 'D'.repeat(40),
      sha256: 'B'.repeat(64),
    }
    const marks = (...names: string[]): ChannelMark[] =>
      names.map((name, i) => ({ name, scheme: i === 0 ? 'walle' : 'vasdolly', where: 'APK Signing Block' }))
    const judged = (channelMarks: ChannelMark[]) =>
      gate(
        declaration(
          '    release:\n      channels:\n        googleplay: google-play\n        gp: google-play\n        xiaomi: xiaomi',
        ),
        {
          mode: 'release',
          tag: 'v2.3.0',
          artifacts: {
            patterns: ['*.apk'],
            unmatched: [],
            results: [
              {
                file: 'odd.apk',
                identity: apk('odd.apk', channelMarks[0]!.name, { signers: [other], channelMarks }),
              },
            ],
          },
        },
      ).findings.filter((f) => f.rule === 'artifact-identity')
    expect(judged(marks('googleplay', 'xiaomi'))).toMatchObject([
      { severity: 'error', message: expect.stringContaining('not the certificate the filing records') },
    ])
    // Every mark for the same store outside the mainland: not checked, as before.
    expect(judged(marks('googleplay', 'gp'))).toMatchObject([
      {
        severity: 'notice',
        message: expect.stringContaining('its signature is not checked against a filing'),
      },
    ])
  })

  // The channel is read from the APK: one named like what every object inherits maps to no store.
  it.each(['valueOf', 'toString', 'constructor', 'hasOwnProperty', '__proto__'])(
    'names channel %s as mapping to no store',
    (channel) => {
      const findings = run([apk('xiaomi.apk', 'xiaomi'), apk('odd.apk', channel)], 'audit')
      expect(findings).toEqual([
        expect.objectContaining({
          severity: 'notice',
          message: expect.stringContaining(
            `odd.apk (channel ${channel}): channel "${channel}" maps to no store`,
          ),
        }),
      ])
    },
  )

  it('compares signers together as a set: the same keys found in another order are the same signers', () => {
    const [first] = apk('x', 'x').signers
    const second = { ...first!, sha256: 'B'.repeat(64) }
    const coSigned = (file: string, channel: string, signers: ArtifactIdentity['signers']) =>
      apk(file, channel, { effectiveSigner: -1, signers })
    const findings = run(
      [
        coSigned('xiaomi.apk', 'xiaomi', [first!, second]),
        coSigned('huawei.apk', 'huawei', [first!, second]),
        coSigned('oppo.apk', 'oppo', [second, first!]),
      ],
      'release',
    )
    expect(findings.filter((f) => f.message.includes('signed by'))).toEqual([])
  })

  it('compares two channel APKs with each other when they differ', () => {
    const findings = run(
      [apk('xiaomi.apk', 'xiaomi'), apk('huawei.apk', 'huawei', { build: '231' })],
      'release',
    )
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining(
        'xiaomi.apk (channel xiaomi) is versionCode 230, but huawei.apk (channel huawei) is versionCode 231',
      ),
    ])
  })

  it('leaves APKs without a channel to artifact-identity', () => {
    const plain = apk('plain.apk', 'x', { build: '1' })
    delete plain.channel
    delete plain.channelMarks
    expect(run([apk('xiaomi.apk', 'xiaomi'), plain], 'release')).toEqual([])
  })
})
