/**
 * source-identity through runCheck: real files on disk (and a real git history for pull requests),
 * so the detectors, the drift comparison and the rule are tested together as a user runs them.
 */
import { describe, it, expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCheck } from '../../src/check.js'
import { appYaml, declarationYaml, positionOf } from '../helpers/declarations.js'
import { tempDir } from '../helpers/temp-dir.js'

const TODAY = '2026-11-29'

function gradle(applicationId: string, storeFile = 'keystore/release.jks'): string {
  return `plugins {
    id("com.android.application")
}

android {
    namespace = "com.example.shop"
    defaultConfig {
        applicationId = "${applicationId}"
        versionName = "2.3.0"
    }
    signingConfigs {
        create("release") {
            storeFile = file("${storeFile}")
        }
    }
    buildTypes {
        getByName("release") {
            signingConfig = signingConfigs.getByName("release")
        }
    }
}
`
}

const DECLARATION = declarationYaml([appYaml()])

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('cfg-src-')
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
  return dir
}

async function check(
  workspace: string,
  mode: 'audit' | 'pull-request' | 'release' = 'audit',
  baseSha?: string,
) {
  const result = await runCheck({
    workspace,
    config: 'china-filing.yml',
    mode,
    failOn: 'error',
    today: TODAY,
    confine: true,
    ...(baseSha ? { baseSha } : {}),
  })
  return { result, findings: result.findings.filter((f) => f.rule === 'source-identity') }
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    encoding: 'utf8',
  }).trim()
}

describe('source-identity', () => {
  it('passes when Gradle builds the filed applicationId', async () => {
    const dir = await tree({
      'china-filing.yml': DECLARATION,
      'android/app/build.gradle.kts': gradle('com.example.shop'),
    })
    const { findings, result } = await check(dir)
    expect(findings).toEqual([])
    expect(result.verdict).toBe('pass')
  })

  it('fails at the line of an applicationId that is not the filed one', async () => {
    const source = gradle('com.example.shop2')
    const dir = await tree({ 'china-filing.yml': DECLARATION, 'android/app/build.gradle.kts': source })
    const { findings, result } = await check(dir)
    expect(findings).toEqual([
      {
        rule: 'source-identity',
        severity: 'error',
        app: 'shop',
        message:
          'android/app/build.gradle.kts: applicationId (release) is com.example.shop2, but filing 沪ICP备2023012345号-2A records com.example.shop (apps[0].platforms.android.package). Build with the filed id, or file an amendment (变更备案) and update the declaration.',
        location: expect.objectContaining({
          file: 'android/app/build.gradle.kts',
          ...positionOf(source, '"com.example.shop2"'),
        }),
      },
    ])
    expect(result.verdict).toBe('fail')
  })

  it('accepts flavours that build other ids when one builds the filed id, with a notice for the others', async () => {
    const dir = await tree({ 'china-filing.yml': DECLARATION })
    await cp('__tests__/fixtures/sources/native-kts', dir, { recursive: true })
    const { findings, result } = await check(dir)
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(findings.filter((f) => f.severity === 'notice').map((f) => f.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /builds com\.example\.shop\.global, which is not filed; that is fine only if this variant is never shipped to mainland China/,
        ),
      ]),
    )
    expect(result.verdict).toBe('pass')
  })

  it('reports a declared sources path that does not exist', async () => {
    const text = declarationYaml([
      appYaml({ release: '    sources:\n      android: android/app/build.gradle.kts' }),
    ])
    const dir = await tree({ 'china-filing.yml': text })
    const { findings } = await check(dir)
    expect(findings).toMatchObject([
      { severity: 'error', app: 'shop', location: { line: positionOf(text, 'sources:').line } },
    ])
  })

  it('reports an identity it cannot resolve as a notice, never a mismatch', async () => {
    const source = gradle('com.example.shop').replace(
      'applicationId = "com.example.shop"',
      'applicationId = "${rootProject.extra["base"]}.shop"',
    )
    const dir = await tree({ 'china-filing.yml': DECLARATION, 'android/app/build.gradle.kts': source })
    const { findings } = await check(dir)
    expect(findings.map((f) => f.severity)).toEqual(['notice'])
    expect(findings[0]!.message).toMatch(
      /^android\/app\/build\.gradle\.kts: applicationId \(release\) is .* which cannot be read without running the build/,
    )
  })
})

