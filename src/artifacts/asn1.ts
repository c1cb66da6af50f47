/**
 * Just enough ASN.1 (X.690 BER/DER) to take certificates and content out of a CMS / PKCS#7 SignedData:
 * the APK v1 signature block (META-INF/*.RSA), the iOS embedded.mobileprovision (DER, or BER with
 * indefinite lengths and a constructed OCTET STRING when signed with `openssl cms -stream`), the
 * HarmonyOS signature block. Certificates themselves are read by public-key.ts and certificate.ts (and,
 * for one signing tools would not make, by node:crypto's X509Certificate).
 *
 * SignedData (RFC 5652 §5.1): ContentInfo ::= SEQUENCE { contentType OID, [0] EXPLICIT SignedData }
 * SignedData ::= SEQUENCE { version, digestAlgorithms SET, encapContentInfo SEQUENCE { eContentType,
 * [0] EXPLICIT OCTET STRING OPTIONAL }, certificates [0] IMPLICIT SET OPTIONAL, crls [1] OPTIONAL, signerInfos SET }
 */

import { daysInMonth, isoTimestamp } from '../china-time.js'

export class Asn1Error extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'Asn1Error'
  }
}

export interface Asn1Node {
  /** The identifier octet (class, constructed bit, tag number < 31). */
  tag: number
  constructed: boolean
  /** Offset of the identifier octet. */
  start: number
  /** Offset of the first content octet. */
  contentStart: number
  /** Offset after the content (excluding an end-of-contents marker). */
  contentEnd: number
  /** Offset after the whole node (including an end-of-contents marker). */
  end: number
  children: Asn1Node[]
}

const MAX_DEPTH = 48

/** BER as signing tools write it (indefinite lengths, long forms); see parseDer for strict DER. */
export function parseAsn1(buffer: Buffer, offset = 0, limit = buffer.length, depth = 0): Asn1Node {
  return parseElement(buffer, offset, limit, depth, false)
}

/**
 * Strict DER (X.690 §10): definite lengths in their shortest form, nothing else. public-key.ts reads
 * certificates this way: OpenSSL reads BER too, but only strict DER is vouched for without it.
 */
export function parseDer(buffer: Buffer, offset = 0, limit = buffer.length): Asn1Node {
  return parseElement(buffer, offset, limit, 0, true)
}

function parseElement(buffer: Buffer, offset: number, limit: number, depth: number, der: boolean): Asn1Node {
  if (depth > MAX_DEPTH) throw new Asn1Error('ASN.1 nesting is too deep')
  if (offset + 2 > limit) throw new Asn1Error(`ASN.1 element truncated at offset ${offset}`)
  const tag = buffer[offset]!
  if ((tag & 0x1f) === 0x1f) throw new Asn1Error(`unsupported multi-byte ASN.1 tag at offset ${offset}`)
  const constructed = (tag & 0x20) !== 0
  let p = offset + 1
  const first = buffer[p++]!
  let length: number | undefined
  if (first < 0x80) length = first
  else if (first === 0x80) {
    if (!constructed)
      throw new Asn1Error(`indefinite length on a primitive ASN.1 element at offset ${offset}`)
    if (der) throw new Asn1Error(`indefinite length at offset ${offset} is not DER`)
  } else {
    const bytes = first & 0x7f
    if (bytes > 6 || p + bytes > limit) throw new Asn1Error(`ASN.1 length at offset ${offset} is invalid`)
    // DER writes a long form only for 128 bytes or more, and with no leading zero byte.
    if (der && buffer[p] === 0) throw new Asn1Error(`ASN.1 length at offset ${offset} is not DER`)
    length = 0
    for (let i = 0; i < bytes; i++) length = length * 256 + buffer[p++]!
    if (der && length < 0x80) throw new Asn1Error(`ASN.1 length at offset ${offset} is not DER`)
  }
  const contentStart = p
  const children: Asn1Node[] = []
  if (length !== undefined) {
    const contentEnd = contentStart + length
    if (contentEnd > limit)
      throw new Asn1Error(
        `ASN.1 element at offset ${offset} runs past its container (${contentEnd} > ${limit})`,
      )
    if (constructed) {
      for (let q = contentStart; q < contentEnd;) {
        const child = parseElement(buffer, q, contentEnd, depth + 1, der)
        children.push(child)
        q = child.end
      }
    }
    return { tag, constructed, start: offset, contentStart, contentEnd, end: contentEnd, children }
  }
  // Indefinite length: children until the end-of-contents octets 00 00.
  for (let q = contentStart; ;) {
    if (q + 2 > limit)
      throw new Asn1Error(`ASN.1 indefinite-length element at offset ${offset} has no end marker`)
    if (buffer[q] === 0 && buffer[q + 1] === 0)
      return { tag, constructed, start: offset, contentStart, contentEnd: q, end: q + 2, children }
    const child = parseElement(buffer, q, limit, depth + 1, der)
    children.push(child)
    q = child.end
  }
}

