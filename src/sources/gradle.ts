/**
 * Android application identity from a Gradle module script (Groovy or Kotlin DSL).
 *
 * The script is tokenized (gradle-tokens.ts) and grouped into statements and `{ }` blocks, then only
 * the settings AGP uses for the application id are read: `android.defaultConfig`, `productFlavors`,
 * `buildTypes`, `flavorDimensions` and `signingConfigs`. The effective id of each release variant is
 * computed the way AGP does (VariantAttributesProvider.idOverride, DefaultProductFlavor
 * .mergeApplicationIdSuffix): the highest-priority flavour's applicationId, else defaultConfig's,
 * else the manifest `package`; then defaultConfig's suffix, each flavour's suffix in dimension order
 * and the build type's suffix, each joined with a `.` unless it starts with one.
 *
 * `namespace` is the R/BuildConfig package, not the application id, and is deliberately not read.
 */
import type { SourceLocation } from '../findings.js'
import { GradleSyntaxError, tokenizeGradle, type GradleDialect, type GradleToken } from './gradle-tokens.js'
import { LineIndex } from './text-position.js'
import type {
  DetectedSources,
  IdentityPart,
  SigningConfigHint,
  SourceIdentity,
  UnresolvedIdentity,
} from './types.js'

// ---------------------------------------------------------------------------------------------------
// Statements and blocks

interface Statement {
  tokens: GradleToken[]
  /** A trailing `{ ... }` (closure / lambda) after the statement's head. */
  block?: Statement[]
}

/** Groups tokens into statements; a `{` at the end of a statement's head opens its block. */
function parseStatements(tokens: GradleToken[]): Statement[] {
  let i = 0
  const parseBlock = (nested: boolean): Statement[] => {
    const statements: Statement[] = []
    let current: GradleToken[] = []
    let parens = 0
    const flush = (block?: Statement[]) => {
      if (current.length > 0 || block)
        statements.push(block ? { tokens: current, block } : { tokens: current })
      current = []
    }
    while (i < tokens.length) {
      const token = tokens[i]!
      if (token.kind === 'newline') {
        i++
        if (parens > 0 || continuesOnNextLine(current, tokens, i)) continue
        flush()
        continue
      }
      if (token.kind === 'punct') {
        if (token.text === '(' || token.text === '[') parens++
        else if (token.text === ')' || token.text === ']') parens = Math.max(0, parens - 1)
        else if (token.text === ';' && parens === 0) {
          i++
          flush()
          continue
        } else if (token.text === '{') {
          i++
          const block = parseBlock(true)
          // A lambda in an argument list or on the right of `=` (`x?.let { ... }`) is part of an
          // expression, not a configuration block: keep it as one opaque token of the statement.
          if (parens > 0 || current.some((t) => t.kind === 'punct' && ASSIGNMENTS.has(t.text))) {
            const end = tokens[i - 1]?.end ?? token.end
            current.push({ kind: 'punct', text: LAMBDA, start: token.start, end })
            continue
          }
          flush(block)
          continue
        } else if (token.text === '}') {
          i++
          if (nested) {
            flush()
            return statements
          }
          continue
        }
      }
      current.push(token)
      i++
    }
    flush()
    return statements
  }
  return parseBlock(false)
}

const ASSIGNMENTS = new Set(['=', '+=', '-='])
/** The opaque token that stands for a lambda inside an expression. */
const LAMBDA = '{…}'

const CONTINUING_OPERATORS = new Set([
  '=',
  '+',
  '-',
  '.',
  '?.',
  ',',
  '?:',
  '&&',
  '||',
  '->',
  '+=',
  '-=',
  '*.',
])

function continuesOnNextLine(current: GradleToken[], tokens: GradleToken[], next: number): boolean {
  const last = current[current.length - 1]
  if (last?.kind === 'punct' && CONTINUING_OPERATORS.has(last.text)) return true
  // A method chain may continue on the next line: `named("release")\n    .configure { ... }`.
  let j = next
  while (tokens[j]?.kind === 'newline') j++
  const following = tokens[j]
  return (
    current.length > 0 && following?.kind === 'punct' && (following.text === '.' || following.text === '?.')
  )
}

