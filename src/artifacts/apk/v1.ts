/**
 * JAR signing (APK v1, and the only scheme of an AAB): each signer has a signature block file
 * `META-INF/<NAME>.RSA`, `.EC` or `.DSA` directly under META-INF (apksig V1SchemeVerifier takes exactly
 * these suffixes), holding a PKCS#7 SignedData whose SignerInfo names the signing certificate by
 * issuer and serial number (RFC 2315 §9.2). The file's name is the key alias, not always `CERT.RSA`.
 */
import { Asn1Error, parseAsn1, signedDataCertificates, type Asn1Node } from '../asn1.js'
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
    const sid = firstSignerIdentifier(der)
    if (sid) {
      const match = certificates.find((c) => issuerAndSerialOf(c).equals(sid))
      if (match) return match
      if (certificates.length > 1) {
        throw new ArtifactError(
          file,
          `${entry} is signed by a certificate it does not include (its SignerInfo names none of its ${certificates.length} certificates): the signature is corrupt`,
        )
      }
    }
    // A SignerInfo naming its certificate by subjectKeyIdentifier (CMS v3) or a lone certificate.
    return certificates[0]!
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

/** The DER of IssuerAndSerialNumber's two fields (issuer Name, serial INTEGER) of the first SignerInfo. */
function firstSignerIdentifier(der: Buffer): Buffer | null {
  // ContentInfo { contentType, [0] { SignedData { version, digestAlgorithms, contentInfo,
  // [0] certificates, [1] crls, signerInfos SET } } }
  const signedData = parseAsn1(der).children[1]?.children[0]
  const signerInfos = signedData?.children.at(-1)
  const signerInfo = signerInfos?.tag === 0x31 ? signerInfos.children[0] : undefined
  const sid = signerInfo?.children[1]
  if (!sid || sid.tag !== 0x30) return null
  return joined(der, sid.children)
}

/** issuer Name and serialNumber of a certificate, encoded like IssuerAndSerialNumber's fields. */
function issuerAndSerialOf(certificate: Buffer): Buffer {
  const tbs = parseAsn1(certificate).children[0]
  // TBSCertificate { [0] version OPTIONAL, serialNumber, signature, issuer, ... }
  const fields = tbs?.children[0]?.tag === 0xa0 ? tbs.children.slice(1) : (tbs?.children ?? [])
  const [serial, , issuer] = fields
  if (!serial || !issuer) return Buffer.alloc(0)
  return joined(certificate, [issuer, serial])
}

function joined(der: Buffer, nodes: Asn1Node[]): Buffer {
  return Buffer.concat(nodes.map((n) => der.subarray(n.start, n.end)))
}