/**
 * RFC 5280 §4.1.2.5 writes YYMMDDHHMMSSZ (UTCTime; years 50–99 are 19xx) or YYYYMMDDHHMMSSZ
 * (GeneralizedTime), but certificates made by older tools also carry what X.680 allows and OpenSSL
 * reads: no seconds, a +hhmm/-hhmm offset, or (GeneralizedTime) a fraction after the seconds.
 */
const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})$/
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(?:(\d{2})(?:\.\d+)?)?(Z|[+-]\d{4})$/

/** A UTCTime or GeneralizedTime as an ISO 8601 UTC timestamp; undefined when OpenSSL would not read it. */
export function readTime(der: Buffer, node: Asn1Node): string | undefined {
  const text = der.toString('latin1', node.contentStart, node.contentEnd)
  const match =
    node.tag === 0x17 ? UTC_TIME.exec(text) : node.tag === 0x18 ? GENERALIZED_TIME.exec(text) : null
  if (!match) return undefined
  // Both patterns require the minutes and a zone; only the seconds may be missing.
  const [, y, mo, d, h, mi, se = '00'] = match
  const zone = match[7]!
  const year = node.tag === 0x17 ? (Number(y) >= 50 ? 1900 : 2000) + Number(y) : Number(y)
  const [month, day, hour, minute, second] = [mo, d, h, mi, se].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  // OpenSSL's limits (ossl_asn1_time_to_tm): no leap second, offsets up to 12 hours.
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const [zoneHours, zoneMinutes] = zone === 'Z' ? [0, 0] : [Number(zone.slice(1, 3)), Number(zone.slice(3))]
  if (zoneHours > 12 || zoneMinutes > 59) return undefined
  const offsetMinutes = (zone[0] === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes)
  const date = new Date(0)
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute - offsetMinutes, second)
  return isoTimestamp(date.getTime()).replace(/\.\d{3}Z$/, 'Z')
}

const SIGNED_DATA_OID = Buffer.from('2a864886f70d010702', 'hex') // 1.2.840.113549.1.7.2

function signedData(der: Buffer): Asn1Node {
  const contentInfo = parseAsn1(der)
  const [oid, explicit] = contentInfo.children
  if (
    contentInfo.tag !== 0x30 ||
    oid?.tag !== 0x06 ||
    !der.subarray(oid.contentStart, oid.contentEnd).equals(SIGNED_DATA_OID)
  ) {
    throw new Asn1Error('not a PKCS#7 / CMS SignedData structure')
  }
  const data = explicit?.tag === 0xa0 ? explicit.children[0] : undefined
  if (!data || data.tag !== 0x30) throw new Asn1Error('SignedData content is missing')
  return data
}

/** The DER certificates of a SignedData, in the order they appear. */
export function signedDataCertificates(der: Buffer): Buffer[] {
  const data = signedData(der)
  // version, digestAlgorithms, encapContentInfo, then the optional [0] IMPLICIT certificates.
  const certificates = data.children.slice(3).find((c) => c.tag === 0xa0)
  return (certificates?.children ?? []).filter((c) => c.tag === 0x30).map((c) => der.subarray(c.start, c.end))
}