describe('source-identity on pull requests', () => {
  async function pullRequest(base: Record<string, string>, head: Record<string, string>) {
    const dir = await tree(base)
    git(dir, 'init', '-q')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'base')
    const baseSha = git(dir, 'rev-parse', 'HEAD')
    for (const [file, text] of Object.entries(head)) await writeFile(path.join(dir, file), text)
    git(dir, 'commit', '-qam', 'head')
    return { dir, baseSha }
  }

  it('says what the PR changes and that the filing must be amended', async () => {
    const { dir, baseSha } = await pullRequest(
      { 'china-filing.yml': DECLARATION, 'android/app/build.gradle.kts': gradle('com.example.shop') },
      { 'android/app/build.gradle.kts': gradle('com.example.shop2') },
    )
    const { findings, result } = await check(dir, 'pull-request', baseSha)
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        'this PR changes applicationId (release) from com.example.shop to com.example.shop2; filing 沪ICP备2023012345号-2A records com.example.shop: file an amendment (变更备案) before merging, then update apps[0].platforms.android.package.',
      ],
    ])
    expect(result.verdict).toBe('fail')
  })

  it('asks to re-check the certificate when the release signing config changes', async () => {
    const { dir, baseSha } = await pullRequest(
      { 'china-filing.yml': DECLARATION, 'android/app/build.gradle.kts': gradle('com.example.shop') },
      { 'android/app/build.gradle.kts': gradle('com.example.shop', 'keystore/new-release.jks') },
    )
    const { findings, result } = await check(dir, 'pull-request', baseSha)
    expect(findings).toMatchObject([
      {
        severity: 'notice',
        message: expect.stringMatching(
          /^this PR changes the release signing configuration \(storeFile.*keystore\/release\.jks.*keystore\/new-release\.jks/,
        ),
      },
    ])
    expect(result.verdict).toBe('pass')
  })

  it('warns when the PR changes a filed value in the declaration', async () => {
    const head = DECLARATION.replace(
      'md5: FC66866CD3CAB411048C250AE8140348',
      'md5: 0000000000000000000000000000000A',
    )
    const { dir, baseSha } = await pullRequest(
      { 'china-filing.yml': DECLARATION },
      { 'china-filing.yml': head },
    )
    const { findings } = await check(dir, 'pull-request', baseSha)
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        app: 'shop',
        message:
          'this PR changes shop platforms.android.certificate.md5 from FC66866CD3CAB411048C250AE8140348 to 0000000000000000000000000000000A. The filing records this value: make sure the amendment (变更备案) is approved before a release ships it.',
        location: { line: positionOf(head, '0000000000000000000000000000000A').line },
      },
      { severity: 'notice', message: expect.stringMatching(/^no source project was found/) },
    ])
  })

  it('says why it cannot compare when the base commit is missing', async () => {
    const dir = await tree({ 'china-filing.yml': DECLARATION })
    git(dir, 'init', '-q')
    const { findings } = await check(dir, 'pull-request', 'badc0ffeebadc0ffeebadc0ffeebadc0ffeebadc')
    expect(findings).toMatchObject([
      { severity: 'notice', message: expect.stringMatching(/^no source project was found/) },
      {
        severity: 'notice',
        message: expect.stringMatching(
          /^cannot compare with the pull request's base: the base commit badc0ffeebad is not in the checkout/,
        ),
      },
    ])
  })
})

