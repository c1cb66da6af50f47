/**
 * Just enough DER (X.690) to write certificates with hostile names and the CMS SignedData shell
 * an iOS provisioning profile is (RFC 5652 §5.1): the readers only unwrap it, so no signature
 * over the content is needed. Certificates are signed with a fresh key so OpenSSL parses them.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'

export function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length
  const length =
    n < 0x80
      ? Buffer.from([n])
      : (() => {
          const bytes: number[] = []
          for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256)
          return Buffer.from([0x80 | bytes.length, ...bytes])
        })()
  return Buffer.concat([Buffer.from([tag]), length, content])
}

export const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items))
export const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items))
export const oid = (hex: string) => tlv(0x06, Buffer.from(hex, 'hex'))
const utf8 = (text: string) => tlv(0x0c, Buffer.from(text, 'utf8'))

const CN = '550403'
const SIGNED_DATA = '2a864886f70d010702'
const DATA = '2a864886f70d010701'
const SHA256 = '608648016503040201'

/** AlgorithmIdentifier sha256WithRSAEncryption, NULL parameters. */
export const SHA256_WITH_RSA = seq(oid('2a864886f70d01010b'), Buffer.from([0x05, 0x00]))

const utcTime = (t: string) => tlv(0x17, Buffer.from(t))

/**
 * A v3 TBSCertificate (RFC 5280 §4.1) signed with sha256WithRSAEncryption: the parts the readers and
 * OpenSSL look at, each given as DER. `serial` is the INTEGER's content bytes; `extensions` is the
 * [3] field, left out when not given.
 */
export function tbsCertificate(parts: {
  serial: Buffer
  issuer: Buffer
  subject: Buffer
  validity: [Buffer, Buffer]
  spki: Buffer
  extensions?: Buffer
}): Buffer {
  return seq(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    tlv(0x02, parts.serial),
    SHA256_WITH_RSA,
    parts.issuer,
    seq(...parts.validity),
    parts.subject,
    parts.spki,
    ...(parts.extensions ? [tlv(0xa3, parts.extensions)] : []),
  )
}

/**
 * A self-signed RSA certificate whose subject CN is `subjectValue` (a full DER string value), valid
 * over `validity` (two DER Time values).
 */
export function certificate(
  subjectValue: Buffer,
  validity: [Buffer, Buffer] = [utcTime('250101000000Z'), utcTime('350101000000Z')],
): Buffer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
  return certificateAround(publicKey.export({ type: 'spki', format: 'der' }), privateKey, {
    issuer: seq(set(seq(oid(CN), utf8('Hostile Test CA')))),
    subject: seq(set(seq(oid(CN), subjectValue))),
    validity,
  })
}

/**
 * A certificate around a given SubjectPublicKeyInfo, signed with sha256WithRSAEncryption by an RSA
 * `signingKey` (the readers do not check the signature; OpenSSL parses it). Self-issued, CN `Test`,
 * by default.
 */
export function certificateAround(
  spki: Buffer,
  signingKey: KeyObject,
  names: { issuer?: Buffer; subject?: Buffer; validity?: [Buffer, Buffer] } = {},
): Buffer {
  const name = seq(set(seq(oid(CN), utf8('Test'))))
  const tbs = tbsCertificate({
    serial: Buffer.from([1]),
    issuer: names.issuer ?? name,
    subject: names.subject ?? name,
    validity: names.validity ?? [utcTime('250101000000Z'), utcTime('350101000000Z')],
    spki,
  })
  const signature = sign('sha256', tbs, signingKey)
  return seq(tbs, SHA256_WITH_RSA, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])))
}

/** A UniversalString (UCS-4BE) of `count` code points, each `codePoint`. */
export function universalString(count: number, codePoint = 0x41): Buffer {
  const bytes = Buffer.alloc(count * 4)
  for (let i = 0; i < count; i++) bytes.writeUInt32BE(codePoint, i * 4)
  return tlv(0x1c, bytes)
}

/** ContentInfo { signedData, [0] SignedData { version, digests, encap { data, [0] content } } }. */
export function signedDataAround(content: Buffer, certificates: Buffer[] = []): Buffer {
  const signedData = seq(
    tlv(0x02, Buffer.from([1])),
    set(seq(oid(SHA256))),
    seq(oid(DATA), tlv(0xa0, tlv(0x04, content))),
    ...(certificates.length ? [tlv(0xa0, Buffer.concat(certificates))] : []),
    set(),
  )
  return seq(oid(SIGNED_DATA), tlv(0xa0, signedData))
}
