/**
 * src/artifacts/public-key.ts reads a signing certificate's key without node:crypto (issue 10). It must
 * never answer differently from OpenSSL: where it vouches for a certificate, X509Certificate parses it
 * too and describes the same key; where it does not, describeCertificate asks OpenSSL. Held on every
 * certificate in the fixtures (signed by apksigner, codesign stand-ins and the HarmonyOS tools), on
 * certificates for every key type OpenSSL makes, and on thousands of mutations of them.
 */
import { describe, expect, it } from '@jest/globals'
import { X509Certificate, createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describeCertificate, publicKeyOf } from '../../src/artifacts/certificate.js'
import {
  bytesHashedInJavaScript,
  fingerprintsOf,
  md5InJavaScript,
  sha1InJavaScript,
  sha256,
  sha256InJavaScript,
} from '../../src/artifacts/digests.js'
import { parseDer } from '../../src/artifacts/asn1.js'
import { wellFormedPublicKey } from '../../src/artifacts/public-key.js'
import { openZip } from '../../src/artifacts/zip.js'
import type { PublicKeyInfo } from '../../src/artifacts/types.js'
import { oid, seq, set, SHA256_WITH_RSA, tbsCertificate, tlv } from '../hostile/generators/der.js'

/** What OpenSSL makes of a certificate: its key as describeCertificate reports it, or that it refuses it. */
function openssl(der: Buffer): PublicKeyInfo | 'refused' {
  try {
    return publicKeyOf(new X509Certificate(der))
  } catch {
    return 'refused'
  }
}

/** Every DER certificate inside a file's bytes: each SEQUENCE with a long length that OpenSSL parses. */
function certificatesIn(bytes: Buffer, found: Map<string, Buffer>): void {
  for (let i = bytes.indexOf(0x30); i >= 0 && i + 4 < bytes.length; i = bytes.indexOf(0x30, i + 1)) {
    if (bytes[i + 1] !== 0x82 || bytes[i + 4] !== 0x30) continue
    const der = bytes.subarray(i, i + 4 + bytes.readUInt16BE(i + 2))
    if (der.length < 200 || found.has(der.toString('base64'))) continue
    try {
      new X509Certificate(der)
      found.set(der.toString('base64'), Buffer.from(der))
    } catch {
      // Not a certificate.
    }
  }
}

/** The certificates of every fixture: loose .der/.pem files, and those inside every package's entries. */
async function readFixtureCertificates(): Promise<Buffer[]> {
  const found = new Map<string, Buffer>()
  const files = readdirSync('__tests__/fixtures', { recursive: true })
    .map((f) => path.join('__tests__/fixtures', String(f)))
    .filter((f) => statSync(f).isFile())
  for (const file of files) {
    const bytes = readFileSync(file)
    if (file.endsWith('.pem') && bytes.includes('BEGIN CERTIFICATE')) {
      found.set(new X509Certificate(bytes).raw.toString('base64'), new X509Certificate(bytes).raw)
      continue
    }
    certificatesIn(bytes, found)
    if (!/\.(apk|aab|apks|ipa|hap|app)$/.test(file)) continue
    const zip = await openZip(file, path.basename(file)).catch(() => undefined)
    if (!zip) continue
    try {
      for (const entry of zip.entries) {
        if (entry.uncompressedSize > 4 * 1024 * 1024) continue
        const data = await zip.readEntry(entry, 4 * 1024 * 1024).catch(() => undefined)
        if (data) certificatesIn(data, found)
      }
    } finally {
      await zip.close()
    }
  }
  return [...found.values()]
}

/** Read once: two tests use them, and reading every fixture archive is the slow part. */
let fixtureCertificatesRead: Promise<Buffer[]> | undefined
const fixtureCertificates = () => (fixtureCertificatesRead ??= readFixtureCertificates())

/**
 * A certificate around a SubjectPublicKeyInfo, with a subject and extensions; the signature is not
 * checked on parsing, so it is random bytes.
 */
function certificateWith({ spki, subject }: { spki?: Buffer; subject?: Buffer }): Buffer {
  const name = seq(
    set(seq(oid('550403'), tlv(0x0c, Buffer.from('Demo 示例', 'utf8')))),
    set(seq(oid('55040a'), tlv(0x13, Buffer.from('Example')))),
    set(seq(oid('550406'), tlv(0x13, Buffer.from('CN')))),
  )
  const tbs = tbsCertificate({
    serial: Buffer.from([0x01, 0x23]),
    issuer: name,
    subject: subject ?? name,
    validity: [tlv(0x17, Buffer.from('250101000000Z')), tlv(0x18, Buffer.from('20550101000000Z'))],
    spki: spki ?? DEFAULT_SPKI,
    extensions: seq(
      seq(oid('551d13'), tlv(0x01, Buffer.from([0xff])), tlv(0x04, seq())),
      seq(oid('551d0e'), tlv(0x04, tlv(0x04, randomBytes(20)))),
    ),
  })
  return seq(tbs, SHA256_WITH_RSA, tlv(0x03, Buffer.concat([Buffer.from([0]), randomBytes(64)])))
}

