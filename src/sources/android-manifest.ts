/**
 * AndroidManifest.xml `package`: the application id of projects that set no `applicationId` in Gradle
 * (old projects; AGP uses the manifest package as the id then). Since AGP 7.3 the package attribute
 * is replaced by Gradle's `namespace` and is usually absent.
 */
import { LineIndex } from './text-position.js'
import type { DetectedSources } from './types.js'
import { scanXml } from './xml-scan.js'
import type { ManifestPackage } from './gradle.js'

export function readManifestPackage(file: string, text: string): ManifestPackage | undefined {
  const manifest = scanXml(text).find((item) => item.kind !== 'text' && item.kind !== 'close')
  if (!manifest || manifest.kind === 'text' || manifest.name !== 'manifest') return undefined
  const attribute = manifest.attributes.get('package')
  if (!attribute) return undefined
  return {
    value: attribute.value,
    location: new LineIndex(text).locate(file, attribute.start, attribute.end),
  }
}

export function detectAndroidManifest(file: string, text: string): DetectedSources {
  const result: DetectedSources = { identities: [], signing: [], unresolved: [], notes: [] }
  const found = readManifestPackage(file, text)
  if (!found) return result
  if (/\$\{/.test(found.value)) {
    result.unresolved.push({
      platform: 'android',
      key: 'package',
      expression: found.value,
      reason: 'the package uses a manifest placeholder that Gradle fills in at build time',
      release: true,
      location: found.location,
    })
  } else {
    result.identities.push({
      platform: 'android',
      key: 'package',
      value: found.value,
      release: true,
      location: found.location,
    })
  }
  return result
}
