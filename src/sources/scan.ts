/**
 * The I/O edge of the source detectors: finds the identity files of a workspace (the paths an app
 * declares under `sources:`, else by walking the tree), reads them with their companions (the
 * AndroidManifest.xml a Gradle module without applicationId falls back to, the Info.plist an Xcode
 * app target uses, WeChat's project.private.config.json, HarmonyOS's build-profile.json5) and
 * returns everything workspace-relative. Problems are notes in the result, never exceptions: a bad
 * declared path must become a finding at the declaration, not a crash.
 */
import { readdir, readFile, realpath, stat } from '../promised-fs.js'
import path from 'node:path'
import { isInGitDirectory, isInside, leadsOutside, realPathInWorkspace } from '../workspace.js'
import { FILE_TYPE_PLATFORM, identityFileType, type IdentityFileType } from './file-types.js'
import type { GradleAndroidModel, GradleDetectOptions } from './gradle.js'
import type { SymbolLookup } from './gradle-symbols.js'
import type { DetectedSources, ScanNote, SourcePlatform, SourceScan } from './types.js'
import type { XcconfigSetting } from './xcconfig.js'
import { compareText } from '../findings.js'

export { identityFileType } from './file-types.js'

/**
 * The detectors (Gradle, Xcode, plist, manifest, mini-program and HarmonyOS parsers), loaded when the
 * scan meets its first identity file: a tree without one (a declaration kept apart from the app's
 * code) never pays for them (issue 10).
 */
const detectors = () => import('./detectors.js')

/**
 * The `sources:` key of an app: a file (or the directory holding it) per platform; for Android also
 * `{ path, variant }`, naming the variant that ships (`prodRelease`, `staging`).
 */
export interface SourceHints {
  android?: string | { path: string; variant?: string }
  ios?: string
  wechat?: string
  alipay?: string
  harmony?: string
}

/** Identity files are small; anything larger is not one (or is generated) and is not read. */
export const MAX_SOURCE_FILE_BYTES = 2 * 1024 * 1024
/** `apps/mobile/android/app/build.gradle` is depth 5; deeper trees name their files in `sources:`. */
export const MAX_WALK_DEPTH = 6
export const MAX_WALK_ENTRIES = 100_000
const MAX_SYMLINK_NOTES = 5
/** Directories listed ahead of the walk (libuv runs four file-system calls at once by default). */
const WALK_PREFETCH = 32
/** Kotlin files of buildSrc / build-logic read for constants (nowinandroid's has about 30). */
const MAX_BUILD_LOGIC_FILES = 500
/** Dependencies, build output and tool caches: they hold other projects' identity files. */
const SKIPPED_DIRS = new Set([
  'node_modules',
  'build',
  'Build', // Carthage/Build, Xcode
  'xcuserdata',
  'Pods',
  'dist',
  'DerivedData',
  'unpackage', // uni-app build output
  'miniprogram_npm', // WeChat npm build output
  'oh_modules', // HarmonyOS ohpm dependencies
  // uni-app plugins (DCloud's plugin market), dependencies as node_modules are: uni-ui's uni-scss
  // ships a manifest.json with an empty mp-weixin.appid that read as the app's (yudao-mall-uniapp).
  'uni_modules',
  'ephemeral', // Flutter generated platform files
  'Carthage',
])

const PLATFORMS: SourcePlatform[] = ['android', 'ios', 'wechat', 'alipay', 'harmony']

const EXPECTED_FILES: Record<SourcePlatform, string> = {
  android: 'build.gradle, build.gradle.kts or AndroidManifest.xml',
  ios: 'project.pbxproj (or the .xcodeproj directory) or Info.plist',
  wechat: 'project.config.json, project.private.config.json or a uni-app manifest.json',
  alipay: 'mini.project.json',
  harmony: 'AppScope/app.json5 or build-profile.json5',
}

