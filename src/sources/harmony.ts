/**
 * HarmonyOS (Stage model) identity.
 *
 * - `AppScope/app.json5` `app.bundleName`: the bundle name of every product that does not set its own.
 * - Project-level `build-profile.json5` `app.products[]`: a product may set its own `bundleName`
 *   (overriding app.json5 for that product) and names its `signingConfig`, which points at an entry
 *   of `app.signingConfigs[]` whose `material` holds the keystore (`storeFile`), certificate
 *   (`certpath`) and provisioning profile (`profile`).
 */
import type { Json5Node } from './json5.js'
import { json5Get } from './json5.js'
import { parseConfig } from './mini-programs.js'
import type { LineIndex } from './text-position.js'
import type { DetectedSources } from './types.js'

function empty(): DetectedSources {
  return { identities: [], signing: [], unresolved: [], notes: [] }
}

function bundleNameInto(
  result: DetectedSources,
  file: string,
  lines: LineIndex,
  node: Json5Node,
  variant: string | undefined,
): void {
  const location = lines.locate(file, node.start, node.end)
  const common = {
    platform: 'harmony' as const,
    key: 'bundleName',
    release: true,
    location,
    ...(variant ? { variant } : {}),
  }
  if (node.kind === 'string' && !/\$|\{/.test(node.value))
    result.identities.push({ ...common, value: node.value })
  else {
    result.unresolved.push({
      ...common,
      expression: node.kind === 'string' ? node.value : `(${node.kind})`,
      reason: 'bundleName is not a literal string; it cannot be compared with the filing',
    })
  }
}

export function detectHarmonyAppJson5(file: string, text: string): DetectedSources {
  const result = empty()
  const parsed = parseConfig(file, text, 'harmony', result)
  if (!parsed) return result
  const node = json5Get(parsed.root, ['app', 'bundleName'])
  if (node) bundleNameInto(result, file, parsed.lines, node, undefined)
  else {
    result.notes.push({
      kind: 'no-identity',
      file,
      platform: 'harmony',
      message: `${file} has no app.bundleName`,
    })
  }
  return result
}

export function detectHarmonyBuildProfile(file: string, text: string): DetectedSources {
  const result = empty()
  const parsed = parseConfig(file, text, 'harmony', result)
  if (!parsed) return result
  const { root, lines } = parsed
  const locate = (node: Json5Node) => lines.locate(file, node.start, node.end)
  const products = json5Get(root, ['app', 'products'])
  const used = new Set<string>()
  for (const product of products?.kind === 'array' ? products.items : []) {
    const name = json5Get(product, ['name'])
    const productName = name?.kind === 'string' ? name.value : undefined
    const bundleName = json5Get(product, ['bundleName'])
    if (bundleName) bundleNameInto(result, file, lines, bundleName, productName)
    const signingConfig = json5Get(product, ['signingConfig'])
    if (signingConfig?.kind === 'string') {
      used.add(signingConfig.value)
      result.signing.push({
        platform: 'harmony',
        key: 'signingConfig',
        value: signingConfig.value,
        ...(productName ? { variant: productName } : {}),
        description: `product ${productName ?? '(unnamed)'} is signed with the signing config ${signingConfig.value}`,
        location: locate(signingConfig),
      })
    }
  }
  const configs = json5Get(root, ['app', 'signingConfigs'])
  for (const config of configs?.kind === 'array' ? configs.items : []) {
    const name = json5Get(config, ['name'])
    const configName = name?.kind === 'string' ? name.value : '(unnamed)'
    if (used.size > 0 && !used.has(configName)) continue
    for (const key of ['storeFile', 'certpath', 'profile'] as const) {
      const node = json5Get(config, ['material', key])
      if (node?.kind !== 'string') continue
      result.signing.push({
        platform: 'harmony',
        key,
        value: node.value,
        variant: configName,
        description: `signing config ${configName} uses the ${key === 'certpath' ? 'certificate' : key === 'profile' ? 'profile' : 'keystore'} ${node.value}`,
        location: locate(node),
      })
    }
  }
  return result
}

/**
 * Whether build-profile.json5 lists products and each sets its own `bundleName`: then no product
 * builds app.json5's bundle name. A file that cannot be parsed says no (detectHarmonyBuildProfile
 * reports it).
 */
export function everyProductSetsBundleName(file: string, text: string): boolean {
  const parsed = parseConfig(file, text, 'harmony', empty())
  const products = parsed && json5Get(parsed.root, ['app', 'products'])
  if (products?.kind !== 'array' || products.items.length === 0) return false
  return products.items.every((product) => json5Get(product, ['bundleName']) !== undefined)
}
