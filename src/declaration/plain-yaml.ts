/**
 * A reader for the plain YAML declarations are written in: block mappings and sequences, plain and
 * quoted one-line scalars, one-line flow lists and mappings of scalars, comments. It exists for
 * start-up time (issue 10): loading and warming up the `yaml` library costs more than the rest of
 * `check` on a typical declaration.
 *
 * It never decides anything on its own. Whatever it does not read exactly as the `yaml` library does
 * (anchors, tags, block scalars, nested flow collections, multi-line scalars, floats, empty values,
 * duplicate keys, tabs, deep nesting, syntax errors, …) makes it return undefined, and the caller
 * parses the file with the `yaml` library as before, errors and all. Where it answers, its values and
 * node positions are the library's: a differential test compares both on every shipped declaration
 * and on generated ones.
 */
import { DECIMAL, FALSE, NULL, OTHER_NUMBER, TRUE } from './yaml-scalars.js'

/** A node with the offsets the `yaml` library gives it: `start` is range[0], `end` range[1]. */
export type YamlNode = YamlMap | YamlSeq | YamlScalar | YamlOther

export interface YamlMap {
  kind: 'map'
  start: number
  items: { key: YamlScalar | undefined; value: YamlNode | undefined }[]
}

export interface YamlSeq {
  kind: 'seq'
  start: number
  items: YamlNode[]
}

export interface YamlScalar {
  kind: 'scalar'
  start: number
  end: number
  value: unknown
}

/** An alias or another node the locator only needs the position of. */
export interface YamlOther {
  kind: 'other'
  start: number
  end: number
}

export interface PlainYaml {
  /**
   * The node tree, for positions. The plain reader builds it on first read, by reading the text a
   * second time: a passing run never asks for a position, and a tree kept alive through the run costs
   * more in garbage collection than the reading itself (issue 10).
   */
  readonly root: YamlNode
  /** What `yaml`'s `doc.toJS()` returns for the same text. */
  value: unknown
}

/** Thrown inside the reader when the text leaves the subset; caught by readPlainYaml. */
class NotPlain extends Error {}

/**
 * A set of ASCII characters as a table indexed by character code (`TABLE[code] === 1`): the reader
 * asks about every character of some scalars, and a table lookup costs a fraction of a Set's hashing
 * or of a call, which the interpreter pays on every line before V8 optimises the reader (issue 10).
 * A code from 128 up, or NaN past the end of the text, reads undefined: not in the set.
 */
function asciiTable(characters: string): Uint8Array {
  const table = new Uint8Array(128)
  for (const c of characters) table[c.charCodeAt(0)] = 1
  return table
}

/** The first characters of a scalar that may not be a string: `~`, n/N, t/T, f/F, digits, signs and dots. */
const MAYBE_NOT_STRING = asciiTable('~nNtTfF0123456789+-.')
/** The first characters of a number in YAML 1.2's core schema: digits, signs and a dot. */
const NUMBER_START = asciiTable('0123456789+-.')
/** The flow indicators `,[]{}`, which end a plain scalar inside a flow collection. */
const FLOW_INDICATOR = asciiTable(',[]{}')
/** Characters a plain scalar may not start with in this subset (YAML indicators and reserved ones). */
const INDICATOR = asciiTable('-?:,[]{}#&*!|>\'"%@`')
/** Nesting levels this reader follows (a declaration has about eight). */
const MAX_DEPTH = 64
/**
 * The longest line this reader reads (see splitLines), in characters of the text it reads: bytes for
 * a file (readPlainYamlBytes), UTF-16 units for a string. A longer one is left to the library; a line
 * of tens of thousands of CJK characters may be read by one entry and left by the other, correctly both.
 */
