/**
 * Comparing a declared signing identity with a signer read from an artifact. Kept apart from
 * certificate.ts, which decodes certificates with node:crypto: the rules and reports compare strings and
 * should not make every `check` load crypto (about 30 ms at start-up, issue 10).
 */
import type { PublicKeyInfo } from './types.js'

/** Declared fingerprints may carry colons, spaces and either case (keytool prints `FC:66:…`). */
export function normalizeFingerprint(value: string): string {
  return value.replace(/[\s:]/g, '').toUpperCase()
}

/**
 * Whether a declared public key is this key. Consoles take it in several forms (Aliyun-特征信息, Tencent-特征信息, UCloud-特征信息 in docs/sources.md): the
 * RSA modulus in hex (with or without a leading 00) or in decimal, or the SubjectPublicKeyInfo as hex
 * or base64 (a PEM body, with or without its BEGIN/END lines). A DSA key's `modulus` is its public
 * value y, which openssl and jadx-gui show in the modulus's place (jadx-certificate), in the same forms.
 */
export function publicKeyMatches(declared: string, key: PublicKeyInfo): boolean {
  const body = declared.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/[\s:]/g, '')
  if (!body) return false
  const spkiHex = Buffer.from(key.spki, 'base64').toString('hex').toUpperCase()
  if (/^[0-9a-fA-F]+$/.test(body)) {
    const hex = body.toUpperCase()
    if (hex === spkiHex) return true
    // Leading zero digits aside: consoles and tools print the same number with and without them.
    if (key.modulus && hex.replace(/^0+/, '') === key.modulus) return true
  }
  if (key.modulus && /^[0-9]+$/.test(body) && body.length > 30) {
    if (BigInt(body).toString(16).toUpperCase() === key.modulus) return true
  }
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    return Buffer.from(body, 'base64').equals(Buffer.from(key.spki, 'base64'))
  }
  return false
}
