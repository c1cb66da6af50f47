/**
 * iOS bundle identifier from an Xcode `project.pbxproj`.
 *
 * The app is the PBXNativeTarget whose productType is `com.apple.product-type.application`. Its
 * Release configuration is found through PBXNativeTarget.buildConfigurationList ->
 * XCConfigurationList.buildConfigurations -> XCBuildConfiguration (name `Release`, or `Release-<x>` as
 * Flutter flavours name them), and PRODUCT_BUNDLE_IDENTIFIER is read from its buildSettings, falling
 * back to the project-level configuration of the same name, as Xcode's setting inheritance does.
 * `$(TARGET_NAME)`/`$(PRODUCT_NAME)` and other settings defined in the file are expanded (with the
 * `:rfc1034identifier`, `:c99extidentifier`, `:lower`, `:upper` modifiers); anything else (xcconfig
 * files, environment) is reported as unresolved.
 */
import type { SourceLocation } from '../findings.js'
import {
  dictGet,
  parseOpenStepPlist,
  PlistSyntaxError,
  stringGet,
  type PlistNode,
  type PlistString,
} from './openstep-plist.js'
import { LineIndex } from './text-position.js'
import type { DetectedSources } from './types.js'
import type { XcconfigSetting } from './xcconfig.js'

/** The settings of an xcconfig (its includes applied), by its path relative to SRCROOT. */
export type XcconfigLookup = (pathFromSrcRoot: string) => Map<string, XcconfigSetting> | undefined

const APPLICATION = 'com.apple.product-type.application'
/** Targets embedded in the app that ship with it under their own bundle id. */
const EMBEDDED = [
  'com.apple.product-type.app-extension',
  'com.apple.product-type.extensionkit-extension',
  'com.apple.product-type.watchkit2-extension',
  'com.apple.product-type.tv-app-extension',
  'com.apple.product-type.application.watchapp2',
  'com.apple.product-type.application.watchapp2-container',
  'com.apple.product-type.application.on-demand-install-capable',
  'com.apple.product-type.application.messages',
]

const SIGNING_KEYS = [
  'CODE_SIGN_STYLE',
  'CODE_SIGN_IDENTITY',
  'DEVELOPMENT_TEAM',
  'PROVISIONING_PROFILE_SPECIFIER',
  'PROVISIONING_PROFILE',
]

export function isReleaseConfiguration(name: string): boolean {
  return /^release(?:$|[-_ .])/i.test(name)
}

/** An Info.plist the app target's release configuration uses, for the scan layer to read. */
export interface InfoPlistReference {
  target: string
  variant: string
  /** Relative to the directory that holds the .xcodeproj (SRCROOT). */
  path: string
}

interface Configuration {
  name: string
  nameNode: PlistString
  settings: PlistNode | undefined
  baseConfiguration?: string
  /** The xcconfig's path relative to SRCROOT, through the groups that hold its file reference. */
  baseConfigurationPath?: string
}

/**
 * The scan reads a project twice when it has xcconfig files (once to learn their names, once with
 * their settings); the parse of the last text is kept so large projects are parsed once.
 */
let lastParse: { text: string; root: PlistNode } | undefined
function parseOnce(text: string): PlistNode {
  if (lastParse?.text !== text) lastParse = { text, root: parseOpenStepPlist(text) }
  return lastParse.root
}