// ---------------------------------------------------------------------------------------------------
// Statement heads: `a.b("x").c`, then `= value`, `value` (Groovy command call) or `(args)`

/** The extension types `configure<T> { }` / `extensions.configure<T> { }` can name for the android block. */
const ANDROID_EXTENSION_TYPES = new Set(['ApplicationExtension', 'BaseAppModuleExtension', 'AppExtension'])
const ANDROID_ROOT = '\u0000android'

interface Segment {
  name: string
  /** Arguments when the segment is a call, split at top-level commas. */
  args?: GradleToken[][]
}

interface Head {
  segments: Segment[]
  rest: GradleToken[]
}

function splitArguments(tokens: GradleToken[]): GradleToken[][] {
  const args: GradleToken[][] = []
  let current: GradleToken[] = []
  let depth = 0
  for (const token of tokens) {
    if (token.kind === 'punct') {
      if (token.text === '(' || token.text === '[' || token.text === '{') depth++
      else if (token.text === ')' || token.text === ']' || token.text === '}') depth--
      else if (token.text === ',' && depth === 0) {
        args.push(current)
        current = []
        continue
      }
    }
    current.push(token)
  }
  if (current.length > 0) args.push(current)
  return args
}

/** Index after the `)` matching the `(` at `open`, or -1. */
function matchParen(tokens: GradleToken[], open: number): number {
  let depth = 0
  for (let j = open; j < tokens.length; j++) {
    const t = tokens[j]!
    if (t.kind !== 'punct') continue
    if (t.text === '(' || t.text === '[') depth++
    else if (t.text === ')' || t.text === ']') {
      depth--
      if (depth === 0) return j + 1
    }
  }
  return -1
}

function parseHead(tokens: GradleToken[]): Head | undefined {
  const segments: Segment[] = []
  let i = 0
  for (;;) {
    const token = tokens[i]
    if (token?.kind !== 'ident') return segments.length > 0 ? { segments, rest: tokens.slice(i) } : undefined
    const segment: Segment = { name: token.text }
    i++
    // Kotlin generic calls: configure<ApplicationExtension> { } is the android { } block.
    if (tokens[i]?.text === '<') {
      const close = tokens.findIndex((t, k) => k > i && t.text === '>')
      if (close > 0) {
        const typeNames = tokens.slice(i + 1, close).map((t) => t.text)
        if (typeNames.some((name) => ANDROID_EXTENSION_TYPES.has(name))) segment.name = ANDROID_ROOT
        i = close + 1
      }
    }
    if (tokens[i]?.kind === 'punct' && tokens[i]!.text === '(') {
      const end = matchParen(tokens, i)
      if (end < 0) return undefined
      segment.args = splitArguments(tokens.slice(i + 1, end - 1))
      i = end
    }
    segments.push(segment)
    if (tokens[i]?.kind === 'punct' && (tokens[i]!.text === '.' || tokens[i]!.text === '?.')) {
      i++
      continue
    }
    return { segments, rest: tokens.slice(i) }
  }
}

// ---------------------------------------------------------------------------------------------------
// Values

export interface GradleValue {
  /** The literal value, when the expression is a string literal (or literals joined with `+`). */
  literal?: string
  /** The expression as written. */
  expression: string
  start: number
  end: number
}

function valueOf(text: string, tokens: GradleToken[]): GradleValue | undefined {
  let list = tokens
  // Unwrap redundant parentheses: applicationId("x") reaches here as the argument already.
  while (list.length >= 2 && list[0]!.text === '(' && matchParen(list, 0) === list.length)
    list = list.slice(1, -1)
  if (list.length === 0) return undefined
  const first = list[0]!
  const last = list[list.length - 1]!
  const value: GradleValue = {
    expression: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
  }
  let literal = ''
  for (let k = 0; k < list.length; k++) {
    const token = list[k]!
    if (k % 2 === 1) {
      if (token.kind !== 'punct' || token.text !== '+') return value
      continue
    }
    if (token.kind !== 'string' || token.interpolated) return value
    literal += token.value
  }
  if (list.length % 2 === 0) return value
  value.literal = literal
  return value
}

// ---------------------------------------------------------------------------------------------------
// The model of an app module's android block