class ScanResult {
  readonly scan: Required<SourceScan> = { identities: [], signing: [], files: [], unresolved: [], notes: [] }

  /**
   * Adds what one file gave. The file is listed in `files` when it contributed something, or when
   * it is `listed` anyway: a declared file, or a companion the identity depends on (an Info.plist
   * that defers to the project file today can pin a literal id in a pull request tomorrow).
   */
  add(detected: DetectedSources, file: string, listed = false, module?: string): void {
    if (module !== undefined) {
      for (const identity of detected.identities) identity.module ??= module
      for (const unresolved of detected.unresolved) unresolved.module ??= module
    }
    this.scan.identities.push(...detected.identities)
    this.scan.signing.push(...detected.signing)
    this.scan.unresolved.push(...detected.unresolved)
    this.scan.notes.push(...detected.notes)
    const contributed =
      detected.identities.length +
        detected.signing.length +
        detected.unresolved.length +
        detected.notes.length >
      0
    if ((contributed || listed) && !this.scan.files.includes(file)) this.scan.files.push(file)
  }

  note(note: ScanNote): void {
    this.scan.notes.push(note)
  }
}

const toPosix = (p: string) => p.split(path.sep).join('/')

/**
 * Scans the workspace for the identity the source tree gives each platform.
 *
 * With hints (an app's `sources:`), only the hinted platforms are read, from exactly those paths
 * (relative to the workspace; a directory is accepted where the file inside it is unambiguous).
 * Without hints, every platform is auto-detected by walking the tree. A hint outside the workspace,
 * missing, or of the wrong kind gives an `invalid-path` / `missing` note for that platform.
 */
/** Limits of the walk; tests lower them to reach them with a small tree. */
export interface ScanLimits {
  maxEntries?: number
}

export async function scanSources(
  workspace: string,
  hints: SourceHints = {},
  limits: ScanLimits = {},
): Promise<SourceScan> {
  const root = path.resolve(workspace)
  const result = new ScanResult()
  const reader = new SourceReader(root, result)
  const hinted = PLATFORMS.filter((p) => hints[p] !== undefined)
  if (hinted.length > 0) {
    for (const platform of hinted) {
      const hint = hints[platform]!
      const input = typeof hint === 'string' ? hint : hint.path
      const variant = typeof hint === 'string' ? undefined : hint.variant
      for (const rel of await reader.resolveDeclared(platform, input))
        await scanFile(reader, result, rel, platform, true, variant)
    }
  } else {
    for (const { rel, type } of await findIdentityFiles(
      root,
      result,
      limits.maxEntries ?? MAX_WALK_ENTRIES,
    )) {
      await scanFile(reader, result, rel, FILE_TYPE_PLATFORM[type], false)
    }
  }
  const byPlace = (a: { location: { file: string; line: number; column: number } }, b: typeof a) =>
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column
  result.scan.identities.sort(byPlace)
  result.scan.signing.sort(byPlace)
  result.scan.unresolved.sort(byPlace)
  return result.scan
}

/** Reads workspace files for the detectors, turning every problem into a note. */
class SourceReader {
  constructor(
    readonly root: string,
    private readonly result: ScanResult,
  ) {}

  /** The root's real path, resolved once for every file the scan reads. */
  private realRoot: Promise<string> | undefined
  private resolvedRoot(): Promise<string> {
    return (this.realRoot ??= realpath(this.root).catch(() => this.root))
  }

