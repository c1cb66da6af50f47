/**
 * What a built artifact says about itself: the identity a filing records (package / bundle id and
 * signing certificates). The JSON shape of `inspect --format json` (DESIGN §6) is built from this.
 */

export const ARTIFACT_TYPES = ['apk', 'aab', 'ipa', 'hap', 'app'] as const
export type ArtifactType = (typeof ARTIFACT_TYPES)[number]

/** The platform key in `china-filing.yml` that an artifact type is filed under. */
export type ArtifactPlatform = 'android' | 'ios' | 'harmony'

export interface PublicKeyInfo {
  algorithm: 'RSA' | 'EC' | 'DSA' | 'Ed25519' | string
  /**
   * What `openssl x509 -modulus` prints, as uppercase hex without leading zero bytes: the RSA modulus,
   * or a DSA key's public value y; null for other keys (EC, EdDSA), which have none.
   */
  modulus: string | null
  /** DER SubjectPublicKeyInfo, base64. */
  spki: string
}

export interface SignerInfo {
  /** Certificate subject DN, e.g. `CN=Demo RSA, O=Example, C=CN`. */
  subject: string
  /** Fingerprints over the certificate DER, uppercase hex, no colons. */
  md5: string
  sha1: string
  sha256: string
  publicKey: PublicKeyInfo
  /** Signature schemes that carry this signer: v1, v2, v3, v3.1 (APK); jar (AAB); profile, code (IPA); hap. */
  schemes: string[]
  /** v3/v3.1 signers: the SDK range the signer applies to. */
  minSdk?: number
  maxSdk?: number
  /** For rotated keys: the lineage, oldest first, as SHA-256 fingerprints of the certificates. */
  lineage?: string[]
  /** The certificate's validity period (X.509 notBefore / notAfter), ISO 8601 UTC timestamps. */
  notBefore?: string
  notAfter?: string
}

/** Where a channel tool wrote an APK's store channel (渠道). */
export type ChannelScheme = 'walle' | 'vasdolly' | 'vasdolly-v1' | 'meta-inf'

export interface ChannelMark {
  /** The channel as the tool wrote it, e.g. `xiaomi`. */
  name: string
  scheme: ChannelScheme
  /** The place in the APK, e.g. `APK Signing Block pair 0x71777777` or `META-INF/channel_xiaomi`. */
  where: string
}

export interface ArtifactIdentity {
  /** Path as given / relative to the workspace. */
  file: string
  type: ArtifactType
  platform: ArtifactPlatform
  /** Package name (Android), bundle id (iOS), bundle name (HarmonyOS). */
  id: string
  /** versionName / CFBundleShortVersionString / versionName. */
  version: string | null
  /** versionCode / CFBundleVersion / versionCode. */
  build: string | null
  signers: SignerInfo[]
  /**
   * The signer whose certificate the filing must record: on Android with rotation, the one current
   * devices verify (newest v3.x signer); elsewhere the only one. Index into `signers`; -1 when there
   * is none: unsigned, or an APK whose deciding scheme is signed by several keys together.
   */
  effectiveSigner: number
  /** APK only: the store channel a channel tool wrote into it (Walle, VasDolly, META-INF marker). */
  channel?: string
  /** APK only: every channel mark found, when there is one. */
  channelMarks?: ChannelMark[]
  /** Facts the user should know that do not make the artifact unreadable (e.g. "AAB carries the upload key"). */
  notes: string[]
}

/** The message of whatever a parser threw, for an ArtifactError's reason. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Thrown for an artifact that cannot be read; `message` says why in the user's terms. */
export class ArtifactError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message)
    this.name = 'ArtifactError'
  }
}
