/**
 * Which identity file a path names, by its file name alone: the source scan's walk needs this before
 * (and often instead of) loading any detector.
 */
import type { SourcePlatform } from './types.js'

export type IdentityFileType =
  | 'gradle'
  | 'android-manifest'
  | 'xcode-project'
  | 'info-plist'
  | 'wechat-project-config'
  | 'alipay-project'
  | 'uni-app-manifest'
  | 'harmony-app'
  | 'harmony-build-profile'

export const FILE_TYPE_PLATFORM: Record<IdentityFileType, SourcePlatform> = {
  gradle: 'android',
  'android-manifest': 'android',
  'xcode-project': 'ios',
  'info-plist': 'ios',
  'wechat-project-config': 'wechat',
  'alipay-project': 'alipay',
  'uni-app-manifest': 'wechat',
  'harmony-app': 'harmony',
  'harmony-build-profile': 'harmony',
}

/** The kind of identity file a path names, by its file name; undefined for anything else. */
export function identityFileType(relPath: string): IdentityFileType | undefined {
  const name = relPath.split(/[\\/]/).pop() ?? ''
  if (name === 'build.gradle' || name === 'build.gradle.kts') return 'gradle'
  if (name === 'AndroidManifest.xml') return 'android-manifest'
  if (name === 'project.pbxproj') return 'xcode-project'
  if (name === 'Info.plist' || name.endsWith('-Info.plist')) return 'info-plist'
  if (name === 'project.config.json' || name === 'project.private.config.json') return 'wechat-project-config'
  if (name === 'mini.project.json') return 'alipay-project'
  if (name === 'manifest.json') return 'uni-app-manifest'
  if (name === 'app.json5') return 'harmony-app'
  if (name === 'build-profile.json5') return 'harmony-build-profile'
  return undefined
}
