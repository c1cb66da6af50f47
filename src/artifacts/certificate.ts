/**
 * A signing certificate as the filing form wants it (HW-KB doc_0121): MD5, SHA-1 and SHA-256 over the
 * certificate's DER bytes (what keytool, apksigner and `openssl x509 -fingerprint` compute), uppercase
 * hex without colons; the key algorithm; the RSA modulus in hex (what Alibaba's and UCloud's guides
 * call 公钥; for a DSA key its public value y, which OpenSSL prints in the modulus's place); and the
 * SubjectPublicKeyInfo in base64.
 */
import type { X509Certificate } from 'node:crypto'
import { loadBuiltin } from '../builtins.js'
import { Asn1Error, parseAsn1, readTime, type Asn1Node } from './asn1.js'
import { fingerprintsOf } from './digests.js'
import { wellFormedPublicKey } from './public-key.js'
import { ArtifactError, type PublicKeyInfo, type SignerInfo } from './types.js'

const ALGORITHMS: Record<string, string> = {
  rsa: 'RSA',
  'rsa-pss': 'RSA',
  ec: 'EC',
  dsa: 'DSA',
  ed25519: 'Ed25519',
  ed448: 'Ed448',
}

/**
 * The subject as apksigner and keytool print it (`Signer #1 certificate DN: CN=Demo RSA, O=Example,
 * C=CN`), which is what developers paste into filing forms: Java's X500Name.toString(). RDNs most
 * specific first (the reverse of their encoding), `, ` between them and ` + ` inside a multi-valued
 * one; Java's keywords (ST, EMAILADDRESS, UID, DNQ, OID.x.y.z for the rest); a value with one of
 * `,+=<>#;\"`, a newline, a leading or trailing space or two spaces in a row is put in quotes, with
 * `"` and `\` escaped (sun.security.x509.AVA.toKeywordValueString). Node's own `subject` escapes
 * instead (`O=Example\, Inc.`, `emailAddress=`), which reads differently from apksigner's output.
 */
export function formatDistinguishedName(der: Buffer, name: Asn1Node): string {
  return name.children
    .map((rdn) => rdn.children.map((ava) => formatAttribute(der, ava)).join(' + '))
    .reverse()
    .join(', ')
}

/** sun.security.x509.AVAKeyword: the keyword X500Name.toString() prints for each attribute type. */
const JAVA_KEYWORDS: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '1.3.6.1.4.1.42.2.11.2.1': 'IP',
  '2.5.4.9': 'STREET',
  '0.9.2342.19200300.100.1.25': 'DC',
  '2.5.4.46': 'DNQ',
  '2.5.4.4': 'SURNAME',
  '2.5.4.42': 'GIVENNAME',
  '2.5.4.43': 'INITIALS',
  '2.5.4.44': 'GENERATION',
  '1.2.840.113549.1.9.1': 'EMAILADDRESS',
  '0.9.2342.19200300.100.1.1': 'UID',
  '2.5.4.5': 'SERIALNUMBER',
}

/** ASN.1 string types and how Java's DerValue.getAsString decodes them. */
const STRING_DECODERS: Record<number, (bytes: Buffer) => string> = {
  0x0c: (b) => b.toString('utf8'), // UTF8String
  0x13: (b) => b.toString('latin1'), // PrintableString
  0x14: (b) => b.toString('latin1'), // T61String
  0x16: (b) => b.toString('latin1'), // IA5String
  0x1b: (b) => b.toString('latin1'), // GeneralString
  0x1e: (b) => Buffer.from(b).swap16().toString('utf16le'), // BMPString (UTF-16BE)
  0x1c: universalString, // UniversalString (UCS-4BE)
}

/**
 * UCS-4 code units one at a time (spreading 200k of them into fromCodePoint overflows the call
 * stack), with a value no Unicode character has (past U+10FFFF, or a surrogate) shown as U+FFFD.
 */
function universalString(bytes: Buffer): string {
  const parts: string[] = []
  for (let i = 0; i + 4 <= bytes.length && i < MAX_SUBJECT * 4; i += 4) {
    const code = bytes.readUInt32BE(i)
    parts.push(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code))
  }
  return parts.join('')
}

/** Characters of a subject shown; real ones are under 200, a hostile one can be megabytes. */
const MAX_SUBJECT = 1024

