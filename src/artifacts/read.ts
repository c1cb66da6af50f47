/**
 * Reads any built app package: opens the ZIP once, tells the kind from its entries (not from the file
 * extension, which CI artifacts often lose), and hands it to the matching reader.
 */
import { statSync, type Stats } from 'node:fs'
import { AAB_MANIFEST, readAabArchive } from './aab.js'
import { readApkArchive } from './apk/index.js'
import { boundMessage } from '../excerpt.js'
import { ArtifactError, messageOf, type ArtifactIdentity } from './types.js'
import { openZip, type ZipEntry } from './zip.js'

const IPA_INFO_PLIST = /^Payload\/[^/]+\.app\/Info\.plist$/
const HAP_MARKERS = ['module.json', 'config.json', 'pack.info']

export type ArtifactKind = 'apk' | 'aab' | 'ipa' | 'hap'

/** The kind of app package a ZIP holds, from the entries each format requires; null if none. */
export function artifactKind(entries: readonly ZipEntry[]): ArtifactKind | null {
  const names = new Set(entries.map((e) => e.name))
  if (names.has('AndroidManifest.xml')) return 'apk'
  if (names.has(AAB_MANIFEST)) return 'aab'
  if (entries.some((e) => IPA_INFO_PLIST.test(e.name))) return 'ipa'
  if (HAP_MARKERS.some((m) => names.has(m))) return 'hap'
  return null
}

/**
 * Reads one artifact. Whatever goes wrong is an ArtifactError naming the file with a bounded
 * message, so one hostile file becomes a finding (or an `inspect` error line) about that file and
 * the run goes on: a parser's RangeError, or a stack overflow from nesting a reader did not bound,
 * included.
 */
export async function readArtifact(path: string, displayName: string = path): Promise<ArtifactIdentity> {
  let identity: ArtifactIdentity
  try {
    identity = await readAny(path, displayName)
  } catch (error) {
    if (error instanceof ArtifactError) throw new ArtifactError(error.file, boundMessage(error.message))
    throw new ArtifactError(
      displayName,
      boundMessage(
        `it cannot be read (${error instanceof Error ? error.name + ': ' : ''}${messageOf(error)})`,
      ),
    )
  }
  return { ...identity, notes: identity.notes.map((note) => boundMessage(note)) }
}

async function readAny(path: string, displayName: string): Promise<ArtifactIdentity> {
  // Synchronous, as the archive's reads are (zip.ts): no thread-pool round trip for one stat.
  const info = statOrUndefined(path)
  if (info?.isDirectory()) {
    throw new ArtifactError(
      displayName,
      'is a directory; give the path of a built .apk, .aab, .ipa, .hap or .app file',
    )
  }
  const zip = await openZip(path, displayName)
  let kind: ArtifactKind | null
  try {
    kind = artifactKind(zip.entries)
    if (kind === 'apk') return await readApkArchive(zip, displayName)
    if (kind === 'aab') return await readAabArchive(zip, displayName)
    if (!kind) throw new ArtifactError(displayName, unrecognised(zip.entries))
  } finally {
    await zip.close()
  }
  // The iOS and HarmonyOS readers open the file themselves, and load only when such a file comes
  // (issue 10: an APK run never compiles them).
  return kind === 'ipa'
    ? (await import('./ipa.js')).readIpa(path, displayName)
    : (await import('./hap.js')).readHap(path, displayName)
}

/** The file's status, or undefined when it cannot be had: openZip then says why in its own words. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

function unrecognised(entries: readonly ZipEntry[]): string {
  const expected =
    'AndroidManifest.xml (APK), base/manifest/AndroidManifest.xml (AAB), Payload/<App>.app/Info.plist (IPA) or module.json / config.json / pack.info (HarmonyOS HAP/APP)'
  const apks = entries.filter((e) => e.name.endsWith('.apk')).length
  const hint =
    apks > 0
      ? `; it holds ${apks} .apk file${apks === 1 ? '' : 's'} (an APK set such as .apks or .xapk?): extract and check the APKs themselves`
      : ''
  return `a ZIP archive but not an APK, AAB, IPA or HAP: it has none of ${expected}${hint}`
}
