/**
 * A signing certificate's public key read from its DER, for the certificates real signing tools make:
 * strict DER throughout, and an RSA key, an EC key on a NIST curve, a DSA key with its parameters, or
 * an Ed25519 / Ed448 key. Such a certificate needs no `node:crypto`, which with the stream layer it
 * brings was about half of what `inspect` added to bare Node's start-up (issue 10).
 *
 * It vouches only for what OpenSSL would accept and describe the same way: anything else (BER, a
 * field out of place, another key type, RSA parameters written other than as NULL, a compressed or
 * off-curve EC point) answers undefined, and certificate.ts then asks node:crypto's X509Certificate,
 * which reports the errors it always reported. A differential test holds the two together on every
 * certificate in the fixtures and on thousands of mutations of them.
 *
 * X.509 (RFC 5280 §4.1): Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue
 * BIT STRING }; TBSCertificate ::= SEQUENCE { [0] EXPLICIT version OPTIONAL, serialNumber INTEGER,
 * signature AlgorithmIdentifier, issuer Name, validity SEQUENCE { Time, Time }, subject Name,
 * subjectPublicKeyInfo SEQUENCE { AlgorithmIdentifier, BIT STRING }, [1] issuerUniqueID OPTIONAL,
 * [2] subjectUniqueID OPTIONAL, [3] EXPLICIT extensions OPTIONAL }.
 */
import { isUtf8 } from 'node:buffer'
import { Asn1Error, parseDer, readTime, type Asn1Node as Element } from './asn1.js'
import type { PublicKeyInfo } from './types.js'

/** A DER element and its children (asn1.ts parseDer), or undefined for anything that is not strict DER. */
function strictDer(der: Buffer): Element | undefined {
  try {
    return parseDer(der)
  } catch (error) {
    if (error instanceof Asn1Error) return undefined
    throw error
  }
}

const content = (der: Buffer, e: Element): Buffer => der.subarray(e.contentStart, e.contentEnd)

/** A primitive element with the tag: INTEGER, OID and BIT STRING contents are checked as OpenSSL does. */
function primitive(der: Buffer, e: Element | undefined, tag: number): e is Element {
  if (e?.tag !== tag) return false
  const bytes = content(der, e)
  if (tag === INTEGER) return integerIsDer(bytes)
  if (tag === OID) return oidIsDer(bytes)
  if (tag === BIT_STRING) return bytes.length > 0 && bytes[0]! <= 7 && (bytes.length > 1 || bytes[0] === 0)
  if (tag === BOOLEAN) return bytes.length === 1
  if (tag === NULL) return bytes.length === 0
  return true
}

const BOOLEAN = 0x01
const INTEGER = 0x02
const BIT_STRING = 0x03
const OCTET_STRING = 0x04
const NULL = 0x05
const OID = 0x06
const SEQUENCE = 0x30
const SET = 0x31
const UTC_TIME = 0x17
const GENERALIZED_TIME = 0x18

function integerIsDer(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false
  // Minimal: no 00 before a byte under 0x80, no FF before a byte of 0x80 or more.
  if (bytes.length > 1 && bytes[0] === 0x00 && bytes[1]! < 0x80) return false
  if (bytes.length > 1 && bytes[0] === 0xff && bytes[1]! >= 0x80) return false
  return true
}

function oidIsDer(bytes: Uint8Array): boolean {
  if (bytes.length === 0 || bytes[bytes.length - 1]! & 0x80) return false
  // Each arc in its shortest form: no arc starts with 0x80.
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] === 0x80 && (i === 0 || !(bytes[i - 1]! & 0x80))) return false
  return true
}

/**
 * An algorithm's parameters (ANY) as OpenSSL decodes them. Real ones are NULL (RSA), an OID (the EC
 * curve) or a SEQUENCE (DSA, RSA-PSS); OpenSSL checks a universal type's content (a BOOLEAN of one
 * byte, an empty NULL, a minimal INTEGER, a time it can read...), so only the types checked here are
 * vouched for.
 */
