/**
 * versionName="@string/app_version" in an Android App Bundle, resolved through base/resources.pb,
 * against `aapt2 dump badging` and `aapt2 dump resources` of the bundle's protobuf manifest and
 * resource table (scripts/fixtures/channels.sh), with a values-zh-rCN override that must not be chosen.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readAab } from '../../src/artifacts/aab.js'
import { AAB_RESOURCES, ProtoResourceTable } from '../../src/artifacts/aab-resources.js'
import { ArtifactError } from '../../src/artifacts/types.js'
import { openZip } from '../../src/artifacts/zip.js'
import { deflated, zip } from '../hostile/generators/zip.js'
import { field, uint } from '../helpers/protobuf.js'
import { tempDir } from '../helpers/temp-dir.js'
import { badging, fixture, section } from './android-records.js'

const AAB = 'resources/version-string.aab'
const aapt2 = () => section(`${AAB}.txt`, (c) => c.includes('aapt2 dump badging'))!.output

/** `resource 0x7f010001 string/app_version` in the recorded `aapt2 dump resources`. */
function resourceId(name: string, output = aapt2()): number {
  return Number(new RegExp(`resource (0x[0-9a-f]{8}) ${name}`).exec(output)![1])
}

/** The id as the readers write it in a note: `@0x7f010001`. */
const hexId = (output: string, name: string) => `@0x${resourceId(name, output).toString(16).padStart(8, '0')}`

async function entries(): Promise<Map<string, Buffer>> {
  const archive = await openZip(fixture(AAB), 'version-string.aab')
  try {
    const all = new Map<string, Buffer>()
    for (const entry of archive.entries) all.set(entry.name, await archive.readEntry(entry, 1 << 20))
    return all
  } finally {
    await archive.close()
  }
}

const table = async () => (await entries()).get(AAB_RESOURCES)!

/** The fixture's entries, with `change` applied, as a new bundle in a temporary folder. */
async function bundleWith(change: (entries: Map<string, Buffer>) => void): Promise<string> {
  const all = await entries()
  change(all)
  const file = path.join(await tempDir('cfg-aab-'), 'changed.aab')
  await writeFile(file, zip([...all].map(([name, data]) => deflated(name, data))))
  return file
}