// A filed id with no source to compare it with used to pass in silence (an audit: an XcodeGen project
// has no project.pbxproj, a project may sit past the walk's depth): the report now says so, once.
describe('filed ids no source was compared with', () => {
  const BOTH = declarationYaml([
    appYaml({
      platforms: `    platforms:\n      android:\n        package: com.example.shop\n        certificate:\n          md5: FC66866CD3CAB411048C250AE8140348\n      ios:\n        bundleId: com.example.shop\n        certificate:\n          md5: FC66866CD3CAB411048C250AE8140348`,
    }),
  ])
  const noticeOf = async (files: Record<string, string>, declaration = BOTH, link?: string) => {
    const dir = await tree({ 'china-filing.yml': declaration, ...files })
    if (link) await symlink(link, path.join(dir, 'outlink'))
    const result = await runCheck({
      workspace: dir,
      config: 'china-filing.yml',
      mode: 'release',
      failOn: 'error',
      today: TODAY,
      confine: true,
    })
    return result.findings.filter((f) => f.message.startsWith('no source project was found'))
  }

  it('names each platform and its apps in one notice, and no platform a project was found for', async () => {
    expect(await noticeOf({})).toEqual([
      expect.objectContaining({
        rule: 'source-identity',
        severity: 'notice',
        message:
          "no source project was found in the source tree for these filed ids, so they were not compared with sources: Android (Gradle): shop; iOS (Xcode): shop. If a project is in this repository, name its files under the app's sources:; otherwise the built artifacts are what is checked (a generated Xcode project, from XcodeGen or Tuist, has none to read).",
      }),
    ])
    const androidOnly = await noticeOf({ 'app/build.gradle.kts': gradle('com.example.shop') })
    expect(androidOnly.map((f) => f.message)).toEqual([
      expect.stringContaining('were not compared with sources: iOS (Xcode): shop.'),
    ])
  })

  it('is said when every app names its sources, and beside a note that is about no platform', async () => {
    const declared = BOTH.replace(
      '    stores:',
      '    sources:\n      android: app/build.gradle.kts\n    stores:',
    )
    const named = await noticeOf({ 'app/build.gradle.kts': gradle('com.example.shop') }, declared)
    expect(named.map((f) => f.message)).toEqual([
      expect.stringContaining('were not compared with sources: iOS (Xcode): shop.'),
    ])
    // A symbolic link out of the workspace is said too, but it is no reason the ids went unread.
    const linked = await noticeOf({}, BOTH, os.tmpdir())
    expect(linked.map((f) => f.message)).toEqual([
      expect.stringContaining('were not compared with sources: Android (Gradle): shop; iOS (Xcode): shop.'),
    ])
  })
})

describe('two apps on one platform and no sources: (review of the issue 8 merge)', () => {
  const TWO_ANDROID_APPS = declarationYaml([
    appYaml({ release: `    release:\n      tags: 'shop-v*'` }),
    appYaml({
      id: 'shop-global',
      number: null,
      status: 'not-filed',
      via: null,
      platforms: `    platforms:\n      android:\n        package: com.example.shop.global\n        certificate:\n          md5: FC66866CD3CAB411048C250AE8140348`,
      stores: '[google-play]',
      release: `    release:\n      tags: 'global-v*'`,
    }),
  ])

  it('a release judges the module against the app its tag releases: a wrong id is an error', async () => {
    const dir = await tree({
      'china-filing.yml': TWO_ANDROID_APPS,
      'app/build.gradle.kts': gradle('com.example.wrong'),
    })
    const result = await runCheck({
      workspace: dir,
      config: 'china-filing.yml',
      mode: 'release',
      failOn: 'error',
      today: TODAY,
      tag: 'shop-v2.3.0',
      confine: true,
    })
    const errors = result.findings.filter((f) => f.rule === 'source-identity' && f.severity === 'error')
    expect(errors).toEqual([
      expect.objectContaining({
        app: 'shop',
        location: expect.objectContaining({ file: 'app/build.gradle.kts', line: 8 }),
      }),
    ])
    expect(result.verdict).toBe('fail')
  })

  it('a module no judged app owns, while a judged app has no module of its own, is not a mere notice', async () => {
    const dir = await tree({
      'china-filing.yml': TWO_ANDROID_APPS,
      'app/build.gradle.kts': gradle('org.unrelated.thing'),
    })
    const { findings } = await check(dir, 'audit')
    expect(findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('builds org.unrelated.thing, which no app in the declaration files'),
      }),
    )
  })
})