const certificateFor = (spki: Buffer): Buffer => certificateWith({ spki })

const spki = (key: KeyObject): Buffer => key.export({ type: 'spki', format: 'der' })
const DEFAULT_SPKI = spki(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey)

const GENERATED: [string, Buffer][] = (
  [
    ['RSA 2048', generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey],
    [
      'RSA 1024, exponent 3',
      generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 }).publicKey,
    ],
    ['EC P-256', generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey],
    ['EC P-384', generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey],
    ['EC P-521', generateKeyPairSync('ec', { namedCurve: 'secp521r1' }).publicKey],
    ['Ed25519', generateKeyPairSync('ed25519').publicKey],
    ['Ed448', generateKeyPairSync('ed448').publicKey],
    // Legacy keys: an app first signed with DSA is still signed with it unless it rotates its key.
    ['DSA 1024', generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).publicKey],
    ['DSA 2048', generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 }).publicKey],
  ] as [string, KeyObject][]
).map(([name, key]) => [name, certificateFor(spki(key))])

/** Certificates OpenSSL reads that public-key.ts leaves to it. */
const LEFT_TO_OPENSSL: [string, Buffer][] = [
  [
    'DSA key without its parameters (inherited from an issuer)',
    certificateFor(
      withoutParameters(
        spki(generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).publicKey),
      ),
    ),
  ],
  ['RSA-PSS', certificateFor(spki(generateKeyPairSync('rsa-pss', { modulusLength: 1024 }).publicKey))],
  ['EC secp256k1', certificateFor(spki(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey))],
  [
    'EC P-256, compressed point',
    certificateFor(compressedPoint(spki(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey))),
  ],
]

/** The same key with its AlgorithmIdentifier's parameters left out (RFC 3279 §2.3.2 allows it for DSA). */
function withoutParameters(spki: Buffer): Buffer {
  const algorithm = parseDer(spki).children[0]!
  const id = algorithm.children[0]!
  return seq(seq(spki.subarray(id.start, id.end)), spki.subarray(algorithm.end))
}

/** The same key with its point compressed (02/03 ‖ x): OpenSSL reads it; public-key.ts leaves it. */
function compressedPoint(spki: Buffer): Buffer {
  const point = spki.subarray(spki.length - 65)
  const compressed = Buffer.concat([Buffer.from([2 + (point[64]! & 1)]), point.subarray(1, 33)])
  return seq(spki.subarray(2, 2 + 2 + spki[3]!), tlv(0x03, Buffer.concat([Buffer.from([0]), compressed])))
}

/** A certificate with one byte changed, some bytes cut off the end, or one byte dropped. */
function mutate(der: Buffer, random: () => number): Buffer {
  const at = Math.floor(random() * der.length)
  const kind = random()
  if (kind < 0.7) {
    const copy = Buffer.from(der)
    copy[at] = random() < 0.5 ? copy[at]! ^ (1 << Math.floor(random() * 8)) : Math.floor(random() * 256)
    return copy
  }
  if (kind < 0.85) return der.subarray(0, at)
  return Buffer.concat([der.subarray(0, at), der.subarray(at + 1)])
}

