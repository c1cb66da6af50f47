/**
 * Reads any built app package: opens the ZIP once, tells the kind from its entries (not from the file
 * extension, which CI artifacts often lose), and hands it to the matching reader.
 */
import { stat } from 'node:fs/promises'
import { AAB_MANIFEST, readAabArchive } from './aab.js'
import { readApkArchive } from './apk/index.js'
import { ArtifactError, type ArtifactIdentity } from './types.js'
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

export async function readArtifact(path: string, displayName: string = path): Promise<ArtifactIdentity> {
  const info = await stat(path).catch(() => undefined)
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
  // The iOS and HarmonyOS readers open the file themselves, and load only for their kind: an Android
  // run never compiles the plist parser (issue 10). The Android readers share most of their code.
  return kind === 'ipa'
    ? (await import('./ipa.js')).readIpa(path, displayName)
    : (await import('./hap.js')).readHap(path, displayName)
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
