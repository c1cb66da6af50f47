/**
 * Everything the source scan parses files with, in one module that scan.ts loads on its first
 * identity file (issue 10).
 */
export { detectAndroidManifest, readManifestPackage } from './android-manifest.js'
export { detectIdentities } from './detect.js'
export { detectGradle, readScriptConstants } from './gradle.js'
export { readGradleProperties, readKotlinConstants, SymbolTable } from './gradle-symbols.js'
export { detectInfoPlist } from './info-plist.js'
export { detectXcodeProject } from './xcode.js'
export { parseXcconfig } from './xcconfig.js'
export { everyProductSetsBundleName } from './harmony.js'
