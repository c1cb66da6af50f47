/**
 * A signing certificate as the filing form wants it (domain.md §2): MD5, SHA-1 and SHA-256 over the
 * certificate's DER bytes (what keytool, apksigner and `openssl x509 -fingerprint` compute), uppercase
 * hex without colons; the key algorithm; the RSA modulus in hex (what Alibaba's and UCloud's guides
 * call 公钥); and the SubjectPublicKeyInfo in base64.
 */
import { X509Certificate, createHash } from 'node:crypto'
import { ArtifactError, type PublicKeyInfo, type SignerInfo } from './types.js'

const ALGORITHMS: Record<string, string> = {
  rsa: 'RSA',
  'rsa-pss': 'RSA',
  ec: 'EC',
  dsa: 'DSA',
  ed25519: 'Ed25519',
  ed448: 'Ed448',
}

function digest(algorithm: string, der: Buffer): string {
  return createHash(algorithm).update(der).digest('hex').toUpperCase()
}

/**
 * The subject in RFC 2253 order (most specific first: `CN=…, O=…, C=…`), as apksigner and keytool print
 * it. Node lists the RDNs in encoding order, one per line.
 */
function subjectOf(certificate: X509Certificate): string {
  return certificate.subject.split('\n').filter(Boolean).reverse().join(', ')
}

function publicKeyOf(certificate: X509Certificate): PublicKeyInfo {
  const key = certificate.publicKey
  const type = key.asymmetricKeyType ?? 'unknown'
  const spki = key.export({ type: 'spki', format: 'der' }).toString('base64')
  let modulus: string | null = null
  if (type === 'rsa' || type === 'rsa-pss') {
    const n = key.export({ format: 'jwk' }).n
    modulus = n
      ? Buffer.from(n, 'base64url')
          .toString('hex')
          .toUpperCase()
          .replace(/^(00)+/, '')
      : null
  }
  return { algorithm: ALGORITHMS[type] ?? type.toUpperCase(), modulus, spki }
}

export function describeCertificate(der: Buffer, schemes: string[], file = 'the artifact'): SignerInfo {
  let certificate: X509Certificate
  try {
    certificate = new X509Certificate(der)
  } catch (error) {
    throw new ArtifactError(
      file,
      `a signing certificate cannot be parsed (${(error as Error).message}): the signature is corrupt`,
    )
  }
  return {
    subject: subjectOf(certificate),
    md5: digest('md5', der),
    sha1: digest('sha1', der),
    sha256: digest('sha256', der),
    publicKey: publicKeyOf(certificate),
    schemes,
  }
}

/** Declared fingerprints may carry colons, spaces and either case (keytool prints `FC:66:…`). */
export function normalizeFingerprint(value: string): string {
  return value.replace(/[\s:]/g, '').toUpperCase()
}

/**
 * Whether a declared public key is this key. Consoles take it in several forms (domain.md §2): the
 * RSA modulus in hex (with or without a leading 00) or in decimal, or the SubjectPublicKeyInfo as hex
 * or base64 (a PEM body, with or without its BEGIN/END lines).
 */
export function publicKeyMatches(declared: string, key: PublicKeyInfo): boolean {
  const body = declared.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/[\s:]/g, '')
  if (!body) return false
  const spkiHex = Buffer.from(key.spki, 'base64').toString('hex').toUpperCase()
  if (/^[0-9a-fA-F]+$/.test(body)) {
    const hex = body.toUpperCase()
    if (hex === spkiHex) return true
    if (key.modulus && hex.replace(/^(00)+/, '') === key.modulus) return true
  }
  if (key.modulus && /^[0-9]+$/.test(body) && body.length > 30) {
    if (BigInt(body).toString(16).toUpperCase() === key.modulus) return true
  }
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    return Buffer.from(body, 'base64').equals(Buffer.from(key.spki, 'base64'))
  }
  return false
}
