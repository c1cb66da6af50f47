/**
 * A tokenizer for Gradle build scripts, Groovy (`build.gradle`) and Kotlin (`build.gradle.kts`).
 * It knows exactly enough of both languages not to be fooled by the things line regexes are fooled
 * by: comments (`//`, `/* *\/`, nested in Kotlin), string quoting and escapes, interpolation
 * (`"$base.shop"`, `"${x}"`), and newlines that do or do not end a statement.
 */

export type GradleDialect = 'groovy' | 'kotlin'

export type GradleToken =
  | { kind: 'ident'; text: string; start: number; end: number }
  | { kind: 'number'; text: string; start: number; end: number }
  | { kind: 'punct'; text: string; start: number; end: number }
  | { kind: 'newline'; text: '\n'; start: number; end: number }
  | {
      kind: 'string'
      text: string
      start: number
      end: number
      /** The string's value with escapes decoded (meaningless when `interpolated`). */
      value: string
      /** `"$x"`, `"${x}"`: the value is only known when the build runs. */
      interpolated: boolean
    }

const TWO_CHAR_PUNCT = new Set([
  '==',
  '!=',
  '+=',
  '-=',
  '->',
  '?.',
  '?:',
  '::',
  '&&',
  '||',
  '<=',
  '>=',
  '..',
  '*.',
])

function isIdentStart(c: string): boolean {
  return /[A-Za-z_$\u00C0-\uFFFF]/.test(c)
}

function isIdentPart(c: string): boolean {
  return /[A-Za-z0-9_$\u00C0-\uFFFF]/.test(c)
}

export class GradleSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

export function tokenizeGradle(text: string, dialect: GradleDialect): GradleToken[] {
  const tokens: GradleToken[] = []
  let i = 0
  const n = text.length
  while (i < n) {
    const c = text[i]!
    if (c === '\n' || c === '\r') {
      tokens.push({ kind: 'newline', text: '\n', start: i, end: i + 1 })
      i++
      continue
    }
    if (c === ' ' || c === '\t' || c === '\f' || c === '\uFEFF') {
      i++
      continue
    }
    // A backslash before a newline continues the line (Groovy).
    if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2
      continue
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++
      continue
    }
    if (c === '#' && text[i + 1] === '!' && i === 0) {
      while (i < n && text[i] !== '\n') i++
      continue
    }
    if (c === '/' && text[i + 1] === '*') {
      i = skipBlockComment(text, i, dialect)
      continue
    }
    if (c === '"' || c === "'") {
      const token = readString(text, i, dialect)
      tokens.push(token)
      i = token.end
      continue
    }
    if (c === '`' && dialect === 'kotlin') {
      const close = text.indexOf('`', i + 1)
      if (close < 0) throw new GradleSyntaxError('unterminated backtick identifier', i)
      tokens.push({ kind: 'ident', text: text.slice(i + 1, close), start: i, end: close + 1 })
      i = close + 1
      continue
    }
    if (isIdentStart(c)) {
      let j = i + 1
      while (j < n && isIdentPart(text[j]!)) j++
      tokens.push({ kind: 'ident', text: text.slice(i, j), start: i, end: j })
      i = j
      continue
    }
    if (/[0-9]/.test(c)) {
      let j = i + 1
      while (j < n && (/[0-9A-Za-z_]/.test(text[j]!) || (text[j] === '.' && /[0-9]/.test(text[j + 1] ?? ''))))
        j++
      tokens.push({ kind: 'number', text: text.slice(i, j), start: i, end: j })
      i = j
      continue
    }
    const two = text.slice(i, i + 2)
    if (TWO_CHAR_PUNCT.has(two)) {
      tokens.push({ kind: 'punct', text: two, start: i, end: i + 2 })
      i += 2
      continue
    }
    tokens.push({ kind: 'punct', text: c, start: i, end: i + 1 })
    i++
  }
  return tokens
}

function skipBlockComment(text: string, start: number, dialect: GradleDialect): number {
  // Kotlin block comments nest; Groovy's (like Java's) end at the first `*/`.
  let depth = 0
  let i = start
  while (i < text.length) {
    if (text.startsWith('/*', i)) {
      depth++
      i += 2
      if (dialect === 'groovy' && depth > 1) depth = 1
    } else if (text.startsWith('*/', i)) {
      depth--
      i += 2
      if (depth === 0) return i
    } else i++
  }
  throw new GradleSyntaxError('unterminated /* comment', start)
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' }

function readString(
  text: string,
  start: number,
  dialect: GradleDialect,
): Extract<GradleToken, { kind: 'string' }> {
  const quote = text[start]!
  const triple = text.startsWith(quote.repeat(3), start)
  const delimiter = triple ? quote.repeat(3) : quote
  // Groovy's single-quoted strings are plain; double quotes (and all Kotlin strings) interpolate.
  const interpolates = quote === '"' || dialect === 'kotlin'
  // Kotlin raw strings ("""...""") have no escapes.
  const escapes = !(triple && dialect === 'kotlin')
  let i = start + delimiter.length
  let value = ''
  let interpolated = false
  while (i < text.length) {
    if (text.startsWith(delimiter, i)) {
      // In a triple-quoted string, extra quotes right before the closing delimiter belong to the value.
      let end = i + delimiter.length
      while (triple && text[end] === quote) {
        value += quote
        end++
      }
      return { kind: 'string', text: text.slice(start, end), start, end, value, interpolated }
    }
    const c = text[i]!
    if (!triple && (c === '\n' || c === '\r')) break
    if (c === '\\' && escapes) {
      const next = text[i + 1] ?? ''
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16))
        i += 6
      } else if (next === '\n' && dialect === 'groovy') {
        i += 2
      } else {
        value += ESCAPES[next] ?? next
        i += 2
      }
      continue
    }
    if (c === '$' && interpolates && (text[i + 1] === '{' || isIdentStart(text[i + 1] ?? ''))) {
      interpolated = true
      if (text[i + 1] === '{') {
        // Skip the embedded expression, which may itself contain quotes and braces.
        let depth = 0
        let j = i + 1
        for (; j < text.length; j++) {
          if (text[j] === '{') depth++
          else if (text[j] === '}' && --depth === 0) break
        }
        value += text.slice(i, j + 1)
        i = j + 1
        continue
      }
    }
    value += c
    i++
  }
  throw new GradleSyntaxError(`unterminated string starting with ${delimiter}`, start)
}