/** A subject short enough for a message, with control characters shown as \xNN so none reaches a terminal or log. */
function printableSubject(subject: string): string {
  const short =
    subject.length > MAX_SUBJECT
      ? `${subject.slice(0, MAX_SUBJECT)}… (${subject.length - MAX_SUBJECT} more characters)`
      : subject
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return short.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

function formatAttribute(der: Buffer, ava: Asn1Node): string {
  const [type, value] = ava.children
  if (ava.tag !== 0x30 || type?.tag !== 0x06 || !value) {
    throw new Asn1Error(`malformed attribute in a distinguished name at offset ${ava.start}`)
  }
  const oid = decodeOid(der.subarray(type.contentStart, type.contentEnd))
  const keyword = JAVA_KEYWORDS[oid] ?? `OID.${oid}`
  const decode = STRING_DECODERS[value.tag]
  if (!decode || (value.tag === 0x1e && (value.contentEnd - value.contentStart) % 2 !== 0)) {
    // Not a string: RFC 1779's #hex of the whole DER value, as Java prints it.
    return `${keyword}=#${der.subarray(value.start, value.end).toString('hex').toUpperCase()}`
  }
  return `${keyword}=${javaQuoted(decode(der.subarray(value.contentStart, value.contentEnd)))}`
}

const ESCAPEES = ',+=\n<>#;\\"'
/** DerValue.isPrintableStringChar: the PrintableString alphabet. */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]$/

function javaQuoted(value: string): string {
  const alreadyQuoted = value.length > 1 && value.startsWith('"') && value.endsWith('"')
  let quote = false
  let previousWhite = false
  let out = ''
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!
    if (alreadyQuoted && (i === 0 || i === value.length - 1)) {
      out += c
      continue
    }
    if (PRINTABLE.test(c) || ESCAPEES.includes(c)) {
      const white = c === ' ' || c === '\n'
      if ((i === 0 && white) || ESCAPEES.includes(c)) quote = true
      if (white) {
        if (previousWhite) quote = true
        previousWhite = true
      } else {
        if (c === '"' || c === '\\') out += '\\'
        previousWhite = false
      }
    } else previousWhite = false
    out += c
  }
  if (out.endsWith(' ') || out.endsWith('\n')) quote = true
  return quote && !alreadyQuoted ? `"${out}"` : out
}

function decodeOid(bytes: Buffer): string {
  const arcs: number[] = []
  let value = 0
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f)
    if ((byte & 0x80) === 0) {
      if (arcs.length === 0)
        arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80)
      else arcs.push(value)
      value = 0
    }
  }
  return arcs.join('.')
}

/** Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serialNumber, signature, issuer, validity, subject, … } } */
function tbsFields(der: Buffer): Asn1Node[] {
  const tbs = parseAsn1(der).children[0]
  return tbs?.children[0]?.tag === 0xa0 ? tbs.children.slice(1) : (tbs?.children ?? [])
}

function subjectOf(der: Buffer, fields: Asn1Node[]): string {
  const subject = fields[4]
  if (subject?.tag !== 0x30) throw new Asn1Error('the certificate has no subject name')
  return printableSubject(formatDistinguishedName(der, subject))
}

/**
 * Validity ::= SEQUENCE { notBefore Time, notAfter Time }, Time ::= UTCTime | GeneralizedTime, as ISO
 * 8601 UTC timestamps. Read from the DER rather than Node's `validFrom` text, whose format is
 * OpenSSL's and whose Date parsing is engine-specific. Undefined when a time cannot be read: the
 * validity only serves certificate-expiry, and OpenSSL accepted the certificate, so an odd time is
 * no reason to call the signature corrupt.
 */
export function validityOf(
  der: Buffer,
  fields: Asn1Node[] = tbsFields(der),
): { notBefore: string; notAfter: string } | undefined {
  const validity = fields[3]
  const [from, to] = validity?.children ?? []
  if (validity?.tag !== 0x30 || !from || !to) return undefined
  const notBefore = readTime(der, from)
  const notAfter = readTime(der, to)
  return notBefore && notAfter ? { notBefore, notAfter } : undefined
}

