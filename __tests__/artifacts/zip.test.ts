import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { ArchiveFile, openZip } from '../../src/artifacts/zip.js'
import { readApk } from '../../src/artifacts/apk/index.js'
import { ArtifactError } from '../../src/artifacts/types.js'
import { fixture } from './android-records.js'

/**
 * A minimal ZIP writer (PKWARE APPNOTE 6.3 §4.3), so each test states the exact structure it reads:
 * local headers, central directory, end record, and optionally the ZIP64 end record, its locator and
 * the ZIP64 extra field. CRCs are left 0: the reader does not check them (signatures cover content).
 */
interface Entry {
  name: string
  data: Buffer
  method?: number
  /** Overrides of what the central directory declares. */
  compressedSize?: number
  uncompressedSize?: number
  localHeaderOffset?: number
}

interface Layout {
  comment?: Buffer
  zip64?: boolean
  entryCount?: number
  /** Bytes appended after the end record. */
  trailer?: Buffer
}

function u16(n: number) {
  const b = Buffer.alloc(2)
  b.writeUInt16LE(n)
  return b
}
function u32(n: number) {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n)
  return b
}
function u64(n: number) {
  const b = Buffer.alloc(8)
  b.writeBigUInt64LE(BigInt(n))
  return b
}

function buildZip(entries: Entry[], layout: Layout = {}): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const method = e.method ?? 0
    const body = method === 8 ? deflateRawSync(e.data) : e.data
    const name = Buffer.from(e.name, 'utf8')
    const local = Buffer.concat([
      u32(0x04034b50), u16(20), u16(0x0800), u16(method), u16(0), u16(0x21), u32(0),
      u32(body.length), u32(e.data.length), u16(name.length), u16(0), name, body,
    ]) // prettier-ignore
    const compressed = e.compressedSize ?? body.length
    const uncompressed = e.uncompressedSize ?? e.data.length
    const at = e.localHeaderOffset ?? offset
    const extra = layout.zip64
      ? Buffer.concat([u16(0x0001), u16(24), u64(uncompressed), u64(compressed), u64(at)])
      : Buffer.alloc(0)
    const big = (n: number) => (layout.zip64 ? 0xffffffff : n)
    centrals.push(
      Buffer.concat([
        u32(0x02014b50), u16(45), u16(45), u16(0x0800), u16(method), u16(0), u16(0x21), u32(0),
        u32(big(compressed)), u32(big(uncompressed)), u16(name.length), u16(extra.length), u16(0),
        u16(0), u16(0), u32(0), u32(big(at)), name, extra,
      ]), // prettier-ignore
    )
    locals.push(local)
    offset += local.length
  }
  const directory = Buffer.concat(centrals)
  const count = layout.entryCount ?? entries.length
  const comment = layout.comment ?? Buffer.alloc(0)
  const parts = [...locals, directory]
  if (layout.zip64) {
    const recordAt = offset + directory.length
    parts.push(
      Buffer.concat([
        u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0),
        u64(count), u64(count), u64(directory.length), u64(offset),
      ]), // prettier-ignore
      Buffer.concat([u32(0x07064b50), u32(0), u64(recordAt), u32(1)]),
    )
  }
  const small = (n: number, max: number) => (layout.zip64 ? max : n)
  parts.push(
    Buffer.concat([
      u32(0x06054b50), u16(0), u16(0), u16(small(count, 0xffff)), u16(small(count, 0xffff)),
      u32(small(directory.length, 0xffffffff)), u32(small(offset, 0xffffffff)), u16(comment.length), comment,
    ]), // prettier-ignore
    layout.trailer ?? Buffer.alloc(0),
  )
  return Buffer.concat(parts)
}

let dir: string
let n = 0
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zip-test-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(bytes: Buffer): string {
  const p = path.join(dir, `t${n++}.zip`)
  writeFileSync(p, bytes)
  return p
}

async function failure(p: string, read?: (zip: Awaited<ReturnType<typeof openZip>>) => Promise<unknown>) {
  const error = await (async () => {
    const zip = await openZip(p, 'app.apk')
    try {
      await read?.(zip)
    } finally {
      await zip.close()
    }
  })().then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ArtifactError)
  expect((error as ArtifactError).file).toBe('app.apk')
  return (error as ArtifactError).message
}

