/**
 * An APK's filed identity: the package name and versions from the binary AndroidManifest.xml, and the
 * signing certificates of every scheme (v1 JAR signature; v2, v3, v3.1 in the APK Signing Block).
 *
 * Which signer the filing must record: Android verifies the newest scheme a device supports, so on
 * current devices the v3.1 signer (Android 13+) if there is one, else the v3 signer (Android 9+), else
 * v2, else v1 (apksig ApkVerifier). With key rotation the schemes name different certificates: v1/v2
 * keep the old key for old devices, v3 carries the new key and a proof-of-rotation lineage.
 */
import { describeCertificate } from '../certificate.js'
import { sha256 } from '../digests.js'
import { ArtifactError, type ArtifactIdentity, type SignerInfo } from '../types.js'
import { openZip, type ZipArchive } from '../zip.js'
import { parseBinaryManifest, type ManifestValue } from './axml.js'
import { readSigningBlock } from './signing-block.js'
import { channelOf, readChannelMarks } from './channel.js'
import { ResourceTable } from './arsc.js'
import { MAX_RESOURCE_TABLE, readResourceTable, resolveVersion, resourceHex } from '../resource-reference.js'
import { readJarSigners } from './v1.js'
import { listSome } from '../bounded-text.js'

/** Real manifests are at most a few hundred KiB. */
const MAX_MANIFEST = 16 * 1024 * 1024

const SCHEME_ORDER = ['v1', 'v2', 'v3', 'v3.1'] as const
type Scheme = (typeof SCHEME_ORDER)[number]

/** The platform that introduced each scheme (apksig: v2 Android 7.0, v3 Android 9, v3.1 Android 13). */
const SCHEME_SINCE_API: Record<Scheme, number> = { v1: 0, v2: 24, v3: 28, 'v3.1': 33 }

/** API level → Android release, for messages. */
const ANDROID_RELEASE: Record<number, string> = {
  24: '7.0',
  25: '7.1',
  26: '8.0',
  27: '8.1',
  28: '9',
  29: '10',
  30: '11',
  31: '12',
  32: '12L',
  33: '13',
  34: '14',
  35: '15',
  36: '16',
}

export async function readApk(path: string, displayName: string = path): Promise<ArtifactIdentity> {
  const zip = await openZip(path, displayName)
  try {
    return await readApkArchive(zip, displayName)
  } finally {
    await zip.close()
  }
}

export async function readApkArchive(zip: ZipArchive, file: string): Promise<ArtifactIdentity> {
  // apksig (ZipUtils: "ZIP64 format not supported") and aapt2 refuse a ZIP64 APK, so no signing or
  // store tool reads what this reader would: there is no identity to vouch for (fail closed).
  if (zip.zip64)
    throw new ArtifactError(
      file,
      'it is a ZIP64 archive, which apksigner and aapt2 refuse to read (no APK build tool writes one): the file is corrupt or was tampered with',
    )
  const manifestEntry = zip.find('AndroidManifest.xml')
  if (!manifestEntry) {
    throw new ArtifactError(file, 'not an APK: it has no AndroidManifest.xml at the top of the archive')
  }
  const manifest = parseBinaryManifest(await zip.readEntry(manifestEntry, MAX_MANIFEST), file)
  if (!manifest.package) {
    throw new ArtifactError(
      file,
      'AndroidManifest.xml has no package attribute on <manifest>, so the APK has no package name to check against the filing',
    )
  }
  const notes: string[] = []
  const resources = await resourceTable(zip, file, [manifest.versionName, manifest.versionCode])
  const version = manifestText(manifest.versionName, 'versionName', notes, resources)
  const build = manifestText(manifest.versionCode, 'versionCode', notes, resources)

  const block = await readSigningBlock(zip, file)
  const jar = await readJarSigners(zip, file)
  const found: FoundSigner[] = [
    ...jar.map((j) => ({ scheme: 'v1' as const, certificate: j.certificate })),
    ...(block?.signers ?? []).map((s) => ({ ...s, certificate: s.certificates[0]! })),
  ]
  const { signers, effectiveSigner } = chooseSigners(found, file, notes, manifest.minSdk)
  const channels = readChannelMarks(zip, block?.unsigned ?? new Map())
  notes.push(...channels.notes)
  const channel = channelOf(channels.marks)
  return {
    file,
    type: 'apk',
    platform: 'android',
    id: manifest.package,
    version,
    build,
    signers,
    effectiveSigner,
    ...(channel !== undefined ? { channel, channelMarks: channels.marks } : {}),
    notes,
  }
}