/** A small seeded generator (mulberry32), so a failure repeats. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('public keys read without node:crypto', () => {
  it('reads every fixture certificate as OpenSSL does', async () => {
    const certificates = await fixtureCertificates()
    expect(certificates.length).toBeGreaterThanOrEqual(10)
    for (const der of certificates) {
      const ours = wellFormedPublicKey(der)
      // Every certificate real signing tools made is read here, and exactly as OpenSSL reads it.
      expect({ subject: new X509Certificate(der).subject, key: ours }).toEqual({
        subject: new X509Certificate(der).subject,
        key: openssl(der),
      })
    }
  })

  it.each(GENERATED)('reads a %s certificate as OpenSSL does', (_name, der) => {
    expect(wellFormedPublicKey(der)).toEqual(openssl(der))
  })

  it.each(LEFT_TO_OPENSSL)('leaves a %s certificate to OpenSSL', (_name, der) => {
    expect(() => new X509Certificate(der)).not.toThrow()
    expect(wellFormedPublicKey(der)).toBeUndefined()
  })

  it('never vouches for a mutated certificate OpenSSL refuses or reads differently', async () => {
    const originals = [...(await fixtureCertificates()), ...GENERATED.map(([, der]) => der)]
    const random = seeded(20261201)
    let vouched = 0
    for (const original of originals) {
      for (let i = 0; i < 400; i++) {
        const mutated = mutate(original, random)
        const ours = wellFormedPublicKey(mutated)
        if (ours === undefined) continue
        vouched++
        expect({ certificate: mutated.toString('base64'), key: openssl(mutated) }).toEqual({
          certificate: mutated.toString('base64'),
          key: ours,
        })
      }
    }
    // Most single-byte changes land in names, times, serials and signatures, which OpenSSL still reads.
    expect(vouched).toBeGreaterThan(1000)
  })
})

describe('fingerprints computed without node:crypto', () => {
  it.each([
    ['md5', md5InJavaScript],
    ['sha1', sha1InJavaScript],
    ['sha256', sha256InJavaScript],
  ] as const)('%s matches node:crypto on every length to 300 bytes and on random inputs', (name, digest) => {
    const random = seeded(7)
    const inputs = [
      ...Array.from({ length: 301 }, (_, n) =>
        Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256))),
      ),
      ...Array.from({ length: 50 }, () => randomBytes(Math.floor(random() * 5000))),
    ]
    for (const input of inputs)
      expect(digest(input)).toBe(createHash(name).update(input).digest('hex').toUpperCase())
  })

  // Beyond the first certificates, and for any large input (a signing block may hold 64 MiB), the
  // fingerprints come from node:crypto: the same values.
  it('fingerprints of a large input are the values node:crypto gives, and node:crypto computes them', () => {
    const large = randomBytes(16 * 1024 * 1024)
    const before = bytesHashedInJavaScript()
    const fingerprints = fingerprintsOf(large, false)
    expect(sha256(large)).toBe(fingerprints.sha256)
    for (const name of ['md5', 'sha1', 'sha256'] as const)
      expect(fingerprints[name]).toBe(createHash(name).update(large).digest('hex').toUpperCase())
    expect(bytesHashedInJavaScript()).toBe(before)
  })
})

describe('certificates OpenSSL alone decides', () => {
  // OpenSSL refuses a Name over 1 MiB (X509_NAME_MAX); public-key.ts leaves any large certificate to it.
  it('refuses, as before, a certificate whose subject is over 1 MiB', () => {
    const huge = seq(set(seq(oid('550403'), tlv(0x13, Buffer.alloc(1_048_552, 'A')))))
    const der = certificateWith({ subject: huge })
    expect(wellFormedPublicKey(der)).toBeUndefined()
    expect(() => describeCertificate(der, ['profile'], 'app.ipa')).toThrow(
      /^a signing certificate cannot be parsed \(.*\): the signature is corrupt$/,
    )
  })

  // X509Certificate reads PEM text before DER: a name holding a PEM certificate must not lend its key.
  it.each([
    ['read here (RSA)', spki(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey), 'RSA'],
    [
      'left to OpenSSL (compressed EC point)',
      compressedPoint(spki(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey)),
      undefined,
    ],
  ])('never takes the key of a PEM certificate hidden in the subject (%s)', (_name, outerKey, algorithm) => {
    const hidden = new X509Certificate(
      certificateFor(spki(generateKeyPairSync('ed25519').publicKey)),
    ).toString()
    const subject = seq(set(seq(oid('550403'), tlv(0x16, Buffer.from(`\n${hidden}`)))))
    const der = certificateWith({ subject, spki: outerKey })
    if (algorithm) expect(describeCertificate(der, ['v2']).publicKey.algorithm).toBe(algorithm)
    else
      expect(() => describeCertificate(der, ['v2'], 'app.apk')).toThrow(
        'a signing certificate cannot be parsed (it holds another certificate as PEM text, which OpenSSL reads instead): the signature is corrupt',
      )
  })

  it('reads a BER certificate (a long-form outer length) with OpenSSL, as the DER one is read', () => {
    const der = certificateFor(spki(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey))
    // 30 82 LL LL → 30 83 00 LL LL: the same length in one byte more than DER allows.
    const ber = Buffer.concat([Buffer.from([0x30, 0x83, 0x00]), der.subarray(2)])
    expect(wellFormedPublicKey(ber)).toBeUndefined()
    expect(describeCertificate(ber, ['v1']).publicKey).toEqual(describeCertificate(der, ['v1']).publicKey)
  })
})