interface VariantConfig {
  applicationId?: GradleValue
  applicationIdSuffix?: GradleValue
  dimension?: GradleValue
  signingConfig?: GradleValue
}

interface SigningConfig {
  storeFile?: GradleValue
  keyAlias?: GradleValue
}

export interface GradleAndroidModel {
  dialect: GradleDialect
  /** Whether the script applies the Android application plugin (library modules have no app id). */
  appliesApplicationPlugin: boolean
  defaultConfig: VariantConfig
  flavors: Map<string, VariantConfig>
  buildTypes: Map<string, VariantConfig>
  signingConfigs: Map<string, SigningConfig>
  flavorDimensions?: GradleValue[]
}

const CONTAINERS = new Set(['productFlavors', 'buildTypes', 'signingConfigs'])
const ELEMENT_CALLS = new Set(['create', 'register', 'getByName', 'named', 'maybeCreate', 'getAt'])
const WILDCARD_CALLS = new Set(['all', 'configureEach'])
/** Calls that keep the receiver: `named("release").configure { }`, `getByName("x").apply { }`. */
const TRANSPARENT_CALLS = new Set(['configure', 'apply', 'run', 'with', 'get', 'also'])

/** Maps a head's segments, inside `context`, to a logical path like `android.productFlavors.free`. */
function logicalPath(context: string[], segments: Segment[]): string[] | undefined {
  let path = [...context]
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k]!
    if (segment.name === ANDROID_ROOT) {
      path = ['android']
      continue
    }
    const parent = path[path.length - 1]
    if (parent !== undefined && CONTAINERS.has(parent)) {
      if (segment.args && ELEMENT_CALLS.has(segment.name)) {
        const name = segment.args[0]?.length === 1 ? segment.args[0][0] : undefined
        if (name?.kind !== 'string' || name.interpolated) return undefined
        path.push(name.value)
      } else if (WILDCARD_CALLS.has(segment.name)) path.push('*')
      else if (!segment.args) path.push(segment.name)
      else return undefined
      continue
    }
    if (TRANSPARENT_CALLS.has(segment.name) && k > 0) continue
    // Settings inside `if (...) { }` / `else { }` still configure the enclosing object.
    if ((segment.name === 'if' || segment.name === 'else') && k === 0 && segments.length === 1) continue
    // `android.defaultConfig`, `project.android`: a leading `project.` is the same object.
    if (segment.name === 'project' && k === 0 && path.length === 0 && segments.length > 1) continue
    path.push(segment.name)
  }
  return path
}

function setterName(segment: Segment): string {
  // setApplicationId("x") is the Groovy/Java setter of applicationId.
  const match = /^set([A-Z]\w*)$/.exec(segment.name)
  return match ? match[1]![0]!.toLowerCase() + match[1]!.slice(1) : segment.name
}