const MAX_LINE_LENGTH = 65_536
// The scans over a line's characters are sticky patterns run from `lastIndex`: V8 runs a pattern as
// native code, where a loop over the characters runs in its interpreter for most of a run, and nearly
// every character of a declaration is scanned (the patterns cut the reader's instructions on a 1,000-app
// declaration by 9%; issue 10). No pattern passes a line break, so none reads past its line.
/**
 * A plain key and its colon: any characters up to a colon followed by a space or the line's end; a
 * `#` after a space (a comment) fails it.
 */
const PLAIN_KEY = /(?:[^:#\r\n]|:(?![ \r\n]|$)|(?<! )#)*:(?=[ \r\n]|$)/y
/**
 * A plain value: it stops before a colon followed by a space or the line's end (an error), before a
 * comment, or at the line's end.
 */
const PLAIN_VALUE = /(?:[^:#\r\n]|:(?![ \r\n]|$)|(?<! )#)*/y
/**
 * A plain scalar in a flow collection after its first character: it stops before a colon, a comment
 * or a flow indicator.
 */
const FLOW_PLAIN = /(?:[^:#,[\]{}\r\n]|(?<! )#)*/y
/** Quoted scalars after the opening quote, closing quote included; escapes but `\\` and `\"` fail. */
const SINGLE_QUOTED = /(?:[^'\r\n]|'')*'/y
const DOUBLE_QUOTED = /(?:[^"\\\r\n]|\\[\\"])*"/y
/** A character from 0x80 up: in the Latin-1 reading of UTF-8 bytes, part of a multi-byte character. */
const NOT_ASCII = /[\u0080-\uffff]/
const CARRIAGE_RETURN = 0x0d
const SPACE = 0x20
const DASH = 0x2d
const HASH = 0x23
const SINGLE_QUOTE = 0x27
const COLON = 0x3a

/**
 * A mapping key this reader keeps: a string. A non-string key, `__proto__` and the merge key `<<` are
 * left to the library; so is a duplicate, which `noDuplicateKeys` finds once the mapping is read.
 */
function stringKey(key: unknown): string {
  if (typeof key !== 'string' || key === '__proto__' || key === '<<') throw new NotPlain()
  return key
}

/**
 * A duplicate key (an error the library reports) is left to the library. Every key is a string other
 * than `__proto__`, so each distinct key is one own property: fewer properties than entries means a
 * key came twice. Counting once per mapping costs less than asking the growing object about every key.
 * `for…in` counts without allocating; an enumerable property inherited from a tampered prototype
 * would only make the count differ, which leaves the file to the library.
 */
function noDuplicateKeys(mapping: Record<string, unknown>, entries: number): void {
  let properties = 0
  for (const _ in mapping) properties++
  if (properties !== entries) throw new NotPlain()
}

export function readPlainYaml(text: string, maxEntries: number): PlainYaml | undefined {
  return readValue(new Reader(text, maxEntries, false), () => text, maxEntries)
}

/**
 * The same reading of a declaration's UTF-8 bytes (valid UTF-8, byte order marks dropped), without
 * decoding the whole file: the values are read from the bytes as Latin-1 text, one character per
 * byte, and only a value with a non-ASCII byte in it is decoded, from its own bytes. Every character
 * this reader decides on is ASCII, and a UTF-8 sequence is bytes from 0x80 up, so the reading is the
 * same. Decoding a large file into UTF-16 text costs more than reading it (a 700 KB declaration:
 * about 11 ms and 3 MB of fresh memory on Node 24, against 3 ms for the Latin-1 text; issue 10).
 * `text` decodes the file for the node tree, whose offsets are UTF-16 ones as the library's are.
 */
export function readPlainYamlBytes(
  bytes: Buffer,
  maxEntries: number,
  text: () => string,
): PlainYaml | undefined {
  return readValue(new Reader(bytes.toString('latin1'), maxEntries, false, bytes), text, maxEntries)
}

function readValue(reader: Reader, text: () => string, maxEntries: number): PlainYaml | undefined {
  let value: unknown
  try {
    value = reader.read()
  } catch (error) {
    if (error instanceof NotPlain) return undefined
    throw error
  }
  let root: YamlNode | undefined
  return {
    value,
    // The same text read the same way succeeds again (decoded text reads as its bytes do: every
    // character the reader decides on is ASCII); this time every node is kept.
    get root() {
      if (!root) {
        const reader = new Reader(text(), maxEntries, true)
        reader.read()
        root = reader.tree()
      }
      return root
    },
  }
}

class Reader {
  /**
   * The content lines, one entry per line in each array: the column (0-based) and offset of its first
   * content character, and the offset after its content (before `\r\n` / `\n`); the line starts at
   * the content's offset minus its column. Typed arrays rather than an object per line: they live as long as the
   * reading, and a large declaration has tens of thousands of lines that every young-generation
   * collection would otherwise copy; and the fields are read in place, without a call per read.
   */
  private indents = new Int32Array(0)
  private contents = new Int32Array(0)
  private ends = new Int32Array(0)
  private lineCount = 0
  private next = 0
  private entries = 0
  private depth = 0
  /**
   * What the methods return besides a value, in fields rather than in an object per call: a value-only
   * read (every passing run) then allocates nothing but the value (issue 10). `node` is the node of
   * what was read last, kept only with keepNodes; `stop` where it ends (a quoted scalar's closing
   * quote + 1, a flow collection's closing bracket + 1, a flow scalar's next token); `colon` the
   * offset of the colon after the key read last.
   */
  private node: YamlNode | undefined
  private stop = 0
  private colon = 0

  /**
   * @param keepNodes whether a node is built for everything read (the tree, for positions). Without
   * them no node is built, and the value is the same.
   * @param bytes the UTF-8 bytes `text` is the Latin-1 reading of (readPlainYamlBytes); a string
   * value with a byte from 0x80 up is decoded from them.
   */
  constructor(
    private readonly text: string,
    private readonly maxEntries: number,
    private readonly keepNodes: boolean,
    private readonly bytes?: Buffer,
  ) {}

  read(): unknown {
    if (this.hasByteOrderMark()) throw new NotPlain()
    this.splitLines()
    if (this.lineCount === 0) throw new NotPlain()
    const value = this.block(this.indents[0]!)
    if (this.next < this.lineCount) throw new NotPlain()
    return value
  }

  /**
   * A byte order mark anywhere in the text (U+FEFF; its UTF-8 bytes in the Latin-1 reading of a
   * file). The library drops one that starts the text, or a line before the document begins (after
   * blank or comment lines; a third in a file, or one in a text given as it is, such as a base
   * commit's declaration), where this reader would read it into a key; a mark elsewhere is rare
   * enough to leave to the library too.
   */
  private hasByteOrderMark(): boolean {
    return this.text.includes(this.bytes ? '\u00ef\u00bb\u00bf' : '\ufeff')
  }

  /** The root node of the text read, with keepNodes. */
  tree(): YamlNode {
    return this.node!
  }

  /** Content lines only: blank lines and whole-line comments carry no structure. */
  private splitLines(): void {
    const text = this.text
    // A bare carriage return breaks lines in YAML but not here; the regex runs only if there is one.
    if (text.includes('\t') || (text.includes('\r') && /\r(?!\n)/.test(text))) throw new NotPlain()
    this.grow(256)
    let offset = 0
    while (offset < text.length) {
      const newline = text.indexOf('\n', offset)
      const lineEnd = newline === -1 ? text.length : newline
      const end = text.charCodeAt(lineEnd - 1) === CARRIAGE_RETURN ? lineEnd - 1 : lineEnd
      // The scanning patterns keep a backtracking stack that a line of millions of characters would
      // overflow (a RangeError, not a NotPlain); no declaration has a line this long.
      if (end - offset > MAX_LINE_LENGTH) throw new NotPlain()
      let contentStart = offset
      while (contentStart < end && text.charCodeAt(contentStart) === SPACE) contentStart++
      if (contentStart < end && text.charCodeAt(contentStart) !== HASH) {
        // Document markers and directives start documents: the library's business.
        if (contentStart === offset && /^(?:---|\.\.\.|%)/.test(text.slice(offset, offset + 3)))
          throw new NotPlain()
        const line = this.lineCount++
        if (line === this.contents.length) this.grow(line * 2)
        this.indents[line] = contentStart - offset
        this.contents[line] = contentStart
        this.ends[line] = end
      }
      offset = lineEnd + 1
    }
  }

  /** Room for `size` lines in the line arrays, keeping the lines read so far. */
  private grow(size: number): void {
    const grown = (from: Int32Array) => {
      const to = new Int32Array(size)
      to.set(from)
      return to
    }
    this.indents = grown(this.indents)
    this.contents = grown(this.contents)
    this.ends = grown(this.ends)
  }

  private count(): void {
    if (++this.entries > this.maxEntries) throw new NotPlain()
  }

  /** A block collection whose first line is the next line, at `indent`. */
  private block(indent: number): unknown {
    const line = this.next
    if (this.indents[line]! !== indent) throw new NotPlain()
    // A declaration nests a handful of levels; a deeper file is left to the library, so that this
    // recursion stays far from the stack's limit whatever the file.
    if (++this.depth > MAX_DEPTH) throw new NotPlain()
    const block = this.isSeqItem(line) ? this.seq(indent) : this.map(indent)
    this.depth--
    return block
  }

  /** Whether the line is a sequence item: `-` then a space or the end of the line (asked of every line). */
  private isSeqItem(line: number): boolean {
    const at = this.contents[line]!
    if (this.text.charCodeAt(at) !== DASH) return false
    return at + 1 >= this.ends[line]! || this.text.charCodeAt(at + 1) === SPACE
  }

  /** Whether the character at `at` is a space or the end of the line. */
  private isBlankOrEnd(at: number, end: number): boolean {
    return at >= end || this.text.charCodeAt(at) === SPACE
  }

  private map(indent: number): Record<string, unknown> {
    const node: YamlMap | undefined = this.keepNodes
      ? { kind: 'map', start: this.contents[this.next]!, items: [] }
      : undefined
    const value: Record<string, unknown> = {}
    let entries = 0
    while (this.next < this.lineCount) {
      const line = this.next
      const lineIndent = this.indents[line]!
      if (lineIndent < indent) break
      if (lineIndent > indent || this.isSeqItem(line)) throw new NotPlain()
      this.count()
      entries++
      const name = stringKey(this.key(line))
      const keyNode = this.node as YamlScalar | undefined
      const end = this.ends[line]!
      const rest = this.skipSpaces(this.colon + 1, end)
      this.next++
      let entry: unknown
      if (rest >= end || this.text[rest] === '#') entry = this.nested(indent, true)
      else entry = this.inline(rest, end, indent)
      if (node) node.items.push({ key: keyNode, value: this.node })
      value[name] = entry
    }
    noDuplicateKeys(value, entries)
    this.node = node
    return value
  }

  /** The value of `key:` or `-` with nothing after it: a block on the following lines. */
  private nested(indent: number, inMap: boolean): unknown {
    const line = this.next
    if (line >= this.lineCount) throw new NotPlain()
    const lineIndent = this.indents[line]!
    if (lineIndent > indent) return this.block(lineIndent)
    // A sequence may sit at its key's own indentation ("indentless"); an empty value is left to yaml.
    if (inMap && lineIndent === indent && this.isSeqItem(line)) return this.seq(indent)
    throw new NotPlain()
  }

  private seq(indent: number): unknown[] {
    const node: YamlSeq | undefined = this.keepNodes
      ? { kind: 'seq', start: this.contents[this.next]!, items: [] }
      : undefined
    const value: unknown[] = []
    while (this.next < this.lineCount) {
      const line = this.next
      const lineIndent = this.indents[line]!
      if (lineIndent < indent || (lineIndent === indent && !this.isSeqItem(line))) break
      if (lineIndent > indent) throw new NotPlain()
      this.count()
      const end = this.ends[line]!
      const rest = this.skipSpaces(this.contents[line]! + 1, end)
      let entry: unknown
      if (rest >= end || this.text[rest] === '#') {
        this.next++
        entry = this.nested(indent, false)
      } else if (this.startsMapEntry(rest, end)) {
        // `- id: shop`: a mapping whose keys are aligned with the first one. The rest of the line is
        // read as if it were a line of its own, starting after the dash.
        const column = rest - (this.contents[line]! - this.indents[line]!)
        this.indents[line] = column
        this.contents[line] = rest
        entry = this.map(column)
      } else {
        this.next++
        entry = this.inline(rest, end, indent)
      }
      if (node) node.items.push(this.node!)
      value.push(entry)
    }
    this.node = node
    return value
  }

  /** Whether the text at `at` is `key:` followed by a space or the end of the line. */
  private startsMapEntry(at: number, end: number): boolean {
    const quote = this.text[at]
    if (quote === '"' || quote === "'") {
      this.quoted(at)
      return this.text[this.stop] === ':' && this.isBlankOrEnd(this.stop + 1, end)
    }
    return this.plainKeyEnd(at, end) !== -1
  }

  /**
   * Whether a plain scalar may start at `at`: not with an indicator, except `-`, `?` and `:` followed
   * by a character that is not a space (`-7`, `:x`), as YAML allows.
   */
  private startsPlain(at: number, end: number, flow = false): boolean {
    const c = this.text[at]
    if (c === undefined || at >= end) return false
    if (INDICATOR[this.text.charCodeAt(at)] !== 1) return true
    if (c !== '-' && c !== '?' && c !== ':') return false
    const next = this.text[at + 1]
    return at + 1 < end && next !== ' ' && !(flow && FLOW_INDICATOR[next!.charCodeAt(0)] === 1)
  }

  /** Where a plain key ends (its `:`), or -1 when the text is no plain key. */
  private plainKeyEnd(at: number, end: number): number {
    if (!this.startsPlain(at, end)) return -1
    PLAIN_KEY.lastIndex = at
    return PLAIN_KEY.test(this.text) ? PLAIN_KEY.lastIndex - 1 : -1
  }

  /** A mapping key: its value; its node in `node`, its colon in `colon`. */
  private key(line: number): unknown {
    const at = this.contents[line]!
    const end = this.ends[line]!
    const quote = this.text[at]
    if (quote === '"' || quote === "'") {
      const value = this.quoted(at)
      const close = this.stop
      if (this.text[close] !== ':' || !this.isBlankOrEnd(close + 1, end)) throw new NotPlain()
      this.colon = close
      return value
    }
    const colon = this.plainKeyEnd(at, end)
    // `key : value` (a space before the colon) is valid YAML but not this subset.
    if (colon === -1 || this.text[colon - 1] === ' ') throw new NotPlain()
    this.colon = colon
    return this.plain(at, colon)
  }

  /** A value written on the line of its key or dash: a scalar or a flow list. */
  private inline(at: number, end: number, indent: number): unknown {
    const c = this.text[at]!
    let value: unknown
    let after: number
    if (c === '"' || c === "'") {
      value = this.quoted(at)
      after = this.stop
    } else if (c === '[') {
      value = this.flowSeq(at, end)
      after = this.stop
    } else if (c === '{') {
      value = this.flowMap(at, end)
      after = this.stop
    } else {
      if (!this.startsPlain(at, end)) throw new NotPlain()
      const text = this.text
      PLAIN_VALUE.lastIndex = at
      PLAIN_VALUE.test(text)
      const stop = PLAIN_VALUE.lastIndex
      // `a: b: c` is an error in YAML; `a: b:` too. Otherwise the value ends the line or a comment does.
      if (stop < end && text.charCodeAt(stop) === COLON) throw new NotPlain()
      let last = stop
      while (last > at && text.charCodeAt(last - 1) === SPACE) last--
      value = this.plain(at, last)
      after = stop
    }
    // Most values end the line; only one that does not is asked what follows it.
    if (after < end) this.expectLineEnd(after, end)
    // A more indented line after a one-line value continues a multi-line scalar (or is an error).
    if (this.next < this.lineCount && this.indents[this.next]! > indent) throw new NotPlain()
    return value
  }

  /** After a value only spaces and a comment may follow. */
  private expectLineEnd(at: number, end: number): void {
    const rest = this.skipSpaces(at, end)
    // A comment needs a space before it: `"x"#y` is an error, not a comment.
    if (rest < end && !(this.text[rest] === '#' && this.text[rest - 1] === ' ')) throw new NotPlain()
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === SPACE) at++
    return at
  }

  /** `[a, 'b', "c"]` on one line: scalars only. Ends (`stop`) after its `]`. */
  private flowSeq(at: number, end: number): unknown[] {
    const node: YamlSeq | undefined = this.keepNodes ? { kind: 'seq', start: at, items: [] } : undefined
    const value: unknown[] = []
    // The list itself counts too, so this reader never counts fewer entries than the library's lexer.
    this.count()
    let i = this.skipSpaces(at + 1, end)
    if (this.text[i] === ']' && i < end) return this.flowEnd(node, value, i + 1)
    for (;;) {
      this.count()
      const item = this.flowScalar(i, end, false)
      if (node) node.items.push(this.node!)
      value.push(item)
      i = this.stop
      if (this.text[i] === ']' && i < end) return this.flowEnd(node, value, i + 1)
      if (this.text[i] !== ',' || i >= end) throw new NotPlain()
      i = this.skipSpaces(i + 1, end)
      // `[a, ]` (a trailing comma) is left to the library.
      if (i >= end || this.text[i] === ']') throw new NotPlain()
    }
  }

  /** `{ key: value, … }` on one line: scalar keys and values only. Ends (`stop`) after its `}`. */
  private flowMap(at: number, end: number): Record<string, unknown> {
    const node: YamlMap | undefined = this.keepNodes ? { kind: 'map', start: at, items: [] } : undefined
    const value: Record<string, unknown> = {}
    this.count()
    let i = this.skipSpaces(at + 1, end)
    if (this.text[i] === '}' && i < end) return this.flowEnd(node, value, i + 1)
    for (let entries = 1; ; entries++) {
      this.count()
      const name = stringKey(this.flowScalar(i, end, true))
      const keyNode = this.node as YamlScalar | undefined
      const next = this.stop
      // `key: value` with a space after the colon; `{a}` and `{a:b}` are left to the library.
      if (this.text[next] !== ':' || this.text[next + 1] !== ' ' || next + 1 >= end) throw new NotPlain()
      const item = this.flowScalar(this.skipSpaces(next + 1, end), end, false)
      if (node) node.items.push({ key: keyNode, value: this.node })
      value[name] = item
      i = this.stop
      if (this.text[i] === '}' && i < end) {
        noDuplicateKeys(value, entries)
        return this.flowEnd(node, value, i + 1)
      }
      if (this.text[i] !== ',' || i >= end) throw new NotPlain()
      i = this.skipSpaces(i + 1, end)
      if (i >= end || this.text[i] === '}') throw new NotPlain()
    }
  }

  /** A flow collection read: its node (with keepNodes) and where it ends, then its value. */
  private flowEnd<T>(node: YamlNode | undefined, value: T, stop: number): T {
    this.node = node
    this.stop = stop
    return value
  }

  /**
   * A scalar inside a flow collection; where the next token starts in `stop`. A plain one ends at a
   * flow indicator (`,[]{}`) or, for a key, at `: `; any other `:` or a comment is left to the library.
   */
  private flowScalar(at: number, end: number, isKey: boolean): unknown {
    const c = this.text[at]
    if (c === '"' || c === "'") {
      const value = this.quoted(at)
      this.stop = this.skipSpaces(this.stop, end)
      return value
    }
    if (!this.startsPlain(at, end, true)) throw new NotPlain()
    const text = this.text
    // The first character is no indicator but may be `:`, `-` or `?` (startsPlain): the scan starts after it.
    FLOW_PLAIN.lastIndex = at + 1
    FLOW_PLAIN.test(text)
    const stop = FLOW_PLAIN.lastIndex
    if (stop < end) {
      const code = text.charCodeAt(stop)
      // A comment inside a flow collection, or a colon but a key's `: `, is left to the library.
      if (code === HASH) throw new NotPlain()
      if (code === COLON && !(isKey && text.charCodeAt(stop + 1) === SPACE)) throw new NotPlain()
    }
    let last = stop
    while (last > at && text.charCodeAt(last - 1) === SPACE) last--
    const value = this.plain(at, last)
    this.stop = this.skipSpaces(stop, end)
    return value
  }

  /** A plain scalar from `start` to `end` (trailing spaces already excluded): its value. */
  private plain(start: number, end: number): unknown {
    const source = this.text.slice(start, end)
    if (source === '' || source.includes(' #')) throw new NotPlain()
    let value: unknown = source
    const first = source.charCodeAt(0)
    // Only the patterns that can match a scalar starting with this character are tried: numbers
    // start with a digit, a sign or a dot; null, true and false with a letter or `~`.
    if (MAYBE_NOT_STRING[first] === 1) {
      if (NUMBER_START[first] === 1) {
        if (DECIMAL.test(source)) {
          // The library's integer: the sign apart, the digits by parseInt (so `-0` is -0).
          const digits = parseInt(source.replace(/^[-+]/, ''), 10)
          value = source.startsWith('-') ? -1 * digits : digits
        } else if (OTHER_NUMBER.test(source)) throw new NotPlain()
      } else if (NULL.test(source)) value = null
      else if (TRUE.test(source)) value = true
      else if (FALSE.test(source)) value = false
    }
    // A string with non-ASCII characters is decoded from its UTF-8 bytes (the patterns above match
    // ASCII only). Written out rather than called: this runs for every scalar, mostly interpreted.
    if (value === source && this.bytes && NOT_ASCII.test(source))
      value = this.bytes.toString('utf8', start, end)
    if (this.keepNodes) this.node = { kind: 'scalar', start, end, value }
    return value
  }

  /** A quoted scalar's value, unescaped: escapes are ASCII, so its UTF-8 sequences are whole. */
  private decodedQuoted(value: string): string {
    return !this.bytes || !NOT_ASCII.test(value) ? value : Buffer.from(value, 'latin1').toString('utf8')
  }

  /** A scalar's value, its node kept (with keepNodes) in `node`. */
  private scalar(start: number, end: number, value: unknown): unknown {
    if (this.keepNodes) this.node = { kind: 'scalar', start, end, value }
    return value
  }

  /**
   * A quoted scalar closed on the same line: its value, and in `stop` the offset after the closing
   * quote. Escapes other than `\\` and `\"` are left to the library.
   */
  private quoted(start: number): unknown {
    const single = this.text.charCodeAt(start) === SINGLE_QUOTE
    const pattern = single ? SINGLE_QUOTED : DOUBLE_QUOTED
    pattern.lastIndex = start + 1
    if (!pattern.test(this.text)) throw new NotPlain()
    const close = pattern.lastIndex
    let value = this.text.slice(start + 1, close - 1)
    if (single) {
      if (value.includes("''")) value = value.replaceAll("''", "'")
    } else if (value.includes('\\')) value = value.replace(/\\(.)/g, '$1')
    this.stop = close
    return this.scalar(start, close, this.decodedQuoted(value))
  }
}