export interface FoundSigner {
  scheme: Scheme
  certificate: Buffer
  minSdk?: number
  maxSdk?: number
  lineage?: Buffer[]
}

/** resources.arsc, read only when a manifest value refers to a resource (`@string/app_version`). */
async function resourceTable(
  zip: ZipArchive,
  file: string,
  values: (ManifestValue | null)[],
): Promise<ResourceTable | { problem: string } | undefined> {
  if (!values.some((v) => v?.kind === 'reference')) return undefined
  return readResourceTable(
    zip,
    'resources.arsc',
    MAX_RESOURCE_TABLE,
    'the APK has no resources.arsc to resolve it',
    (bytes) => new ResourceTable(bytes, file),
  )
}

function manifestText(
  value: ManifestValue | null,
  name: 'versionName' | 'versionCode',
  notes: string[],
  resources: ResourceTable | { problem: string } | undefined,
): string | null {
  if (!value) return null
  if (value.kind === 'string') return value.value
  if (value.kind === 'int') return String(value.value)
  return resolveVersion(name, resourceHex(value.id), value.id, resources, notes)
}

/**
 * Merges the signers of all schemes by certificate (one entry per certificate, with every scheme that
 * carries it) and picks the one current devices verify; explains key rotation in a note. The
 * effective signer is -1 when there is none: no signer, or the deciding scheme is signed by several
 * keys together (which no filing records). An APK whose schemes name signers that Android does not
 * accept together (schemesDisagree) is refused: it has no one identity to check against a filing.
 */
export function chooseSigners(
  found: readonly FoundSigner[],
  file: string,
  notes: string[],
  minSdk: number,
): { signers: SignerInfo[]; effectiveSigner: number } {
  // Keyed by the certificate's bytes: the same certificate in several schemes is one signer.
  const byCertificate = new Map<string, SignerInfo>()
  const keyOf = (f: FoundSigner) => f.certificate.toString('base64')
  for (const f of found) {
    const key = keyOf(f)
    let signer = byCertificate.get(key)
    if (!signer) {
      signer = describeCertificate(f.certificate, [], file)
      byCertificate.set(key, signer)
    }
    if (!signer.schemes.includes(f.scheme)) signer.schemes.push(f.scheme)
    if (f.minSdk !== undefined) signer.minSdk = f.minSdk
    if (f.maxSdk !== undefined) signer.maxSdk = f.maxSdk
  }
  const signers = [...byCertificate.values()]
  for (const s of signers) {
    s.schemes.sort((a, b) => SCHEME_ORDER.indexOf(a as Scheme) - SCHEME_ORDER.indexOf(b as Scheme))
  }
  if (signers.length === 0) return { signers, effectiveSigner: -1 }
  const verified = verifiedSchemes(found, minSdk)
  const disagreement = schemesDisagree(found, verified, minSdk, (f) => byCertificate.get(keyOf(f))!)
  if (disagreement) throw new ArtifactError(file, disagreement)

  // v1 and v2 take several signers at once, which Android all requires (apksig verifies every one):
  // they are the app's identity together, not a rotation from one key to another. v3 signers are
  // alternatives, one per SDK range. One note for v1 when it carries v2's signers (as apksigner writes them).
  const coSigned = new Set<Scheme>()
  const v2 = signers.filter((s) => s.schemes.includes('v2'))
  const v1 = signers.filter((s) => s.schemes.includes('v1'))
  if (v2.length > 1 && verified.has('v2')) {
    coSigned.add('v2')
    notes.push(togetherNote('v2', v2))
  }
  if (v1.length > 1 && verified.has('v1')) {
    coSigned.add('v1')
    if (!sameSigners(v1, v2)) notes.push(togetherNote('v1', v1))
  }

  // The newest scheme present decides; among several signers of it (SDK-ranged v3 signers), the one
  // for the newest platforms.
  const scheme = [...SCHEME_ORDER].reverse().find((s) => found.some((f) => f.scheme === s))!
  if (coSigned.has(scheme)) return { signers, effectiveSigner: -1 }
  const chosen = found
    .filter((f) => f.scheme === scheme)
    .reduce((a, b) => ((b.maxSdk ?? 0) > (a.maxSdk ?? 0) ? b : a))
  const effective = byCertificate.get(keyOf(chosen))!
  if (chosen.minSdk !== undefined) effective.minSdk = chosen.minSdk
  if (chosen.maxSdk !== undefined) effective.maxSdk = chosen.maxSdk

  // The keys rotated from: the other signers that sign alone some scheme a device verifies. A
  // co-signer of v1/v2 is part of that scheme's identity with the others, which its note explains; a
  // signer of schemes no device that installs the APK verifies is no part of its identity at all.
  const isVerified = (x: string) => verified.has(x as Scheme)
  const others = signers.filter((s) => s !== effective)
  const rotatedFrom = others.filter((s) => s.schemes.some((x) => isVerified(x) && !coSigned.has(x as Scheme)))
  const unverified = others.filter((s) => !s.schemes.some(isVerified))
  const lineage = chosen.lineage?.map(sha256)
  if (lineage && lineage.length >= 2) effective.lineage = lineage
  // Without a proof of rotation, the keys rotated from are taken for its start.
  else if (rotatedFrom.length > 0) effective.lineage = [...rotatedFrom.map((s) => s.sha256), effective.sha256]
  if (effective.lineage || rotatedFrom.length > 0 || signers.length > unverified.length + 1)
    notes.push(rotationNote(scheme, chosen, effective, rotatedFrom, lineage))
  for (const s of unverified) notes.push(unverifiedNote(s, minSdk))
  return { signers, effectiveSigner: signers.indexOf(effective) }
}

