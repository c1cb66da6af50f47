/**
 * versionName="@string/app_version" resolved through resources.arsc, against `aapt2 dump badging` on
 * an APK that aapt2 linked with the version in res/values/strings.xml and a values-zh-rCN override
 * (scripts/fixtures/channels.sh).
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
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

  it('does not report a version that also varies by SDK level, which aapt2 dump badging reads otherwise', async () => {
    // values-v26 overrides the default: aapt2's device (SDK 10000) prints the override, a phone on
    // Android 7 shows the default. No one version: not reported, with a note.
    const output = section('resources/version-device.txt', (c) => c.startsWith('aapt2 dump badging'))!.output
    const resources = section('resources/version-device.txt', (c) =>
      c.startsWith('aapt2 dump resources'),
    )!.output
    expect(resources).toContain(`(v26) "${badging(output).versionName}"`)
    expect(resources).toContain('() "2.4.1"')
    const apk = await readApk(fixture('resources/version-device.apk'), 'version-device.apk')
    expect(apk.version).toBeNull()
    expect(apk.notes).toEqual([
      `versionName is a resource reference (@0x${resourceId('string/app_version', 'resources/version-device').toString(16)}) that cannot be resolved (resource @0x${resourceId('string/app_version', 'resources/version-device').toString(16)} has values for some devices (a screen, a density, an SDK level…) besides the default one, so which one a device or a store reads cannot be told); it is not reported`,
    ])
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

  // aapt2 2.19 (Debian) cannot write the newer encodings: 16-bit entry offsets (FLAG_OFFSET16) and
  // compact entries (ENTRY_FLAG_COMPACT), both from Android 14's aapt2. Their tables are written here
  // from ResourceTypes.h, one string resource @0x7f010000 = "3.1.0".
  it.each([
    ['16-bit offsets', 0x02, false],
    ['compact entries', 0x00, true],
    ['16-bit offsets and compact entries', 0x02, true],
  ])('reads a type chunk with %s', (_name, flags, compact) => {
    expect(new ResourceTable(syntheticTable(flags, compact), 'x.apk').resolve(0x7f010000)).toEqual({
      value: '3.1.0',
    })
  })
})

function chunk(type: number, header: Buffer, body: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt16LE(type, 0)
  head.writeUInt16LE(8 + header.length, 2)
  head.writeUInt32LE(8 + header.length + body.length, 4)
  return Buffer.concat([head, header, body])
}

function syntheticTable(typeFlags: number, compact: boolean): Buffer {
  const text = Buffer.from('3.1.0')
  const poolHeader = Buffer.alloc(20)
  poolHeader.writeUInt32LE(1, 0) // stringCount
  poolHeader.writeUInt32LE(0x100, 8) // UTF8_FLAG
  poolHeader.writeUInt32LE(28 + 4, 12) // stringsStart
  const strings = Buffer.concat([
    Buffer.alloc(4),
    Buffer.from([text.length, text.length]),
    text,
    Buffer.alloc(1),
  ])
  const pool = chunk(
    0x0001,
    poolHeader,
    Buffer.concat([strings, Buffer.alloc((4 - (strings.length % 4)) % 4)]),
  )

  const entry = Buffer.alloc(compact ? 8 : 16)
  if (compact) {
    entry.writeUInt16LE((0x03 << 8) | 0x0008, 2) // dataType TYPE_STRING in the high byte, FLAG_COMPACT
  } else {
    entry.writeUInt16LE(8, 0) // ResTable_entry size
    entry.writeUInt16LE(8, 8) // Res_value size
    entry[11] = 0x03 // TYPE_STRING, data 0: string #0
  }
  // Entry #0 sits 4 bytes into the entries, after 4 bytes of filler: a u32 offset of 4, or with
  // FLAG_OFFSET16 a u16 of 1 (offsets count 4-byte units) padded to 4 bytes, so a reader that ignored
  // the flag would land on the filler.
  const offsets = Buffer.alloc(4)
  if (typeFlags & 0x02) offsets.writeUInt16LE(1, 0)
  else offsets.writeUInt32LE(4, 0)
  const filler = Buffer.from([0xee, 0xee, 0xee, 0xee])
  const typeHeader = Buffer.alloc(12 + 64)
  typeHeader[0] = 1 // type id
  typeHeader[1] = typeFlags
  typeHeader.writeUInt32LE(1, 4) // entryCount
  typeHeader.writeUInt32LE(8 + typeHeader.length + offsets.length, 8) // entriesStart
  typeHeader.writeUInt32LE(64, 12) // ResTable_config size; all qualifiers zero: the default configuration
  const type = chunk(0x0201, typeHeader, Buffer.concat([offsets, filler, entry]))

  const packageHeader = Buffer.alloc(280)
  packageHeader.writeUInt32LE(0x7f, 0)
  const pkg = chunk(0x0200, packageHeader, type)
  const tableHeader = Buffer.alloc(4)
  tableHeader.writeUInt32LE(1, 0)
  return chunk(0x0002, tableHeader, Buffer.concat([pool, pkg]))
}

describe('a damaged resources.arsc', () => {
  /** The APK's bytes and where its stored resources.arsc starts (aapt2 stores the table uncompressed). */
  async function apkWithTable(): Promise<{ bytes: Buffer; data: number }> {
    const bytes = await readFile(fixture(`${APK}.apk`))
    const name = Buffer.from('resources.arsc')
    const signature = Buffer.from('PK\u0003\u0004', 'latin1')
    let header = bytes.indexOf(signature)
    while (header >= 0 && !bytes.subarray(header + 30, header + 30 + name.length).equals(name))
      header = bytes.indexOf(signature, header + 4)
    expect(bytes.readUInt16LE(header + 8)).toBe(0) // stored, so the bytes can be edited in place
    const data = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28)
    expect(bytes.readUInt16LE(data)).toBe(0x0002) // RES_TABLE_TYPE
    return { bytes, data }
  }

  it.each<[string, (bytes: Buffer, data: number) => void, RegExp]>([
    [
      'its header claims far more bytes than it has',
      (bytes, data) => bytes.writeUInt32LE(0x7fffffff, data + 4),
      /resources\.arsc is malformed: the table at offset 0 claims 2147483647 bytes/,
    ],
    [
      'its type chunks put their entries past their end (found only when the version is resolved)',
      (bytes, data) => {
        const table = bytes.subarray(data)
        for (const chunk of typeChunks(table)) table.writeUInt32LE(0x7fffffff, chunk + 16)
      },
      /resources\.arsc .*entries that do not fit/,
    ],
  ])('%s: it costs the version, not the APK', async (_name, damage, problem) => {
    const { bytes, data } = await apkWithTable()
    damage(bytes, data)
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cfg-arsc-'))
    try {
      const file = path.join(dir, 'damaged.apk')
      await writeFile(file, bytes)
      const damaged = await readApk(file, 'damaged.apk')
      const intact = await readApk(fixture(`${APK}.apk`), 'intact.apk')
      expect(damaged.id).toBe(intact.id)
      expect(damaged.signers.map((s) => s.sha256)).toEqual(intact.signers.map((s) => s.sha256))
      expect(intact.version).not.toBeNull()
      expect(damaged.version).toBeNull()
      expect(damaged.notes).toEqual([
        expect.stringMatching(
          /^versionName is a resource reference \(@0x[0-9a-f]{8}\) that cannot be resolved/,
        ),
      ])
      expect(damaged.notes[0]).toMatch(problem)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