export function readGradleModel(text: string, dialect: GradleDialect): GradleAndroidModel {
  const statements = parseStatements(tokenizeGradle(text, dialect))
  const model: GradleAndroidModel = {
    dialect,
    appliesApplicationPlugin: false,
    defaultConfig: {},
    flavors: new Map(),
    buildTypes: new Map(),
    signingConfigs: new Map(),
  }

  const assign = (path: string[], args: GradleToken[][], append: boolean) => {
    const [root, section, element, property] = path
    if (root !== 'android') return
    if (section === 'flavorDimensions' && path.length === 2) {
      const values = args.flatMap((arg) => dimensionValues(text, arg))
      model.flavorDimensions = append ? [...(model.flavorDimensions ?? []), ...values] : values
      return
    }
    const value = args.length === 1 ? valueOf(text, args[0]!) : undefined
    if (!value) return
    if (section === 'defaultConfig' && path.length === 3)
      setVariantProperty(model.defaultConfig, element!, value)
    else if ((section === 'productFlavors' || section === 'buildTypes') && path.length === 4) {
      const map = section === 'productFlavors' ? model.flavors : model.buildTypes
      const config = map.get(element!) ?? {}
      map.set(element!, config)
      setVariantProperty(config, property!, value)
    } else if (section === 'signingConfigs' && path.length === 4) {
      const config = model.signingConfigs.get(element!) ?? {}
      model.signingConfigs.set(element!, config)
      if (property === 'storeFile' || property === 'keyAlias') config[property] = value
    }
  }

  const declare = (path: string[]) => {
    // `create("free") { }` declares a flavour even when it sets nothing.
    const [root, section, element] = path
    if (root !== 'android' || path.length !== 3 || element === undefined) return
    if (section === 'productFlavors' && !model.flavors.has(element)) model.flavors.set(element, {})
    if (section === 'buildTypes' && !model.buildTypes.has(element)) model.buildTypes.set(element, {})
    if (section === 'signingConfigs' && !model.signingConfigs.has(element))
      model.signingConfigs.set(element, {})
  }

  const visit = (block: Statement[], context: string[]) => {
    for (const statement of block) {
      if (appliesPlugin(statement.tokens)) model.appliesApplicationPlugin = true
      const head = parseHead(statement.tokens)
      if (!head) continue
      const { segments, rest } = head
      const last = segments[segments.length - 1]!
      if (rest.length === 0 && statement.block) {
        const path = logicalPath(context, segments)
        if (!path) continue
        declare(path)
        visit(statement.block, path)
        continue
      }
      const first = rest[0]
      if (first?.kind === 'punct' && (first.text === '=' || first.text === '+=')) {
        if (last.args) continue
        const path = logicalPath(context, segments)
        if (path) assign(path, splitArguments(rest.slice(1)), first.text === '+=')
        continue
      }
      if (rest.length === 0 && last.args) {
        // applicationId("x"), setApplicationId("x"), flavorDimensions("a", "b"), flavorDimensions.addAll(...)
        if (last.name === 'addAll' || last.name === 'add') {
          const path = logicalPath(context, segments.slice(0, -1))
          if (path) assign(path, last.args, true)
          continue
        }
        const path = logicalPath(context, [...segments.slice(0, -1), { name: setterName(last) }])
        if (path) assign(path, last.args, false)
        continue
      }
      if (rest.length > 0 && !last.args && first?.kind !== 'punct') {
        // Groovy command call: applicationId "x", signingConfig signingConfigs.release
        const path = logicalPath(context, segments)
        if (path) assign(path, splitArguments(rest), false)
      }
    }
  }
  visit(statements, [])
  return model
}

/**
 * `id("com.android.application")`, `apply plugin: 'com.android.application'`,
 * `alias(libs.plugins.android.application)`; not the root script's `... apply false`.
 */
function appliesPlugin(tokens: GradleToken[]): boolean {
  const names = tokens.some(
    (t) =>
      (t.kind === 'string' && t.value === 'com.android.application') ||
      (t.kind === 'ident' &&
        t.text === 'alias' &&
        tokens.some((u) => u.kind === 'ident' && u.text === 'application')),
  )
  const notApplied = tokens.some(
    (t, k) => t.kind === 'ident' && t.text === 'apply' && tokens[k + 1]?.text === 'false',
  )
  return names && !notApplied
}

function dimensionValues(text: string, arg: GradleToken[]): GradleValue[] {
  // listOf("a", "b") / ["a", "b"] / "a"
  const inner = arg.filter((t) => t.kind === 'string')
  if (
    inner.length > 0 &&
    inner.length === arg.filter((t) => t.kind !== 'punct' && t.kind !== 'ident').length
  ) {
    return inner.map((t) => valueOf(text, [t])!)
  }
  const value = valueOf(text, arg)
  return value ? [value] : []
}

function setVariantProperty(config: VariantConfig, property: string, value: GradleValue): void {
  if (property === 'applicationId' || property === 'applicationIdSuffix' || property === 'dimension') {
    config[property] = value
  } else if (property === 'signingConfig') config.signingConfig = value
}

// ---------------------------------------------------------------------------------------------------
// Variants

export interface ManifestPackage {
  value: string
  location: SourceLocation
}

interface Flavor {
  name: string
  config: VariantConfig
}

