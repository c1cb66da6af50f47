/**
 * A JSON5 parser that keeps the offsets of every value, for locating identity values in
 * `project.config.json` (JSON), uni-app `manifest.json` (JSON with comments) and HarmonyOS
 * `app.json5` / `build-profile.json5` (comments, unquoted keys, single quotes, trailing commas).
 * JSON is a subset of JSON5, so one parser serves all. Duplicate keys: the last one wins, as in
 * JSON.parse.
 */

export type Json5Node =
  | { kind: 'object'; entries: Map<string, { key: Json5Key; value: Json5Node }>; start: number; end: number }
  | { kind: 'array'; items: Json5Node[]; start: number; end: number }
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'boolean'; value: boolean; start: number; end: number }
  | { kind: 'null'; start: number; end: number }

export interface Json5Key {
  name: string
  start: number
  end: number
}

/**
 * Configuration files nest a few levels; a file nested deeper than this is hostile (300k `[` would
 * overflow the stack of this recursive parser) and is a syntax error naming the place.
 */
export const MAX_NESTING = 512

export class Json5SyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' }
const WHITESPACE = /[\s\uFEFF\u2028\u2029]/

export function parseJson5(text: string): Json5Node {
  let i = 0

  const skip = () => {
    while (i < text.length) {
      if (WHITESPACE.test(text[i]!)) i++
      else if (text.startsWith('//', i)) {
        while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++
      } else if (text.startsWith('/*', i)) {
        const close = text.indexOf('*/', i + 2)
        if (close < 0) throw new Json5SyntaxError('unterminated /* comment', i)
        i = close + 2
      } else break
    }
  }

  const string = (): { value: string; start: number; end: number } => {
    const start = i
    const quote = text[i]!
    i++
    let value = ''
    while (i < text.length && text[i] !== quote) {
      const c = text[i]!
      if (c === '\n' || c === '\r') throw new Json5SyntaxError('unterminated string', start)
      if (c !== '\\') {
        value += c
        i++
        continue
      }
      const next = text[i + 1] ?? ''
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16))
        i += 6
      } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4))) {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16))
        i += 4
      } else if (next === '\r' || next === '\n') {
        // A backslash before a line break continues the string on the next line.
        i += next === '\r' && text[i + 2] === '\n' ? 3 : 2
      } else {
        value += ESCAPES[next] ?? next
        i += 2
      }
    }
    if (i >= text.length) throw new Json5SyntaxError('unterminated string', start)
    i++
    return { value, start, end: i }
  }

  const identifier = (): Json5Key => {
    const match = /^[A-Za-z_$\u00C0-\uFFFF][\w$\u00C0-\uFFFF]*/.exec(text.slice(i, i + 512))
    if (!match) throw new Json5SyntaxError(`unexpected ${describe(text[i])}`, i)
    const key = { name: match[0], start: i, end: i + match[0].length }
    i = key.end
    return key
  }

  let depth = 0
  const value = (): Json5Node => {
    skip()
    const start = i
    const c = text[i]
    if (c === undefined) throw new Json5SyntaxError('unexpected end of file', i)
    if ((c === '{' || c === '[') && ++depth > MAX_NESTING)
      throw new Json5SyntaxError(`nested more than ${MAX_NESTING} levels deep`, i)
    if (c === '{') {
      i++
      const entries = new Map<string, { key: Json5Key; value: Json5Node }>()
      for (;;) {
        skip()
        if (text[i] === '}') break
        const key: Json5Key =
          text[i] === '"' || text[i] === "'"
            ? (({ value, ...at }) => ({ name: value, ...at }))(string())
            : identifier()
        skip()
        if (text[i] !== ':') throw new Json5SyntaxError(`expected ":" after the key "${key.name}"`, i)
        i++
        const item = value()
        entries.delete(key.name)
        entries.set(key.name, { key, value: item })
        skip()
        if (text[i] === ',') i++
        else if (text[i] !== '}') throw new Json5SyntaxError('expected "," or "}"', i)
      }
      i++
      depth--
      return { kind: 'object', entries, start, end: i }
    }
    if (c === '[') {
      i++
      const items: Json5Node[] = []
      for (;;) {
        skip()
        if (text[i] === ']') break
        items.push(value())
        skip()
        if (text[i] === ',') i++
        else if (text[i] !== ']') throw new Json5SyntaxError('expected "," or "]"', i)
      }
      i++
      depth--
      return { kind: 'array', items, start, end: i }
    }
    if (c === '"' || c === "'") return { kind: 'string', ...string() }
    const literal =
      /^(?:true|false|null|[+-]?(?:Infinity|NaN|0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))/.exec(
        text.slice(i, i + 64),
      )
    if (!literal) throw new Json5SyntaxError(`unexpected ${describe(c)}`, i)
    i += literal[0].length
    const word = literal[0]
    if (word === 'true' || word === 'false') return { kind: 'boolean', value: word === 'true', start, end: i }
    if (word === 'null') return { kind: 'null', start, end: i }
    return { kind: 'number', value: parseNumber(word), start, end: i }
  }

  const root = value()
  skip()
  if (i < text.length) throw new Json5SyntaxError('unexpected text after the top-level value', i)
  return root
}

function parseNumber(word: string): number {
  const sign = word.startsWith('-') ? -1 : 1
  const unsigned = word.replace(/^[+-]/, '')
  if (unsigned === 'Infinity') return sign * Infinity
  if (unsigned === 'NaN') return NaN
  if (/^0[xX]/.test(unsigned)) return sign * parseInt(unsigned.slice(2), 16)
  return sign * Number(unsigned)
}

function describe(c: string | undefined): string {
  return c === undefined ? 'end of file' : JSON.stringify(c)
}

/** The node at a key path of objects, e.g. `['app', 'bundleName']`. */
export function json5Get(node: Json5Node | undefined, path: readonly string[]): Json5Node | undefined {
  let current = node
  for (const key of path) {
    if (current?.kind !== 'object') return undefined
    current = current.entries.get(key)?.value
  }
  return current
}
