/**
 * Constants a Gradle script refers to that a static reader can still resolve without running the
 * build: `key=value` in `gradle.properties`, `const val` in Kotlin objects of the build's own
 * plugins (`buildSrc`, `build-logic`, an `includeBuild`), and enum constants' constructor
 * properties there (`NiaBuildType.RELEASE.applicationIdSuffix`). Anything else stays unresolved and
 * the rule says it needs the build.
 */
import type { SourceLocation } from '../findings.js'
import { GradleSyntaxError, tokenizeGradle, type GradleToken } from './gradle-tokens.js'
import { LineIndex } from './text-position.js'

/** A resolved constant; `null` is Kotlin's `null` (e.g. an enum property left at its null default). */
export interface SymbolValue {
  value: string | null
  location: SourceLocation
}

/** Looks a dotted reference up, e.g. `['BuildTimeConfig', 'APPLICATION_ID']` or `['appId']`. */
export type SymbolLookup = (path: string[]) => SymbolValue | undefined

export class SymbolTable {
  private readonly values = new Map<string, SymbolValue>()

  set(path: string[], value: SymbolValue): void {
    const key = path.join('.')
    if (!this.values.has(key)) this.values.set(key, value)
  }

  get size(): number {
    return this.values.size
  }

  readonly lookup: SymbolLookup = (path) => {
    // A reference may be qualified more than the declaration (`config.BuildTimeConfig.X` after an
    // import alias, or the package name): try the longest suffix that is declared.
    for (let k = 0; k < path.length; k++) {
      const found = this.values.get(path.slice(k).join('.'))
      if (found) return found
    }
    return undefined
  }
}

/**
 * `gradle.properties` (java.util.Properties syntax, the subset build files use): `key=value` or
 * `key: value`, `#`/`!` comments. Values with escapes or line continuations are skipped, not guessed.
 */
const LINE_REST = /[^\r\n\u2028\u2029]*/y

export function readGradleProperties(file: string, text: string, into: SymbolTable): void {
  const lines = new LineIndex(text)
  // The pattern stops at the separator; the value runs to the end of the line, less trailing blanks,
  // found in code (a lazy value group before `[ \t\r]*$` is quadratic on a long run of spaces).
  const pattern = /^[ \t]*([A-Za-z_][\w.-]*)[ \t]*[=:][ \t]*/gm
  for (const match of text.matchAll(pattern)) {
    const start = match.index + match[0].length
    // A line ends at \n, \r (java.util.Properties accepts both) or the separators `^` matches after.
    LINE_REST.lastIndex = start
    let end = start + LINE_REST.exec(text)![0].length
    while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
    const value = text.slice(start, end)
    if (value.includes('\\')) continue
    into.set([match[1]!], { value, location: lines.locate(file, start, end) })
  }
}

/** Upper bound on enum constants / nested objects one Kotlin file contributes (hostile-input budget). */
const MAX_SYMBOLS_PER_FILE = 5_000

/**
 * `const val` in objects (and at top level) and enum constants' constructor properties in a Kotlin
 * source file of the build logic. Tokenized with the Kotlin dialect of the Gradle tokenizer, so
 * comments and strings cannot fake a declaration.
 */
export function readKotlinConstants(file: string, text: string, into: SymbolTable): void {
  let tokens: GradleToken[]
  try {
    tokens = tokenizeGradle(text, 'kotlin').filter((t) => t.kind !== 'newline')
  } catch (error) {
    // Build-logic source the tokenizer cannot read contributes no constants; references to them
    // stay unresolved and are reported as such.
    if (error instanceof GradleSyntaxError) return
    throw error
  }
  const lines = new LineIndex(text)
  const locate = (t: GradleToken) => lines.locate(file, t.start, t.end)
  const scopes: (string | undefined)[] = []
  let pendingName: string | undefined
  let added = 0
  for (let i = 0; i < tokens.length && added < MAX_SYMBOLS_PER_FILE; i++) {
    const t = tokens[i]!
    if (t.kind === 'ident' && (t.text === 'object' || t.text === 'class' || t.text === 'interface')) {
      const name = tokens[i + 1]
      if (name?.kind === 'ident') pendingName = name.text
      if (t.text === 'class' && tokens[i - 1]?.text === 'enum' && name?.kind === 'ident') {
        const end = readEnum(tokens, i + 2, name.text, locate, into)
        added += 1
        if (end > i) {
          i = end
          pendingName = undefined
        }
      }
      continue
    }
    if (t.kind === 'punct' && t.text === '{') {
      scopes.push(pendingName)
      pendingName = undefined
      continue
    }
    if (t.kind === 'punct' && t.text === '}') {
      scopes.pop()
      continue
    }
    if (t.kind === 'ident' && t.text === 'const' && tokens[i + 1]?.text === 'val') {
      const name = tokens[i + 2]
      let j = i + 3
      if (tokens[j]?.text === ':') j += 2
      const value = tokens[j + 1]
      if (
        name?.kind === 'ident' &&
        tokens[j]?.text === '=' &&
        value?.kind === 'string' &&
        !value.interpolated
      ) {
        const owners = scopes.filter((s): s is string => s !== undefined)
        into.set([...owners, name.text], { value: value.value, location: locate(value) })
        added++
      }
    }
  }
}