describe('versionName from base/resources.pb', () => {
  it('reports the default configuration value aapt2 dump badging prints, not the zh-rCN override', async () => {
    const truth = badging(aapt2())
    expect(truth.versionName).toBe('2.4.1')
    const aab = await readAab(fixture(AAB), 'version-string.aab')
    expect(aab.version).toBe(truth.versionName)
    expect(aab.build).toBe(truth.versionCode)
    // Only the note every bundle gets: nothing about the reference.
    expect(aab.notes).toEqual([expect.stringMatching(/^an AAB is signed with the upload key/)])
    // The override really is in the table (aapt2 dump resources lists it), and is not what is reported.
    expect(aapt2()).toContain('(zh-rCN) "2.4.1-中国"')
  })

  it('resolves every string aapt2 lists to its default value', async () => {
    const resources = new ProtoResourceTable(await table(), 'x.aab')
    expect(resources.resolve(resourceId('string/app_name'))).toEqual({ value: '示例商城' })
    expect(resources.resolve(resourceId('string/app_version'))).toEqual({ value: '2.4.1' })
  })

  it.each([
    ['7f010009', 'base/resources.pb defines no resource @0x7f010009'],
    ['7f020000', 'base/resources.pb defines no resource @0x7f020000'],
    ['01010000', 'base/resources.pb defines no resource @0x01010000'],
  ])('explains why resource 0x%s has no value', async (id, problem) => {
    expect(new ProtoResourceTable(await table(), 'x.aab').resolve(parseInt(id, 16))).toEqual({ problem })
  })

  it('does not report a version that also varies by SDK level, which aapt2 dump badging reads otherwise', async () => {
    // values-v26 overrides the default: aapt2's device (SDK 10000) prints the override, a phone on
    // Android 7 shows the default. No one version: not reported, with a note.
    const record = 'resources/version-device.aab.txt'
    const output = section(record, (c) => c.includes('aapt2 dump badging'))!.output
    const printed = badging(output).versionName
    expect(output).toContain(`(v26) "${printed}"`)
    expect(output).toContain('() "2.4.1"')
    const aab = await readAab(fixture('resources/version-device.aab'), 'version-device.aab')
    expect(aab.version).toBeNull()
    expect(aab.notes).toContain(
      `versionName is a resource reference (@string/app_version) that cannot be resolved (resource ${hexId(output, 'string/app_version')} has values for some devices (a screen, a density, an SDK level…) besides the default one, so which one a device or a store reads cannot be told); it is not reported`,
    )
  })

  it('does not report a version it cannot resolve, and says why, as for an APK', async () => {
    const file = await bundleWith((all) => all.delete(AAB_RESOURCES))
    const aab = await readAab(file, 'changed.aab')
    expect(aab.id).toBe('com.example.demo')
    expect(aab.version).toBeNull()
    expect(aab.notes).toContain(
      'versionName is a resource reference (@string/app_version) that cannot be resolved (the bundle has no base/resources.pb to resolve it); it is not reported',
    )
  })

  it('costs a damaged table the version, not the bundle', async () => {
    const file = await bundleWith((all) => all.set(AAB_RESOURCES, all.get(AAB_RESOURCES)!.subarray(0, 40)))
    const aab = await readAab(file, 'changed.aab')
    expect(aab.id).toBe('com.example.demo')
    expect(aab.signers).toHaveLength(1)
    expect(aab.version).toBeNull()
    expect(aab.notes).toContainEqual(
      expect.stringMatching(
        /^versionName is a resource reference \(@string\/app_version\) that cannot be resolved \(base\/resources\.pb is not a valid protobuf resource table: field \d+ claims \d+ bytes but only \d+ remain\); it is not reported$/,
      ),
    )
  })

  it('reads a table of the recorded one cut anywhere as a value or a reason, never another exception', async () => {
    const bytes = await table()
    const id = resourceId('string/app_version')
    for (let cut = 0; cut < bytes.length; cut++) {
      try {
        new ProtoResourceTable(bytes.subarray(0, cut), 'x.aab').resolve(id)
      } catch (error) {
        expect(error).toBeInstanceOf(ArtifactError)
      }
    }
  })
})