/** Flavour combinations in dimension priority order (the first dimension has the highest priority). */
function flavorCombinations(model: GradleAndroidModel): Flavor[][] {
  const flavors = [...model.flavors.entries()].map(([name, config]) => ({ name, config }))
  if (flavors.length === 0) return [[]]
  const declared = (model.flavorDimensions ?? [])
    .map((d) => d.literal)
    .filter((d): d is string => d !== undefined)
  const seen = flavors.map((f) => f.config.dimension?.literal).filter((d): d is string => d !== undefined)
  const dimensions = declared.length > 0 ? declared : [...new Set(seen)]
  if (dimensions.length <= 1) return flavors.map((f) => [f])
  const groups = dimensions.map((dimension) =>
    flavors.filter((f) => f.config.dimension?.literal === dimension),
  )
  // A flavour outside every declared dimension is a build error in AGP; judge each flavour alone then.
  if (groups.some((g) => g.length === 0) || groups.flat().length !== flavors.length)
    return flavors.map((f) => [f])
  return groups.reduce<Flavor[][]>(
    (combos, group) => combos.flatMap((c) => group.map((f) => [...c, f])),
    [[]],
  )
}

function variantName(flavors: Flavor[], buildType: string): string {
  const names = [...flavors.map((f) => f.name), buildType]
  return names.map((n, k) => (k === 0 ? n : n[0]!.toUpperCase() + n.slice(1))).join('')
}

/** DefaultProductFlavor.mergeApplicationIdSuffix: the overlay is appended, joined by a `.`. */
function mergeSuffix(overlay: string, base: string): string {
  if (!overlay) return base
  return overlay.startsWith('.') ? base + overlay : `${base}.${overlay}`
}

/** The build types whose variants a release ships: `release`, plus `all { }` settings applied first. */
function releaseBuildType(model: GradleAndroidModel): VariantConfig {
  return { ...(model.buildTypes.get('*') ?? {}), ...(model.buildTypes.get('release') ?? {}) }
}

export function detectGradle(
  file: string,
  text: string,
  options: { dialect?: GradleDialect; manifestPackage?: ManifestPackage } = {},
): DetectedSources & { model?: GradleAndroidModel } {
  const dialect = options.dialect ?? (file.endsWith('.kts') ? 'kotlin' : 'groovy')
  const lines = new LineIndex(text)
  const result: DetectedSources & { model?: GradleAndroidModel } = {
    identities: [],
    signing: [],
    unresolved: [],
    notes: [],
  }
  let model: GradleAndroidModel
  try {
    model = readGradleModel(text, dialect)
  } catch (error) {
    if (!(error instanceof GradleSyntaxError)) throw error
    const at = lines.position(error.offset)
    result.notes.push({
      kind: 'parse-error',
      file,
      platform: 'android',
      message: `${file}:${at.line}:${at.column}: ${error.message}; the application id could not be read`,
    })
    return result
  }
  result.model = model
  const locate = (value: { start: number; end: number }) => lines.locate(file, value.start, value.end)

  const buildType = releaseBuildType(model)
  for (const flavors of flavorCombinations(model)) {
    const variant = variantName(flavors, 'release')
    const base =
      flavors.map((f) => ({ key: 'applicationId', value: f.config.applicationId })).find((p) => p.value) ??
      (model.defaultConfig.applicationId
        ? { key: 'applicationId', value: model.defaultConfig.applicationId }
        : undefined)
    const suffixes = [
      model.defaultConfig.applicationIdSuffix,
      ...flavors.map((f) => f.config.applicationIdSuffix),
    ]
    suffixes.push(buildType.applicationIdSuffix)
    const written = suffixes.filter((s): s is GradleValue => s !== undefined)

    const unknown = [base?.value, ...written].find((v) => v !== undefined && v.literal === undefined)
    if (unknown) {
      result.unresolved.push({
        platform: 'android',
        key: unknown === base?.value ? 'applicationId' : 'applicationIdSuffix',
        expression: unknown.expression,
        reason: `the value is computed when Gradle runs (${describeExpression(unknown.expression)}), so it cannot be compared with the filing`,
        variant,
        release: true,
        location: locate(unknown),
      })
      continue
    }
    const suffix = written.reduce((acc, s) => mergeSuffix(s.literal!, acc), '')
    let baseId: string
    let baseLocation: SourceLocation
    let baseKey: string
    if (base) {
      baseId = base.value!.literal!
      baseLocation = locate(base.value!)
      baseKey = 'applicationId'
    } else if (options.manifestPackage) {
      baseId = options.manifestPackage.value
      baseLocation = options.manifestPackage.location
      baseKey = 'package'
    } else continue
    const value = suffix ? (suffix.startsWith('.') ? baseId + suffix : `${baseId}.${suffix}`) : baseId
    const identity: SourceIdentity = {
      platform: 'android',
      key: baseKey,
      value,
      variant,
      release: true,
      location: baseLocation,
    }
    const suffixParts = written.filter((s) => s.literal !== '')
    if (suffixParts.length > 0) {
      const parts: IdentityPart[] = [{ key: baseKey, value: baseId, location: baseLocation }]
      for (const s of suffixParts)
        parts.push({ key: 'applicationIdSuffix', value: s.literal!, location: locate(s) })
      identity.parts = parts
    }
    result.identities.push(identity)
  }

  result.signing.push(...releaseSigning(model, locate))
  return result
}

