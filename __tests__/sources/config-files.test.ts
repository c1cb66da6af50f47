import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { detectAndroidManifest } from '../../src/sources/android-manifest.js'
import { detectIdentities, identityFileType } from '../../src/sources/detect.js'
import { detectHarmonyAppJson5, detectHarmonyBuildProfile } from '../../src/sources/harmony.js'
import { json5Get, parseJson5 } from '../../src/sources/json5.js'
import {
  detectAlipayProject,
  detectUniAppManifest,
  detectWeChatProjectConfig,
} from '../../src/sources/mini-programs.js'

const fixture = (rel: string) => readFileSync(new URL(`../fixtures/sources/${rel}`, import.meta.url), 'utf8')
const at = (file: string, line: number, column: number, endColumn: number) => ({
  file,
  line,
  column,
  endLine: line,
  endColumn,
})

describe('JSON5 parser', () => {
  const cases: { name: string; text: string; path: string[]; value: unknown; start: number }[] = [
    {
      name: 'plain JSON',
      text: '{"app": {"bundleName": "a.b"}}',
      path: ['app', 'bundleName'],
      value: 'a.b',
      start: 23,
    },
    {
      name: 'unquoted keys, single quotes',
      text: "{app:{bundleName:'a.b'}}",
      path: ['app', 'bundleName'],
      value: 'a.b',
      start: 17,
    },
    {
      name: 'comments and trailing commas',
      text: '{\n // x: 1,\n /* y */ app: { n: 1, }, }',
      path: ['app', 'n'],
      value: 1,
      start: 31,
    },
    {
      name: 'hex, signs and Infinity',
      text: '{a: [0x1F, -2.5e1, +Infinity]}',
      path: ['a'],
      value: undefined,
      start: 4,
    },
    { name: 'escapes', text: '{"a": "\\u0041\\x42\\n"}', path: ['a'], value: 'AB\n', start: 6 },
    { name: 'duplicate keys: the last wins', text: '{"a": 1, "a": 2}', path: ['a'], value: 2, start: 14 },
  ]
  it.each(cases)('$name', ({ text, path, value, start }) => {
    const node = json5Get(parseJson5(text), path)!
    if (value !== undefined) expect(node).toMatchObject({ value })
    expect(node.start).toBe(start)
  })

  it('numbers in arrays', () => {
    const node = json5Get(parseJson5('{a: [0x1F, -2.5e1, +Infinity]}'), ['a'])!
    expect(node.kind === 'array' && node.items.map((i) => (i.kind === 'number' ? i.value : null))).toEqual([
      31,
      -25,
      Infinity,
    ])
  })

  it.each([
    ['{"a": 1', 'expected "," or "}"'],
    ['{a: "x\n"}', 'unterminated string'],
    ['{a: 1} x', 'unexpected text after the top-level value'],
    ['{/* a: 1}', 'unterminated /* comment'],
  ])('rejects %j: %s', (text, message) => {
    expect(() => parseJson5(text)).toThrow(message)
  })
})

describe('WeChat project.config.json', () => {
  it('reads the top-level appid, not one nested in setting', () => {
    const detected = detectWeChatProjectConfig(
      'project.config.json',
      fixture('wechat-mp/project.config.json'),
    )
    expect(detected.identities).toEqual([
      {
        platform: 'wechat',
        key: 'appid',
        value: 'wx0123456789abcdef',
        release: true,
        location: at('project.config.json', 16, 12, 32),
      },
    ])
  })

  it('the private config is reported as variant private', () => {
    const detected = detectWeChatProjectConfig(
      'mp/project.private.config.json',
      '{\n  "appid": "wxfedcba9876543210"\n}\n',
    )
    expect(detected.identities).toEqual([
      {
        platform: 'wechat',
        key: 'appid',
        value: 'wxfedcba9876543210',
        variant: 'private',
        release: true,
        location: at('mp/project.private.config.json', 2, 12, 32),
      },
    ])
  })

  it('the tourist placeholder is read as written (source-identity reads it as "not set")', () => {
    const detected = detectWeChatProjectConfig('project.config.json', '{"appid": "touristappid"}')
    expect(detected.unresolved).toEqual([])
    expect(detected.identities[0]).toMatchObject({
      value: 'touristappid',
      location: at('project.config.json', 1, 11, 25),
    })
  })

  it('uni-app manifest.json (with comments): mp-weixin.appid, not the DCloud appid', () => {
    const detected = detectUniAppManifest('src/manifest.json', fixture('uni-app/src/manifest.json'))
    expect(detected.identities).toEqual([
      {
        platform: 'wechat',
        key: 'mp-weixin.appid',
        value: 'wx0123456789abcdef',
        release: true,
        location: at('src/manifest.json', 14, 19, 39),
      },
    ])
  })
})

