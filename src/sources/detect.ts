/**
 * One entry point for "what identity does this file say": dispatches on the file name. Used by the
 * scan (with the companions it reads) and by pull-request mode, which runs it on a file's base and
 * head text from git.
 */
import { detectAndroidManifest } from './android-manifest.js'
import { detectGradle } from './gradle.js'
import { detectHarmonyAppJson5, detectHarmonyBuildProfile } from './harmony.js'
import { detectInfoPlist } from './info-plist.js'
import {
  detectAlipayProject,
  detectUniAppManifest,
  detectWeChatProjectConfig,
  isUniAppManifest,
} from './mini-programs.js'
import { identityFileType } from './file-types.js'
import type { DetectedSources } from './types.js'
import { detectXcodeProject } from './xcode.js'

export { FILE_TYPE_PLATFORM, identityFileType, type IdentityFileType } from './file-types.js'

function empty(): DetectedSources {
  return { identities: [], signing: [], unresolved: [], notes: [] }
}

/**
 * The identities, release signing settings and unresolved identity values one file states, located
 * at their value tokens. `relPath` (workspace-relative, forward slashes) names the file in the
 * locations and decides the parser. Files of other kinds give an empty result.
 */
export function detectIdentities(relPath: string, text: string): DetectedSources {
  const file = relPath.split('\\').join('/')
  switch (identityFileType(file)) {
    case 'gradle': {
      const { model: _model, ...detected } = detectGradle(file, text)
      return detected
    }
    case 'android-manifest':
      return detectAndroidManifest(file, text)
    case 'xcode-project': {
      const { infoPlists: _infoPlists, xcconfigs: _xcconfigs, ...detected } = detectXcodeProject(file, text)
      return detected
    }
    case 'info-plist':
      return detectInfoPlist(file, text)
    case 'wechat-project-config':
      return detectWeChatProjectConfig(file, text)
    case 'alipay-project':
      return detectAlipayProject(file, text)
    case 'uni-app-manifest':
      return isUniAppManifest(text) ? detectUniAppManifest(file, text) : empty()
    case 'harmony-app':
      return detectHarmonyAppJson5(file, text)
    case 'harmony-build-profile':
      return detectHarmonyBuildProfile(file, text)
    default:
      return empty()
  }
}