function isParameters(der: Buffer, e: Element): boolean {
  // DER writes every universal type primitive but SEQUENCE and SET.
  if (e.tag & 0x20) return e.tag === SEQUENCE || e.tag === SET
  return [BOOLEAN, INTEGER, BIT_STRING, OCTET_STRING, NULL, OID].includes(e.tag) && primitive(der, e, e.tag)
}

/** AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL }. */
function isAlgorithmIdentifier(der: Buffer, e: Element | undefined): e is Element {
  return (
    e?.tag === SEQUENCE &&
    e.children.length >= 1 &&
    e.children.length <= 2 &&
    primitive(der, e.children[0], OID) &&
    (e.children[1] === undefined || isParameters(der, e.children[1]))
  )
}

/**
 * A name's value as OpenSSL reads it without complaint. OpenSSL converts each string value to UTF-8 to
 * compare names, and a certificate whose value does not convert is refused: only the string types
 * real certificates use are vouched for, and only with content that converts (Latin-1 types always
 * do; UTF8String must be valid UTF-8; BMPString whole UTF-16 units outside the surrogates).
 */
function isNameValue(der: Buffer, value: Element): boolean {
  const bytes = content(der, value)
  switch (value.tag) {
    case 0x13: // PrintableString
    case 0x14: // T61String
    case 0x16: // IA5String
      return true
    case 0x0c: // UTF8String
      return isUtf8(bytes)
    case 0x1e: // BMPString
      if (bytes.length % 2 !== 0) return false
      for (let i = 0; i < bytes.length; i += 2) if (bytes[i]! >= 0xd8 && bytes[i]! <= 0xdf) return false
      return true
    default:
      return false
  }
}

/** Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value }. */
function isName(der: Buffer, e: Element | undefined): e is Element {
  return (
    e?.tag === SEQUENCE &&
    e.children.every(
      (rdn) =>
        rdn.tag === SET &&
        rdn.children.length > 0 &&
        rdn.children.every(
          (ava) =>
            ava.tag === SEQUENCE &&
            ava.children.length === 2 &&
            primitive(der, ava.children[0], OID) &&
            isNameValue(der, ava.children[1]!),
        ),
    )
  )
}

/** RFC 5280 §4.1.2.5's forms: UTCTime YYMMDDHHMMSSZ, GeneralizedTime YYYYMMDDHHMMSSZ. */
const RFC_5280_TIME: Record<number, RegExp> = { [UTC_TIME]: /^\d{12}Z$/, [GENERALIZED_TIME]: /^\d{14}Z$/ }

/**
 * A validity time as RFC 5280 writes it, each field in range (asn1.ts readTime). OpenSSL refuses a
 * certificate with a time it cannot read; the older forms it also reads (no seconds, an offset, a
 * fraction) are left to it.
 */
function isTime(der: Buffer, e: Element | undefined): boolean {
  const form = e && RFC_5280_TIME[e.tag]
  return (
    !!form &&
    form.test(der.toString('latin1', e.contentStart, e.contentEnd)) &&
    readTime(der, e) !== undefined
  )
}

/** Extensions ::= SEQUENCE SIZE (1..MAX) OF SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }. */
function isExtensions(der: Buffer, e: Element): boolean {
  const list = e.children[0]
  return (
    e.children.length === 1 &&
    list?.tag === SEQUENCE &&
    list.children.length > 0 &&
    list.children.every((extension) => {
      const [id, second, third] = extension.children
      if (extension.tag !== SEQUENCE || !primitive(der, id, OID)) return false
      if (extension.children.length === 2) return primitive(der, second, OCTET_STRING)
      return (
        extension.children.length === 3 &&
        primitive(der, second, BOOLEAN) &&
        primitive(der, third, OCTET_STRING)
      )
    })
  )
}

/**
 * Certificates signing tools make are a few kilobytes. OpenSSL has size limits of its own (a Name of
 * more than 1 MiB is refused, for one), so anything larger is left to it.
 */
const MAX_VOUCHED_CERTIFICATE = 64 * 1024

