/**
 * JAR signing (APK v1, and the only scheme of an AAB): each signer has a signature block file
 * `META-INF/<NAME>.RSA`, `.EC` or `.DSA` directly under META-INF (apksig V1SchemeVerifier takes exactly
 * these suffixes), holding a PKCS#7 SignedData whose SignerInfo names the signing certificate by
 * issuer and serial number (RFC 2315 §9.2). The file's name is the key alias, not always `CERT.RSA`.
 *
 * A block is a signer only beside its signature file `META-INF/<NAME>.SF` whose main section has a
 * `Signature-Version`, as apksig counts them (V1SchemeVerifier: a block without its .SF is skipped
 * with a warning, a .SF without the version makes an ignored signer). A stray block counts for
 * nothing on a device, so it is no signer of the app.
 */
import { Asn1Error, signedDataCertificates, signerCertificate } from '../asn1.js'
import { ArtifactError } from '../types.js'
import { readEntryHead, type ZipArchive, type ZipEntry } from '../zip.js'

/** Real signature block files are a few KiB (a certificate or a short chain and one signature). */
const MAX_SIGNATURE_BLOCK = 1024 * 1024
const SIGNATURE_BLOCK = /^META-INF\/([^/]+)\.(RSA|EC|DSA)$/

export interface JarSigner {
  /** The signature block file, e.g. `META-INF/RSAKEY.RSA`. */
  entry: string
  /** DER of the certificate the SignerInfo names. */
  certificate: Buffer
}

/** The same, in any case: Java's JarVerifier upper-cases names (SignatureFileVerifier.isBlockOrSF). */
const SIGNATURE_BLOCK_ANY_CASE = new RegExp(SIGNATURE_BLOCK.source, 'i')

export function jarSignatureEntries(entries: readonly ZipEntry[], anyCase = false): ZipEntry[] {
  const block = anyCase ? SIGNATURE_BLOCK_ANY_CASE : SIGNATURE_BLOCK
  return entries.filter((e) => block.test(e.name))
}

/**
 * The JAR signers of an archive. An APK's are named as apksig names them, in upper case; `anyCase`
 * reads them as Java's JarVerifier does, which upper-cases every name and pairs `x.rsa` with `X.SF`:
 * what verifies an AAB (jarsigner, keytool, the stores' upload checks).
 */
export async function readJarSigners(zip: ZipArchive, file: string, anyCase = false): Promise<JarSigner[]> {
  const signers: JarSigner[] = []
  const block = anyCase ? SIGNATURE_BLOCK_ANY_CASE : SIGNATURE_BLOCK
  for (const entry of jarSignatureEntries(zip.entries, anyCase)) {
    const name = `META-INF/${block.exec(entry.name)![1]}.SF`
    const signatureFile = anyCase
      ? zip.entries.find((e) => e.name.toUpperCase() === name.toUpperCase())
      : zip.find(name)
    if (!signatureFile || !(await hasSignatureVersion(zip, signatureFile))) continue
    const der = await zip.readEntry(entry, MAX_SIGNATURE_BLOCK)
    signers.push({ entry: entry.name, certificate: jarSignerCertificate(der, entry.name, file) })
  }
  return signers
}

/**
 * Whether a signature file's main section (up to its first empty line) has a `Signature-Version`
 * attribute. Manifest attribute names are case-insensitive (java.util.jar.Attributes.Name).
 */
async function hasSignatureVersion(zip: ZipArchive, entry: ZipEntry): Promise<boolean> {
  // The main section is a version and a few digests, some hundred bytes; the rest of the file (a
  // section per entry of the APK) is not read.
  const bytes = await readEntryHead(zip, entry)
  const head = bytes.toString('latin1')
  for (const line of head.split(/\r\n|\r|\n/)) {
    if (line === '') return false
    if (/^signature-version:/i.test(line)) return true
  }
  // A main section longer than the head read (padded, which no signing tool writes): whether it has
  // the version is unknown, so the block counts as a signer, as a device would count it (fail closed).
  return bytes.length < entry.uncompressedSize
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