/**
 * `enum class E(val p: String? = null) { A(".a"), B, ; ... }`: each constant's `p`, from its
 * argument or the parameter's default. Returns the index of the enum body's closing `}`.
 */
function readEnum(
  tokens: GradleToken[],
  start: number,
  name: string,
  locate: (t: GradleToken) => SourceLocation,
  into: SymbolTable,
): number {
  const params: { name: string; fallback?: GradleToken }[] = []
  let i = start
  if (tokens[i]?.text === '(') {
    let depth = 0
    let current: GradleToken[] = []
    const flush = () => {
      const nameAt = current.findIndex((t, k) => t.kind === 'ident' && current[k + 1]?.text === ':')
      const eq = current.findIndex((t) => t.text === '=')
      const isProperty = current.some((t) => t.text === 'val' || t.text === 'var')
      if (nameAt >= 0)
        params.push({
          name: isProperty ? current[nameAt]!.text : '',
          ...(eq >= 0 && current.length === eq + 2 ? { fallback: current[eq + 1]! } : {}),
        })
      current = []
    }
    for (; i < tokens.length; i++) {
      const t = tokens[i]!
      if (t.text === '(') {
        if (depth++ === 0) continue
      } else if (t.text === ')') {
        if (--depth === 0) break
      } else if (t.text === ',' && depth === 1) {
        flush()
        continue
      }
      current.push(t)
    }
    flush()
    i++
  }
  while (i < tokens.length && tokens[i]!.text !== '{') i++
  if (i >= tokens.length) return start
  const valueOf = (t: GradleToken | undefined): string | null | undefined =>
    t?.kind === 'string' && !t.interpolated
      ? t.value
      : t?.kind === 'ident' && t.text === 'null'
        ? null
        : undefined
  i++
  while (i < tokens.length) {
    const t = tokens[i]!
    if (t.text === ';' || t.text === '}') break
    if (t.kind !== 'ident') {
      i++
      continue
    }
    const constant = t
    const args: GradleToken[][] = []
    i++
    if (tokens[i]?.text === '(') {
      let depth = 0
      let current: GradleToken[] = []
      for (; i < tokens.length; i++) {
        const a = tokens[i]!
        if (a.text === '(') {
          if (depth++ === 0) continue
        } else if (a.text === ')') {
          if (--depth === 0) break
        } else if (a.text === ',' && depth === 1) {
          args.push(current)
          current = []
          continue
        }
        current.push(a)
      }
      if (current.length > 0) args.push(current)
      i++
    }
    params.forEach((param, k) => {
      if (!param.name) return
      const arg = args[k]
      const token = arg?.length === 1 ? arg[0] : arg === undefined ? param.fallback : undefined
      const value = valueOf(token)
      if (value === undefined || !token) return
      into.set([name, constant.text, param.name], {
        value,
        location: locate(arg === undefined ? constant : token),
      })
    })
    // Skip a constant's body `{ ... }` and the separating comma.
    if (tokens[i]?.text === '{') {
      let depth = 0
      for (; i < tokens.length; i++) {
        if (tokens[i]!.text === '{') depth++
        else if (tokens[i]!.text === '}' && --depth === 0) break
      }
      i++
    }
    if (tokens[i]?.text === ',') i++
  }
  // The rest of the enum body (members after `;`) is skipped to its closing brace.
  let depth = 1
  for (; i < tokens.length; i++) {
    if (tokens[i]!.text === '{') depth++
    else if (tokens[i]!.text === '}' && --depth === 0) return i
  }
  return i
}
