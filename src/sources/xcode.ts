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
}

export function detectXcodeProject(
  file: string,
  text: string,
): DetectedSources & { infoPlists: InfoPlistReference[] } {
  const result: DetectedSources & { infoPlists: InfoPlistReference[] } = {
    identities: [],
    signing: [],
    unresolved: [],
    notes: [],
    infoPlists: [],
  }
  const lines = new LineIndex(text)
  const locate = (node: { start: number; end: number }): SourceLocation =>
    lines.locate(file, node.start, node.end)
  let root: PlistNode
  try {
    root = parseOpenStepPlist(text)
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
  const configurations = (listId: string | undefined): Configuration[] => {
    const ids = dictGet(object(listId), 'buildConfigurations')
    if (ids?.kind !== 'array') return []
    return ids.items.flatMap((item) => {
      const config = item.kind === 'string' ? object(item.value) : undefined
      const nameNode = stringGet(config, 'name')
      if (!nameNode) return []
      const base = fileName(stringGet(config, 'baseConfigurationReference')?.value)
      return [
        {
          name: nameNode.value,
          nameNode,
          settings: dictGet(config, 'buildSettings'),
          baseConfiguration: base,
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
      const lookup = (key: string): PlistString | undefined =>
        stringGet(config.settings, key) ?? stringGet(projectConfig?.settings, key)
      const common = { variant: config.name, target: targetName, release: isApp }

      const bundleId = lookup('PRODUCT_BUNDLE_IDENTIFIER')
      if (!bundleId) {
        const xcconfig = config.baseConfiguration ?? projectConfig?.baseConfiguration
        if (xcconfig) {
          result.unresolved.push({
            platform: 'ios',
            key: 'PRODUCT_BUNDLE_IDENTIFIER',
            expression: `(${xcconfig})`,
            reason: `PRODUCT_BUNDLE_IDENTIFIER is not set in ${file} for ${targetName} ${config.name}; it comes from the xcconfig file ${xcconfig}, which is not read`,
            location: locate(config.nameNode),
            ...common,
          })
        }
      } else {
        const expanded = expandBuildSetting(bundleId.value, (name) => lookup(name)?.value, targetName)
        if (expanded.value !== undefined) {
          result.identities.push({
            platform: 'ios',
            key: 'PRODUCT_BUNDLE_IDENTIFIER',
            value: expanded.value,
            location: locate(bundleId),
            ...common,
          })
        } else {
          result.unresolved.push({
            platform: 'ios',
            key: 'PRODUCT_BUNDLE_IDENTIFIER',
            expression: bundleId.value,
            reason: `the value uses $(${expanded.missing}), which is not defined in ${file} (an xcconfig file or the build environment sets it)`,
            location: locate(bundleId),
            ...common,
          })
        }
      }

      if (!isApp) continue
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

/**
 * Expands `$(NAME)`, `${NAME}` and `$(NAME:modifier)` the way Xcode does for the settings it can see.
 * Returns the first name it cannot resolve instead of guessing.
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
  const expand = (value: string, depth: number): string =>
    value.replace(/\$(?:\(([^)]*)\)|\{([^}]*)\})/g, (whole, paren?: string, brace?: string) => {
      const [name = '', ...modifiers] = (paren ?? brace ?? '').split(':')
      const defined = lookup(name) ?? known[name]
      if (defined === undefined || depth > 8) {
        missing ??= name
        return whole
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
          return whole
        }
      }
      return result
    })
  const value = expand(raw, 0)
  return missing === undefined ? { value } : { missing }
}
