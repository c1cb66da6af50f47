/**
 * One generator per class of hostile artifact from issue 12 (items 4, 5, 7). Each writes its file
 * into `dir` and says what a user must see: the error (a pattern) or, for files that are odd but
 * readable, what the output must contain. Sizes are the ones the issue measured.
 */
import { open, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { certificate, signedDataAround, universalString } from './der.js'
import { array, binaryPlist, exponentialDag } from './plist.js'
import { centralHeader, deflated, deflatedZeros, endRecord, stored, zip, type RawEntry } from './zip.js'

export interface HostileCase {
  name: string
  /** The file, relative to `dir`. */
  file: string
  /** The error the reader must give; undefined when the file must read. */
  error?: RegExp
  /** Text `inspect` must print when the file reads. */
  prints?: RegExp
  write(dir: string): Promise<void>
}

const xmlPlist = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n${body}\n</plist>\n`

const INFO = xmlPlist(
  '<dict><key>CFBundleIdentifier</key><string>com.example.hostile</string><key>CFBundleExecutable</key><string>Hostile</string></dict>',
)

function ipa(entries: RawEntry[]): Buffer {
  return zip(entries.map((e) => ({ ...e, name: `Payload/Hostile.app/${e.name}` })))
}

/** A provisioning profile: the CMS shell around a plist listing `certificates`. */
function profile(certificates: Buffer[]): Buffer {
  const data = certificates.map((c) => `<data>${c.toString('base64')}</data>`).join('')
  return signedDataAround(
    Buffer.from(
      xmlPlist(
        `<dict><key>DeveloperCertificates</key><array>${data}</array><key>Entitlements</key><dict><key>application-identifier</key><string>TEAM.com.example.hostile</string></dict></dict>`,
      ),
    ),
  )
}

/** An IPA whose profile's one certificate has a UniversalString CN of these code points. */
function ipaWithSubject(codes: number[]): Buffer {
  const ucs4 = Buffer.alloc(codes.length * 4)
  codes.forEach((c, i) => ucs4.writeUInt32BE(c, i * 4))
  const subject = Buffer.concat([Buffer.from([0x1c, ucs4.length]), ucs4])
  return ipa([
    stored('Info.plist', INFO),
    UNSIGNED_EXECUTABLE,
    stored('embedded.mobileprovision', profile([certificate(subject)])),
  ])
}

/**
 * The app's executable with no load command, so no code signature: the certificate is then read from
 * the profile, which is what these cases are about (an app without its executable is refused).
 */
const UNSIGNED_EXECUTABLE = stored('Hostile', machO(0, 0).fill(0, 16, 48))

/** A 64-bit little-endian Mach-O header with one LC_CODE_SIGNATURE at `dataoff`. */
function machO(dataoff: number, datasize: number): Buffer {
  const b = Buffer.alloc(48)
  b.writeUInt32LE(0xfeedfacf, 0)
  b.writeUInt32LE(0x0100000c, 4) // arm64
  b.writeUInt32LE(2, 12) // MH_EXECUTE
  b.writeUInt32LE(1, 16) // ncmds
  b.writeUInt32LE(16, 20) // sizeofcmds
  b.writeUInt32LE(0x1d, 32)
  b.writeUInt32LE(16, 36)
  b.writeUInt32LE(dataoff, 40)
  b.writeUInt32LE(datasize, 44)
  return b
}

/** A ZIP64 end: record and locator, then a classic end record with its fields saturated. */
function zip64End(entries: number, cdSize: number, cdOffset: number): Buffer {
  const record = Buffer.alloc(56)
  record.writeUInt32LE(0x06064b50, 0)
  record.writeBigUInt64LE(44n, 4)
  record.writeUInt16LE(45, 12)
  record.writeUInt16LE(45, 14)
  record.writeBigUInt64LE(BigInt(entries), 24)
  record.writeBigUInt64LE(BigInt(entries), 32)
  record.writeBigUInt64LE(BigInt(cdSize), 40)
  record.writeBigUInt64LE(BigInt(cdOffset), 48)
  const locator = Buffer.alloc(20)
  locator.writeUInt32LE(0x07064b50, 0)
  locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8)
  locator.writeUInt32LE(1, 16)
  const end = endRecord(0xffff, 0xffffffff, 0xffffffff)
  return Buffer.concat([record, locator, end])
}

/** `count` central-directory entries, all naming the one local header at offset 0. */
function sharedHeader(first: RawEntry, count: number): Buffer {
  const local = zip([first]).subarray(0, 30 + first.name.length + first.data.length)
  const directory = Buffer.concat(
    Array.from({ length: count }, (_, i) =>
      centralHeader({ ...first, name: i ? `${first.name}.${i}` : first.name }, 0),
    ),
  )
  return Buffer.concat([local, directory, zip64End(count, directory.length, local.length)])
}

const GiB = 1024 * 1024 * 1024

export const CASES: HostileCase[] = [
  {
    name: 'IPA whose binary Info.plist is an exponential DAG (2^40 nodes in ~300 bytes)',
    file: 'dag.ipa',
    error: /Info\.plist is not a readable property list \(it has more than 200000 objects/,
    write: (dir) => writeFile(join(dir, 'dag.ipa'), ipa([stored('Info.plist', exponentialDag(40))])),
  },
  {
    name: 'IPA whose binary Info.plist contains itself',
    file: 'cycle.ipa',
    error: /Info\.plist is not a readable property list \(object 0 contains itself\)/,
    write: (dir) => writeFile(join(dir, 'cycle.ipa'), ipa([stored('Info.plist', binaryPlist([array(0)]))])),
  },
  {
    name: 'IPA whose XML Info.plist has &#x110000; (past the last Unicode code point)',
    file: 'codepoint.ipa',
    error: /Info\.plist is not a readable property list \(line 4:\d+: &#x110000; is not a valid character/,
    write: (dir) =>
      writeFile(
        join(dir, 'codepoint.ipa'),
        ipa([
          stored(
            'Info.plist',
            xmlPlist('<dict><key>CFBundleIdentifier</key><string>a&#x110000;</string></dict>'),
          ),
        ]),
      ),
  },
  {
    name: 'IPA whose XML Info.plist nests 300k arrays',
    file: 'deep.ipa',
    error: /Info\.plist is not a readable property list \(it nests deeper than 128 levels/,
    write: (dir) =>
      writeFile(
        join(dir, 'deep.ipa'),
        ipa([deflated('Info.plist', xmlPlist(`${'<array>'.repeat(300_000)}${'</array>'.repeat(300_000)}`))]),
      ),
  },
  {
    name: 'IPA whose code signature lies after 3.4 GiB of deflated zeros',
    file: 'zeros.ipa',
    error:
      /reading Payload\/Hostile\.app\/Hostile would take the bytes inflated from the archive past 2147483648/,
    write: async (dir) => {
      const zeros = 3.5 * GiB - 1024 * 1024
      const data = deflatedZeros(machO(Math.floor(3.4 * GiB), 1024), zeros)
      const executable: RawEntry = { name: 'Hostile', data, method: 8, uncompressedSize: 48 + zeros }
      await writeFile(join(dir, 'zeros.ipa'), ipa([stored('Info.plist', INFO), executable]))
    },
  },
  {
    name: 'IPA whose profile certificate has a 200k-code-point UniversalString subject',
    file: 'universal.ipa',
    prints: /subject: +CN=A{1000,}… \(\d+ more characters\)/,
    write: (dir) =>
      writeFile(
        join(dir, 'universal.ipa'),
        ipa([
          stored('Info.plist', INFO),
          UNSIGNED_EXECUTABLE,
          stored('embedded.mobileprovision', profile([certificate(universalString(200_000))])),
        ]),
      ),
  },
  {
    name: 'IPA whose certificate subject holds a terminal escape sequence',
    file: 'escape.ipa',
    prints: /subject: +CN=\\x1b\[31mred\n/,
    write: (dir) => writeFile(join(dir, 'escape.ipa'), ipaWithSubject([0x1b, ...Buffer.from('[31mred')])),
  },
  {
    name: 'IPA whose certificate subject holds code point 0x110000',
    file: 'codepoint-cert.ipa',
    error: /a signing certificate cannot be parsed \(.*\): the signature is corrupt/,
    write: (dir) => writeFile(join(dir, 'codepoint-cert.ipa'), ipaWithSubject([0x41, 0x110000])),
  },
  {
    name: 'IPA whose profile allows 2,000 certificates',
    file: 'many-certs.ipa',
    prints: /allows 2000 certificates \(.*; .*; .*; .*; .* and 1995 more\)/,
    write: (dir) => {
      const one = certificate(Buffer.from('0c0474657374', 'hex'))
      return writeFile(
        join(dir, 'many-certs.ipa'),
        ipa([
          stored('Info.plist', INFO),
          UNSIGNED_EXECUTABLE,
          deflated('embedded.mobileprovision', profile(Array(2000).fill(one))),
        ]),
      )
    },
  },
  {
    name: 'AAB whose 16 KB manifest inflates to 8M empty protobuf attributes',
    file: 'attributes.aab',
    error: /more than 100000 protobuf fields/,
    write: (dir) => {
      const element = Buffer.concat([
        Buffer.from([0x1a, 8]),
        Buffer.from('manifest'),
        Buffer.alloc(16_000_000, Buffer.from([0x22, 0x00])),
      ])
      const node = Buffer.concat([Buffer.from([0x0a]), varint(element.length), element])
      return writeFile(
        join(dir, 'attributes.aab'),
        zip([deflated('base/manifest/AndroidManifest.xml', node)]),
      )
    },
  },
  {
    name: 'sparse 1.9 GiB HAP whose signing block claims 160M sub-blocks',
    file: 'sparse.hap',
    error: /its HAP signing block is damaged: it claims 160000000 sub-blocks/,
    write: async (dir) => {
      const head = zip([stored('module.json', '{"app":{"bundleName":"com.example.hostile"}}')])
      const local = head.subarray(0, head.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])))
      const cdOffset = Math.floor(1.9 * GiB)
      const tail = Buffer.alloc(32)
      tail.writeUInt32LE(160_000_000, 0)
      tail.writeBigUInt64LE(BigInt(cdOffset - local.length), 4)
      Buffer.from('<hap sign block>', 'latin1').copy(tail, 12)
      tail.writeUInt32LE(3, 28)
      const entry = stored('module.json', '{"app":{"bundleName":"com.example.hostile"}}')
      const directory = centralHeader(entry, 0)
      const handle = await open(join(dir, 'sparse.hap'), 'w')
      try {
        await handle.write(local, 0, local.length, 0)
        await handle.write(tail, 0, 32, cdOffset - 32)
        const end = Buffer.concat([directory, endRecord(1, directory.length, cdOffset)])
        await handle.write(end, 0, end.length, cdOffset)
      } finally {
        await handle.close()
      }
    },
  },
  {
    name: 'APK whose 200k central-directory entries all point at one local header',
    file: 'shared.apk',
    error: /lies inside the bytes of AndroidManifest\.xml.*entries of an archive never share bytes/,
    write: (dir) =>
      writeFile(join(dir, 'shared.apk'), sharedHeader(stored('AndroidManifest.xml', 'x'), 200_000)),
  },
  {
    name: 'ZIP64 archive whose end record claims 300k entries',
    file: 'entries.apk',
    error: /it has 300000 entries, more than the 200000 this tool reads from one archive/,
    write: (dir) => {
      const one = zip([stored('AndroidManifest.xml', 'x')])
      const cd = one.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
      const body = one.subarray(0, one.length - 22)
      return writeFile(
        join(dir, 'entries.apk'),
        Buffer.concat([body, zip64End(300_000, body.length - cd, cd)]),
      )
    },
  },
  {
    name: 'HarmonyOS App Pack whose 8 .hap entries all inflate one 1 GiB module',
    file: 'bomb.app',
    error: /lies inside the bytes of .*entries of an archive never share bytes/,
    write: async (dir) => {
      const module: RawEntry = {
        name: 'm0.hap',
        data: deflatedZeros(Buffer.alloc(0), GiB),
        method: 8,
        uncompressedSize: GiB,
      }
      const pack = stored('pack.info', '{"summary":{"app":{"bundleName":"com.example.hostile"}}}')
      const archive = zip([pack, module])
      const moduleOffset = 30 + pack.name.length + pack.data.length
      const cd = moduleOffset + 30 + module.name.length + module.data.length
      const directory = Buffer.concat([
        centralHeader(pack, 0),
        ...Array.from({ length: 8 }, (_, i) => centralHeader({ ...module, name: `m${i}.hap` }, moduleOffset)),
      ])
      await writeFile(
        join(dir, 'bomb.app'),
        Buffer.concat([archive.subarray(0, cd), directory, endRecord(9, directory.length, cd)]),
      )
    },
  },
]

function varint(n: number): Buffer {
  const bytes: number[] = []
  while (n >= 0x80) {
    bytes.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  bytes.push(n)
  return Buffer.from(bytes)
}
