/**
 * What the APK and AAB readers share when a manifest version is a resource reference
 * (`android:versionName="@string/app_version"`): reading the table (the readers do so only for a
 * reference), resolving an id without letting a damaged table cost more than the version, and the
 * note that says why a version is not reported. The tables themselves are `apk/arsc.ts`
 * (resources.arsc) and `aab-resources.ts` (base/resources.pb).
 */
import { ArtifactError } from './types.js'
import type { ZipArchive } from './zip.js'

export type Resolved = { value: string } | { problem: string }

/** A resource table that resolves an id to its default value (it may throw an ArtifactError). */
export interface ResourceResolver {
  resolve(id: number): Resolved
}

/** Large apps' resource tables reach tens of MiB (many locales); beyond this it is not a real table. */
export const MAX_RESOURCE_TABLE = 128 * 1024 * 1024

/** @string/a → @string/b → …: aapt2 allows chains; a cycle or a long chain is a broken table. */
export const MAX_REFERENCE_HOPS = 8

/**
 * What a configuration qualifies: nothing ('default'); only what the device of `aapt2 dump badging`
 * does not have, a locale, a SIM's MCC and MNC or a grammatical gender ('locale'), so that the default
 * value is the one it prints; or what a device has, a screen, a density, an SDK level ('device'), which
 * may be the one it prints instead (its device is portrait, mdpi, normal, 320x480 dp, SDK 10000).
 */
export type ConfigurationKind = 'default' | 'locale' | 'device'

export function resourceHex(id: number): string {
  return `@0x${id.toString(16).padStart(8, '0')}`
}

export function onlyQualifiedValues(id: number): { problem: string } {
  return {
    problem: `resource ${resourceHex(id)} has no value in the default configuration, only in qualified ones (a locale, a density…), which differ per device`,
  }
}

/**
 * A value the default configuration has, and configurations of what a device has (an SDK level, a
 * density) vary: no one version. `aapt2 dump badging` prints the variant its own device matches.
 */
export function variesByDevice(id: number): { problem: string } {
  return {
    problem: `resource ${resourceHex(id)} has values for some devices (a screen, a density, an SDK level…) besides the default one, so which one a device or a store reads cannot be told`,
  }
}

export function bagProblem(id: number): { problem: string } {
  return { problem: `resource ${resourceHex(id)} is a bag (a style, an array or a plural), not one value` }
}

/**
 * The table only names the version; the identity the filing records (package and signer) is read
 * without it, so damage found in it (an ArtifactError) costs the version, not the package.
 */
function damagedTable(error: unknown): { problem: string } {
  if (error instanceof ArtifactError) return { problem: error.message }
  throw error
}

/** The archive's resource table `entryName`, read with `make`; or why there is none to resolve with. */
export async function readResourceTable<T extends ResourceResolver>(
  zip: ZipArchive,
  entryName: string,
  maxBytes: number,
  missing: string,
  make: (bytes: Buffer) => T,
): Promise<T | { problem: string }> {
  const entry = zip.find(entryName)
  if (!entry) return { problem: missing }
  try {
    return make(await zip.readEntry(entry, maxBytes))
  } catch (error) {
    return damagedTable(error)
  }
}

/**
 * A version given as resource `id`: its default value, or null with a note saying why it is not
 * reported (the reference is no version: a release would fail it as "not semver").
 */
export function resolveVersion(
  name: 'versionName' | 'versionCode',
  reference: string,
  id: number | undefined,
  table: ResourceResolver | { problem: string } | undefined,
  notes: string[],
): string | null {
  let resolved: Resolved
  if (id === undefined) resolved = { problem: 'the manifest gives no resource id for it' }
  // The readers read a table for every reference with an id; none read is none to resolve with.
  else if (table === undefined) resolved = { problem: 'no resource table was read' }
  else if ('resolve' in table) {
    try {
      resolved = table.resolve(id)
    } catch (error) {
      resolved = damagedTable(error)
    }
  } else resolved = table
  if ('value' in resolved) return resolved.value
  notes.push(
    `${name}${REFERENCE_NOTE}(${reference}) that cannot be resolved (${resolved.problem}); it is not reported`,
  )
  return null
}

const REFERENCE_NOTE = ' is a resource reference '

/** Whether an artifact's note is resolveVersion's: it says why the build has no version. */
export function isVersionReferenceNote(note: string): boolean {
  return note.startsWith(`versionName${REFERENCE_NOTE}`) || note.startsWith(`versionCode${REFERENCE_NOTE}`)
}
