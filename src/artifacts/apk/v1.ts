/**
 * JAR signing (APK v1, and the only scheme of an AAB): each signer has a signature block file
 * `META-INF/<NAME>.RSA`, `.EC` or `.DSA` directly under META-INF (apksig V1SchemeVerifier takes exactly
 * these suffixes), holding a PKCS#7 SignedData whose SignerInfo names the signing certificate by
 * issuer and serial number (RFC 2315 §9.2). The file's name is the key alias, not always `CERT.RSA`.
 */
import { Asn1Error, signedDataCertificates, signerCertificate } from '../asn1.js'
import { ArtifactError } from '../types.js'
import type { ZipArchive, ZipEntry } from '../zip.js'

/** Real signature block files are a few KiB (a certificate or a short chain and one signature). */
const MAX_SIGNATURE_BLOCK = 1024 * 1024
const SIGNATURE_BLOCK = /^META-INF\/[^/]+\.(RSA|EC|DSA)$/

export interface JarSigner {
  /** The signature block file, e.g. `META-INF/RSAKEY.RSA`. */
  entry: string
  /** DER of the certificate the SignerInfo names. */
  certificate: Buffer
}

export function jarSignatureEntries(entries: readonly ZipEntry[]): ZipEntry[] {
  return entries.filter((e) => SIGNATURE_BLOCK.test(e.name))
}

export async function readJarSigners(zip: ZipArchive, file: string): Promise<JarSigner[]> {
  const signers: JarSigner[] = []
  for (const entry of jarSignatureEntries(zip.entries)) {
    const der = await zip.readEntry(entry, MAX_SIGNATURE_BLOCK)
    signers.push({ entry: entry.name, certificate: jarSignerCertificate(der, entry.name, file) })
  }
  return signers
}

/** The certificate of the (first) SignerInfo of a PKCS#7 signature block. */
export function jarSignerCertificate(der: Buffer, entry: string, file: string): Buffer {
  try {
    const certificates = signedDataCertificates(der)
    if (certificates.length === 0) {
      throw new ArtifactError(file, `${entry} carries no certificate, so its signer cannot be identified`)
    }
    // A lone certificate is the signer, however the SignerInfo names it.
    return certificates.length === 1 ? certificates[0]! : signerCertificate(der)
  } catch (error) {
    if (error instanceof Asn1Error) {
      throw new ArtifactError(
        file,
        `${entry} is not a valid PKCS#7 signature block (${error.message}): the signature is corrupt`,
      )
    }
    throw error
  }
}