/**
 * The schemes some device that installs the APK verifies (apksig ApkVerifier): Android 7.0+ skips
 * v1 when the APK Signing Block has a signer, Android 9+ skips v2 when there is a v3 signer. But
 * Android 7.0–8.1 know no v3: without a v2 signer they verify v1 (apksig skips v1 there; devices do not).
 */
function verifiedSchemes(found: readonly FoundSigner[], minSdk: number): Set<Scheme> {
  const present = new Set(found.map((f) => f.scheme))
  const verified = new Set<Scheme>()
  const hasV3 = present.has('v3') || present.has('v3.1')
  const v1ForOldDevices =
    minSdk < SCHEME_SINCE_API.v2 || (!present.has('v2') && (minSdk < SCHEME_SINCE_API.v3 || !hasV3))
  if (present.has('v1') && v1ForOldDevices) verified.add('v1')
  if (present.has('v2') && (minSdk < SCHEME_SINCE_API.v3 || !hasV3)) verified.add('v2')
  if (present.has('v3')) verified.add('v3')
  if (present.has('v3.1')) verified.add('v3.1')
  return verified
}

/**
 * Why Android would refuse the APK's signers together, or undefined when they agree. apksig's
 * ApkVerifier is the reference, over the schemes the devices that can install the APK verify:
 * - v1 and v2, when both are verified (minSdk below 24), must be signed by the same set of keys;
 * - a v3 signer must be the one earlier signer those devices verify (v1 if verified, else v2), or
 *   have it at the root of its proof-of-rotation lineage.
 * apksigner verify rejects an APK that breaks either; the gate cannot say which key is the app's.
 */