// Hand-built tables for what aapt2 writes in other projects: references between resources, integers,
// values only a qualified configuration defines, and bags.
describe('ProtoResourceTable on hand-built tables', () => {
  const id = (number: number) => (number === 0 ? field(1, Buffer.alloc(0)) : field(1, uint(1, number)))
  const item = (body: Buffer) => field(4, body) // Value.item
  const configValue = (value: Buffer, config: Buffer = Buffer.alloc(0)) =>
    field(6, Buffer.concat([field(1, config), field(2, value)]))
  const entry = (entryId: number, ...values: Buffer[]) => field(3, Buffer.concat([id(entryId), ...values]))
  const type = (typeId: number, ...entries: Buffer[]) => field(3, Buffer.concat([id(typeId), ...entries]))
  const resourceTable = (...types: Buffer[]) =>
    field(2, Buffer.concat([id(0x7f), field(2, 'com.example'), ...types]))
  const string = (text: string) => item(field(2, field(1, text)))
  const reference = (to: number) => item(field(1, uint(2, to)))
  const resolve = (table: Buffer, resource: number) =>
    new ProtoResourceTable(table, 'x.aab').resolve(resource)

  it('follows references to the value they end at', () => {
    const table = resourceTable(
      type(
        1,
        entry(0, configValue(reference(0x7f010001))),
        entry(1, configValue(reference(0x7f010002))),
        entry(2, configValue(string('3.1.0'))),
      ),
    )
    expect(resolve(table, 0x7f010000)).toEqual({ value: '3.1.0' })
  })

  it('stops at a cycle of references', () => {
    const table = resourceTable(
      type(1, entry(0, configValue(reference(0x7f010001))), entry(1, configValue(reference(0x7f010000)))),
    )
    expect(resolve(table, 0x7f010000)).toEqual({
      problem: 'resource @0x7f010000 is a chain of more than 8 references',
    })
  })

  it('reads integers as resources.arsc values are printed', () => {
    const table = resourceTable(
      type(
        2,
        entry(0, configValue(item(field(7, uint(6, 230))))),
        entry(1, configValue(item(field(7, uint(7, 0xe6))))),
      ),
    )
    expect(resolve(table, 0x7f020000)).toEqual({ value: '230' })
    expect(resolve(table, 0x7f020001)).toEqual({ value: '0xe6' })
  })

  it('takes the default configuration, wherever it is listed', () => {
    const zhCN = field(3, 'zh-CN') // Configuration.locale
    const table = resourceTable(
      type(1, entry(0, configValue(string('3.0.0-中国'), zhCN), configValue(string('3.0.0')))),
    )
    expect(resolve(table, 0x7f010000)).toEqual({ value: '3.0.0' })
  })

  it('takes the default product\'s value: aapt2 keeps product="default" and names it', () => {
    const product = field(25, 'default') // Configuration.product
    const table = resourceTable(type(1, entry(0, configValue(string('2.4.1'), product))))
    expect(resolve(table, 0x7f010000)).toEqual({ value: '2.4.1' })
  })

  it('does not report a value that also varies with what a device has (an SDK level)', () => {
    const v26 = uint(24, 26) // Configuration.sdk_version
    const table = resourceTable(
      type(1, entry(0, configValue(string('2.4.1')), configValue(string('2.4.1-v26'), v26))),
    )
    expect(resolve(table, 0x7f010000)).toEqual({
      problem:
        'resource @0x7f010000 has values for some devices (a screen, a density, an SDK level…) besides the default one, so which one a device or a store reads cannot be told',
    })
  })

  it('refuses two values in the default configuration, as aapt2 does', () => {
    const table = resourceTable(type(1, entry(0, configValue(string('1.0.0')), configValue(string('2.0.0')))))
    expect(resolve(table, 0x7f010000)).toEqual({
      problem: 'resource @0x7f010000 has two values in the default configuration',
    })
  })

  it('skips an entry without an id, which is not entry 0', () => {
    const noId = field(3, Buffer.concat([configValue(string('6.6.6'))]))
    const table = resourceTable(type(1, noId, entry(0, configValue(string('1.0.0')))))
    expect(resolve(table, 0x7f010000)).toEqual({ value: '1.0.0' })
  })

  it('reads a negative integer (a ten-byte varint)', () => {
    const minusFive = Buffer.from([0x30, 0xfb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]) // field 6
    const table = resourceTable(type(2, entry(0, configValue(item(field(7, minusFive))))))
    expect(resolve(table, 0x7f020000)).toEqual({ value: '-5' })
  })

  it('skips a table of many packages by their keys, without decoding them', () => {
    const empty = field(2, Buffer.alloc(0))
    const table = Buffer.concat([
      ...Array.from({ length: 200_000 }, () => empty),
      resourceTable(type(1, entry(0, configValue(string('1.0.0'))))),
    ])
    expect(resolve(table, 0x7f010000)).toEqual({ value: '1.0.0' })
  })

  it('does not report a value that only a qualified configuration defines', () => {
    const table = resourceTable(type(1, entry(0, configValue(string('3.0.0-中国'), field(3, 'zh-CN')))))
    expect(resolve(table, 0x7f010000)).toEqual({
      problem:
        'resource @0x7f010000 has no value in the default configuration, only in qualified ones (a locale, a density…), which differ per device',
    })
  })

  it('refuses a bag (an array, a style, a plural) as a version', () => {
    const table = resourceTable(type(1, entry(0, configValue(field(5, field(4, Buffer.alloc(0)))))))
    expect(resolve(table, 0x7f010000)).toEqual({
      problem: 'resource @0x7f010000 is a bag (a style, an array or a plural), not one value',
    })
  })

  it('refuses a value that is not text (a file)', () => {
    const table = resourceTable(type(1, entry(0, configValue(item(field(5, field(1, 'res/raw/v.txt')))))))
    expect(resolve(table, 0x7f010000)).toEqual({
      problem: 'resource @0x7f010000 holds a value that is not text',
    })
  })
})
