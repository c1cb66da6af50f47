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
 * Without any applicationId, the id is the module's `namespace` (AGP 7+), else the manifest `package`.
 */
import type { SourceLocation } from '../findings.js'
import { mergeSuffix } from './application-id.js'
import { GradleSyntaxError, tokenizeGradle, type GradleDialect, type GradleToken } from './gradle-tokens.js'
import type { SymbolLookup, SymbolTable, SymbolValue } from './gradle-symbols.js'
import { LineIndex } from './text-position.js'
import { listSome } from '../artifacts/bounded-text.js'
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
function parseStatements(all: GradleToken[]): Statement[] {
  // Runs of blank lines are one line break: `continuesOnNextLine` looks past them, and with 1M
  // blank lines that look-ahead from every line made parsing quadratic (issue 12.5).
  const tokens = all.filter((t, k) => t.kind !== 'newline' || all[k - 1]?.kind !== 'newline')
  let i = 0
  let depth = 0
  const parseBlock = (nested: boolean): Statement[] => {
    if (nested && ++depth > MAX_BLOCK_NESTING) {
      throw new GradleSyntaxError(
        `blocks nested more than ${MAX_BLOCK_NESTING} levels deep`,
        tokens[i - 1]?.start ?? 0,
      )
    }
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
            depth--
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

/** Build scripts nest blocks a handful of levels; 300k `{` would overflow the stack (issue 12.7). */
const MAX_BLOCK_NESTING = 256

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
  /**
   * The literal value, when the expression is a string literal, literals joined with `+`, or a
   * reference to a constant a static reader can resolve (a `val`/`def` of the script,
   * gradle.properties, a `const val` or enum property of the build logic). `''` for Kotlin `null`.
   */
  literal?: string
  /** The expression as written. */
  expression: string
  start: number
  end: number
  /** Where the literal is written when it came through a constant of another file. */
  at?: SourceLocation
  /** Where the literal is written when it came through a constant of this script (`def APP_ID = "…"`). */
  span?: { start: number; end: number }
}

/** Resolves the references of one script: its own constants first, then the build's (gradle.properties, build logic). */
export interface Resolver {
  locals: Map<string, GradleValue>
  external?: SymbolLookup
}

/** `.get()`, `.toString()`: they do not change a constant's value. */
const NO_OP_CALLS = new Set(['get', 'toString', 'orNull', 'getOrNull'])
/** Receivers that only say where a property lives: `project.ext.x`, `rootProject.extra["x"]`, `providers`. */
const PROPERTY_RECEIVERS = new Set(['project', 'rootProject', 'ext', 'extra', 'properties', 'providers'])
/** Calls that read a project/Gradle property by name. */
const PROPERTY_CALLS = new Set(['property', 'findProperty', 'getProperty', 'gradleProperty'])

/**
 * A reference such as `APP_ID`, `BuildTimeConfig.APPLICATION_ID`, `rootProject.ext.appId`,
 * `project.property("appId")`, `extra["appId"]` or `providers.gradleProperty("appId").get()`, as a
 * path of names; undefined for anything else (arithmetic, other calls, lambdas).
 */
function referencePath(tokens: GradleToken[]): string[] | undefined {
  let list = tokens
  // Kotlin `!!` and Groovy `as String` do not change the value.
  while (list.length > 0 && list[list.length - 1]!.text === '!!') list = list.slice(0, -1)
  if (list.length >= 3 && list[list.length - 2]!.text === 'as' && list[list.length - 1]!.kind === 'ident')
    list = list.slice(0, -2)
  const path: string[] = []
  let i = 0
  while (i < list.length) {
    const t = list[i]!
    if (t.kind === 'ident') {
      if (list[i + 1]?.text === '(') {
        const arg = list[i + 2]
        if (
          PROPERTY_CALLS.has(t.text) &&
          arg?.kind === 'string' &&
          !arg.interpolated &&
          list[i + 3]?.text === ')'
        ) {
          path.push(arg.value)
          i += 4
        } else if (NO_OP_CALLS.has(t.text) && list[i + 2]?.text === ')') i += 3
        else return undefined
      } else {
        path.push(t.text)
        i++
      }
    } else if (t.kind === 'punct' && t.text === '[') {
      const key = list[i + 1]
      if (key?.kind !== 'string' || key.interpolated || list[i + 2]?.text !== ']') return undefined
      path.push(key.value)
      i += 3
    } else return undefined
    const next = list[i]
    if (next === undefined) break
    if (next.kind === 'punct' && (next.text === '.' || next.text === '?.')) {
      i++
      continue
    }
    if (next.kind === 'punct' && next.text === '[') continue
    return undefined
  }
  while (path.length > 1 && PROPERTY_RECEIVERS.has(path[0]!)) path.shift()
  return path.length > 0 ? path : undefined
}

function lookupReference(
  path: string[],
  resolver: Resolver | undefined,
): GradleValue | SymbolValue | undefined {
  if (!resolver) return undefined
  if (path.length === 1) {
    const local = resolver.locals.get(path[0]!)
    if (local) return local
  }
  return resolver.external?.(path)
}

interface Term {
  value: string
  at?: SourceLocation
  span?: { start: number; end: number }
}

function termOf(found: GradleValue | SymbolValue): Term | undefined {
  if ('expression' in found) {
    if (found.literal === undefined) return undefined
    if (found.at) return { value: found.literal, at: found.at }
    return { value: found.literal, span: found.span ?? { start: found.start, end: found.end } }
  }
  return { value: found.value ?? '', at: found.location }
}

/** One operand of a `+` concatenation: a string (maybe interpolating constants) or a constant reference. */
function resolveTerm(
  tokens: GradleToken[],
  resolver: Resolver | undefined,
  dialect: GradleDialect,
): Term | undefined {
  const single = tokens.length === 1 ? tokens[0]! : undefined
  if (single?.kind === 'string') {
    if (!single.interpolated) return { value: single.value }
    return resolveInterpolation(single, resolver, dialect)
  }
  const path = referencePath(tokens)
  const found = path && lookupReference(path, resolver)
  return found ? termOf(found) : undefined
}

/** The reference inside `${…}`: `APP_ID`, `project.property("x")`, `rootProject.ext.x`. */
function placeholderPath(expression: string, dialect: GradleDialect): string[] | undefined {
  let tokens: GradleToken[]
  try {
    tokens = tokenizeGradle(expression, dialect).filter((t) => t.kind !== 'newline')
  } catch (error) {
    if (error instanceof GradleSyntaxError) return undefined
    throw error
  }
  return referencePath(tokens)
}

/** `"${APP_ID}.debug"`, `"$base.shop"`: each placeholder must be a resolvable constant. */
function resolveInterpolation(
  token: Extract<GradleToken, { kind: 'string' }>,
  resolver: Resolver | undefined,
  dialect: GradleDialect,
): Term | undefined {
  const quote = token.text.startsWith('"""') || token.text.startsWith("'''") ? 3 : 1
  const body = token.text.slice(quote, token.text.length - quote)
  if (body.includes('\\')) return undefined
  // Kotlin's `"$a.b"` is `a` then ".b"; Groovy's is the property `a.b`.
  const placeholder =
    dialect === 'kotlin'
      ? /\$\{([^{}]*)\}|\$([A-Za-z_]\w*)/g
      : /\$\{([^{}]*)\}|\$([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g
  let value = ''
  let last = 0
  let at: SourceLocation | undefined
  let span: Term['span']
  for (const match of body.matchAll(placeholder)) {
    value += body.slice(last, match.index)
    const path = match[1] !== undefined ? placeholderPath(match[1], dialect) : match[2]!.split('.')
    const found = path && lookupReference(path, resolver)
    const term = found && termOf(found)
    if (!term) return undefined
    value += term.value
    // The whole string is one placeholder: the value is written where the constant is.
    if (match.index === 0 && match[0].length === body.length) {
      at = term.at
      span = term.span
    }
    last = match.index + match[0].length
  }
  value += body.slice(last)
  return { value, ...(at ? { at } : {}), ...(span ? { span } : {}) }
}

/** Index of the `)` / `]` closing each `(` / `[`, by the opener's index. */
function matchingParens(tokens: GradleToken[]): Map<number, number> {
  const closing = new Map<number, number>()
  const open: number[] = []
  tokens.forEach((t, k) => {
    if (t.kind !== 'punct') return
    if (t.text === '(' || t.text === '[') open.push(k)
    else if (t.text === ')' || t.text === ']') {
      const from = open.pop()
      if (from !== undefined) closing.set(from, k)
    }
  })
  return closing
}

function valueOf(
  text: string,
  tokens: GradleToken[],
  resolver?: Resolver,
  dialect: GradleDialect = 'kotlin',
): GradleValue | undefined {
  // Unwrap redundant parentheses: applicationId("x") reaches here as the argument already. The
  // matching pairs are found in one pass, so `((((…))))` nested n deep costs O(n), not O(n²).
  const closing = matchingParens(tokens)
  let low = 0
  let high = tokens.length
  while (high - low >= 2 && tokens[low]!.text === '(' && closing.get(low) === high - 1) {
    low++
    high--
  }
  const list = tokens.slice(low, high)
  if (list.length === 0) return undefined
  const first = list[0]!
  const last = list[list.length - 1]!
  const value: GradleValue = {
    expression: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
  }
  // Operands of top-level `+`.
  const terms: GradleToken[][] = [[]]
  let depth = 0
  for (const token of list) {
    if (token.kind === 'punct') {
      if (token.text === '(' || token.text === '[') depth++
      else if (token.text === ')' || token.text === ']') depth--
      else if (token.text === '+' && depth === 0) {
        terms.push([])
        continue
      }
    }
    terms[terms.length - 1]!.push(token)
  }
  let literal = ''
  for (const term of terms) {
    const resolved = term.length > 0 ? resolveTerm(term, resolver, dialect) : undefined
    if (!resolved) return value
    literal += resolved.value
    if (terms.length === 1 && resolved.at) value.at = resolved.at
    if (terms.length === 1 && resolved.span) value.span = resolved.span
  }
  value.literal = literal
  return value
}

// ---------------------------------------------------------------------------------------------------
// The model of an app module's android block

interface VariantConfig {
  applicationId?: GradleValue
  /** `initWith(buildTypes.release)` / `initWith release`: the build type this one copies first. */
  initWith?: string
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
  /** Whether it applies the library plugin: its namespace is never an application id. */
  appliesLibraryPlugin: boolean
  defaultConfig: VariantConfig
  /** `android.namespace`: the application id when no applicationId is set (AGP 7+). */
  namespace?: GradleValue
  flavors: Map<string, VariantConfig>
  buildTypes: Map<string, VariantConfig>
  signingConfigs: Map<string, SigningConfig>
  flavorDimensions?: GradleValue[]
}

const CONTAINERS = new Set(['productFlavors', 'buildTypes', 'signingConfigs'])
const VARIANT_CONTAINERS = new Set(['productFlavors', 'buildTypes'])

/** `def name = { … }` / `val name = { … }` closures of a script, by name, at any depth. */
function closureVariables(
  statements: Statement[],
  into = new Map<string, Statement[]>(),
): Map<string, Statement[]> {
  for (const statement of statements) {
    const t = statement.tokens
    if (!statement.block) continue
    const named = t.length === 3 && t[0]!.kind === 'ident' && t[1]!.kind === 'ident' && t[2]!.text === '='
    if (named && (t[0]!.text === 'def' || t[0]!.text === 'val')) into.set(t[1]!.text, statement.block)
    else closureVariables(statement.block, into)
  }
  return into
}

/**
 * Whether a statement's head ends in Groovy's closure composition `… >>` before its block (`release
 * releaseTemplate >> { }`): two `>` tokens written together. Other heads with a block (Kotlin's
 * `val staging by creating { }`) are not element blocks this reader knows.
 */
function composesClosure(rest: GradleToken[]): boolean {
  const first = rest.at(-2)
  const second = rest.at(-1)
  return rest.length >= 3 && first?.text === '>' && second?.text === '>' && first.end === second.start
}

/** The closure `template >> { … }` runs first, when `rest` is `template >>` and the script defines it. */
function composedTemplate(rest: GradleToken[], closures: Map<string, Statement[]>): Statement[] | undefined {
  if (rest.length !== 3 || rest[0]!.kind !== 'ident' || !composesClosure(rest)) return undefined
  return closures.get(rest[0]!.text)
}

const ELEMENT_CALLS = new Set(['create', 'register', 'getByName', 'named', 'maybeCreate', 'getAt'])
/** The element calls that add an element to its container (the others look one up). */
const DECLARING_CALLS = new Set(['create', 'register', 'maybeCreate'])
const WILDCARD_CALLS = new Set(['all', 'configureEach'])
/** The element `all { }` / `configureEach { }` configures: every element of its container. */
const WILDCARD = '*'
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
      } else if (WILDCARD_CALLS.has(segment.name)) path.push(WILDCARD)
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

export function readGradleModel(
  text: string,
  dialect: GradleDialect,
  external?: SymbolLookup,
): GradleAndroidModel {
  const statements = parseStatements(tokenizeGradle(text, dialect))
  const resolver: Resolver = { locals: new Map(), ...(external ? { external } : {}) }
  collectLocals(text, statements, resolver, dialect)
  const model: GradleAndroidModel = {
    dialect,
    appliesApplicationPlugin: false,
    appliesLibraryPlugin: false,
    defaultConfig: {},
    flavors: new Map(),
    buildTypes: new Map(),
    signingConfigs: new Map(),
  }

  const assign = (path: string[], args: GradleToken[][], append: boolean) => {
    const [root, section, element, property] = path
    if (root !== 'android') return
    if (section === 'flavorDimensions' && path.length === 2) {
      const values = args.flatMap((arg) => dimensionValues(text, arg, resolver, dialect))
      model.flavorDimensions = append ? [...(model.flavorDimensions ?? []), ...values] : values
      return
    }
    const value = args.length === 1 ? valueOf(text, args[0]!, resolver, dialect) : undefined
    if (!value) return
    if (section === 'namespace' && path.length === 2) model.namespace = value
    else if (section === 'defaultConfig' && path.length === 3)
      setVariantProperty(model.defaultConfig, element!, value)
    else if ((section === 'productFlavors' || section === 'buildTypes') && path.length === 4) {
      const map = section === 'productFlavors' ? model.flavors : model.buildTypes
      const config = map.get(element!) ?? {}
      map.set(element!, config)
      setVariantProperty(config, property!, value)
      // `all { }` runs at once for the elements already declared, overriding what they set so far
      // (what they set later wins again); an element declared later takes it under its own settings.
      if (element === WILDCARD)
        for (const [name, other] of map) if (name !== WILDCARD) setVariantProperty(other, property!, value)
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

  const closures = closureVariables(statements)
  const visit = (block: Statement[], context: string[]) => {
    // What `subprojects { }` applies is applied to the other modules, not to this one (ClashMeta);
    // what `gradlePlugin { }` names is a plugin this build defines for others (mihon's build-logic).
    const here = !context.includes('subprojects') && !context.includes('gradlePlugin')
    for (const statement of block) {
      if (here && appliesPlugin(statement.tokens, 'application')) model.appliesApplicationPlugin = true
      if (here && appliesPlugin(statement.tokens, 'library')) model.appliesLibraryPlugin = true
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
      if (rest.length > 0 && statement.block) {
        // `release releaseTemplate >> { … }` (Groovy, Firefox for Android): the build type or flavour
        // is configured by the template closure, then by the block. A template defined in this script
        // (`def releaseTemplate = { … }`) is read in place; any other leaves the suffix unknown, so
        // the id is not guessed without what it may set (fail closed).
        const path = logicalPath(context, segments)
        if (
          composesClosure(rest) &&
          path?.length === 3 &&
          path[0] === 'android' &&
          VARIANT_CONTAINERS.has(path[1]!)
        ) {
          declare(path)
          const template = composedTemplate(rest, closures)
          if (template) visit(template, path)
          else
            assign(
              [...path, 'applicationIdSuffix'],
              [
                [
                  {
                    kind: 'ident',
                    text: text.slice(rest[0]!.start, rest.at(-1)!.end),
                    start: rest[0]!.start,
                    end: rest.at(-1)!.end,
                  },
                ],
              ],
              false,
            )
          visit(statement.block, path)
          continue
        }
      }
      const first = rest[0]
      if (first?.kind === 'punct' && (first.text === '=' || first.text === '+=')) {
        if (last.args) continue
        const path = logicalPath(context, segments)
        if (path) assign(path, splitArguments(rest.slice(1)), first.text === '+=')
        continue
      }
      if (rest.length === 0 && last.args && DECLARING_CALLS.has(last.name)) {
        // `register("foss")` with no block declares a flavour that sets nothing (Fossify Gallery).
        const path = logicalPath(context, segments)
        if (path?.length === 3) {
          declare(path)
          continue
        }
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
  everyFlavorConfigured(model.flavors)
  return model
}

/**
 * Lays the settings of `productFlavors { all { } }` under each flavour's own and drops the wildcard:
 * it configures every flavour and is not one itself (a flavour `*` made a variant of its own, and the
 * real flavours were judged without its suffix). Build types keep theirs: it also configures the
 * `release` and `debug` types AGP creates without a block (buildTypeConfig).
 */
function everyFlavorConfigured(flavors: Map<string, VariantConfig>): void {
  const every = flavors.get(WILDCARD)
  if (!every) return
  flavors.delete(WILDCARD)
  for (const [name, own] of flavors) flavors.set(name, { ...every, ...own })
}

/** Words a statement that applies a plugin by its id has: `id("…")`, `apply plugin: "…"`, `apply(plugin = "…")`. */
const APPLYING_WORDS = new Set(['id', 'plugin', 'apply'])

/**
 * `id("com.android.application")`, `apply plugin: 'com.android.application'`,
 * `alias(libs.plugins.android.application)`, a convention plugin such as
 * `id("nowinandroid.android.application")` or `id("io.element.android-compose-application")`;
 * not the root script's `... apply false` / `.apply(false)`, nor what `subprojects { }` applies. The
 * same for `library`.
 */
function appliesPlugin(tokens: GradleToken[], kind: 'application' | 'library'): boolean {
  const pluginId = new RegExp(`android[\\w.-]*[.-]${kind}$`)
  // A plugin id alone is not its application: `register("android-application") { }` in a build-logic
  // `gradlePlugin { }` block declares one (mihon).
  const applying = tokens.some((t) => t.kind === 'ident' && APPLYING_WORDS.has(t.text))
  const names = tokens.some(
    (t) =>
      (t.kind === 'string' && applying && pluginId.test(t.value)) ||
      (t.kind === 'ident' && t.text === 'alias' && tokens.some((u) => u.kind === 'ident' && u.text === kind)),
  )
  // `apply false` (Groovy) and `.apply(false)` (Kotlin): declared for the subprojects, not applied here.
  const notApplied = tokens.some(
    (t, k) =>
      t.kind === 'ident' &&
      t.text === 'apply' &&
      (tokens[k + 1]?.text === 'false' || (tokens[k + 1]?.text === '(' && tokens[k + 2]?.text === 'false')),
  )
  return names && !notApplied
}

function dimensionValues(
  text: string,
  arg: GradleToken[],
  resolver: Resolver,
  dialect: GradleDialect,
): GradleValue[] {
  // listOf("a", "b") / ["a", "b"] / "a"
  const inner = arg.filter((t) => t.kind === 'string')
  if (
    inner.length > 0 &&
    inner.length === arg.filter((t) => t.kind !== 'punct' && t.kind !== 'ident').length
  ) {
    return inner.map((t) => valueOf(text, [t])!)
  }
  const value = valueOf(text, arg, resolver, dialect)
  return value ? [value] : []
}

function setVariantProperty(config: VariantConfig, property: string, value: GradleValue): void {
  if (property === 'applicationId' || property === 'applicationIdSuffix' || property === 'dimension') {
    config[property] = value
  } else if (property === 'signingConfig') config.signingConfig = value
  else if (property === 'initWith') {
    // initWith(buildTypes.release), initWith(buildTypes.getByName("release")), initWith release
    const match =
      /(?:^|\.)(?:(?:getByName|named|getAt)\s*\(\s*["'](\w+)["']\s*\)|\[\s*["'](\w+)["']\s*\]|(\w+))$/.exec(
        value.expression,
      )
    const name = match?.[1] ?? match?.[2] ?? match?.[3]
    if (name) config.initWith = name
  }
}

/**
 * The constants a root script defines for its modules (`ext { appId = "…" }`, `val appId by
 * extra("…")`), read by `rootProject.ext.appId` / `rootProject.extra["appId"]` in a module.
 */
export function readScriptConstants(file: string, text: string, into: SymbolTable): void {
  const dialect: GradleDialect = file.endsWith('.kts') ? 'kotlin' : 'groovy'
  let statements: Statement[]
  try {
    statements = parseStatements(tokenizeGradle(text, dialect))
  } catch (error) {
    // A root script that cannot be read defines nothing; the module's reference stays unresolved.
    if (error instanceof GradleSyntaxError) return
    throw error
  }
  const resolver: Resolver = { locals: new Map() }
  collectLocals(text, statements, resolver, dialect)
  const lines = new LineIndex(text)
  for (const [name, value] of resolver.locals) {
    if (value.literal === undefined) continue
    const span = value.span ?? value
    into.set([name], { value: value.literal, location: value.at ?? lines.locate(file, span.start, span.end) })
  }
}

/**
 * The script's own constants: `val X = "…"` / `var` (Kotlin), `def X = '…'` / `final def` /
 * `String X =` (Groovy), `ext.X = …`, `ext { X = … }`, `extra["X"] = …`, `val X by extra("…")`.
 * Read in order, so a constant may use the ones before it.
 */
function collectLocals(
  text: string,
  statements: Statement[],
  resolver: Resolver,
  dialect: GradleDialect,
  inExt = false,
): void {
  const MODIFIERS = new Set(['val', 'var', 'def', 'final', 'const', 'private', 'static', 'String'])
  for (const statement of statements) {
    const tokens = statement.tokens
    if (statement.block) {
      const isExt = tokens.length === 1 && tokens[0]!.text === 'ext'
      // Only `ext { }` blocks define constants; other blocks (`android { }`) configure. Nesting is bounded by the parser.
      if (isExt) collectLocals(text, statement.block, resolver, dialect, true)
      // React Native's root script sets `ext { }` inside `buildscript { }`.
      else if (tokens.length === 1 && tokens[0]!.text === 'buildscript' && !inExt)
        collectLocals(text, statement.block, resolver, dialect, false)
      continue
    }
    let i = 0
    while (tokens[i]?.kind === 'ident' && MODIFIERS.has(tokens[i]!.text)) i++
    const hasModifier = i > 0
    let name: string | undefined
    if (tokens[i]?.kind === 'ident') {
      name = tokens[i]!.text
      i++
      // ext.X / project.ext.X / extra["X"]
      while (tokens[i]?.text === '.' && tokens[i + 1]?.kind === 'ident') {
        name = tokens[i + 1]!.text
        i += 2
      }
      if (tokens[i]?.text === '[' && tokens[i + 1]?.kind === 'string' && tokens[i + 2]?.text === ']') {
        name = (tokens[i + 1] as Extract<GradleToken, { kind: 'string' }>).value
        i += 3
      }
    }
    if (!name) continue
    const qualified = tokens.slice(0, i).some((t) => t.text === 'ext' || t.text === 'extra')
    if (!hasModifier && !qualified && !inExt) continue
    if (tokens[i]?.text === ':') i += 2 // `val X: String = …`
    let valueTokens: GradleToken[] | undefined
    if (tokens[i]?.text === '=') valueTokens = tokens.slice(i + 1)
    else if (
      tokens[i]?.text === 'by' &&
      tokens[i + 1]?.text === 'extra' &&
      tokens[i + 2]?.text === '(' &&
      tokens[tokens.length - 1]?.text === ')'
    )
      valueTokens = tokens.slice(i + 3, -1)
    if (!valueTokens) continue
    const value = valueOf(text, valueTokens, resolver, dialect)
    if (value && !resolver.locals.has(name)) resolver.locals.set(name, value)
  }
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

/**
 * Variants one module is judged on, at most this many: 10 dimensions of 6 flavours are 6^10 (60M)
 * variants, which would exhaust memory; past the budget the module is a finding naming the file.
 */
export const MAX_GRADLE_VARIANTS = 2_000

/**
 * The flavours by dimension, in priority order (the first dimension has the highest priority): one
 * group per dimension, each variant taking one flavour of each. Without dimensions (or with one) every
 * flavour stands alone: one group. No flavours: no groups, one variant per build type.
 */
function flavorGroups(model: GradleAndroidModel): Flavor[][] {
  const flavors = [...model.flavors.entries()].map(([name, config]) => ({ name, config }))
  if (flavors.length === 0) return []
  const declared = (model.flavorDimensions ?? [])
    .map((d) => d.literal)
    .filter((d): d is string => d !== undefined)
  const seen = flavors.map((f) => f.config.dimension?.literal).filter((d): d is string => d !== undefined)
  const dimensions = declared.length > 0 ? declared : [...new Set(seen)]
  if (dimensions.length <= 1) return [flavors]
  const groups = dimensions.map((dimension) =>
    flavors.filter((f) => f.config.dimension?.literal === dimension),
  )
  // A flavour outside every declared dimension is a build error in AGP; judge each flavour alone then.
  if (groups.some((g) => g.length === 0) || groups.flat().length !== flavors.length) return [flavors]
  return groups
}

/** Every flavour combination, or their count when there are more than `max` (the variant budget). */
function flavorCombinations(groups: Flavor[][], max: number): Flavor[][] | { count: number } {
  const count = groups.reduce((n, g) => n * g.length, 1)
  if (count > max) return { count }
  return groups.reduce<Flavor[][]>(
    (combos, group) => combos.flatMap((c) => group.map((f) => [...c, f])),
    [[]],
  )
}

/**
 * The one variant named `variant` (lower case), found flavour by flavour without listing the
 * combinations: what lets a module past the variant budget still be judged on its shipped variant.
 */
function namedVariant(
  groups: Flavor[][],
  buildTypes: readonly string[],
  variant: string,
): { flavors: Flavor[]; buildType: string } | undefined {
  // Flavour names can be prefixes of one another, so the search backtracks; what failed from a
  // (dimension, position) pair fails again, so each pair is tried once: polynomial, not exponential.
  const failed = new Set<string>()
  const search = (depth: number, rest: string, chosen: Flavor[]): ReturnType<typeof namedVariant> => {
    if (depth === groups.length) {
      const buildType = buildTypes.find((b) => b.toLowerCase() === rest)
      return buildType === undefined ? undefined : { flavors: chosen, buildType }
    }
    const state = `${depth}:${rest.length}`
    if (failed.has(state)) return undefined
    for (const flavor of groups[depth]!) {
      const name = flavor.name.toLowerCase()
      if (!rest.startsWith(name)) continue
      const found = search(depth + 1, rest.slice(name.length), [...chosen, flavor])
      if (found) return found
    }
    failed.add(state)
    return undefined
  }
  return search(0, variant, [])
}

function variantName(flavors: Flavor[], buildType: string): string {
  const names = [...flavors.map((f) => f.name), buildType]
  // charAt, not [0]: `create("")` is a flavour with an empty name.
  return names.map((n, k) => (k === 0 ? n : n.charAt(0).toUpperCase() + n.slice(1))).join('')
}

/** DefaultProductFlavor.mergeApplicationIdSuffix: the overlay is appended, joined by a `.`. */
/** A build type's settings: `all { }` first, then what it copies with `initWith`, then its own. */
function buildTypeConfig(model: GradleAndroidModel, name: string, seen = new Set<string>()): VariantConfig {
  const own = model.buildTypes.get(name) ?? {}
  seen.add(name)
  const copied = own.initWith && !seen.has(own.initWith) ? buildTypeConfig(model, own.initWith, seen) : {}
  return { ...(model.buildTypes.get(WILDCARD) ?? {}), ...copied, ...own }
}

/** Whether a build type is `release` or copies it (`staging { initWith release }`), directly or not. */
function derivesFromRelease(model: GradleAndroidModel, name: string): boolean {
  const seen = new Set<string>()
  for (let current: string | undefined = name; current && !seen.has(current);) {
    if (current === 'release') return true
    seen.add(current)
    current = model.buildTypes.get(current)?.initWith
  }
  return false
}

/** Whether `prefix` (lower case) is one flavour name of each dimension, in dimension order. */
function spellsFlavours(prefix: string, groups: readonly { name: string }[][]): boolean {
  if (groups.length === 0) return prefix === ''
  const [first, ...rest] = groups
  return first!.some((flavour) => {
    const name = flavour.name.toLowerCase()
    return prefix.startsWith(name) && spellsFlavours(prefix.slice(name.length), rest)
  })
}

/** The build types to compute variants for: `release` and those made from it with `initWith`. */
function releaseLikeBuildTypes(model: GradleAndroidModel): string[] {
  const names = [...model.buildTypes.keys()].filter((n) => n !== WILDCARD && n !== 'release')
  return ['release', ...names.filter((n) => derivesFromRelease(model, n))]
}

/** The build types whose variants a release ships: `release`, plus `all { }` settings applied first. */
function releaseBuildType(model: GradleAndroidModel): VariantConfig {
  return buildTypeConfig(model, 'release')
}

export interface GradleDetectOptions {
  dialect?: GradleDialect
  manifestPackage?: ManifestPackage
  /** Constants outside the script: gradle.properties, the build logic's `const val` and enums. */
  symbols?: SymbolLookup
  /**
   * The variant the declaration names as shipped (`sources.android: { variant: prodRelease }`): only
   * it is judged as the release; without it, variants of `release` are, and those of build types
   * made `initWith release` are listed but not judged.
   */
  variant?: string
  /** The module is known to build an app (declared under sources:), even if no plugin id shows it. */
  applicationModule?: boolean
}

export function detectGradle(
  file: string,
  text: string,
  options: GradleDetectOptions = {},
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
    model = readGradleModel(text, dialect, options.symbols)
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
  const locate = (value: GradleValue) =>
    value.at ?? lines.locate(file, value.span?.start ?? value.start, value.span?.end ?? value.end)

  // Every flavour combination is judged with every release-like build type: the budget is on both.
  const buildTypes = releaseLikeBuildTypes(model)
  const shippedName = options.variant?.toLowerCase()
  if (shippedName !== undefined) {
    // A build type the declaration names as shipped is judged even when it is not made from release
    // with initWith (Firefox for Android's beta and nightly share a template closure with release).
    // The variant name below still has to match whole. A debug build is never what is filed.
    for (const name of model.buildTypes.keys()) {
      if (name === WILDCARD || name === 'debug' || buildTypes.includes(name)) continue
      const lower = name.toLowerCase()
      // The whole variant name: one flavour of each dimension, in order, then this build type.
      if (
        shippedName.endsWith(lower) &&
        spellsFlavours(shippedName.slice(0, -lower.length), flavorGroups(model))
      )
        buildTypes.push(name)
    }
  }
  const groups = flavorGroups(model)
  let combinations = flavorCombinations(
    groups,
    Math.floor(MAX_GRADLE_VARIANTS / Math.max(1, buildTypes.length)),
  )
  let judgedBuildTypes = buildTypes
  const shipped = options.variant?.toLowerCase()
  if (!Array.isArray(combinations)) {
    // Past the budget, the variant the declaration names is still found and judged, alone.
    const named = shipped !== undefined ? namedVariant(groups, buildTypes, shipped) : undefined
    if (named) {
      combinations = [named.flavors]
      judgedBuildTypes = [named.buildType]
    } else {
      const variants =
        buildTypes.length > 1
          ? `${combinations.count} product-flavour combinations × ${buildTypes.length} release build types (${combinations.count * buildTypes.length} variants)`
          : `${combinations.count} product-flavour combinations`
      result.notes.push({
        kind: 'too-large',
        file,
        platform: 'android',
        message: `${file} declares ${variants}, over the limit of ${MAX_GRADLE_VARIANTS} variants this gate evaluates; the application id was not checked: ${
          options.variant === undefined
            ? 'name the shipped variant under sources.android.variant'
            : `sources.android.variant "${options.variant}" is none of its release variants, so fix it (its flavours in dimension order, then the build type, e.g. prodRelease)`
        }, or check the built artifact`,
      })
      return result
    }
  }
  // A variant the declaration names that the file does not declare would leave every variant
  // unjudged (none is the shipped one): the gate cannot check what ships, so it says so.
  if (shipped !== undefined) {
    const variants = judgedBuildTypes.flatMap((b) => combinations.map((flavors) => variantName(flavors, b)))
    if (!variants.some((v) => v.toLowerCase() === shipped)) {
      result.notes.push({
        kind: 'unknown-variant',
        file,
        platform: 'android',
        message: `sources.android.variant "${options.variant}" is none of the release variants ${file} declares (${listSome(variants)}), so the application id was not checked: name one of them (its flavours in dimension order, then the build type, e.g. prodRelease). A debug build is not what is filed; flavours or build types added by a Gradle plugin (build-logic) are not seen, so for those check the built artifact instead`,
      })
      return result
    }
  }
  // A library module has a namespace too; it is the id only of an application module.
  const namespaceIsId =
    model.appliesApplicationPlugin || (options.applicationModule === true && !model.appliesLibraryPlugin)
  for (const buildTypeName of judgedBuildTypes) {
    const buildType = buildTypeConfig(model, buildTypeName)
    for (const flavors of combinations) {
      const variant = variantName(flavors, buildTypeName)
      const release = shipped ? variant.toLowerCase() === shipped : buildTypeName === 'release'
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
        const baseLiteral = unknown !== base?.value ? base?.value?.literal : undefined
        result.unresolved.push({
          platform: 'android',
          key: unknown === base?.value ? 'applicationId' : 'applicationIdSuffix',
          expression: unknown.expression,
          reason: `the value is computed when Gradle runs (${describeExpression(unknown.expression)}), so it cannot be compared with the filing`,
          variant,
          release,
          location: locate(unknown),
          ...(baseLiteral !== undefined && base?.value
            ? { base: { key: 'applicationId', value: baseLiteral, location: locate(base.value) } }
            : {}),
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
      } else if (model.namespace?.literal !== undefined && namespaceIsId) {
        // Without applicationId, AGP uses the namespace as the application id (developer.android.com,
        // "Configure the app module": "the namespace is used as the application ID by default").
        baseId = model.namespace.literal
        baseLocation = locate(model.namespace)
        baseKey = 'namespace'
      } else if (options.manifestPackage) {
        baseId = options.manifestPackage.value
        baseLocation = options.manifestPackage.location
        baseKey = 'package'
      } else {
        if (model.namespace && namespaceIsId) {
          result.unresolved.push({
            platform: 'android',
            key: 'namespace',
            expression: model.namespace.expression,
            reason: `there is no applicationId, so the namespace is the application id, and it is computed when Gradle runs (${describeExpression(model.namespace.expression)})`,
            variant,
            release,
            location: locate(model.namespace),
          })
        }
        continue
      }
      const value = suffix ? mergeSuffix(suffix, baseId) : baseId
      const identity: SourceIdentity = {
        platform: 'android',
        key: baseKey,
        value,
        variant,
        release,
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
  locate: (value: GradleValue) => SourceLocation,
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
