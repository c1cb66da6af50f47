/**
 * versionName="@string/app_version" resolved through resources.arsc, against `aapt2 dump badging` on
 * an APK that aapt2 linked with the version in res/values/strings.xml and a values-zh-rCN override
 * (scripts/fixtures/channels.sh).
 */
import { describe, expect, it } from '@jest/globals'
import { readApk } from '../../src/artifacts/apk/index.js'
import { ResourceTable } from '../../src/artifacts/apk/arsc.js'
import { openZip } from '../../src/artifacts/zip.js'
import { ArtifactError } from '../../src/artifacts/types.js'
import { badging, fixture, section } from './android-records.js'

const APK = 'resources/version-string'

async function table(apk = APK): Promise<Buffer> {
  const zip = await openZip(fixture(`${apk}.apk`), 'version-string.apk')
  try {
    return await zip.readEntry(zip.find('resources.arsc')!, 1 << 20)
  } finally {
    await zip.close()
  }
}

/** The offsets of the type chunks (0x0201) of the table's first package. */
function typeChunks(bytes: Buffer): number[] {
  const packageAt = 12 + bytes.readUInt32LE(16)
  const end = packageAt + bytes.readUInt32LE(packageAt + 4)
  const found: number[] = []
  for (let p = packageAt + bytes.readUInt16LE(packageAt + 2); p < end; p += bytes.readUInt32LE(p + 4)) {
    if (bytes.readUInt16LE(p) === 0x0201) found.push(p)
  }
  return found
}

/** `resource 0x7f010001 string/app_version` in the recorded `aapt2 dump resources`. */
function resourceId(name: string, apk = APK): number {
  const output = section(`${apk}.txt`, (c) => c.startsWith('aapt2 dump resources'))!.output
  return Number(new RegExp(`resource (0x[0-9a-f]{8}) ${name}`).exec(output)![1])
}

describe('versionName from resources.arsc', () => {
  it('reports the default configuration value aapt2 dump badging prints, not the zh-rCN override', async () => {
    const apk = await readApk(fixture(`${APK}.apk`), 'version-string.apk')
    const truth = badging(section(`${APK}.txt`, (c) => c.startsWith('aapt2 dump badging'))!.output)
    expect(truth.versionName).toBe('2.4.1')
    expect(apk.version).toBe(truth.versionName)
    expect(apk.build).toBe(truth.versionCode)
    expect(apk.notes).toEqual([])
    // The override really is in the table (aapt2 dump resources lists it), and is not what is reported.
    expect(section(`${APK}.txt`, (c) => c.startsWith('aapt2 dump resources'))!.output).toContain(
      '(zh-rCN) "2.4.1-中国"',
    )
  })

  it('resolves every string aapt2 lists to its default value', async () => {
    const resources = new ResourceTable(await table(), 'x.apk')
    expect(resources.resolve(resourceId('string/app_name'))).toEqual({ value: '示例商城' })
    expect(resources.resolve(resourceId('string/app_version'))).toEqual({ value: '2.4.1' })
  })

  it.each([
    ['7f010009', /defines no resource @0x7f010009/],
    ['7f020000', /defines no resource @0x7f020000/],
    ['01010000', /defines no resource @0x01010000/],
  ])('explains why resource 0x%s has no value', async (id, problem) => {
    const resolved = new ResourceTable(await table(), 'x.apk').resolve(parseInt(id, 16))
    expect('problem' in resolved && resolved.problem).toMatch(problem)
  })

  it('reads an APK whose locale override aapt2 wrote as a sparse type chunk', async () => {
    const apk = await readApk(fixture('resources/version-sparse.apk'), 'version-sparse.apk')
    const truth = badging(
      section('resources/version-sparse.txt', (c) => c.startsWith('aapt2 dump badging'))!.output,
    )
    expect(apk.version).toBe(truth.versionName)
  })

  it('reads a value from a sparse type chunk ({ index, offset } pairs)', async () => {
    // Swap the configurations: the sparse zh-rCN chunk becomes the default one, the dense default a locale.
    const bytes = Buffer.from(await table('resources/version-sparse'))
    const [dense, sparse] = typeChunks(bytes)
    expect([bytes[dense! + 9], bytes[sparse! + 9]]).toEqual([0, 0x01]) // FLAG_SPARSE
    const locale = Buffer.from(bytes.subarray(sparse! + 28, sparse! + 32)) // ResTable_config language + country
    bytes.fill(0, sparse! + 28, sparse! + 32)
    locale.copy(bytes, dense! + 28)
    const resolved = new ResourceTable(bytes, 'x.apk').resolve(
      resourceId('string/app_version', 'resources/version-sparse'),
    )
    expect(resolved).toEqual({ value: '3.0.0-中国' })
  })

  it('does not report a value that only a qualified configuration (a locale) defines', async () => {
    const bytes = Buffer.from(await table())
    // Give the default-configuration type chunk a qualifier (mcc 460, China): only qualified values remain.
    const packageAt = 12 + bytes.readUInt32LE(16)
    let p = packageAt + bytes.readUInt16LE(packageAt + 2)
    while (bytes.readUInt16LE(p) !== 0x0201) p += bytes.readUInt32LE(p + 4)
    bytes.writeUInt16LE(460, p + 24)
    const resolved = new ResourceTable(bytes, 'x.apk').resolve(resourceId('string/app_version'))
    expect(resolved).toEqual({
      problem:
        'resource @0x7f010001 has no value in the default configuration, only in qualified ones (a locale, a density…), which differ per device',
    })
  })

  it.each<[string, (t: Buffer) => void, RegExp]>([
    [
      'a table size past the end',
      (t) => t.writeUInt32LE(t.length + 100, 4),
      /the table at offset 0 claims \d+ bytes/,
    ],
    ['no table header', (t) => t.writeUInt16LE(0x0003, 0), /does not start with a resource table header/],
    [
      'a package larger than the table',
      (t) => t.writeUInt32LE(0x7fffffff, 12 + t.readUInt32LE(16) + 4),
      /claims 2147483647 bytes/,
    ],
  ])('refuses a table with %s, naming the fault', async (_what, damage, message) => {
    const bytes = Buffer.from(await table())
    damage(bytes)
    expect(() => new ResourceTable(bytes, 'x.apk')).toThrow(message)
  })

  it('survives damaged tables: every single-byte change either resolves or says why, never crashes', async () => {
    const original = await table()
    const id = resourceId('string/app_version')
    for (let at = 0; at < original.length; at++) {
      const bytes = Buffer.from(original)
      bytes[at] = bytes[at]! ^ 0xff
      try {
        const resolved = new ResourceTable(bytes, 'x.apk').resolve(id)
        expect(typeof ('value' in resolved ? resolved.value : resolved.problem)).toBe('string')
      } catch (error) {
        expect(error).toBeInstanceOf(ArtifactError)
      }
    }
  })
})