  /**
   * A declared path, validated and resolved to the identity file(s) it names (a folder may hold
   * several Android application modules); empty after a note.
   */
  async resolveDeclared(platform: SourcePlatform, input: string): Promise<string[]> {
    const invalid = (message: string): string[] => {
      this.result.note({ kind: 'invalid-path', file: input, platform, message })
      return []
    }
    if (input.trim() === '')
      return invalid(`sources.${platform} is empty; name the ${EXPECTED_FILES[platform]} file`)
    const absolute = path.resolve(this.root, input)
    const relative = path.relative(this.root, absolute)
    if (leadsOutside(relative)) {
      return invalid(
        `sources.${platform} "${input}" is outside the workspace; use a path relative to the repository root, e.g. ${exampleHint(platform)}`,
      )
    }
    if (!(await realPathInWorkspace(this.root, absolute))) {
      return invalid(
        `sources.${platform} "${input}" is a symbolic link to outside the workspace; name the file itself`,
      )
    }
    const info = await stat(absolute).catch(() => undefined)
    if (!info) {
      this.result.note({
        kind: 'missing',
        file: toPosix(relative) || input,
        platform,
        message: `sources.${platform} "${input}" does not exist; fix the path (expected ${EXPECTED_FILES[platform]})`,
      })
      return []
    }
    let rel = toPosix(relative)
    if (info.isDirectory()) {
      if (platform === 'android') {
        const modules = await this.applicationModules(rel)
        if (modules.length > 0) return modules
      }
      const inside = await this.fileInDirectory(platform, rel)
      if (!inside) {
        return invalid(
          `sources.${platform} "${input}" is a directory without a ${EXPECTED_FILES[platform]} file; name the file`,
        )
      }
      rel = inside
    }
    const type = identityFileType(rel)
    if (!type || FILE_TYPE_PLATFORM[type] !== platform) {
      return invalid(
        `sources.${platform} "${input}" is not a ${platform} identity file; expected ${EXPECTED_FILES[platform]}`,
      )
    }
    return [rel]
  }