/** The public key as OpenSSL reads it: the reference public-key.ts is held to. */
export function publicKeyOf(certificate: X509Certificate): PublicKeyInfo {
  const key = certificate.publicKey
  const type = key.asymmetricKeyType ?? 'unknown'
  const spki = key.export({ type: 'spki', format: 'der' })
  let modulus: string | null = null
  // Both read from the SubjectPublicKeyInfo: Node 20 has no JWK form of an RSA-PSS key to take n from.
  if (type === 'rsa' || type === 'rsa-pss') modulus = firstIntegerOfKey(spki, true)
  else if (type === 'dsa') modulus = firstIntegerOfKey(spki, false)
  return { algorithm: ALGORITHMS[type] ?? type.toUpperCase(), modulus, spki: spki.toString('base64') }
}

/**
 * An unsigned integer's bytes as uppercase hex without leading zero digits, as `openssl x509 -modulus`
 * prints it (BN_print drops a leading zero nibble too: a 1025-bit modulus starts "1…", not "01…").
 */
function uppercaseHex(bytes: Buffer): string {
  return bytes.toString('hex').toUpperCase().replace(/^0+/, '')
}

/**
 * What `openssl x509 -modulus` prints as the "Modulus", from the SubjectPublicKeyInfo OpenSSL
 * exported, SEQUENCE { algorithm, BIT STRING { 00, key } }: an RSA key's n, the first INTEGER of its
 * SEQUENCE { n, e } (`inSequence`), or a DSA key's public value y, the INTEGER that is the key. Null if
 * OpenSSL's encoding is not that (it always is).
 */
function firstIntegerOfKey(spki: Buffer, inSequence: boolean): string | null {
  try {
    const bits = parseAsn1(spki).children[1]
    if (bits?.tag !== 0x03 || spki[bits.contentStart] !== 0) return null
    const key = spki.subarray(bits.contentStart + 1, bits.contentEnd)
    const outer = parseAsn1(key)
    const integer = inSequence ? (outer.tag === 0x30 ? outer.children[0] : undefined) : outer
    return integer?.tag === 0x02 ? uppercaseHex(key.subarray(integer.contentStart, integer.contentEnd)) : null
  } catch (error) {
    if (error instanceof Asn1Error) return null
    throw error
  }
}

export function describeCertificate(der: Buffer, schemes: string[], file = 'the artifact'): SignerInfo {
  // A certificate as signing tools make it is read here; any other goes to OpenSSL, which says what is wrong.
  const wellFormedKey = wellFormedPublicKey(der)
  let certificate: X509Certificate | undefined
  if (!wellFormedKey) {
    try {
      // node:crypto loads only here (src/builtins.ts).
      certificate = new (loadBuiltin('node:crypto').X509Certificate)(der)
    } catch (error) {
      throw new ArtifactError(
        file,
        `a signing certificate cannot be parsed (${(error as Error).message}): the signature is corrupt`,
      )
    }
    // X509Certificate looks for PEM text first, anywhere in the bytes: a certificate whose name holds a
    // PEM certificate would be described by the key of the one it holds. Read as DER, the certificate
    // is the start of the bytes (OpenSSL ignores bytes after it); a BER one it re-encodes, so the bytes
    // are compared only when they hold PEM's marker.
    if (der.includes('-----BEGIN') && !der.subarray(0, certificate.raw.length).equals(certificate.raw))
      throw new ArtifactError(
        file,
        'a signing certificate cannot be parsed (it holds another certificate as PEM text, which OpenSSL reads instead): the signature is corrupt',
      )
  }
  let subject: string
  let validity: { notBefore: string; notAfter: string } | undefined
  try {
    const fields = tbsFields(der)
    subject = subjectOf(der, fields)
    validity = validityOf(der, fields)
  } catch (error) {
    if (!(error instanceof Asn1Error)) throw error
    throw new ArtifactError(
      file,
      `a signing certificate's subject or validity cannot be read (${error.message}): the signature is corrupt`,
    )
  }
  let publicKey: PublicKeyInfo
  try {
    // X509Certificate decodes the key lazily: a damaged key surfaces only here, as an OpenSSL error.
    publicKey = wellFormedKey ?? publicKeyOf(certificate!)
  } catch (error) {
    throw new ArtifactError(
      file,
      `the public key of the signing certificate ${subject} cannot be read (${(error as Error).message}): the signature is corrupt`,
    )
  }
  return {
    subject,
    ...fingerprintsOf(der, certificate !== undefined),
    publicKey,
    schemes,
    ...(validity ?? {}),
  }
}