const manifest = Buffer.from('<manifest package="com.example.shop"/>'.repeat(20))

describe('openZip: the central directory', () => {
  it('lists entries in directory order with their method, sizes and local header offsets', async () => {
    const zip = await openZip(
      file(buildZip([
        { name: 'AndroidManifest.xml', data: manifest, method: 8 },
        { name: 'assets/示例.txt', data: Buffer.from('stored') },
      ])), // prettier-ignore
      'app.apk',
    )
    try {
      expect(zip.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
        ['AndroidManifest.xml', 8, manifest.length],
        ['assets/示例.txt', 0, 6],
      ])
      expect(zip.entries[0]!.localHeaderOffset).toBe(0)
      expect(zip.centralDirectoryOffset).toBeGreaterThan(manifest.length / 10)
      expect(await zip.readEntry(zip.find('AndroidManifest.xml')!, 1024 * 1024)).toEqual(manifest)
      expect((await zip.readEntry(zip.find('assets/示例.txt')!, 16)).toString()).toBe('stored')
      expect(zip.find('classes.dex')).toBeUndefined()
    } finally {
      await zip.close()
    }
  })

  it('finds the end record behind a 65535-byte comment, and skips a fake one inside the comment', async () => {
    // A forged end record in the comment claims one entry at offset 0; only the real record's
    // comment length reaches exactly to the end of the file.
    const fake = Buffer.concat([u32(0x06054b50), Buffer.alloc(6), u16(1), u32(46), u32(0), u16(0)])
    const comment = Buffer.concat([
      Buffer.alloc(0xffff - fake.length - 100, 0x20),
      fake,
      Buffer.alloc(100, 0x20),
    ])
    const zip = await openZip(file(buildZip([{ name: 'a', data: Buffer.from('x') }], { comment })), 'app.apk')
    expect(zip.entries.map((e) => e.name)).toEqual(['a'])
    await zip.close()
  })

  it('an end record further from the end than a maximal comment is not searched for', async () => {
    const trailer = Buffer.alloc(0xffff + 1)
    expect(await failure(file(buildZip([{ name: 'a', data: Buffer.from('x') }], { trailer })))).toBe(
      'not an APK, AAB, IPA or HAP (no ZIP end record); is it the right file, and complete?',
    )
  })

  it('reads ZIP64: the end record locator, the ZIP64 end record and the ZIP64 extra field', async () => {
    const zip = await openZip(
      file(buildZip([{ name: 'AndroidManifest.xml', data: manifest, method: 8 }, { name: 'b', data: Buffer.from('bb') }], { zip64: true })), // prettier-ignore
      'app.apk',
    )
    try {
      expect(zip.entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
        ['AndroidManifest.xml', manifest.length],
        ['b', 2],
      ])
      expect(zip.entries.every((e) => e.compressedSize !== 0xffffffff)).toBe(true)
      expect(await zip.readEntry(zip.entries[0]!, 1024 * 1024)).toEqual(manifest)
      expect((await zip.readEntry(zip.entries[1]!, 16)).toString()).toBe('bb')
    } finally {
      await zip.close()
    }
  })

  it('refuses end records that disagree: the classic one names a central directory, the ZIP64 one another', async () => {
    const bytes = buildZip([{ name: 'a', data: Buffer.from('x') }], { zip64: true })
    bytes.writeUInt32LE(0, bytes.length - 22 + 16) // the classic record's offset, given in full: 0
    expect(await failure(file(bytes))).toBe(
      'its end record and its ZIP64 end record disagree on the central directory offset (0 and 32), so tools would read different central directories: the file is corrupt or was tampered with',
    )
  })

  it('refuses a ZIP64 APK, which apksigner and aapt2 do not read', async () => {
    const apk = file(buildZip([{ name: 'AndroidManifest.xml', data: manifest, method: 8 }], { zip64: true }))
    await expect(readApk(apk, 'app.apk')).rejects.toThrow(
      'it is a ZIP64 archive, which apksigner and aapt2 refuse to read (no APK build tool writes one): the file is corrupt or was tampered with',
    )
  })

  it('a ZIP64 marker without a locator', async () => {
    const bytes = buildZip([{ name: 'a', data: Buffer.from('x') }], { zip64: true })
    bytes.writeUInt32LE(0, bytes.length - 22 - 20) // the locator's signature
    expect(await failure(file(bytes))).toBe(
      'ZIP64 archive without a ZIP64 end record locator: the file is corrupt',
    )
  })

  it('a ZIP64 locator pointing at no ZIP64 end record', async () => {
    const bytes = buildZip([{ name: 'a', data: Buffer.from('x') }], { zip64: true })
    bytes.writeBigUInt64LE(0n, bytes.length - 22 - 20 + 8)
    expect(await failure(file(bytes))).toBe(
      'the ZIP64 end record is missing where its locator points: the file is corrupt',
    )
  })

  it('a ZIP64 end record claiming an exabyte-sized central directory', async () => {
    const bytes = buildZip([{ name: 'a', data: Buffer.from('x') }], { zip64: true })
    const record = bytes.length - 22 - 20 - 56
    bytes.writeBigUInt64LE(0x7fffffffffffffffn, record + 40)
    expect(await failure(file(bytes))).toMatch(
      /^its central directory claims \d+ bytes, more than any real app has: the file is corrupt$/,
    )
  })

  it('a central directory offset past the end of the file', async () => {
    const bytes = buildZip([{ name: 'a', data: Buffer.from('x') }])
    bytes.writeUInt32LE(bytes.length + 4096, bytes.length - 22 + 16)
    expect(await failure(file(bytes))).toMatch(
      /^its central directory \(offset \d+, \d+ bytes\) runs past the end record at \d+: the file is truncated or corrupt$/,
    )
  })

  it('an end record announcing more entries than the directory holds', async () => {
    expect(await failure(file(buildZip([{ name: 'a', data: Buffer.from('x') }], { entryCount: 3 })))).toBe(
      'the end record announces 3 entries but the central directory holds 1: the archive is corrupt',
    )
  })

  it('a central directory header with a wrong signature', async () => {
    const bytes = buildZip([{ name: 'a', data: Buffer.from('x') }])
    const cd = bytes.readUInt32LE(bytes.length - 22 + 16)
    bytes.writeUInt32LE(0x12345678, cd)
    expect(await failure(file(bytes))).toBe(`the central directory is corrupt at offset ${cd}`)
  })

  it('two entries with the same name (a second AndroidManifest.xml) are refused', async () => {
    const bytes = buildZip([
      { name: 'AndroidManifest.xml', data: manifest },
      { name: 'AndroidManifest.xml', data: Buffer.from('other') },
    ])
    expect(await failure(file(bytes))).toBe(
      'it has two entries named AndroidManifest.xml; Android refuses such an archive, and tools disagree on which one counts: the file is corrupt or was tampered with',
    )
  })

  it.each([
    ['empty.apk', 'not an APK, AAB, IPA or HAP (the file is empty); is it the right file, and complete?'],
    ['not-a-zip.apk', 'not an APK, AAB, IPA or HAP (no ZIP end record); is it the right file, and complete?'],
    ['truncated.apk', 'not an APK, AAB, IPA or HAP (no ZIP end record); is it the right file, and complete?'],
  ])('the fixture %s', async (name, message) => {
    expect(await failure(fixture(name))).toBe(message)
  })

  it('a missing file and a directory', async () => {
    expect(await failure(path.join(dir, 'nope.apk'))).toBe('the file does not exist')
    expect(await failure(dir)).toBe('not a file')
  })
})