/** The subjectPublicKeyInfo element of a certificate laid out as X.509 says, in strict DER. */
function subjectPublicKeyInfo(der: Buffer): Element | undefined {
  if (der.length > MAX_VOUCHED_CERTIFICATE) return undefined
  const certificate = strictDer(der)
  if (certificate?.tag !== SEQUENCE || certificate.end !== der.length || certificate.children.length !== 3)
    return undefined
  const [tbs, signatureAlgorithm, signature] = certificate.children as [Element, Element, Element]
  if (
    tbs.tag !== SEQUENCE ||
    !isAlgorithmIdentifier(der, signatureAlgorithm) ||
    !primitive(der, signature, BIT_STRING)
  )
    return undefined
  let fields = tbs.children
  if (fields[0]?.tag === 0xa0) {
    const [version] = fields[0].children
    if (fields[0].children.length !== 1 || !primitive(der, version, INTEGER)) return undefined
    fields = fields.slice(1)
  }
  const [serial, algorithm, issuer, validity, subject, spki, ...optional] = fields
  if (
    !primitive(der, serial, INTEGER) ||
    !isAlgorithmIdentifier(der, algorithm) ||
    !isName(der, issuer) ||
    validity?.tag !== SEQUENCE ||
    validity.children.length !== 2 ||
    !validity.children.every((time) => isTime(der, time)) ||
    !isName(der, subject) ||
    spki?.tag !== SEQUENCE
  )
    return undefined
  // [1] and [2] (unique IDs, implicit BIT STRINGs) then [3] (extensions), each at most once, in order.
  let last = 0
  for (const field of optional) {
    const number = field.tag === 0x81 ? 1 : field.tag === 0x82 ? 2 : field.tag === 0xa3 ? 3 : 0
    if (number <= last) return undefined
    if (number === 3 ? !isExtensions(der, field) : !primitive(der, { ...field, tag: BIT_STRING }, BIT_STRING))
      return undefined
    last = number
  }
  return spki
}

// OIDs, as DER content bytes.
const oid = (hex: string): Buffer => Buffer.from(hex, 'hex')
const RSA_ENCRYPTION = oid('2a864886f70d010101') // 1.2.840.113549.1.1.1
const EC_PUBLIC_KEY = oid('2a8648ce3d0201') // 1.2.840.10045.2.1
const ED25519 = oid('2b6570') // 1.3.101.112
const ED448 = oid('2b6571') // 1.3.101.113
const DSA = oid('2a8648ce380401') // 1.2.840.10040.4.1

/**
 * The NIST prime curves (FIPS 186-4 appendix D.1.2; SEC 2 §2.4): y² = x³ − 3x + b over GF(p). OpenSSL
 * refuses a point that is not on its curve, so a point is checked before it is vouched for.
 */
const CURVES: { oid: Buffer; bytes: number; p: bigint; b: bigint }[] = [
  {
    oid: oid('2a8648ce3d030107'), // prime256v1 (P-256), 1.2.840.10045.3.1.7
    bytes: 32,
    p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  },
  {
    oid: oid('2b81040022'), // secp384r1 (P-384), 1.3.132.0.34
    bytes: 48,
    p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
  },
  {
    oid: oid('2b81040023'), // secp521r1 (P-521), 1.3.132.0.35
    bytes: 66,
    p: 2n ** 521n - 1n,
    b: 0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n,
  },
]

