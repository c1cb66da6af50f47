/**
 * The CLI on channel packages and certificate lifetimes (issue 11): what `inspect` prints for a Walle
 * channel APK, `check --artifact 'channels/*.apk'` on a set with one re-signed APK, and the
 * --certificate-expiry-days flag.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { cli } from '../helpers/cli.js'
import { apksignerSigners, section } from '../artifacts/android-records.js'
import { createAjv } from '../helpers/ajv.js'

const apksigner = (name: string) =>
  apksignerSigners(section(`channels/${name}.txt`, (c) => c.startsWith('apksigner verify'))!.output)[0]!

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

describe('inspect on a channel APK', () => {
  const file = '__tests__/fixtures/android/channels/walle-xiaomi.apk'

  it('prints the channel, where it was written, and the signer apksigner prints with its validity', async () => {
    const run = await cli(['inspect', file])
    expect(run.code).toBe(0)
    const signer = apksigner('walle-xiaomi')
    expect(run.stdout).toContain('  channel: xiaomi (Walle: APK Signing Block pair 0x71777777)')
    expect(run.stdout).toContain(`    subject:   ${signer.subject}`)
    expect(run.stdout).toContain(`    SHA-256:   ${signer.sha256}`)
    expect(run.stdout).toMatch(/ {4}notBefore: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n {4}notAfter: {2}\d{4}-/)
  })

  it('adds channel, channelMarks, notBefore and notAfter to the JSON', async () => {
    const run = await cli(['inspect', file, '--format', 'json'])
    const [entry] = JSON.parse(run.stdout)
    expect(entry.channel).toBe('xiaomi')
    expect(entry.channelMarks).toEqual([
      { name: 'xiaomi', scheme: 'walle', where: 'APK Signing Block pair 0x71777777' },
    ])
    expect(entry.signers[0].sha256).toBe(apksigner('walle-xiaomi').sha256)
    expect(Date.parse(entry.signers[0].notAfter)).toBeGreaterThan(Date.parse(entry.signers[0].notBefore))
  })
})

describe("check --artifact 'channels/*.apk'", () => {
  async function workspace() {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cfg-cli-channels-'))
    dirs.push(dir)
    await cp('__tests__/fixtures/android/channels', path.join(dir, 'channels'), {
      recursive: true,
      filter: (f) => !/conflict|no-channel|twice|\.txt$/.test(f),
    })
    const filed = apksigner('walle-xiaomi')
    await writeFile(
      path.join(dir, 'china-filing.yml'),
      `version: 1
holder: { name: 上海示例网络科技有限公司, province: 沪 }
apps:
  - id: shop
    name: 示例商城
    kind: app
    filing: { number: 沪ICP备2023012345号-2A, status: approved, via: aliyun }
    hosting: [{ provider: aliyun, region: cn-shanghai }]
    platforms:
      android:
        package: com.example.demo
        certificate: { sha256: ${filed.sha256} }
    stores: [xiaomi, huawei-appgallery, oppo, vivo, tencent-myapp, baidu-app]
    release:
      channels: { xiaomi: xiaomi, huawei: huawei-appgallery, oppo: oppo, vivo: vivo, tencent: tencent-myapp, baidu: baidu-app }
`,
    )
    return dir
  }

  it('blocks the set at the channel APK re-signed by another key (exit 1)', async () => {
    const dir = await workspace()
    const run = await cli(
      [
        'check',
        '--artifact',
        'channels/*.apk',
        '--tag',
        'v2.3.0',
        '--today',
        '2026-11-29',
        '--format',
        'json',
      ],
      dir,
    )
    expect(run.code).toBe(1)
    const errors = JSON.parse(run.stdout).findings.filter((f: { severity: string }) => f.severity === 'error')
    // Both errors are placed at the re-signed APK itself.
    expect(errors.map((f: { artifact: string }) => f.artifact)).toEqual([
      'channels/walle-vivo-resigned.apk',
      'channels/walle-vivo-resigned.apk',
    ])
    expect(
      errors
        .map((f: { rule: string; message: string }) => [f.rule, f.message.split(' ').slice(0, 4).join(' ')])
        .sort(),
    ).toEqual([
      ['artifact-identity', 'channels/walle-vivo-resigned.apk (shop, channel vivo)'],
      ['channel-packages', 'channels/walle-vivo-resigned.apk (channel vivo) is'],
    ])
  })

  it.each(['-1', '1.5', 'thirty', '4000'])('refuses --certificate-expiry-days %s (exit 2)', async (days) => {
    const dir = await workspace()
    const run = await cli(['check', `--certificate-expiry-days=${days}`, '--today', '2026-11-29'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `--certificate-expiry-days must be a whole number of days from 0 to 3650, not "${days}"`,
    )
  })
})

describe('JSON Schema of release.channels', () => {
  it('completes store ids for a channel and rejects an unknown one', async () => {
    const validate = createAjv().compile(JSON.parse((await cli(['schema'])).stdout))
    const declaration = (store: string) => ({
      version: 1,
      holder: { name: '上海示例网络科技有限公司', province: '沪' },
      apps: [
        {
          id: 'shop',
          name: '示例商城',
          kind: 'app',
          filing: { number: '沪ICP备2023012345号-2A', status: 'approved' },
          platforms: { android: { package: 'com.example.demo', certificate: { md5: 'AB'.repeat(16) } } },
          stores: ['xiaomi'],
          release: { channels: { xiaomi: store } },
        },
      ],
    })
    expect(validate(declaration('xiaomi')) ? [] : validate.errors).toEqual([])
    expect(validate(declaration('xaiomi'))).toBe(false)
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/apps/0/release/channels/xiaomi')
  })
})