function describeExpression(expression: string): string {
  return /^["']/.test(expression) ? 'string interpolation' : 'a variable or function call'
}

/** `signingConfigs.release`, `signingConfigs.getByName("release")`, `signingConfigs["release"]`. */
function signingConfigName(value: GradleValue): string | undefined {
  const match =
    /^signingConfigs\s*\.\s*(\w+)$/.exec(value.expression) ??
    /^(?:android\s*\.\s*)?signingConfigs\s*(?:\.\s*(?:getByName|named|getAt)\s*\(|\[)\s*["'](\w[\w.-]*)["']\s*[)\]](?:\s*\.\s*get\s*\(\s*\))?$/.exec(
      value.expression,
    )
  return match?.[1]
}

/** `file("keystore/release.jks")`, `rootProject.file('...')`: the path, else the expression. */
function storeFilePath(value: GradleValue): string {
  const match = /^(?:(?:rootProject|project)\s*\.\s*)?file\s*\(\s*(["'])([^"'$]*)\1\s*\)$/.exec(
    value.expression,
  )
  return match ? match[2]! : (value.literal ?? value.expression)
}

function releaseSigning(
  model: GradleAndroidModel,
  locate: (value: { start: number; end: number }) => SourceLocation,
): SigningConfigHint[] {
  const hints: SigningConfigHint[] = []
  const buildType = releaseBuildType(model)
  const used = new Set<string>()
  const references: { variant: string; value: GradleValue }[] = []
  if (buildType.signingConfig) references.push({ variant: 'release', value: buildType.signingConfig })
  else {
    // Without one on the build type, the flavours' (then defaultConfig's) signing config is used.
    for (const [name, config] of model.flavors) {
      if (config.signingConfig) references.push({ variant: `${name} flavour`, value: config.signingConfig })
    }
    if (references.length === 0 && model.defaultConfig.signingConfig) {
      references.push({ variant: 'defaultConfig', value: model.defaultConfig.signingConfig })
    }
  }
  for (const { variant, value } of references) {
    const name = signingConfigName(value)
    if (name) used.add(name)
    const what = name ? `signingConfigs.${name}` : value.expression
    const debugWarning = name === 'debug' ? ' (the debug keystore: not the certificate in the filing)' : ''
    hints.push({
      platform: 'android',
      key: 'signingConfig',
      value: name ?? value.expression,
      variant,
      description: `release builds are signed with ${what}${debugWarning}`,
      location: locate(value),
    })
  }
  for (const name of used) {
    const config = model.signingConfigs.get(name)
    if (config?.storeFile) {
      const path = storeFilePath(config.storeFile)
      hints.push({
        platform: 'android',
        key: 'storeFile',
        value: path,
        variant: name,
        description: `signingConfigs.${name} reads the keystore ${path}`,
        location: locate(config.storeFile),
      })
    }
    if (config?.keyAlias) {
      const alias = config.keyAlias.literal ?? config.keyAlias.expression
      hints.push({
        platform: 'android',
        key: 'keyAlias',
        value: alias,
        variant: name,
        description: `signingConfigs.${name} signs with the key alias ${alias}`,
        location: locate(config.keyAlias),
      })
    }
  }
  return hints
}

export type { UnresolvedIdentity }