describe('Alipay mini.project.json', () => {
  it('holds no AppID: nothing is detected, and a note says why', () => {
    const detected = detectAlipayProject('mini.project.json', fixture('alipay-mp/mini.project.json'))
    expect(detected.identities).toEqual([])
    expect(detected.notes).toEqual([
      {
        kind: 'no-identity',
        file: 'mini.project.json',
        platform: 'alipay',
        message:
          'mini.project.json holds no AppID: the Alipay IDE binds the project to an app and minidev takes --app-id when uploading, so the Alipay AppID cannot be checked in the source tree',
      },
    ])
  })
})

describe('HarmonyOS', () => {
  it('app.json5 bundleName, past comments that mention another one', () => {
    const detected = detectHarmonyAppJson5('AppScope/app.json5', fixture('harmony-app/AppScope/app.json5'))
    expect(detected.identities).toEqual([
      {
        platform: 'harmony',
        key: 'bundleName',
        value: 'com.example.shop',
        release: true,
        location: at('AppScope/app.json5', 5, 17, 35),
      },
    ])
  })

  it('build-profile.json5: a product bundleName override and the release signing material', () => {
    const detected = detectHarmonyBuildProfile(
      'build-profile.json5',
      fixture('harmony-app/build-profile.json5'),
    )
    expect(detected.identities).toEqual([
      {
        platform: 'harmony',
        key: 'bundleName',
        value: 'com.example.shop.ent',
        variant: 'enterprise',
        release: true,
        location: at('build-profile.json5', 28, 21, 43),
      },
    ])
    expect(
      detected.signing.map((s) => [s.key, s.value, s.variant, s.location.line, s.location.column]),
    ).toEqual([
      ['signingConfig', 'release', 'default', 21, 24],
      ['signingConfig', 'release', 'enterprise', 27, 24],
      ['storeFile', './sign/release.p12', 'release', 14, 22],
      ['certpath', './sign/release.cer', 'release', 8, 21],
      ['profile', './sign/shop-release.p7b', 'release', 12, 20],
    ])
  })

  it('a syntax error is a parse-error note', () => {
    const detected = detectHarmonyAppJson5(
      'AppScope/app.json5',
      "{\n  app: {\n    bundleName: 'com.example.shop\n",
    )
    expect(detected.notes).toEqual([
      {
        kind: 'parse-error',
        file: 'AppScope/app.json5',
        platform: 'harmony',
        message: 'AppScope/app.json5:3:17: unterminated string; the file could not be read',
      },
    ])
  })
})

describe('AndroidManifest.xml', () => {
  it('the package attribute, not one in a comment', () => {
    const detected = detectAndroidManifest(
      'legacy/src/main/AndroidManifest.xml',
      fixture('native-groovy/legacy/src/main/AndroidManifest.xml'),
    )
    expect(detected.identities).toEqual([
      {
        platform: 'android',
        key: 'package',
        value: 'com.example.legacy',
        release: true,
        location: at('legacy/src/main/AndroidManifest.xml', 4, 13, 33),
      },
    ])
  })

  it('a manifest without package gives nothing', () => {
    const detected = detectAndroidManifest(
      'AndroidManifest.xml',
      fixture('flutter-app/android/app/src/main/AndroidManifest.xml'),
    )
    expect(detected.identities).toEqual([])
  })
})

describe('detectIdentities dispatches on the file name', () => {
  const cases: [string, string, string | undefined][] = [
    ['android/app/build.gradle', 'android { defaultConfig { applicationId "a.b.c" } }', 'a.b.c'],
    ['app/build.gradle.kts', 'android { defaultConfig { applicationId = "a.b.c" } }', 'a.b.c'],
    ['app/src/main/AndroidManifest.xml', '<manifest package="a.b.c"/>', 'a.b.c'],
    [
      'ios/Info.plist',
      '<plist><dict><key>CFBundleIdentifier</key><string>a.b.c</string></dict></plist>',
      'a.b.c',
    ],
    ['project.config.json', '{"appid": "wx0123456789abcdef"}', 'wx0123456789abcdef'],
    ['AppScope/app.json5', "{app: {bundleName: 'a.b.c'}}", 'a.b.c'],
    ['public/manifest.json', '{"name": "web app", "start_url": "/"}', undefined],
    ['README.md', 'applicationId "a.b.c"', undefined],
  ]
  it.each(cases)('%s', (file, text, value) => {
    expect(detectIdentities(file, text).identities.map((i) => i.value)).toEqual(value ? [value] : [])
  })

  it('Windows separators are normalised in locations', () => {
    const detected = detectIdentities(
      'app\\build.gradle',
      'android { defaultConfig { applicationId "a.b.c" } }',
    )
    expect(detected.identities[0]!.location.file).toBe('app/build.gradle')
  })

  it.each([
    ['ios/Shop.xcodeproj/project.pbxproj', 'xcode-project'],
    ['ShopWidget/Widget-Info.plist', 'info-plist'],
    ['project.private.config.json', 'wechat-project-config'],
    ['mini.project.json', 'alipay-project'],
    ['build-profile.json5', 'harmony-build-profile'],
    ['settings.gradle', undefined],
  ])('identityFileType(%s) = %s', (file, type) => {
    expect(identityFileType(file)).toBe(type)
  })
})