  /**
   * The Android application module(s) in a declared folder: `android` is a Gradle root whose
   * `build.gradle` only configures plugins; the app is `android/app` (or any module applying
   * com.android.application within two levels).
   */
  private async applicationModules(dir: string): Promise<string[]> {
    const { detectGradle } = await detectors()
    const found: string[] = []
    const visit = async (folder: string, depth: number) => {
      for (const name of ['build.gradle.kts', 'build.gradle']) {
        const rel = [folder, name].filter((p) => p !== '').join('/')
        if (!(await this.isFile(rel))) continue
        const text = await this.read(rel, 'android', false)
        if (text !== undefined && isApplicationScript(detectGradle(rel, text))) found.push(rel)
        break
      }
      if (depth >= 2) return
      const entries = await readdir(path.join(this.root, folder), { withFileTypes: true }).catch(() => [])
      entries.sort((a, b) => compareText(a.name, b.name))
      for (const entry of entries) {
        if (!entry.isDirectory() || entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue
        await visit([folder, entry.name].filter((p) => p !== '').join('/'), depth + 1)
      }
    }
    await visit(dir, 0)
    return found
  }

  private readonly symbolCache = new Map<string, SymbolLookup>()

  /**
   * The constants a module's script may use from outside it: gradle.properties of the module and of
   * the Gradle root, and `const val` / enum properties of the build logic (buildSrc, build-logic,
   * every `includeBuild`). Read once per Gradle root.
   */
  async gradleSymbols(moduleRel: string): Promise<SymbolLookup> {
    const { SymbolTable, readGradleProperties, readKotlinConstants, readScriptConstants } = await detectors()
    const moduleDir = path.posix.dirname(moduleRel)
    const gradleRoot = await this.gradleRoot(moduleDir)
    const key = `${gradleRoot}\u0000${moduleDir}`
    const cached = this.symbolCache.get(key)
    if (cached) return cached
    const table = new SymbolTable()
    const join = (...parts: string[]) => path.posix.join(...parts.filter((p) => p !== '' && p !== '.')) || '.'
    for (const dir of [...new Set([moduleDir, gradleRoot])]) {
      const file = join(dir, 'gradle.properties')
      const text = await this.read(file, 'android', false)
      if (text !== undefined) readGradleProperties(file, text, table)
    }
    if (gradleRoot !== moduleDir) {
      for (const name of ['build.gradle.kts', 'build.gradle']) {
        const file = join(gradleRoot, name)
        const text = await this.read(file, 'android', false)
        if (text === undefined) continue
        readScriptConstants(file, text, table)
        break
      }
    }
    const logicDirs = new Set([join(gradleRoot, 'buildSrc'), join(gradleRoot, 'build-logic')])
    for (const name of ['settings.gradle.kts', 'settings.gradle']) {
      const text = await this.read(join(gradleRoot, name), 'android', false)
      if (text === undefined) continue
      for (const match of text.matchAll(/includeBuild\s*\(?\s*["']([^"'$]+)["']/g)) {
        const dir = join(gradleRoot, match[1]!)
        if (dir !== '..' && !dir.startsWith('../')) logicDirs.add(dir)
      }
      break
    }
    for (const dir of logicDirs) {
      for (const file of await this.kotlinFiles(dir)) {
        const text = await this.read(file, 'android', false)
        if (text !== undefined) readKotlinConstants(file, text, table)
      }
    }
    this.symbolCache.set(key, table.lookup)
    return table.lookup
  }

  /** The nearest folder at or above a module holding settings.gradle(.kts), within the workspace. */
  private async gradleRoot(moduleDir: string): Promise<string> {
    for (let dir = moduleDir; ; dir = path.posix.dirname(dir)) {
      for (const name of ['settings.gradle.kts', 'settings.gradle']) {
        if (await this.isFile(dir === '.' ? name : `${dir}/${name}`)) return dir
      }
      if (dir === '.' || dir === '') return moduleDir
    }
  }

  /** Kotlin sources of build logic: bounded, so a huge included build cannot stall the scan. */
  private async kotlinFiles(dir: string): Promise<string[]> {
    const files: string[] = []
    const queue = [dir]
    let entriesSeen = 0
    while (queue.length > 0 && files.length < MAX_BUILD_LOGIC_FILES && entriesSeen < MAX_WALK_ENTRIES) {
      const folder = queue.shift()!
      const entries = await readdir(path.join(this.root, folder), { withFileTypes: true }).catch(() => [])
      entries.sort((a, b) => compareText(a.name, b.name))
      for (const entry of entries) {
        entriesSeen++
        const rel = `${folder}/${entry.name}`
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) queue.push(rel)
        } else if (entry.isFile() && entry.name.endsWith('.kt')) files.push(rel)
      }
    }
    return files.slice(0, MAX_BUILD_LOGIC_FILES)
  }

  private async fileInDirectory(platform: SourcePlatform, dir: string): Promise<string | undefined> {
    const join = (...parts: string[]) => [dir, ...parts].filter((p) => p !== '').join('/')
    const candidates: Record<SourcePlatform, string[]> = {
      android: ['build.gradle.kts', 'build.gradle', 'app/build.gradle.kts', 'app/build.gradle'],
      ios: ['project.pbxproj'],
      wechat: ['project.config.json'],
      alipay: ['mini.project.json'],
      harmony: ['AppScope/app.json5'],
    }
    for (const candidate of candidates[platform]) {
      if (await this.isFile(join(candidate))) return join(candidate)
    }
    if (platform === 'ios') {
      // A directory holding exactly one .xcodeproj (e.g. `ios`).
      const entries = await readdir(path.join(this.root, dir), { withFileTypes: true }).catch(() => [])
      const projects = entries.filter(
        (e) => e.isDirectory() && e.name.endsWith('.xcodeproj') && e.name !== 'Pods.xcodeproj',
      )
      if (projects.length === 1 && (await this.isFile(join(projects[0]!.name, 'project.pbxproj')))) {
        return join(projects[0]!.name, 'project.pbxproj')
      }
    }
    return undefined
  }

  private async isFile(rel: string): Promise<boolean> {
    return (await stat(path.join(this.root, rel)).catch(() => undefined))?.isFile() ?? false
  }

