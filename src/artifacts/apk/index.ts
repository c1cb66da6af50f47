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
import { ResourceTable, type Resolved } from './arsc.js'
import { readJarSigners } from './v1.js'
import { listSome } from '../bounded-text.js'

/** Real manifests are at most a few hundred KiB. */
const MAX_MANIFEST = 16 * 1024 * 1024
/** Large apps' resource tables reach tens of MiB (many locales); beyond this it is not a real table. */
const MAX_RESOURCE_TABLE = 128 * 1024 * 1024

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
  const { signers, effectiveSigner } = chooseSigners(found, file, notes)
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
  const entry = zip.find('resources.arsc')
  if (!entry) return { problem: 'the APK has no resources.arsc to resolve it' }
  try {
    return new ResourceTable(await zip.readEntry(entry, MAX_RESOURCE_TABLE), file)
  } catch (error) {
    return damagedTable(error)
  }
}

/** A damaged entry costs the value, as a damaged table does (resourceTable). */
function resolveIn(table: ResourceTable, id: number): Resolved {
  try {
    return table.resolve(id)
  } catch (error) {
    return damagedTable(error)
  }
}

/**
 * The table only names the version; the identity the filing records (package and signer) is read
 * without it, so damage found in it (an ArtifactError) costs the version, not the APK.
 */
function damagedTable(error: unknown): { problem: string } {
  if (error instanceof ArtifactError) return { problem: error.message }
  throw error
}

function manifestText(
  value: ManifestValue | null,
  name: string,
  notes: string[],
  resources: ResourceTable | { problem: string } | undefined,
): string | null {
  if (!value) return null
  if (value.kind === 'string') return value.value
  if (value.kind === 'int') return String(value.value)
  const reference = `@0x${value.id.toString(16).padStart(8, '0')}`
  const resolved = resources instanceof ResourceTable ? resolveIn(resources, value.id) : resources
  if (resolved && 'value' in resolved) return resolved.value
  notes.push(
    `${name} is a resource reference (${reference}) that cannot be resolved (${resolved?.problem ?? 'no resource table'}); it is not reported`,
  )
  return null
}

/**
 * Merges the signers of all schemes by certificate (one entry per certificate, with every scheme that
 * carries it) and picks the one current devices verify; explains key rotation in a note. The
 * effective signer is -1 when there is none: no signer, or the deciding scheme is signed by several
 * keys together (which no filing records).
 */
export function chooseSigners(
  found: readonly FoundSigner[],
  file: string,
  notes: string[],
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

  // v1 and v2 take several signers at once, which Android all requires (apksig verifies every one):
  // they are the app's identity together, not a rotation from one key to another. v3 signers are
  // alternatives, one per SDK range. One note for v1 when it carries v2's signers (as apksigner writes them).
  const coSigned = new Set<Scheme>()
  const v2 = signers.filter((s) => s.schemes.includes('v2'))
  const v1 = signers.filter((s) => s.schemes.includes('v1'))
  if (v2.length > 1) {
    coSigned.add('v2')
    notes.push(togetherNote('v2', v2))
  }
  if (v1.length > 1) {
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

  // The keys rotated from: the other signers that sign some scheme alone. A co-signer of v1/v2 is part
  // of that scheme's identity with the others, which its note explains, not a key rotated from.
  const rotatedFrom = signers.filter(
    (s) => s !== effective && s.schemes.some((x) => !coSigned.has(x as Scheme)),
  )
  const lineage = chosen.lineage?.map(sha256)
  if (lineage && lineage.length >= 2) effective.lineage = lineage
  // Without a proof of rotation, the keys rotated from are taken for its start.
  else if (rotatedFrom.length > 0) effective.lineage = [...rotatedFrom.map((s) => s.sha256), effective.sha256]
  if (effective.lineage || signers.length > 1)
    notes.push(rotationNote(scheme, chosen, effective, rotatedFrom, lineage))
  return { signers, effectiveSigner: signers.indexOf(effective) }
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