function schemesDisagree(
  found: readonly FoundSigner[],
  verified: ReadonlySet<Scheme>,
  minSdk: number,
  signerOf: (f: FoundSigner) => SignerInfo,
): string | undefined {
  const of = (scheme: Scheme) => found.filter((f) => f.scheme === scheme)
  const [v1, v2, v3] = [of('v1'), of('v2'), of('v3')]
  const names = (list: readonly FoundSigner[]) =>
    listSome([...new Set(list.map(signerOf))].map((s) => `${s.subject} (SHA-256 ${s.sha256})`))
  const certificates = (list: readonly FoundSigner[]) =>
    new Set(list.map((f) => f.certificate.toString('base64')))
  const devices = (api: number) =>
    `minSdkVersion ${minSdk}, so devices before Android ${ANDROID_RELEASE[api]} install it and verify`

  if (verified.has('v1') && verified.has('v2')) {
    const [a, b] = [certificates(v1), certificates(v2)]
    if (a.size !== b.size || [...a].some((c) => !b.has(c))) {
      return `its v1 (JAR) signature is signed by ${names(v1)} but its v2 signature by ${names(v2)} (${devices(SCHEME_SINCE_API.v2)} both): apksigner verify rejects it ("No JAR signature from this signer"). Sign every scheme in one apksigner run with the filed key.`
    }
  }
  const earlierScheme = verified.has('v1') ? 'v1' : verified.has('v2') ? 'v2' : undefined
  if (v3.length === 0 || !earlierScheme) return undefined
  const earlier = earlierScheme === 'v1' ? v1 : v2
  const context = `${devices(SCHEME_SINCE_API.v3)} ${earlierScheme}`
  // Signers, not keys, are counted: two v1 signature blocks of the same certificate are two signers.
  if (earlier.length > 1) {
    return `it has a v3 signature, but its ${earlierScheme} has ${earlier.length} signers (${names(earlier)}) (${context}): apksigner verify rejects it ("Multiple signatures found for pre-v3 signing with an APK Signature Scheme v3 signer"). Sign the release with the filed key alone.`
  }
  const root = earlier[0]!.certificate
  const lineage = v3.reduce<Buffer[] | undefined>(
    (longest, f) => (f.lineage && f.lineage.length > (longest?.length ?? 0) ? f.lineage : longest),
    undefined,
  )
  const rootMatches = lineage ? lineage[0]!.equals(root) : v3.length === 1 && v3[0]!.certificate.equals(root)
  if (rootMatches) return undefined
  const why = lineage
    ? `its proof-of-rotation lineage does not start at the ${earlierScheme} signer`
    : 'no proof-of-rotation lineage links them'
  return `its v3 signature is signed by ${names(v3)} but its ${earlierScheme} signature by ${names(earlier)}, and ${why} (${context}): apksigner verify rejects it ("v3 signer differs from v1/v2 signer without proper signing certificate lineage"). Sign every scheme with the filed key, or rotate keys with apksigner rotate and sign with --lineage.`
}

/** The note for a signer whose schemes no device that installs the APK verifies. */
function unverifiedNote(signer: SignerInfo, minSdk: number): string {
  const schemes = signer.schemes.join('/')
  return `${schemes} ${signer.schemes.length > 1 ? 'are' : 'is'} also signed by ${signer.subject} (SHA-256 ${signer.sha256}), which no device that installs the APK verifies (minSdkVersion ${minSdk}); it is no part of the app's identity`
}

/** Whether two lists hold the same signers. */
function sameSigners(a: readonly SignerInfo[], b: readonly SignerInfo[]): boolean {
  const inB = new Set(b)
  return a.length === b.length && a.every((s) => inB.has(s))
}

/** The note for a scheme signed by several signers at once, and what to do about it. */
function togetherNote(scheme: Scheme, signers: readonly SignerInfo[]): string {
  return `${scheme} is signed by ${signers.length} signers together (${listSome(signers.map((s) => `${s.subject}, SHA-256 ${s.sha256}`))}): Android requires every one of them and takes them together as the app's identity; sign the release with the filed key alone, since a filing records one signing certificate`
}

function rotationNote(
  scheme: Scheme,
  chosen: FoundSigner,
  effective: SignerInfo,
  rotatedFrom: SignerInfo[],
  lineage: string[] | undefined,
): string {
  const name = (s: SignerInfo) => `${s.subject} (SHA-256 ${s.sha256})`
  const olderText = rotatedFrom.map(
    (s) => `${s.schemes.join('/')} ${s.schemes.length > 1 ? 'are signed by' : 'is signed by'} ${name(s)}`,
  )
  // A v3 signer's minSdk may be lower than the platform that introduced v3 (apksigner writes the
  // APK's minSdk); older devices skip the block and verify v2/v1.
  const api = Math.max(chosen.minSdk ?? 0, SCHEME_SINCE_API[scheme])
  const devices =
    api > 0
      ? `devices on API level ${api}+${ANDROID_RELEASE[api] ? ` (Android ${ANDROID_RELEASE[api]}+)` : ''}`
      : 'current devices'
  const proof =
    lineage && lineage.length >= 2
      ? `; its proof-of-rotation lineage has ${lineage.length} certificates, oldest first: ${lineage.join(' → ')}`
      : rotatedFrom.length > 0 && scheme !== 'v1' && scheme !== 'v2'
        ? '; it carries no proof-of-rotation lineage linking the keys'
        : ''
  // Older signers named here are rotated from; co-signers of v1/v2 have a note of their own.
  const head = olderText.length
    ? `key rotation: ${olderText.join('; ')}, ${scheme} by ${name(effective)}`
    : `${lineage && lineage.length >= 2 ? 'key rotation: ' : ''}${scheme} is signed by ${name(effective)}`
  return `${head}; ${devices} verify the ${scheme} signer, which the filing must record${proof}`
}
