import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { readArtifact, artifactKind } from '../../src/artifacts/read.js'
import { readApk } from '../../src/artifacts/apk/index.js'
import { readAab } from '../../src/artifacts/aab.js'
import { readIpa } from '../../src/artifacts/ipa.js'
import { readHap } from '../../src/artifacts/hap.js'
import { ArtifactError } from '../../src/artifacts/types.js'
import type { ZipEntry } from '../../src/artifacts/zip.js'
import { ANDROID_FIXTURES, badging, fixture, section } from './android-records.js'

const FIXTURES = path.dirname(ANDROID_FIXTURES)

/** key=value ground truth of the iOS and HarmonyOS fixtures (scripts/fixtures/ios.sh, harmony.sh). */
function keyValues(file: string): Record<string, string> {
  const values: Record<string, string> = {}
  for (const line of readFileSync(path.join(FIXTURES, file), 'utf8').split('\n')) {
    const m = /^([^#=][^=]*)=(.*)$/.exec(line)
    if (m) values[m[1]!] = m[2]!
  }
  return values
}

async function failure(file: string, shown: string): Promise<ArtifactError> {
  const error = await readArtifact(file, shown).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ArtifactError)
  expect((error as ArtifactError).file).toBe(shown)
  return error as ArtifactError
}

describe('readArtifact dispatches on the entries, not the file name', () => {
  it.each([
    ['rsa-v123.apk', 'apk'],
    ['rotated.apk', 'apk'],
    ['unsigned.apk', 'apk'],
  ])('%s → %s, the same identity readApk gives', async (name, type) => {
    const identity = await readArtifact(fixture(name), name)
    expect(identity.type).toBe(type)
    expect(identity).toEqual(await readApk(fixture(name), name))
    expect(identity.id).toBe(
      badging(section(name.replace('.apk', '.txt'), (c) => c.startsWith('aapt2 dump badging'))!.output).name,
    )
  })

  it.each(['rsa.aab', 'ec.aab', 'unsigned.aab'])(
    '%s → aab, the same identity readAab gives',
    async (name) => {
      const identity = await readArtifact(fixture(name), name)
      expect(identity.type).toBe('aab')
      expect(identity).toEqual(await readAab(fixture(name), name))
    },
  )

  it('an IPA → readIpa', async () => {
    const file = path.join(FIXTURES, 'ios/appstore.ipa')
    const identity = await readArtifact(file, 'appstore.ipa')
    expect(identity).toEqual(await readIpa(file, 'appstore.ipa'))
    expect(identity).toMatchObject({ type: 'ipa', id: keyValues('ios/appstore.txt').bundleId })
  })

  it.each([
    ['release.hap', 'release.txt'],
    ['release.app', 'release-app.txt'],
  ])('HarmonyOS %s → readHap', async (name, truth) => {
    const file = path.join(FIXTURES, 'harmony', name)
    const identity = await readArtifact(file, name)
    expect(identity).toEqual(await readHap(file, name))
    expect(identity.id).toBe(keyValues(`harmony/${truth}`).bundleName)
  })

  it('artifactKind: the entries each format requires decide, not the extension', () => {
    const entries = (names: string[]) => names.map((name) => ({ name }) as ZipEntry)
    expect(artifactKind(entries(['AndroidManifest.xml', 'classes.dex']))).toBe('apk')
    expect(artifactKind(entries(['BundleConfig.pb', 'base/manifest/AndroidManifest.xml']))).toBe('aab')
    expect(artifactKind(entries(['Payload/Demo.app/Info.plist']))).toBe('ipa')
    expect(artifactKind(entries(['Payload/Demo.app/Frameworks/X.framework/Info.plist']))).toBeNull()
    expect(artifactKind(entries(['module.json', 'ets/modules.abc']))).toBe('hap')
    expect(artifactKind(entries(['pack.info', 'entry-default.hap']))).toBe('hap')
    expect(artifactKind(entries(['README.txt']))).toBeNull()
  })
})

describe('readArtifact on files that are not app packages: an ArtifactError naming what was expected', () => {
  it('a missing file', async () => {
    expect((await failure(fixture('missing.apk'), 'missing.apk')).message).toBe('the file does not exist')
  })

  it('a directory', async () => {
    expect((await failure(ANDROID_FIXTURES, 'android')).message).toBe(
      'is a directory; give the path of a built .apk, .aab, .ipa, .hap or .app file',
    )
  })

  it.each([
    [
      'not-a-zip.apk',
      /^not an APK, AAB, IPA or HAP \(no ZIP end record\); is it the right file, and complete\?$/,
    ],
    ['random.apk', /^not an APK, AAB, IPA or HAP \(no ZIP end record\)/],
    ['truncated.apk', /^not an APK, AAB, IPA or HAP \(no ZIP end record\)/],
    ['empty.apk', /^not an APK, AAB, IPA or HAP \(the file is empty\)/],
  ])('%s', async (name, reason) => {
    expect((await failure(fixture(name), name)).message).toMatch(reason)
  })

  it('a ZIP that holds none of the formats', async () => {
    expect((await failure(fixture('plain-zip.apk'), 'plain-zip.apk')).message).toBe(
      'a ZIP archive but not an APK, AAB, IPA or HAP: it has none of AndroidManifest.xml (APK), base/manifest/AndroidManifest.xml (AAB), Payload/<App>.app/Info.plist (IPA) or module.json / config.json / pack.info (HarmonyOS HAP/APP)',
    )
  })

  it('an APK set says to check the APKs inside', async () => {
    expect((await failure(fixture('apk-set.apks'), 'app.apks')).message).toMatch(
      /; it holds 1 \.apk file \(an APK set such as \.apks or \.xapk\?\): extract and check the APKs themselves$/,
    )
  })

  it.each([
    'wrong-magic.apk',
    'inconsistent-sizes.apk',
    'huge-entry.apk',
    'cd-past-eof.apk',
    'bad-string-pool.apk',
    'bad-string-offset.apk',
    'bad-manifest.aab',
  ])('corrupt %s: the reader’s reason comes through', async (name) => {
    const error = await failure(fixture(name), name)
    expect(error.message).not.toMatch(/RangeError|undefined|NaN/)
  })
})
