import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  MAX_OBJECTS,
  PlistError,
  PlistUid,
  parseBinaryPlist,
  parsePlist,
  parseXmlPlist,
  type PlistValue,
} from '../../src/artifacts/plist.js'
import { openZip } from '../../src/artifacts/zip.js'
import { array, ascii, binaryPlist, exponentialDag } from '../hostile/generators/plist.js'

const FIXTURES = '__tests__/fixtures/plist'
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name))

/** UIDs as the XML form spells them, so both encodings compare to one expected value. */
function normalize(value: PlistValue): unknown {
  if (value instanceof PlistUid) return { CF$UID: value.value }
  if (Array.isArray(value)) return value.map(normalize)
  if (Buffer.isBuffer(value) || value instanceof Date || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]))
}

const EXPECTED = {
  integers: [
    0,
    1,
    255,
    256,
    65535,
    65536,
    4294967295,
    4294967296,
    -1,
    -9223372036854775808n,
    9223372036854775807n,
    18446744073709551615n,
    9007199254740993n,
  ],
  reals: [0.5, -1.25, 1e300, Math.PI],
  dates: [
    new Date('2001-01-01T00:00:00Z'),
    new Date('1970-01-01T00:00:00Z'),
    new Date('2026-11-30T12:34:56Z'),
  ],
  data: [
    Buffer.alloc(0),
    Buffer.from('hello'),
    Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.alloc(44)]),
  ],
  strings: ['', 'ascii', '北京 Ünïcödé', '😀 emoji', `<&>"' 中国`, 'x'.repeat(300)],
  booleans: [true, false],
  uid: { CF$UID: 7 },
  nested: [{ a: [[{}]] }, []],
  many: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${String(i).padStart(2, '0')}`, i])),
  CFBundleIdentifier: 'com.example.types',
}

describe('plist reader against libplist (plistutil) on every type', () => {
  it('reads the XML source', () => {
    expect(normalize(parseXmlPlist(fixture('all-types.xml').toString('utf8')))).toEqual(EXPECTED)
  })
  it('reads the binary plistutil wrote from it (int sizes 1..16 bytes, reals, dates, data, UTF-16, UID)', () => {
    const value = parseBinaryPlist(fixture('all-types.bplist'))
    expect(normalize(value)).toEqual(EXPECTED)
  })
  it('reads the XML plistutil wrote back', () => {
    expect(normalize(parsePlist(fixture('all-types.roundtrip.xml'))!)).toEqual(EXPECTED)
  })
})

const hasPlistutil = (() => {
  try {
    execFileSync('plistutil', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false // not installed: the committed conversions above still run
  }
})()

const ipas = readdirSync('__tests__/fixtures/ios').filter((f) => f.endsWith('.ipa'))

describe.each(ipas)('Info.plist of %s', (name) => {
  ;(hasPlistutil ? it : it.skip)('reads as plistutil reads it', async () => {
    const zip = await openZip(path.join('__tests__/fixtures/ios', name), name).catch(() => undefined)
    const entry = zip?.entries.find((e) => /^Payload\/[^/]+\.app\/Info\.plist$/.test(e.name))
    if (!zip || !entry) return void (await zip?.close())
    const bytes = await zip.readEntry(entry, 1 << 20)
    await zip.close()
    const dir = mkdtempSync(path.join(tmpdir(), 'plist-'))
    try {
      writeFileSync(path.join(dir, 'in'), bytes)
      const ours = (() => {
        try {
          return parsePlist(bytes)
        } catch (error) {
          return error
        }
      })()
      let xml: string
      try {
        xml = execFileSync('plistutil', ['-i', path.join(dir, 'in'), '-f', 'xml'], {
          stdio: ['ignore', 'pipe', 'ignore'],
        }).toString()
      } catch {
        // plistutil refuses it too: ours must refuse it with a reason.
        expect(ours).toBeInstanceOf(PlistError)
        return
      }
      // plistutil prints an empty <plist> for input it cannot read: ours must refuse it with a reason.
      if (/<plist[^>]*>\s*<\/plist>/.test(xml)) expect(ours).toBeInstanceOf(PlistError)
      else expect(normalize(ours as PlistValue)).toEqual(normalize(parseXmlPlist(xml)))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('plist reader limits (issue 12)', () => {
  it('a DAG that doubles 40 times stops at the object budget', () => {
    const bytes = exponentialDag(40)
    expect(bytes.length).toBeLessThan(400)
    expect(() => parseBinaryPlist(bytes)).toThrow(`it has more than ${MAX_OBJECTS} objects`)
  })
  it('a shallow DAG within the budget reads', () => {
    expect(parseBinaryPlist(exponentialDag(10))).toHaveProperty('CFBundleIdentifier', 'com.example.dag')
  })
  it('a UID object (0x8n) is a PlistUid, not an integer', () => {
    expect(parseBinaryPlist(binaryPlist([Buffer.from([0x80, 7])]))).toEqual(new PlistUid(7))
  })
  it('an array that contains itself', () => {
    expect(() => parseBinaryPlist(binaryPlist([array(0)]))).toThrow('object 0 contains itself')
  })
  it('a reference past the object table', () => {
    expect(() => parseBinaryPlist(binaryPlist([array(9)]))).toThrow(
      'a reference at offset 9 names object 9 of 1',
    )
  })
  it('a trailer claiming more objects than the file holds allocates nothing', () => {
    const bytes = binaryPlist([ascii('a')])
    bytes.writeBigUInt64BE(1n << 40n, bytes.length - 24)
    expect(() => parseBinaryPlist(bytes)).toThrow(
      /its trailer \(1099511627776 objects.*does not fit the \d+-byte file/,
    )
  })
  it('XML nesting past 128 levels', () => {
    const deep = `<plist>${'<array>'.repeat(200_000)}${'</array>'.repeat(200_000)}</plist>`
    expect(() => parseXmlPlist(deep)).toThrow('it nests deeper than 128 levels')
  })
  it('an invalid code point names the line and column', () => {
    expect(() => parseXmlPlist('<plist>\n<string>a&#x110000;</string></plist>')).toThrow(
      'line 2:10: &#x110000; is not a valid character (code point 0x110000)',
    )
    expect(() => parseXmlPlist('<plist><string>&#xD800;</string></plist>')).toThrow(
      'is not a valid character',
    )
  })
  it('60k keys read in linear time', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `<key>k${i}</key><string>v</string>`).join('\n')
    const started = Date.now()
    const dict = parseXmlPlist(`<plist><dict>${keys}</dict></plist>`) as Record<string, string>
    expect(Object.keys(dict)).toHaveLength(60_000)
    expect(Date.now() - started).toBeLessThan(2000)
  })
  it('__proto__ is an ordinary key', () => {
    const dict = parseXmlPlist(
      '<plist><dict><key>__proto__</key><string>x</string></dict></plist>',
    ) as Record<string, unknown>
    expect(Object.keys(dict)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })
  it('malformed XML says where', () => {
    expect(() => parseXmlPlist('<plist>\n  <dict><key>a</key><strin>x</strin></dict></plist>')).toThrow(
      'line 2:21: <strin> is not a property list element',
    )
    expect(() => parseXmlPlist('<plist><dict><key>a</key></dict></plist>')).toThrow(
      'the key "a" has no value',
    )
  })
})

describe('a binary plist that names one object many times', () => {
  /** bplist00: object 0 an array of `count` references to object 1, a string of `size` bytes. */
  function sharedStringPlist(count: number, size: number): Buffer {
    const array = Buffer.alloc(1 + 3 + count * 2)
    array[0] = 0xaf // an array whose length follows as an integer object
    array[1] = 0x11 // a 2-byte integer
    array.writeUInt16BE(count, 2)
    for (let i = 0; i < count; i++) array.writeUInt16BE(1, 4 + i * 2)
    const string = Buffer.alloc(1 + 5 + size, 'a')
    string[0] = 0x5f // an ASCII string whose length follows
    string[1] = 0x12 // a 4-byte integer
    string.writeUInt32BE(size, 2)
    const header = Buffer.from('bplist00', 'latin1')
    const offsets = Buffer.alloc(8)
    offsets.writeUInt32BE(header.length, 0)
    offsets.writeUInt32BE(header.length + array.length, 4)
    const trailer = Buffer.alloc(32)
    trailer[6] = 4 // offset size
    trailer[7] = 2 // reference size
    trailer.writeBigUInt64BE(2n, 8) // objects
    trailer.writeBigUInt64BE(0n, 16) // top object
    trailer.writeBigUInt64BE(BigInt(header.length + array.length + string.length), 24)
    return Buffer.concat([header, array, string, offsets, trailer])
  }

  // The object budget counts visits: a shared 4 MiB string must be decoded once, not on every visit
  // (2,000 visits took 41 s when each decoded it again).
  it('decodes a shared string once, and every slot holds it', () => {
    const value = parseBinaryPlist(sharedStringPlist(2000, 4 * 1024 * 1024)) as string[]
    expect(value).toHaveLength(2000)
    expect(new Set(value).size).toBe(1)
    expect(value[1999]).toHaveLength(4 * 1024 * 1024)
  })
})

// Apple's binary reader keeps the first of two equal keys, plistlib and plutil the last: an Info.plist
// naming two bundle ids is refused, since readers disagree on which one the build is.
describe('a binary plist dictionary with the same key twice', () => {
  /** bplist00: object 0 a dictionary of the entries, each key and value an ASCII string object. */
  function dictionaryPlist(entries: [string, string][]): Buffer {
    const ascii = (s: string) =>
      Buffer.concat([
        Buffer.from(s.length < 15 ? [0x50 | s.length] : [0x5f, 0x10, s.length]),
        Buffer.from(s, 'latin1'),
      ])
    const strings = entries.flat()
    const keys = entries.map((_, i) => 1 + 2 * i)
    const values = entries.map((_, i) => 2 + 2 * i)
    const objects = [Buffer.from([0xd0 | entries.length, ...keys, ...values]), ...strings.map(ascii)]
    const header = Buffer.from('bplist00', 'latin1')
    const offsets = Buffer.alloc(objects.length)
    let at = header.length
    objects.forEach((o, i) => {
      offsets[i] = at
      at += o.length
    })
    const trailer = Buffer.alloc(32)
    trailer[6] = 1 // offset size
    trailer[7] = 1 // reference size
    trailer.writeBigUInt64BE(BigInt(objects.length), 8)
    trailer.writeBigUInt64BE(0n, 16)
    trailer.writeBigUInt64BE(BigInt(at), 24)
    return Buffer.concat([header, ...objects, offsets, trailer])
  }

  it('is refused, naming the key', () => {
    expect(() =>
      parseBinaryPlist(
        dictionaryPlist([
          ['CFBundleIdentifier', 'com.evil.app'],
          ['CFBundleIdentifier', 'com.example.demo'],
        ]),
      ),
    ).toThrow('the dictionary at offset 8 has the key "CFBundleIdentifier" twice')
    expect(
      parseBinaryPlist(
        dictionaryPlist([
          ['CFBundleIdentifier', 'com.example.demo'],
          ['CFBundleVersion', '45'],
        ]),
      ),
    ).toEqual({ CFBundleIdentifier: 'com.example.demo', CFBundleVersion: '45' })
  })
})
