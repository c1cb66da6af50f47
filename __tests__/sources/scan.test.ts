import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { MAX_SOURCE_FILE_BYTES, scanSources } from '../../src/sources/scan.js'
import type { SourceScan } from '../../src/sources/types.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/sources/', import.meta.url))

/** `platform key value [variant] @ file:line:column` per release identity: what the rule compares. */
function summary(scan: SourceScan): string[] {
  return scan.identities.map(
    (i) =>
      `${i.platform} ${i.key} ${i.value}${i.variant ? ` [${i.variant}]` : ''}${i.release ? '' : ' (not release)'} @ ${i.location.file}:${i.location.line}:${i.location.column}`,
  )
}

describe('scanSources auto-detection on fixture trees', () => {
  const cases: { tree: string; identities: string[]; files: string[] }[] = [
    {
      tree: 'flutter-app',
      identities: [
        'android applicationId com.example.shop [release] @ android/app/build.gradle.kts:24:25',
        'ios PRODUCT_BUNDLE_IDENTIFIER com.example.shop [Release] @ ios/Runner.xcodeproj/project.pbxproj:240:33',
      ],
      // Runner/Info.plist defers to PRODUCT_BUNDLE_IDENTIFIER but is listed: a PR could pin a literal there.
      files: [
        'android/app/build.gradle.kts',
        'ios/Runner.xcodeproj/project.pbxproj',
        'ios/Runner/Info.plist',
      ],
    },
    {
      tree: 'react-native-app',
      identities: [
        'android applicationId com.example.shop [release] @ android/app/build.gradle:28:23',
        'ios PRODUCT_BUNDLE_IDENTIFIER org.reactjs.native.example.Shop-RN [Release] @ ios/ShopRN.xcodeproj/project.pbxproj:142:33',
        'ios CFBundleIdentifier com.example.shop.rn [Release] @ ios/ShopRN/Info.plist:22:10',
      ],
      files: ['android/app/build.gradle', 'ios/ShopRN.xcodeproj/project.pbxproj', 'ios/ShopRN/Info.plist'],
    },
    {
      tree: 'native-kts',
      identities: [
        'android applicationId com.example.shop [chinaRelease] @ app/build.gradle.kts:21:25',
        'android applicationId com.example.shop.global [globalRelease] @ app/build.gradle.kts:21:25',
        'android applicationId com.example.shop.hw [huaweiRelease] @ app/build.gradle.kts:50:29',
      ],
      files: ['app/build.gradle.kts'],
    },
    {
      tree: 'native-groovy',
      identities: [
        'android applicationId com.example.news.cn.free.arm [freeArmRelease] @ app/build.gradle:12:23',
        'android applicationId com.example.news.cn.free [freeX86Release] @ app/build.gradle:12:23',
        'android applicationId com.example.news.cn.free.arm.staging [freeArmStaging] (not release) @ app/build.gradle:12:23',
        'android applicationId com.example.news.cn.free.staging [freeX86Staging] (not release) @ app/build.gradle:12:23',
        'android package com.example.legacy.lite [release] @ legacy/src/main/AndroidManifest.xml:4:13',
      ],
      files: ['app/build.gradle', 'legacy/src/main/AndroidManifest.xml', 'legacy/build.gradle'],
    },
    {
      tree: 'xcode-app',
      identities: [
        'ios PRODUCT_BUNDLE_IDENTIFIER com.example.shop [Release] @ Shop.xcodeproj/project.pbxproj:150:33',
        'ios PRODUCT_BUNDLE_IDENTIFIER com.example.shop.ShopWidget [Release] (not release) @ Shop.xcodeproj/project.pbxproj:195:33',
      ],
      files: ['Shop.xcodeproj/project.pbxproj'],
    },
    {
      tree: 'wechat-mp',
      identities: ['wechat appid wx0123456789abcdef @ project.config.json:16:12'],
      files: ['project.config.json'],
    },
    { tree: 'alipay-mp', identities: [], files: ['mini.project.json'] },
    {
      tree: 'harmony-app',
      identities: [
        'harmony bundleName com.example.shop @ AppScope/app.json5:5:17',
        'harmony bundleName com.example.shop.ent [enterprise] @ build-profile.json5:28:21',
      ],
      files: ['AppScope/app.json5', 'build-profile.json5'],
    },
    {
      tree: 'uni-app',
      identities: ['wechat mp-weixin.appid wx0123456789abcdef @ src/manifest.json:14:19'],
      files: ['src/manifest.json'],
    },
  ]
  it.each(cases)('$tree', async ({ tree, identities, files }) => {
    const scan = await scanSources(path.join(FIXTURES, tree), {})
    expect(summary(scan)).toEqual(identities)
    expect(scan.files).toEqual(files)
  })

  // A product bundleName that every product sets leaves app.json5's built by none: a declaration
  // matching it used to pass, with only a notice about the product's real id (an audit).
  it("harmony-app with every product setting its own bundleName: app.json5's is no release id", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cfg-scan-'))
    try {
      await cp(path.join(FIXTURES, 'harmony-app'), dir, { recursive: true })
      const profile = path.join(dir, 'build-profile.json5')
      const text = await readFile(profile, 'utf8')
      await writeFile(
        profile,
        text.replace("name: 'default',\n", "name: 'default',\n        bundleName: 'com.example.shop.cn',\n"),
      )
      expect(summary(await scanSources(dir, {}))).toEqual([
        'harmony bundleName com.example.shop (not release) @ AppScope/app.json5:5:17',
        'harmony bundleName com.example.shop.cn [default] @ build-profile.json5:21:21',
        'harmony bundleName com.example.shop.ent [enterprise] @ build-profile.json5:29:21',
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('native-groovy: the interpolated pro flavour is unresolved, with its place', async () => {
    const scan = await scanSources(path.join(FIXTURES, 'native-groovy'), {})
    expect(
      scan.unresolved!.map((u) => `${u.variant} ${u.expression} @ ${u.location.file}:${u.location.line}`),
    ).toEqual([
      'proArmRelease "$base.newspro" @ app/build.gradle:26',
      'proX86Release "$base.newspro" @ app/build.gradle:26',
      'proArmStaging "$base.newspro" @ app/build.gradle:26',
      'proX86Staging "$base.newspro" @ app/build.gradle:26',
    ])
  })

  it('alipay-mp: a note instead of an identity', async () => {
    const scan = await scanSources(path.join(FIXTURES, 'alipay-mp'), {})
    expect(scan.notes!.map((n) => [n.kind, n.file, n.platform])).toEqual([
      ['no-identity', 'mini.project.json', 'alipay'],
    ])
  })
})

describe('scanSources in a monorepo with dependencies, build output and caches', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cfg-sources-'))
    await cp(path.join(FIXTURES, 'flutter-app'), path.join(root, 'apps/shop'), { recursive: true })
    await cp(path.join(FIXTURES, 'wechat-mp'), path.join(root, 'apps/shop-wechat'), { recursive: true })
    const decoy = 'android { defaultConfig { applicationId "com.decoy.app" } }\n'
    for (const dir of [
      'node_modules/some-sdk/android',
      'apps/shop/build/app/intermediates',
      'apps/shop/ios/Pods/Target',
      'apps/shop/android/.gradle/8.7',
      'apps/shop/dist',
      '.git/modules/x',
      'a/b/c/d/e/f', // depth 7: beyond the walk
    ]) {
      await mkdir(path.join(root, dir), { recursive: true })
      await writeFile(path.join(root, dir, 'build.gradle'), decoy)
    }
    await mkdir(path.join(root, 'node_modules/mp-sdk'), { recursive: true })
    await writeFile(
      path.join(root, 'node_modules/mp-sdk/project.config.json'),
      '{"appid": "wxdecoy000000000"}',
    )
    // Flutter's ios/.symlinks points at plugin sources elsewhere on disk.
    await mkdir(path.join(root, 'apps/shop/ios/.symlinks'), { recursive: true })
    await symlink(
      path.join(root, 'node_modules/some-sdk'),
      path.join(root, 'apps/shop/ios/.symlinks/some-sdk'),
    )
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('finds only the apps, with workspace-relative forward-slash paths', async () => {
    const scan = await scanSources(root, {})
    expect(summary(scan)).toEqual([
      'wechat appid wx0123456789abcdef @ apps/shop-wechat/project.config.json:16:12',
      'android applicationId com.example.shop [release] @ apps/shop/android/app/build.gradle.kts:24:25',
      'ios PRODUCT_BUNDLE_IDENTIFIER com.example.shop [Release] @ apps/shop/ios/Runner.xcodeproj/project.pbxproj:240:33',
    ])
    expect(scan.notes).toEqual([])
  })

  it('declared paths read exactly those files (a directory is accepted)', async () => {
    const scan = await scanSources(root, { android: 'apps/shop/android/app', ios: 'apps/shop/ios' })
    expect(summary(scan)).toEqual([
      'android applicationId com.example.shop [release] @ apps/shop/android/app/build.gradle.kts:24:25',
      'ios PRODUCT_BUNDLE_IDENTIFIER com.example.shop [Release] @ apps/shop/ios/Runner.xcodeproj/project.pbxproj:240:33',
    ])
  })
})

describe('scanSources declared paths that cannot be used', () => {
  let root: string
  let outside: string
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cfg-sources-'))
    outside = await mkdtemp(path.join(tmpdir(), 'cfg-outside-'))
    await writeFile(
      path.join(outside, 'build.gradle'),
      'android { defaultConfig { applicationId "com.outside" } }',
    )
    await symlink(path.join(outside, 'build.gradle'), path.join(root, 'build.gradle'))
    await writeFile(path.join(root, 'README.md'), '# app')
    await mkdir(path.join(root, 'lib'))
    await writeFile(
      path.join(root, 'lib/build.gradle'),
      "plugins { id 'com.android.library' }\nandroid { namespace 'com.example.lib' }\n",
    )
    await writeFile(
      path.join(root, 'project.config.json'),
      `{"appid": "wx0123456789abcdef", "x": "${'a'.repeat(MAX_SOURCE_FILE_BYTES)}"}`,
    )
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
    await rm(outside, { recursive: true, force: true })
  })

  const cases: {
    name: string
    hints: Record<string, string>
    kind: string
    file: string
    message: string | RegExp
  }[] = [
    {
      name: 'a .. escape',
      hints: { android: '../other/app/build.gradle' },
      kind: 'invalid-path',
      file: '../other/app/build.gradle',
      message:
        'sources.android "../other/app/build.gradle" is outside the workspace; use a path relative to the repository root, e.g. android/app/build.gradle.kts',
    },
    {
      name: 'an absolute path outside',
      hints: { ios: '/etc/project.pbxproj' },
      kind: 'invalid-path',
      file: '/etc/project.pbxproj',
      message: /^sources\.ios "\/etc\/project\.pbxproj" is outside the workspace/,
    },
    {
      name: 'a symbolic link to outside',
      hints: { android: 'build.gradle' },
      kind: 'invalid-path',
      file: 'build.gradle',
      message:
        'sources.android "build.gradle" is a symbolic link to outside the workspace; name the file itself',
    },
    {
      name: 'a missing file',
      hints: { harmony: 'AppScope/app.json5' },
      kind: 'missing',
      file: 'AppScope/app.json5',
      message:
        'sources.harmony "AppScope/app.json5" does not exist; fix the path (expected AppScope/app.json5 or build-profile.json5)',
    },
    {
      name: 'a file of the wrong kind',
      hints: { wechat: 'README.md' },
      kind: 'invalid-path',
      file: 'README.md',
      message:
        'sources.wechat "README.md" is not a wechat identity file; expected project.config.json, project.private.config.json or a uni-app manifest.json',
    },
    {
      name: 'a Gradle module without an application id',
      hints: { android: 'lib/build.gradle' },
      kind: 'no-identity',
      file: 'lib/build.gradle',
      message:
        'lib/build.gradle sets no applicationId (defaultConfig or product flavours) and lib/src/main/AndroidManifest.xml has no package attribute; the application id could not be found',
    },
    {
      name: 'a file over 2 MiB',
      hints: { wechat: 'project.config.json' },
      kind: 'too-large',
      file: 'project.config.json',
      message: 'project.config.json is 2.0 MiB, over the 2 MiB limit for identity files; it was skipped',
    },
  ]
  it.each(cases)('$name gives a note, not an exception', async ({ hints, kind, file, message }) => {
    const scan = await scanSources(root, hints)
    expect(scan.identities).toEqual([])
    expect(scan.notes).toHaveLength(1)
    expect(scan.notes![0]).toMatchObject({ kind, file })
    expect(scan.notes![0]!.message).toMatch(message)
  })
})

describe('scanSources WeChat private config', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cfg-sources-'))
    await writeFile(path.join(root, 'project.config.json'), '{\n  "appid": "wx0123456789abcdef"\n}\n')
    await writeFile(path.join(root, 'project.private.config.json'), '{\n  "appid": "wxfedcba9876543210"\n}\n')
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('the private appid takes precedence, as in WeChat DevTools', async () => {
    const scan = await scanSources(root, {})
    expect(summary(scan)).toEqual([
      'wechat appid wx0123456789abcdef (not release) @ project.config.json:2:12',
      'wechat appid wxfedcba9876543210 [private] @ project.private.config.json:2:12',
    ])
  })
})