  /**
   * The text of a workspace file. `required` files that are missing get a note; companions that
   * are missing are normal (most modules have no manifest package, most apps no private config).
   */
  async read(rel: string, platform: SourcePlatform, required: boolean): Promise<string | undefined> {
    const absolute = path.join(this.root, rel)
    // Git's own files are never read, named (`#include "../.git/config"`) or through a symlink:
    // .git/config can hold the checkout's credential, which a crafted setting would echo as an id.
    // One realpath per file serves both checks; a missing file has none and is reported missing below.
    const real = await realpath(absolute).catch(() => undefined)
    const realRoot = await this.resolvedRoot()
    if (
      isInGitDirectory(path.relative(this.root, absolute)) ||
      (real !== undefined && isInGitDirectory(path.relative(realRoot, real)))
    ) {
      this.result.note({
        kind: 'invalid-path',
        file: rel,
        platform,
        message: `${rel} is inside a .git folder; the source scan never reads git's own files`,
      })
      return undefined
    }
    if (real !== undefined && !isInside(realRoot, real)) {
      this.result.note({
        kind: 'invalid-path',
        file: rel,
        platform,
        message: `${rel} is a symbolic link to outside the workspace; it was not read`,
      })
      return undefined
    }
    const info = await stat(absolute).catch(() => undefined)
    if (!info?.isFile()) {
      if (required)
        this.result.note({ kind: 'missing', file: rel, platform, message: `${rel} does not exist` })
      return undefined
    }
    if (info.size > MAX_SOURCE_FILE_BYTES) {
      this.result.note({
        kind: 'too-large',
        file: rel,
        platform,
        message: `${rel} is ${(info.size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_SOURCE_FILE_BYTES / 1024 / 1024} MiB limit for identity files; it was skipped`,
      })
      return undefined
    }
    try {
      return await readFile(absolute, 'utf8')
    } catch (error) {
      this.result.note({
        kind: 'unreadable',
        file: rel,
        platform,
        message: `${rel} could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      })
      return undefined
    }
  }
}

function exampleHint(platform: SourcePlatform): string {
  return {
    android: 'android/app/build.gradle.kts',
    ios: 'ios/Runner.xcodeproj/project.pbxproj',
    wechat: 'project.config.json',
    alipay: 'mini.project.json',
    harmony: 'AppScope/app.json5',
  }[platform]
}

async function scanFile(
  reader: SourceReader,
  result: ScanResult,
  rel: string,
  platform: SourcePlatform,
  declared: boolean,
  variant?: string,
): Promise<void> {
  const { detectIdentities } = await detectors()
  const text = await reader.read(rel, platform, true)
  if (text === undefined) return
  if (declared) result.add(empty(), rel, true)
  const type = identityFileType(rel)
  if (type === 'gradle') return scanGradleModule(reader, result, rel, text, declared, variant)
  if (type === 'xcode-project') return scanXcodeProject(reader, result, rel, text)
  if (type === 'wechat-project-config') return scanWeChatProject(reader, result, rel, text)
  if (type === 'harmony-app') return scanHarmonyApp(reader, result, rel, text)
  const detected = detectIdentities(rel, text)
  if (
    declared &&
    type === 'android-manifest' &&
    detected.identities.length + detected.unresolved.length === 0
  ) {
    detected.notes.push({
      kind: 'no-identity',
      file: rel,
      platform,
      message: `${rel} has no package attribute`,
    })
  }
  result.add(detected, rel, false, moduleOf(rel))
}

/** The module a file belongs to: its folder; an Xcode project's `.xcodeproj`; AppScope's project. */
function moduleOf(rel: string): string {
  const dir = path.posix.dirname(rel)
  if (rel.endsWith('.xcodeproj/project.pbxproj')) return dir
  if (/(^|\/)AppScope$/.test(dir)) return path.posix.dirname(dir)
  return dir
}

type DetectedGradle = ReturnType<Awaited<ReturnType<typeof detectors>>['detectGradle']>

/** Whether a Gradle script builds an application (not a library or the root script). */
function isApplicationScript({ model, identities, unresolved }: DetectedGradle): boolean {
  return model !== undefined && (model.appliesApplicationPlugin || identities.length + unresolved.length > 0)
}

function needsManifestPackage(model: GradleAndroidModel): boolean {
  if (model.defaultConfig.applicationId) return false
  return model.flavors.size === 0 || [...model.flavors.values()].some((f) => !f.applicationId)
}

async function scanGradleModule(
  reader: SourceReader,
  result: ScanResult,
  rel: string,
  text: string,
  declared: boolean,
  variant?: string,
): Promise<void> {
  const { detectAndroidManifest, detectGradle, readManifestPackage } = await detectors()
  const options: GradleDetectOptions = {
    ...(variant ? { variant } : {}),
    ...(declared ? { applicationModule: true } : {}),
  }
  let { model, ...detected } = detectGradle(rel, text, options)
  const isAppModule =
    model !== undefined &&
    (model.appliesApplicationPlugin || detected.identities.length + detected.unresolved.length > 0)
  if (!declared && !isAppModule && detected.notes.length === 0) return // root script or library module
  if (detected.unresolved.length > 0) {
    // Only now read the build's constants: most modules resolve without them.
    options.symbols = await reader.gradleSymbols(rel)
    ;({ model, ...detected } = detectGradle(rel, text, options))
  }
  // A namespace that gave the id makes the manifest package irrelevant (AGP 8 rejects it anyway).
  const namespaceGaveId =
    model?.namespace !== undefined && detected.identities.length + detected.unresolved.length > 0
  if (model && needsManifestPackage(model) && !namespaceGaveId) {
    const manifestRel = path.posix.join(path.posix.dirname(rel), 'src/main/AndroidManifest.xml')
    const manifestText = await reader.read(manifestRel, 'android', false)
    const manifestPackage =
      manifestText === undefined ? undefined : readManifestPackage(manifestRel, manifestText)
    if (manifestPackage && !/\$\{/.test(manifestPackage.value)) {
      ;({ model, ...detected } = detectGradle(rel, text, { ...options, manifestPackage }))
      result.add(empty(), manifestRel, true)
    } else if (manifestText !== undefined) {
      result.add(
        manifestPackage ? detectAndroidManifest(manifestRel, manifestText) : empty(),
        manifestRel,
        true,
      )
    }
    if (
      detected.identities.length + detected.unresolved.length === 0 &&
      (declared || model?.appliesApplicationPlugin)
    ) {
      detected.notes.push({
        kind: 'no-identity',
        file: rel,
        platform: 'android',
        message: `${rel} sets no applicationId (defaultConfig or product flavours) and ${manifestRel} has no package attribute; the application id could not be found`,
      })
    }
  }
  result.add(detected, rel, false, moduleOf(rel))
}

async function scanXcodeProject(
  reader: SourceReader,
  result: ScanResult,
  rel: string,
  text: string,
): Promise<void> {
  const { detectInfoPlist, detectXcodeProject } = await detectors()
  // INFOPLIST_FILE and xcconfig references are relative to SRCROOT, the directory holding the .xcodeproj.
  const srcRoot = path.posix.dirname(path.posix.dirname(rel))
  let { infoPlists, xcconfigs, ...detected } = detectXcodeProject(rel, text)
  if (xcconfigs.length > 0) {
    const loaded = new Map<string, Map<string, XcconfigSetting>>()
    for (const reference of xcconfigs) {
      const fileRel = path.posix.normalize(path.posix.join(srcRoot, reference))
      if (fileRel.startsWith('../')) continue
      loaded.set(reference, await readXcconfigSettings(reader, result, fileRel))
    }
    ;({ infoPlists, xcconfigs, ...detected } = detectXcodeProject(rel, text, (p) => loaded.get(p)))
  }
  const module = moduleOf(rel)
  result.add(detected, rel, false, module)
  const seen = new Set<string>()
  for (const reference of infoPlists) {
    const plistRel = path.posix.normalize(path.posix.join(srcRoot, reference.path))
    if (plistRel.startsWith('../') || path.posix.isAbsolute(plistRel)) continue
    if (seen.has(`${reference.target}\u0000${plistRel}`)) continue
    seen.add(`${reference.target}\u0000${plistRel}`)
    const plistText = await reader.read(plistRel, 'ios', true)
    if (plistText === undefined) continue
    const context = { target: reference.target, variant: reference.variant }
    result.add(detectInfoPlist(plistRel, plistText, context), plistRel, true, module)
  }
}

/** Xcconfig files `#include` each other; Xcode stops at a few levels, and so does this reader. */
const MAX_XCCONFIG_INCLUDES = 8

/**
 * An xcconfig's settings with its `#include`s applied in order (later lines win). Included files are
 * read relative to the including file; a file outside the workspace or a cycle is not followed.
 */
async function readXcconfigSettings(
  reader: SourceReader,
  result: ScanResult,
  fileRel: string,
  depth = 0,
  seen = new Set<string>(),
): Promise<Map<string, XcconfigSetting>> {
  const { parseXcconfig } = await detectors()
  const settings = new Map<string, XcconfigSetting>()
  if (depth > MAX_XCCONFIG_INCLUDES || seen.has(fileRel)) return settings
  seen.add(fileRel)
  const text = await reader.read(fileRel, 'ios', false)
  if (text === undefined) return settings
  result.add(empty(), fileRel, true)
  for (const entry of parseXcconfig(fileRel, text).entries) {
    if (entry.kind === 'setting') settings.set(entry.key, entry.setting)
    else {
      const included = path.posix.normalize(path.posix.join(path.posix.dirname(fileRel), entry.path))
      if (included.startsWith('../') || path.posix.isAbsolute(included)) continue
      for (const [key, value] of await readXcconfigSettings(reader, result, included, depth + 1, seen))
        settings.set(key, value)
    }
  }
  return settings
}

async function scanWeChatProject(
  reader: SourceReader,
  result: ScanResult,
  rel: string,
  text: string,
): Promise<void> {
  const { detectIdentities } = await detectors()
  const shared = detectIdentities(rel, text)
  if (!rel.endsWith('project.private.config.json')) {
    // DevTools prefers the private file's appid; the shared value then is not what gets uploaded.
    const privateRel = path.posix.join(path.posix.dirname(rel), 'project.private.config.json')
    const privateText = await reader.read(privateRel, 'wechat', false)
    if (privateText !== undefined) {
      const overrides = detectIdentities(privateRel, privateText)
      if (overrides.identities.length + overrides.unresolved.length > 0) {
        for (const identity of shared.identities) identity.release = false
        for (const unresolved of shared.unresolved) unresolved.release = false
      }
      result.add(shared, rel, false, moduleOf(rel))
      result.add(overrides, privateRel, true, moduleOf(rel))
      return
    }
  }
  result.add(shared, rel, false, moduleOf(rel))
}

async function scanHarmonyApp(
  reader: SourceReader,
  result: ScanResult,
  rel: string,
  text: string,
): Promise<void> {
  const { detectIdentities, everyProductSetsBundleName } = await detectors()
  const module = moduleOf(rel)
  const app = detectIdentities(rel, text)
  // The project-level build-profile.json5 sits next to AppScope/.
  if (!rel.endsWith('app.json5')) {
    result.add(app, rel, false, module)
    return
  }
  const projectDir = path.posix.dirname(path.posix.dirname(rel))
  const profileRel = projectDir === '.' ? 'build-profile.json5' : `${projectDir}/build-profile.json5`
  const profileText = await reader.read(profileRel, 'harmony', false)
  const profile = profileText === undefined ? undefined : detectIdentities(profileRel, profileText)
  // When every product sets its own bundleName, no product builds app.json5's: it is no release id
  // (matching it must not excuse a product that builds another).
  if (profileText !== undefined && everyProductSetsBundleName(profileRel, profileText))
    app.identities = app.identities.map((identity) => ({ ...identity, release: false }))
  result.add(app, rel, false, module)
  if (profile) result.add(profile, profileRel, true, module)
}

function empty(): DetectedSources {
  return { identities: [], signing: [], unresolved: [], notes: [] }
}

/** Walks the tree (breadth first, depth-limited, skipping dependencies and build output). */
async function findIdentityFiles(
  root: string,
  result: ScanResult,
  maxEntries: number,
): Promise<{ rel: string; type: IdentityFileType }[]> {
  let symlinkNotes = 0
  const found: { rel: string; type: IdentityFileType }[] = []
  type Listing = Awaited<ReturnType<typeof listDirectory>>
  const queue: { dir: string; depth: number; entries?: Promise<Listing> }[] = [{ dir: '', depth: 0 }]
  const listDirectory = (dir: string) =>
    readdir(path.join(root, dir), { withFileTypes: true }).catch(() => [])
  // The directories next in line are listed ahead, a bounded number at a time: on a busy runner
  // the walk waits on I/O, not the CPU. They are still visited in order, so results are stable.
  const prefetch = (from: number) => {
    for (let k = from; k < Math.min(queue.length, from + WALK_PREFETCH); k++)
      queue[k]!.entries ??= listDirectory(queue[k]!.dir)
  }
  let seen = 0
  for (let head = 0; head < queue.length; head++) {
    prefetch(head)
    const { dir, depth } = queue[head]!
    const entries = await queue[head]!.entries!
    queue[head]!.entries = undefined
    entries.sort((a, b) => compareText(a.name, b.name))
    for (const entry of entries) {
      if (++seen > maxEntries) {
        result.note({
          kind: 'too-large',
          file: '.',
          message: `the workspace has more than ${maxEntries} entries within depth ${MAX_WALK_DEPTH} (outside ${[...SKIPPED_DIRS].slice(0, 4).join(', ')}, …); auto-detection stopped at ${dir || '.'}, so identity files after it were not checked: name them under sources:`,
        })
        return found
      }
      const rel = dir ? `${dir}/${entry.name}` : entry.name
      if (entry.isSymbolicLink()) {
        // Never followed; one pointing out of the workspace is said (at most a few times per run).
        if (symlinkNotes < MAX_SYMLINK_NOTES && !(await realPathInWorkspace(root, path.join(root, rel)))) {
          symlinkNotes++
          result.note({
            kind: 'symlink',
            file: rel,
            message: `${rel} is a symbolic link to outside the workspace; the source scan does not follow it`,
          })
        }
        continue
      }
      // Symbolic links are not followed: they could point outside the workspace (Flutter's ios/.symlinks).
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue
        if (depth + 1 < MAX_WALK_DEPTH) queue.push({ dir: rel, depth: depth + 1 })
        continue
      }
      if (!entry.isFile()) continue
      const type = autoDetectedType(rel)
      if (type) found.push({ rel, type })
    }
  }
  return found
}

/** Which files auto-detection starts from; companions (manifest, Info.plist, ...) are read from these. */
function autoDetectedType(rel: string): IdentityFileType | undefined {
  const type = identityFileType(rel)
  switch (type) {
    case 'gradle':
    case 'wechat-project-config':
    case 'alipay-project':
      return rel.endsWith('project.private.config.json') ? undefined : type
    case 'xcode-project':
      return /\.xcodeproj\/project\.pbxproj$/.test(rel) ? type : undefined
    case 'harmony-app':
      return /(^|\/)AppScope\/app\.json5$/.test(rel) ? type : undefined
    case 'uni-app-manifest':
      return type
    default:
      return undefined
  }
}