export function detectXcodeProject(
  file: string,
  text: string,
  xcconfigs?: XcconfigLookup,
): DetectedSources & { infoPlists: InfoPlistReference[]; xcconfigs: string[] } {
  const result: DetectedSources & { infoPlists: InfoPlistReference[]; xcconfigs: string[] } = {
    identities: [],
    signing: [],
    unresolved: [],
    notes: [],
    infoPlists: [],
    xcconfigs: [],
  }
  const lines = new LineIndex(text)
  const locate = (node: { start: number; end: number }): SourceLocation =>
    lines.locate(file, node.start, node.end)
  let root: PlistNode
  try {
    root = parseOnce(text)
  } catch (error) {
    if (!(error instanceof PlistSyntaxError)) throw error
    const at = lines.position(error.offset)
    result.notes.push({
      kind: 'parse-error',
      file,
      platform: 'ios',
      message: `${file}:${at.line}:${at.column}: ${error.message}; the bundle identifier could not be read`,
    })
    return result
  }
  const objects = dictGet(root, 'objects')
  const object = (id: string | undefined) => (id === undefined ? undefined : dictGet(objects, id))
  const fileName = (id: string | undefined) => {
    const ref = object(id)
    return stringGet(ref, 'path')?.value ?? stringGet(ref, 'name')?.value
  }
  // Parent group of each object, to turn a `<group>`-relative file reference into a SRCROOT path.
  const parents = new Map<string, string>()
  if (objects?.kind === 'dict') {
    for (const [id, { value }] of objects.entries) {
      const children = dictGet(value, 'children')
      if (children?.kind !== 'array') continue
      for (const child of children.items) if (child.kind === 'string') parents.set(child.value, id)
    }
  }
  /** '' for the project's folder itself; undefined for no object, or one outside the source tree. */
  const pathFromSrcRoot = (id: string | undefined): string | undefined => {
    if (id === undefined || object(id) === undefined) return undefined
    const parts: string[] = []
    const seen = new Set<string>()
    for (
      let current: string | undefined = id;
      current !== undefined && !seen.has(current);
      current = parents.get(current)
    ) {
      seen.add(current)
      const ref = object(current)
      const sourceTree = stringGet(ref, 'sourceTree')?.value ?? '<group>'
      const segment = stringGet(ref, 'path')?.value
      if (segment) parts.unshift(segment)
      if (sourceTree === 'SOURCE_ROOT') break
      if (sourceTree !== '<group>') return undefined // absolute, SDKROOT, BUILT_PRODUCTS_DIR, …
    }
    return parts.join('/')
  }
  // Xcode 16 names an xcconfig inside a folder-synchronized group (PBXFileSystemSynchronizedRootGroup)
  // by that group and a path relative to it, not by a file reference (NetNewsWire).
  const baseConfigurationOf = (config: PlistNode | undefined): { base?: string; basePath?: string } => {
    const anchor = stringGet(config, 'baseConfigurationReferenceAnchor')?.value
    const relative = stringGet(config, 'baseConfigurationReferenceRelativePath')?.value
    if (anchor !== undefined && relative !== undefined) {
      const folder = pathFromSrcRoot(anchor)
      return {
        base: relative,
        basePath: folder === undefined ? undefined : folder ? `${folder}/${relative}` : relative,
      }
    }
    const baseId = stringGet(config, 'baseConfigurationReference')?.value
    return { base: fileName(baseId), basePath: pathFromSrcRoot(baseId) || undefined }
  }
  const configurations = (listId: string | undefined): Configuration[] => {
    const ids = dictGet(object(listId), 'buildConfigurations')
    if (ids?.kind !== 'array') return []
    return ids.items.flatMap((item) => {
      const config = item.kind === 'string' ? object(item.value) : undefined
      const nameNode = stringGet(config, 'name')
      if (!nameNode) return []
      const { base, basePath } = baseConfigurationOf(config)
      if (basePath && !result.xcconfigs.includes(basePath)) result.xcconfigs.push(basePath)
      return [
        {
          name: nameNode.value,
          nameNode,
          settings: dictGet(config, 'buildSettings'),
          ...(base !== undefined ? { baseConfiguration: base } : {}),
          ...(basePath ? { baseConfigurationPath: basePath } : {}),
        },
      ]
    })
  }

  const projectId = stringGet(root, 'rootObject')?.value
  const project = object(projectId)
  const projectConfigs = configurations(stringGet(project, 'buildConfigurationList')?.value)
  const targets = dictGet(project, 'targets')
  const targetIds =
    targets?.kind === 'array' ? targets.items.flatMap((t) => (t.kind === 'string' ? [t.value] : [])) : []

  for (const targetId of targetIds) {
    const target = object(targetId)
    if (stringGet(target, 'isa')?.value !== 'PBXNativeTarget') continue
    const productType = stringGet(target, 'productType')?.value ?? ''
    const isApp = productType === APPLICATION
    if (!isApp && !EMBEDDED.includes(productType)) continue // tests, frameworks, libraries
    const targetName = stringGet(target, 'name')?.value ?? targetId

    for (const config of configurations(stringGet(target, 'buildConfigurationList')?.value)) {
      if (!isReleaseConfiguration(config.name)) continue
      const projectConfig = projectConfigs.find((c) => c.name === config.name)
      const fromXcconfig = (c: Configuration | undefined, key: string) =>
        c?.baseConfigurationPath ? xcconfigs?.(c.baseConfigurationPath)?.get(key) : undefined
      // Xcode's precedence: target settings, target xcconfig, project settings, project xcconfig.
      const lookup = (key: string): { value: string; location: SourceLocation } | undefined => {
        const own = stringGet(config.settings, key)
        if (own) return { value: own.value, location: locate(own) }
        const targetFile = fromXcconfig(config, key)
        if (targetFile) return targetFile
        const project = stringGet(projectConfig?.settings, key)
        if (project) return { value: project.value, location: locate(project) }
        return fromXcconfig(projectConfig, key)
      }
      // A macOS target (Flutter's macos/Runner.xcodeproj) builds a Mac app, not the iOS one.
      const sdk = lookup('SDKROOT')?.value
      const supported = lookup('SUPPORTED_PLATFORMS')?.value ?? ''
      const iosSupported = /iphoneos/.test(supported)
      if ((sdk === 'macosx' || sdk === 'appletvos') && !iosSupported) continue
      // A watchOS app target ships inside the iOS app under its own id, like an extension.
      const watchApp = sdk === 'watchos' && !iosSupported
      const common = { variant: config.name, target: targetName, release: isApp && !watchApp }

      // With the xcconfig layers read, a setting defined nowhere is empty, as Xcode expands it
      // (home-assistant's `$(BUNDLE_ID_SUFFIX)`); without them it may be defined there: unresolved.
      const layersRead = [config, projectConfig].every(
        (c) => !c?.baseConfiguration || (c.baseConfigurationPath && xcconfigs?.(c.baseConfigurationPath)),
      )
      const unsetIsEmpty = layersRead && [config, projectConfig].some((c) => c?.baseConfigurationPath)
      const bundleId = lookup('PRODUCT_BUNDLE_IDENTIFIER')
      if (!bundleId) {
        const xcconfig = config.baseConfiguration ?? projectConfig?.baseConfiguration
        if (xcconfig) {
          result.unresolved.push({
            platform: 'ios',
            key: 'PRODUCT_BUNDLE_IDENTIFIER',
            expression: `(${xcconfig})`,
            reason: `PRODUCT_BUNDLE_IDENTIFIER is not set in ${file} for ${targetName} ${config.name}, nor in the xcconfig file ${xcconfig} (or it could not be read)`,
            location: locate(config.nameNode),
            ...common,
          })
        }
      } else {
        const expanded = expandBuildSetting(
          bundleId.value,
          (name) => lookup(name)?.value ?? (unsetIsEmpty && !BUILD_ENVIRONMENT.has(name) ? '' : undefined),
          targetName,
        )
        if (expanded.value !== undefined) {
          result.identities.push({
            platform: 'ios',
            key: 'PRODUCT_BUNDLE_IDENTIFIER',
            value: expanded.value,
            location: bundleId.location,
            ...common,
          })
        } else {
          result.unresolved.push({
            platform: 'ios',
            key: 'PRODUCT_BUNDLE_IDENTIFIER',
            expression: bundleId.value,
            reason: expanded.missing
              ? `the value uses $(${expanded.missing}), which is not defined in ${file} or its xcconfig files (the build environment sets it)`
              : `the value expands past ${MAX_EXPANDED_LENGTH} characters (a loop or a bomb in the build settings)`,
            location: bundleId.location,
            ...common,
          })
        }
      }

      if (!isApp || watchApp) continue
      const infoPlist = lookup('INFOPLIST_FILE')
      if (infoPlist) {
        const path = expandBuildSetting(infoPlist.value, (name) => lookup(name)?.value, targetName, {
          SRCROOT: '.',
          PROJECT_DIR: '.',
        })
        if (path.value !== undefined) {
          result.infoPlists.push({
            target: targetName,
            variant: config.name,
            path: path.value.replace(/^\.\//, ''),
          })
        }
      }
      for (const [key, node] of signingSettings(config.settings, projectConfig?.settings)) {
        result.signing.push({
          platform: 'ios',
          key,
          value: node.value,
          variant: config.name,
          description: `${targetName} ${config.name} sets ${key} = ${node.value || '""'}`,
          location: locate(node),
        })
      }
    }
  }
  return result
}

/** The signing settings of a configuration, the target's overriding the project's, incl. `[sdk=…]` keys. */
function signingSettings(
  target: PlistNode | undefined,
  project: PlistNode | undefined,
): [string, PlistString][] {
  const found = new Map<string, PlistString>()
  for (const settings of [project, target]) {
    if (settings?.kind !== 'dict') continue
    for (const [key, { value }] of settings.entries) {
      const base = key.replace(/\[.*\]$/, '')
      if (SIGNING_KEYS.includes(base) && value.kind === 'string') found.set(key, value)
    }
  }
  return [...found.entries()]
}

/** Settings the build system provides (not defined in project or xcconfig files). */
const BUILD_ENVIRONMENT = new Set(['CONFIGURATION', 'PLATFORM_NAME', 'SDK_NAME', 'EFFECTIVE_PLATFORM_NAME'])

/** Bundle ids are short; an expansion longer than this is a loop or a `$(A0)` 16^8 bomb (issue 12.4). */
export const MAX_EXPANDED_LENGTH = 4096
/** A setting's name after a bare `$`. */
const BARE_NAME = /[A-Za-z_][A-Za-z0-9_]*/y
/** Xcode resolves nested settings a few levels deep; so do we, and no further. */
const MAX_EXPANSION_DEPTH = 16

/**
 * Expands `$(NAME)`, `${NAME}`, `$NAME` and `$(NAME:modifier)` the way Xcode does for the settings it can see.
 * Returns the first name it cannot resolve instead of guessing, or neither value nor name when the
 * expansion would pass MAX_EXPANDED_LENGTH. One left-to-right scan per level with indexOf for the
 * closing bracket, so `$($($(…` costs linear time, not quadratic.
 */
export function expandBuildSetting(
  raw: string,
  lookup: (name: string) => string | undefined,
  targetName: string,
  builtins: Record<string, string> = {},
): { value?: string; missing?: string } {
  const known: Record<string, string> = {
    TARGET_NAME: targetName,
    PRODUCT_NAME: '$(TARGET_NAME)',
    ...builtins,
  }
  let missing: string | undefined
  let tooLong = false
  const expand = (value: string, depth: number): string => {
    let out = ''
    let i = 0
    while (i < value.length) {
      const at = value.indexOf('$', i)
      const open = at >= 0 ? value[at + 1] : undefined
      // `$NAME` without brackets, which Xcode expands as `$(NAME)` (Pocket Casts ships
      // PRODUCT_BUNDLE_IDENTIFIER = $PRODUCT_BUNDLE_IDENTIFIER_ROOT from an xcconfig file).
      BARE_NAME.lastIndex = at + 1
      const bare = at >= 0 && open !== '(' && open !== '{' ? BARE_NAME.exec(value) : null
      if (at < 0 || (!bare && open !== '(' && open !== '{')) {
        out += at < 0 ? value.slice(i) : value.slice(i, at + 1)
        i = at < 0 ? value.length : at + 1
        continue
      }
      const close = bare ? at + bare[0].length : value.indexOf(open === '(' ? ')' : '}', at + 2)
      if (close < 0) {
        // No closing bracket anywhere after, so no later `$(` can close either: the value is not a
        // literal (Xcode would not build it as one), and scanning stops here.
        missing ??= value.slice(at, at + 16)
        out += value.slice(i)
        break
      }
      out += value.slice(i, at)
      const whole = value.slice(at, close + 1)
      i = close + 1
      const [name = '', ...modifiers] = bare ? [bare[0]] : value.slice(at + 2, close).split(':')
      // `known` is looked up by own key: `$(constructor)` names no setting, not Object.
      const defined = /[$({]/.test(name)
        ? undefined
        : (lookup(name) ?? (Object.hasOwn(known, name) ? known[name] : undefined))
      if (defined === undefined || depth >= MAX_EXPANSION_DEPTH) {
        missing ??= name
        out += whole
        continue
      }
      let result = expand(defined, depth + 1)
      for (const modifier of modifiers.flatMap((m) => m.split(','))) {
        if (modifier === 'rfc1034identifier') result = result.replace(/[^A-Za-z0-9.-]/g, '-')
        else if (modifier === 'c99extidentifier') result = result.replace(/[^A-Za-z0-9_]/g, '_')
        else if (modifier === 'lower') result = result.toLowerCase()
        else if (modifier === 'upper') result = result.toUpperCase()
        else if (modifier === 'identifier') result = result.replace(/[^A-Za-z0-9_]/g, '_')
        else {
          missing ??= `${name}:${modifier}`
          result = whole
          break
        }
      }
      out += result
      if (out.length > MAX_EXPANDED_LENGTH) {
        tooLong = true
        return out.slice(0, MAX_EXPANDED_LENGTH)
      }
      if (tooLong || missing !== undefined) return out
    }
    return out
  }
  const value = expand(raw, 0)
  if (tooLong) return {}
  return missing === undefined ? { value } : { missing }
}