const toBigInt = (bytes: Buffer): bigint => (bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`))

/** An uncompressed point (04 ‖ x ‖ y) on the curve, with both coordinates below p. */
function isPointOnCurve(point: Buffer, curve: (typeof CURVES)[number]): boolean {
  if (point.length !== 1 + 2 * curve.bytes || point[0] !== 0x04) return false
  const x = toBigInt(point.subarray(1, 1 + curve.bytes))
  const y = toBigInt(point.subarray(1 + curve.bytes))
  const { p, b } = curve
  if (x >= p || y >= p) return false
  const mod = (n: bigint): bigint => ((n % p) + p) % p
  return mod(y * y) === mod(x * x * x - 3n * x + b)
}

/**
 * A strict-DER INTEGER's value when it is positive and not zero (a key OpenSSL cannot use is left to
 * it), as uppercase hex without leading zeros: how `openssl x509 -modulus` prints it, and the JWK
 * export's bytes.
 */
function positiveHex(der: Buffer, e: Element | undefined): string | undefined {
  if (!primitive(der, e, INTEGER)) return undefined
  const bytes = content(der, e)
  if (bytes[0]! >= 0x80 || toBigInt(bytes) === 0n) return undefined
  // Leading zero digits dropped, as `openssl x509 -modulus` (BN_print) prints them, even to an odd count.
  return bytes.toString('hex').toUpperCase().replace(/^0+/, '')
}

/** A key that is one DER element filling the BIT STRING's bytes, or undefined. */
function wholeElement(key: Buffer): Element | undefined {
  const element = strictDer(key)
  return element?.end === key.length ? element : undefined
}

/** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }, both positive: the modulus. */
function rsaModulus(key: Buffer): string | undefined {
  const sequence = wholeElement(key)
  if (sequence?.tag !== SEQUENCE || sequence.children.length !== 2) return undefined
  const [modulus, exponent] = sequence.children as [Element, Element]
  return positiveHex(key, exponent) && positiveHex(key, modulus)
}

/**
 * DSA (RFC 3279 §2.3.2): parameters Dss-Parms ::= SEQUENCE { p, q, g INTEGER }, the key DSAPublicKey
 * ::= INTEGER, all positive: the public value y. Parameters left out (inherited from the issuer, which
 * signing tools never do) are left to OpenSSL.
 */
function dsaPublicValue(der: Buffer, parameters: Element | undefined, key: Buffer): string | undefined {
  if (parameters?.tag !== SEQUENCE || parameters.children.length !== 3) return undefined
  if (!parameters.children.every((n) => positiveHex(der, n))) return undefined
  return positiveHex(key, wholeElement(key))
}

/**
 * The certificate's public key as describeCertificate reports it, or undefined when this reader does
 * not vouch for the certificate (node:crypto then decides).
 */
export function wellFormedPublicKey(der: Buffer): PublicKeyInfo | undefined {
  const spki = subjectPublicKeyInfo(der)
  if (!spki || spki.children.length !== 2) return undefined
  const [algorithm, bits] = spki.children as [Element, Element]
  if (!isAlgorithmIdentifier(der, algorithm) || !primitive(der, bits, BIT_STRING)) return undefined
  const bitString = content(der, bits)
  if (bitString[0] !== 0) return undefined
  const key = bitString.subarray(1)
  const id = content(der, algorithm.children[0]!)
  const parameters = algorithm.children[1]
  const info = (name: string, modulus: string | null = null): PublicKeyInfo => ({
    algorithm: name,
    modulus,
    spki: der.toString('base64', spki.start, spki.end),
  })
  if (id.equals(RSA_ENCRYPTION)) {
    // RFC 3279 §2.3.1: the parameters are NULL (OpenSSL writes them so when it re-encodes the key).
    if (!parameters || !primitive(der, parameters, NULL)) return undefined
    const modulus = rsaModulus(key)
    return modulus ? info('RSA', modulus) : undefined
  }
  if (id.equals(DSA)) {
    // OpenSSL's `x509 -modulus` prints y as a DSA key's "Modulus", and the filing guides' tools show it.
    const y = dsaPublicValue(der, parameters, key)
    return y ? info('DSA', y) : undefined
  }
  if (id.equals(EC_PUBLIC_KEY)) {
    if (!parameters || !primitive(der, parameters, OID)) return undefined
    const curve = CURVES.find((c) => c.oid.equals(content(der, parameters)))
    return curve && isPointOnCurve(key, curve) ? info('EC') : undefined
  }
  if (id.equals(ED25519) || id.equals(ED448)) {
    // RFC 8410 §3: no parameters; the key is the 32 or 57 bytes of the encoded point.
    const ed25519 = id.equals(ED25519)
    if (parameters || key.length !== (ed25519 ? 32 : 57)) return undefined
    return info(ed25519 ? 'Ed25519' : 'Ed448')
  }
  return undefined
}
