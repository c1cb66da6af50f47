/**
 * The old-style (OpenStep / NeXTSTEP) property list text that Xcode writes `project.pbxproj` in:
 * `{ key = value; }` dictionaries, `( a, b, )` arrays, quoted or bare strings, `<hex>` data and
 * `/* *\/` or `//` comments. Every string keeps its offsets so a value can be annotated in place.
 */

export interface PlistString {
  kind: 'string'
  value: string
  start: number
  end: number
}

export interface PlistDict {
  kind: 'dict'
  entries: Map<string, { key: PlistString; value: PlistNode }>
  start: number
  end: number
}

export interface PlistArray {
  kind: 'array'
  items: PlistNode[]
  start: number
  end: number
}

export interface PlistData {
  kind: 'data'
  start: number
  end: number
}

export type PlistNode = PlistString | PlistDict | PlistArray | PlistData

/** project.pbxproj nests about six levels; deeper is hostile (a stack overflow in this recursive parser). */
export const MAX_NESTING = 512

export class PlistSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

// Characters allowed in an unquoted string (NSString's old-style plist parser is a bit more lenient).
const BARE = /[A-Za-z0-9_$+/:.\-~]/

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', a: '\x07', v: '\v' }

export function parseOpenStepPlist(text: string): PlistNode {
  let i = 0

  const skip = () => {
    while (i < text.length) {
      const c = text[i]!
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\uFEFF') i++
      else if (text.startsWith('//', i)) {
        while (i < text.length && text[i] !== '\n') i++
      } else if (text.startsWith('/*', i)) {
        const close = text.indexOf('*/', i + 2)
        if (close < 0) throw new PlistSyntaxError('unterminated /* comment', i)
        i = close + 2
      } else break
    }
  }

  const expect = (c: string) => {
    skip()
    if (text[i] !== c) throw new PlistSyntaxError(`expected "${c}"`, i)
    i++
  }

  const string = (): PlistString => {
    skip()
    const start = i
    const quote = text[i]
    if (quote === '"' || quote === "'") {
      i++
      let value = ''
      while (i < text.length && text[i] !== quote) {
        if (text[i] === '\\') {
          const next = text[i + 1] ?? ''
          if (next === 'U' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16))
            i += 6
          } else if (/[0-7]/.test(next)) {
            // At most three digits: slicing the rest of the file here made `\0\0\0…` quadratic.
            const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))![0]
            value += String.fromCharCode(parseInt(octal, 8))
            i += 1 + octal.length
          } else {
            value += ESCAPES[next] ?? next
            i += 2
          }
        } else {
          // Copy the run up to the next quote or backslash at once (pbxproj files are mostly such runs).
          let end = i + 1
          while (end < text.length && text[end] !== quote && text[end] !== '\\') end++
          value += text.slice(i, end)
          i = end
        }
      }
      if (i >= text.length) throw new PlistSyntaxError('unterminated quoted string', start)
      i++
      return { kind: 'string', value, start, end: i }
    }
    while (i < text.length && BARE.test(text[i]!)) i++
    if (i === start) throw new PlistSyntaxError(`unexpected ${JSON.stringify(text[i] ?? 'end of file')}`, i)
    return { kind: 'string', value: text.slice(start, i), start, end: i }
  }

  let depth = 0
  const value = (): PlistNode => {
    skip()
    const start = i
    const c = text[i]
    if ((c === '{' || c === '(') && ++depth > MAX_NESTING)
      throw new PlistSyntaxError(`nested more than ${MAX_NESTING} levels deep`, i)
    if (c === '{') {
      i++
      const entries: PlistDict['entries'] = new Map()
      for (;;) {
        skip()
        if (text[i] === '}') {
          i++
          depth--
          return { kind: 'dict', entries, start, end: i }
        }
        const key = string()
        expect('=')
        const item = value()
        expect(';')
        entries.set(key.value, { key, value: item })
      }
    }
    if (c === '(') {
      i++
      const items: PlistNode[] = []
      for (;;) {
        skip()
        if (text[i] === ')') {
          i++
          depth--
          return { kind: 'array', items, start, end: i }
        }
        items.push(value())
        skip()
        if (text[i] === ',') i++
        else if (text[i] !== ')') throw new PlistSyntaxError('expected "," or ")" in array', i)
      }
    }
    if (c === '<') {
      const close = text.indexOf('>', i)
      if (close < 0) throw new PlistSyntaxError('unterminated <data>', i)
      i = close + 1
      return { kind: 'data', start, end: i }
    }
    return string()
  }

  const root = value()
  skip()
  if (i < text.length) throw new PlistSyntaxError('unexpected text after the top-level value', i)
  return root
}

export function dictGet(node: PlistNode | undefined, key: string): PlistNode | undefined {
  return node?.kind === 'dict' ? node.entries.get(key)?.value : undefined
}

export function stringGet(node: PlistNode | undefined, key: string): PlistString | undefined {
  const value = dictGet(node, key)
  return value?.kind === 'string' ? value : undefined
}