describe('readEntry: one entry, bounded', () => {
  it('refuses an entry whose declared size exceeds the limit, before reading it', async () => {
    const p = file(
      buildZip([{ name: 'AndroidManifest.xml', data: manifest, method: 8, uncompressedSize: 0xe0000000 }]),
    )
    expect(await failure(p, (zip) => zip.readEntry(zip.entries[0]!, 16 * 1024 * 1024))).toBe(
      'AndroidManifest.xml claims 3758096384 bytes uncompressed, more than the 16777216 such a file can have: the archive is corrupt',
    )
  })

  it('the fixture huge-entry.apk (its manifest claims 3.5 GiB)', async () => {
    expect(
      await failure(fixture('huge-entry.apk'), (zip) =>
        zip.readEntry(zip.find('AndroidManifest.xml')!, 16 << 20),
      ),
    ).toMatch(/^AndroidManifest\.xml claims 3758096384 bytes uncompressed, more than the 16777216/)
  })

  it('stops inflating at the limit when the declared size lies (a deflate bomb)', async () => {
    const bomb = Buffer.alloc(8 * 1024 * 1024) // 8 MiB of zeros deflate to ~8 KiB
    expect(deflateRawSync(bomb).length).toBeGreaterThan(4096) // inflated by zlib
    const p = file(buildZip([{ name: 'AndroidManifest.xml', data: bomb, method: 8, uncompressedSize: 1000 }]))
    expect(await failure(p, (zip) => zip.readEntry(zip.entries[0]!, 1024 * 1024))).toBe(
      'AndroidManifest.xml cannot be decompressed (more than 1048576 bytes of output): the archive is corrupt',
    )
  })

  it('stops a small deflate bomb too, which is inflated in JavaScript rather than by zlib', async () => {
    const bomb = Buffer.alloc(2 * 1024 * 1024) // 2 MiB of zeros deflate to ~2 KiB
    expect(deflateRawSync(bomb).length).toBeLessThan(4096)
    const p = file(buildZip([{ name: 'AndroidManifest.xml', data: bomb, method: 8, uncompressedSize: 1000 }]))
    expect(await failure(p, (zip) => zip.readEntry(zip.entries[0]!, 1024 * 1024))).toBe(
      'AndroidManifest.xml cannot be decompressed (more than 1048576 bytes of output): the archive is corrupt',
    )
  })

  it('reads small entries (inflated in JavaScript) and large ones (by zlib) alike', async () => {
    const small = Buffer.from('<manifest package="com.example.shop"/>'.repeat(50))
    const large = Buffer.alloc(64 * 1024)
    for (let i = 0; i < large.length; i++) large[i] = ((i * 7919) % 251) ^ (i >> 3)
    expect(deflateRawSync(small).length).toBeLessThan(4096)
    expect(deflateRawSync(large).length).toBeGreaterThan(4096)
    const p = file(
      buildZip([
        { name: 'AndroidManifest.xml', data: small, method: 8 },
        { name: 'resources.arsc', data: large, method: 8 },
      ]),
    )
    const zip = await openZip(p, 'app.apk')
    try {
      expect((await zip.readEntry(zip.find('AndroidManifest.xml')!, 1 << 20)).equals(small)).toBe(true)
      expect((await zip.readEntry(zip.find('resources.arsc')!, 1 << 20)).equals(large)).toBe(true)
    } finally {
      await zip.close()
    }
  })

  it('refuses an entry that inflates to another size than declared', async () => {
    const p = file(
      buildZip([{ name: 'AndroidManifest.xml', data: manifest, method: 8, uncompressedSize: 100 }]),
    )
    expect(await failure(p, (zip) => zip.readEntry(zip.entries[0]!, 1024 * 1024))).toBe(
      `AndroidManifest.xml inflates to ${manifest.length} bytes, not the 100 its central directory entry declares: the archive is corrupt`,
    )
  })

  it('refuses a deflate stream that is not one', async () => {
    const p = file(buildZip([{ name: 'a', data: Buffer.from([0xff, 0xff, 0xff, 0xff]), method: 0 }]))
    const bytes = readFileSync(p)
    bytes.writeUInt16LE(8, 8) // local header method
    const cd = bytes.readUInt32LE(bytes.length - 22 + 16)
    bytes.writeUInt16LE(8, cd + 10) // central directory method
    expect(await failure(file(bytes), (zip) => zip.readEntry(zip.entries[0]!, 1024))).toMatch(
      /^a cannot be decompressed \(.+\): the archive is corrupt$/,
    )
  })

  it('names a compression method app packages do not use', async () => {
    const p = file(buildZip([{ name: 'a', data: Buffer.from('x'), method: 12 }]))
    expect(await failure(p, (zip) => zip.readEntry(zip.entries[0]!, 1024))).toBe(
      'a uses compression method 12; only stored and deflate occur in app packages',
    )
  })

  it('a central directory entry pointing at no local header', async () => {
    const p = file(
      buildZip([
        // a claims 1 byte of its 10, so b's offset (32) lies in a's real data yet apart from a's claim.
        { name: 'a', data: Buffer.from('xxxxxxxxxx'), compressedSize: 1 },
        { name: 'b', data: Buffer.from('y'), localHeaderOffset: 32 },
      ]),
    )
    expect(await failure(p, (zip) => zip.readEntry(zip.find('b')!, 1024))).toBe(
      'b: no local file header where the central directory points: the archive is corrupt',
    )
  })

  it('an entry whose data would run into the central directory', async () => {
    const p = file(buildZip([{ name: 'a', data: Buffer.from('x'), compressedSize: 500 }]))
    expect(await failure(p)).toBe(
      'a: its local header and data (offset 0, at least 531 bytes) run into the central directory at 32: the archive is corrupt',
    )
  })

  it('entries that share bytes (a zip bomb of entries pointing at one stream)', async () => {
    const p = file(
      buildZip([
        { name: 'a', data: Buffer.from('xyz') },
        { name: 'b', data: Buffer.from('xyz'), localHeaderOffset: 0 },
      ]),
    )
    expect(await failure(p)).toMatch(
      /^(a|b) \(offset 0\) lies inside the bytes of (a|b) \(offset 0\): entries of an archive never share bytes/,
    )
  })

  it('read() refuses a range outside the file instead of a RangeError', async () => {
    const p = file(buildZip([{ name: 'a', data: Buffer.from('x') }]))
    expect(await failure(p, (zip) => zip.read(Number.MAX_SAFE_INTEGER, 10))).toMatch(
      /^it is truncated or corrupt: a record points at bytes \d+\.\.\d+ of a \d+-byte file$/,
    )
    expect(await failure(p, (zip) => zip.read(-1, 10))).toMatch(/^it is truncated or corrupt/)
  })
})