/** The encapsulated content (eContent) of a SignedData, joining the chunks of a constructed OCTET STRING. */
export function signedDataContent(der: Buffer): Buffer {
  const data = signedData(der)
  const encapsulated = data.children[2]
  const explicit = encapsulated?.children.find((c) => c.tag === 0xa0)
  const octets = explicit?.children[0]
  if (!octets) throw new Asn1Error('SignedData carries no content (a detached signature)')
  return octetStringValue(der, octets)
}

function octetStringValue(der: Buffer, node: Asn1Node): Buffer {
  if (node.tag === 0x04) return der.subarray(node.contentStart, node.contentEnd)
  if (node.tag === 0x24) return Buffer.concat(node.children.map((c) => octetStringValue(der, c)))
  throw new Asn1Error(`expected an OCTET STRING, found tag 0x${node.tag.toString(16)}`)
}

/**
 * The certificate that made a CMS SignedData's (first) signature: the one its SignerInfo names by
 * issuer and serial number, or by subject key identifier (RFC 5652 §5.3). The certificates set is
 * a SET OF and carries the chain in any order, so its first element is not necessarily the signer.
 *
 * With `alone`, a SignedData with more than one SignerInfo is refused: an app's code signature (iOS,
 * HarmonyOS) is made by one signer, and with two the gate could not say which one the filing must
 * match. A JAR signature block is read as apksig reads it, by its first SignerInfo.
 */
export function signerCertificate(der: Buffer, { alone = false }: { alone?: boolean } = {}): Buffer {
  const certificates = signedDataCertificates(der)
  const signedData = parseAsn1(der).children[1]?.children[0]
  const signerInfos = signedData?.children[signedData.children.length - 1]
  const sid = signerInfos?.tag === 0x31 ? signerInfos.children[0]?.children[1] : undefined
  if (!sid) throw new Asn1Error('the signature has no SignerInfo')
  if (alone && signerInfos!.children.length > 1)
    throw new Asn1Error(
      `it is signed by ${signerInfos!.children.length} signers (SignerInfos), where a build's signature has one, so the signer the filing must match is unclear`,
    )
  const bytes = (node: Asn1Node | undefined): Buffer =>
    node ? der.subarray(node.start, node.end) : Buffer.alloc(0)
  for (const certificate of certificates) {
    const tbs = parseAsn1(certificate).children[0]
    if (!tbs) continue
    const fields = tbs.children[0]?.tag === 0xa0 ? tbs.children.slice(1) : tbs.children // skip [0] version
    const [serial, , issuer] = fields
    const raw = (node: Asn1Node | undefined): Buffer =>
      node ? certificate.subarray(node.start, node.end) : Buffer.alloc(0)
    if (sid.tag === 0x30) {
      const [sidIssuer, sidSerial] = sid.children
      if (raw(issuer).equals(bytes(sidIssuer)) && raw(serial).equals(bytes(sidSerial))) return certificate
    } else if (sid.tag === 0x80) {
      const keyId = der.subarray(sid.contentStart, sid.contentEnd)
      if (subjectKeyIdentifier(certificate, tbs)?.equals(keyId)) return certificate
    }
  }
  throw new Asn1Error('none of its certificates is the one its SignerInfo names')
}

const SUBJECT_KEY_IDENTIFIER = Buffer.from('551d0e', 'hex') // 2.5.29.14

function subjectKeyIdentifier(certificate: Buffer, tbs: Asn1Node): Buffer | undefined {
  const extensions = tbs.children.find((c) => c.tag === 0xa3)?.children[0]?.children ?? []
  for (const extension of extensions) {
    const oid = extension.children[0]
    if (!oid || !certificate.subarray(oid.contentStart, oid.contentEnd).equals(SUBJECT_KEY_IDENTIFIER))
      continue
    const value = extension.children[extension.children.length - 1]
    const inner = value ? parseAsn1(certificate, value.contentStart, value.contentEnd) : undefined
    return inner ? certificate.subarray(inner.contentStart, inner.contentEnd) : undefined
  }
  return undefined
}