describe('an archive after close()', () => {
  it('reads nothing more: its descriptor number may since name another file', async () => {
    const zip = await openZip(file(buildZip([{ name: 'AndroidManifest.xml', data: manifest }])), 'app.apk')
    await zip.close()
    await zip.close() // a second close() is a no-op, as a FileHandle's is
    await expect(zip.readEntry(zip.entries[0]!, 1024)).rejects.toThrow('file closed')
  })
})

describe('cost does not grow with the archive', () => {
  it('opening a 1 GiB archive and reading its manifest reads a few KiB, not the file', async () => {
    // A 1 GiB stored entry written as a hole (sparse file), then the manifest, directory and end record.
    const pad = 1024 * 1024 * 1024
    const header = (name: string, size: number) =>
      Buffer.concat([
        u32(0x04034b50), u16(20), u16(0), u16(0), u16(0), u16(0x21), u32(0), u32(size), u32(size),
        u16(name.length), u16(0), Buffer.from(name),
      ]) // prettier-ignore
    const central = (name: string, size: number, at: number) =>
      Buffer.concat([
        u32(0x02014b50), u16(20), u16(20), u16(0), u16(0), u16(0), u16(0x21), u32(0), u32(size), u32(size),
        u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(at), Buffer.from(name),
      ]) // prettier-ignore
    const first = header('assets/padding.bin', pad)
    const manifestAt = first.length + pad
    const second = Buffer.concat([header('AndroidManifest.xml', manifest.length), manifest])
    const cdAt = manifestAt + second.length
    const cd = Buffer.concat([
      central('assets/padding.bin', pad, 0),
      central('AndroidManifest.xml', manifest.length, manifestAt),
    ])
    const end = Buffer.concat([
      u32(0x06054b50),
      u16(0),
      u16(0),
      u16(2),
      u16(2),
      u32(cd.length),
      u32(cdAt),
      u16(0),
    ])
    const p = path.join(dir, 'sparse.apk')
    const handle = await open(p, 'w')
    await handle.write(first, 0, first.length, 0)
    await handle.write(
      Buffer.concat([second, cd, end]),
      0,
      second.length + cd.length + end.length,
      manifestAt,
    )
    await handle.close()

    const spy = jest.spyOn(ArchiveFile.prototype, 'read')
    try {
      const zip = await openZip(p, 'big.apk')
      expect(zip.size).toBeGreaterThan(pad)
      expect(await zip.readEntry(zip.find('AndroidManifest.xml')!, 1024 * 1024)).toEqual(manifest)
      await zip.close()
      expect(spy).toHaveBeenCalled()
      const bytes = spy.mock.calls.reduce((sum, call) => sum + call[1], 0)
      expect(bytes).toBeLessThan(0xffff + 22 + 4096)
    } finally {
      spy.mockRestore()
    }
  })
})
