/**
 * A property-list reader for the two encodings app bundles carry: binary (`bplist00`, what Xcode
 * leaves in Info.plist) and XML (other build tools, and the plist inside embedded.mobileprovision).
 * Read-only and bounded: it replaces the `plist` package, which brought an XML DOM (@xmldom/xmldom)
 * and a writer (xmlbuilder) for a job that needs neither (issue 10), and had no limits (issue 12).
 *
 * Why the limits: a binary plist is a table of objects that refer to each other by index, so 300
 * bytes can describe a DAG whose tree has 2^40 nodes (each array referring twice to the next), or a
 * cycle. Every object visited counts against MAX_OBJECTS, and nesting against MAX_DEPTH, so a hostile
 * file costs at most that much work and memory. Real Info.plists have a few hundred objects and
 * nest a handful of levels.
 *
 * Binary layout (Apple CoreFoundation CFBinaryPList.c, the comment block at its top; libplist's
 * bplist.c reads the same): "bplist00", objects, an offset table, and a 32-byte trailer {6 unused
 * bytes, u8 offsetIntSize, u8 objectRefSize, u64 numObjects, u64 topObject, u64 offsetTableOffset},
 * all big-endian. Object markers: 0x00 null, 0x08 false, 0x09 true, 0x1n int of 2^n bytes (8 bytes
 * signed, 16 bytes unsigned 128-bit), 0x2n real of 2^n bytes, 0x33 date (float64 seconds since
 * 2001-01-01 UTC), 0x4n data, 0x5n ASCII string, 0x6n UTF-16BE string (n code units), 0x7n UTF-8
 * string, 0x8n UID of n+1 bytes, 0xAn array, 0xCn set, 0xDn dict (n key refs, then n value refs);
 * a count nibble of 0xF means the count follows as an int object.
 * XML: Apple's PropertyList-1.0.dtd (plist, dict, key, array, string, data, date, integer, real,
 * true, false).
 */

export type PlistValue =
  string | number | bigint | boolean | Date | Buffer | PlistUid | PlistValue[] | PlistDict

export type PlistDict = { [key: string]: PlistValue }

/** A keyed-archiver object reference (CF$UID), kept apart from integers as libplist does. */
export class PlistUid {
  constructor(readonly value: number) {}
}

/** Why a property list cannot be read: the reason and, for XML, the line:col. */
export class PlistError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PlistError'
  }
}

/** Objects visited while reading one plist (a DAG counts each visit): far above any real bundle's. */
export const MAX_OBJECTS = 200_000
/** Nesting of arrays and dictionaries: Info.plists and profiles nest fewer than 10 levels. */
export const MAX_DEPTH = 128

export function isPlistDict(value: PlistValue | undefined): value is PlistDict {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !Buffer.isBuffer(value) &&
    !(value instanceof Date) &&
    !(value instanceof PlistUid)
  )
}

/** Binary or XML, told by the content; undefined when it is neither. Throws PlistError when damaged. */
export function parsePlist(bytes: Buffer): PlistValue | undefined {
  if (bytes.subarray(0, 6).toString('latin1') === 'bplist') return parseBinaryPlist(bytes)
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  if (/^\s*<(\?xml|!DOCTYPE|plist|!--)/.test(text)) return parseXmlPlist(text)
  return undefined
}

/** Dictionaries are built without a prototype, so a `__proto__` key is an ordinary key. */
function newDict(): PlistDict {
  return Object.create(null) as PlistDict
}

class Budget {
  private objects = 0
  visit(depth: number): void {
    if (++this.objects > MAX_OBJECTS) {
      throw new PlistError(
        `it has more than ${MAX_OBJECTS} objects (counting shared ones each time they are used); a real property list has a few hundred`,
      )
    }
    if (depth > MAX_DEPTH) {
      throw new PlistError(`it nests deeper than ${MAX_DEPTH} levels; a real property list nests a handful`)
    }
  }
}

// --- Binary --------------------------------------------------------------------------------------

const BPLIST_EPOCH_MS = Date.UTC(2001, 0, 1)
const TRAILER = 32

export function parseBinaryPlist(buffer: Buffer): PlistValue {
  if (buffer.length < 8 + TRAILER || buffer.toString('latin1', 0, 6) !== 'bplist') {
    throw new PlistError('a binary property list is at least 40 bytes and starts with "bplist"')
  }
  if (buffer.toString('latin1', 6, 8) !== '00') {
    throw new PlistError(
      `binary property list version ${buffer.toString('latin1', 6, 8)} is not supported (only 00)`,
    )
  }
  const trailer = buffer.length - TRAILER
  const offsetSize = buffer[trailer + 6]!
  const refSize = buffer[trailer + 7]!
  const count = buffer.readBigUInt64BE(trailer + 8)
  const top = buffer.readBigUInt64BE(trailer + 16)
  const tableOffset = buffer.readBigUInt64BE(trailer + 24)
  if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8) {
    throw new PlistError(
      `its trailer gives offsets of ${offsetSize} and references of ${refSize} bytes (1 to 8 allowed)`,
    )
  }
  // Every object takes at least one byte, and the offset table has one entry per object: checked
  // against the file before anything is read, so a claimed count allocates nothing.
  if (
    count < 1n ||
    top >= count ||
    tableOffset < 8n ||
    tableOffset + count * BigInt(offsetSize) > BigInt(trailer)
  ) {
    throw new PlistError(
      `its trailer (${count} objects, top object ${top}, offset table at ${tableOffset}) does not fit the ${buffer.length}-byte file`,
    )
  }
  const objectCount = Number(count)
  const table = Number(tableOffset)
  const budget = new Budget()
  const active = new Set<number>()

  const uint = (at: number, size: number): number => {
    let value = 0
    for (let i = 0; i < size; i++) value = value * 256 + buffer[at + i]!
    return value
  }
  const offsetOf = (ref: number): number => {
    const offset = uint(table + ref * offsetSize, offsetSize)
    if (offset < 8 || offset >= table) {
      throw new PlistError(`object ${ref} is at offset ${offset}, outside the object area 8..${table}`)
    }
    return offset
  }
  const need = (at: number, length: number, what: string): void => {
    if (length > table - at) {
      throw new PlistError(`${what} at offset ${at} claims ${length} bytes, past the object area`)
    }
  }
  /** The count in a marker's low nibble, or (0xF) in the int object that follows. */
  const lengthAt = (at: number): { length: number; start: number } => {
    const nibble = buffer[at]! & 0x0f
    if (nibble !== 0x0f) return { length: nibble, start: at + 1 }
    need(at + 1, 1, 'a length')
    const marker = buffer[at + 1]!
    if (marker >> 4 !== 0x1)
      throw new PlistError(`the length of the object at offset ${at} is not an integer`)
    const size = 1 << (marker & 0x0f)
    if (size > 8) throw new PlistError(`the length of the object at offset ${at} is wider than 8 bytes`)
    need(at + 2, size, 'a length')
    const length = uint(at + 2, size)
    if (!Number.isSafeInteger(length) || length > buffer.length) {
      throw new PlistError(
        `the object at offset ${at} claims ${length} elements in a ${buffer.length}-byte file`,
      )
    }
    return { length, start: at + 2 + size }
  }
  const refAt = (at: number): number => {
    const ref = uint(at, refSize)
    if (ref >= objectCount)
      throw new PlistError(`a reference at offset ${at} names object ${ref} of ${objectCount}`)
    return ref
  }

  // Strings and data are decoded once per object: the budget counts visits, not bytes, and an array
  // whose every slot names one 4 MiB string would otherwise decode it on every visit.
  const leaves = new Map<number, PlistValue>()
  const read = (ref: number, depth: number): PlistValue => {
    const leaf = leaves.get(ref)
    if (leaf !== undefined) {
      budget.visit(depth)
      return leaf
    }
    const value = decode(ref, depth)
    const type = buffer[offsetOf(ref)]! >> 4
    if (type >= 0x4 && type <= 0x7) leaves.set(ref, value)
    return value
  }

  const decode = (ref: number, depth: number): PlistValue => {
    budget.visit(depth)
    const at = offsetOf(ref)
    const marker = buffer[at]!
    const type = marker >> 4
    const nibble = marker & 0x0f
    switch (type) {
      case 0x0:
        if (marker === 0x08) return false
        if (marker === 0x09) return true
        throw new PlistError(
          `object ${ref} at offset ${at} has the marker 0x${hex2(marker)} (null and fill have no value in a plist)`,
        )
      case 0x1: {
        const size = 1 << nibble
        if (size > 16) throw new PlistError(`the integer at offset ${at} is ${size} bytes wide`)
        need(at + 1, size, 'an integer')
        return readInteger(buffer, at + 1, size)
      }
      case 0x2: {
        const size = 1 << nibble
        need(at + 1, size, 'a real')
        if (size === 4) return buffer.readFloatBE(at + 1)
        if (size === 8) return buffer.readDoubleBE(at + 1)
        throw new PlistError(`the real at offset ${at} is ${size} bytes wide (4 or 8 allowed)`)
      }
      case 0x3:
        if (marker !== 0x33) throw new PlistError(`the date at offset ${at} has the marker 0x${hex2(marker)}`)
        need(at + 1, 8, 'a date')
        return new Date(BPLIST_EPOCH_MS + buffer.readDoubleBE(at + 1) * 1000)
      case 0x4: {
        const { length, start } = lengthAt(at)
        need(start, length, 'data')
        return Buffer.from(buffer.subarray(start, start + length))
      }
      case 0x5: {
        const { length, start } = lengthAt(at)
        need(start, length, 'a string')
        return buffer.toString('latin1', start, start + length)
      }
      case 0x6: {
        const { length, start } = lengthAt(at)
        need(start, length * 2, 'a UTF-16 string')
        return Buffer.from(buffer.subarray(start, start + length * 2))
          .swap16()
          .toString('utf16le')
      }
      case 0x7: {
        const { length, start } = lengthAt(at)
        need(start, length, 'a UTF-8 string')
        return buffer.toString('utf8', start, start + length)
      }
      case 0x8: {
        need(at + 1, nibble + 1, 'a UID')
        if (nibble + 1 > 6) throw new PlistError(`the UID at offset ${at} is ${nibble + 1} bytes wide`)
        return new PlistUid(uint(at + 1, nibble + 1))
      }
      case 0xa:
      case 0xc:
      case 0xd: {
        const { length, start } = lengthAt(at)
        const refs = type === 0xd ? length * 2 : length
        need(start, refs * refSize, type === 0xd ? 'a dictionary' : 'an array')
        // A container that contains itself, directly or not, would never end.
        if (active.has(ref)) throw new PlistError(`object ${ref} contains itself`)
        active.add(ref)
        try {
          if (type !== 0xd) {
            const array: PlistValue[] = []
            for (let i = 0; i < length; i++) array.push(read(refAt(start + i * refSize), depth + 1))
            return array
          }
          const dict = newDict()
          for (let i = 0; i < length; i++) {
            const key = read(refAt(start + i * refSize), depth + 1)
            if (typeof key !== 'string') {
              throw new PlistError(`key ${i + 1} of the dictionary at offset ${at} is not a string`)
            }
            // Apple's binary reader keeps the first of two equal keys, plistlib and plutil the last:
            // readers disagree on which bundle id such a file holds, so it is refused.
            if (Object.hasOwn(dict, key))
              throw new PlistError(`the dictionary at offset ${at} has the key ${quote(key)} twice`)
            dict[key] = read(refAt(start + (length + i) * refSize), depth + 1)
          }
          return dict
        } finally {
          active.delete(ref)
        }
      }
      default:
        throw new PlistError(`object ${ref} at offset ${at} has the unknown marker 0x${hex2(marker)}`)
    }
  }
  return read(Number(top), 0)
}

/** Big-endian integer: 1, 2 and 4 bytes unsigned; 8 bytes signed; 16 bytes an unsigned 64-bit value. */
function readInteger(buffer: Buffer, at: number, size: number): number | bigint {
  let value: bigint
  if (size === 16) value = buffer.readBigUInt64BE(at + 8)
  else if (size === 8) value = buffer.readBigInt64BE(at)
  else {
    let n = 0
    for (let i = 0; i < size; i++) n = n * 256 + buffer[at + i]!
    return n
  }
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0')
}

// --- XML -----------------------------------------------------------------------------------------

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/**
 * A single forward pass over the text: every step consumes input, so time is linear in its length.
 * Only the markup a plist uses is accepted; anything else is an error with its line:col.
 */
export function parseXmlPlist(text: string): PlistValue {
  let p = 0
  const budget = new Budget()

  const fail = (reason: string, at = p): never => {
    let line = 1
    let lineStart = 0
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++
      lineStart = i + 1
    }
    throw new PlistError(`line ${line}:${at - lineStart + 1}: ${reason}`)
  }
  const skipSpace = () => {
    while (p < text.length && ' \t\r\n'.includes(text[p]!)) p++
  }
  /** Skips whitespace, comments, processing instructions and the DOCTYPE between elements. */
  const skipMisc = () => {
    for (;;) {
      skipSpace()
      if (text.startsWith('<!--', p)) p = endOf('-->', 'a comment')
      else if (text.startsWith('<?', p)) p = endOf('?>', 'a processing instruction')
      else if (text.startsWith('<!DOCTYPE', p)) p = endOf('>', 'the DOCTYPE')
      else return
    }
  }
  const endOf = (terminator: string, what: string): number => {
    const end = text.indexOf(terminator, p)
    if (end < 0) return fail(`${what} is not closed`)
    return end + terminator.length
  }
  /** `<name>`, `<name/>` or `<name attr="…">`: the name and whether it closed itself. */
  const openTag = (): { name: string; empty: boolean; at: number } => {
    const at = p
    if (text[p] !== '<') return fail(`expected an element, found ${quote(text.slice(p, p + 20))}`)
    const end = text.indexOf('>', p)
    if (end < 0) return fail('an element is not closed')
    const inner = text.slice(p + 1, end)
    const m = /^([A-Za-z][\w.-]*)(\s[^<]*?)?(\/?)$/.exec(inner)
    if (!m) return fail(`${quote(`<${inner}>`)} is not an element this property list format has`)
    p = end + 1
    return { name: m[1]!, empty: m[3] === '/', at }
  }
  const closeTag = (name: string) => {
    skipMisc()
    const tag = `</${name}`
    if (!text.startsWith(tag, p)) return fail(`expected </${name}>`)
    p += tag.length
    skipSpace()
    if (text[p] !== '>') return fail(`expected </${name}>`)
    p++
  }
  /** Character data up to the next tag, entities decoded, CDATA sections kept verbatim. */
  const characters = (name: string): string => {
    let out = ''
    for (;;) {
      const lt = text.indexOf('<', p)
      if (lt < 0) return fail(`<${name}> is not closed`)
      out += decodeEntities(text.slice(p, lt), p)
      p = lt
      if (!text.startsWith('<![CDATA[', p)) break
      const end = text.indexOf(']]>', p)
      if (end < 0) return fail('a CDATA section is not closed')
      out += text.slice(p + 9, end)
      p = end + 3
    }
    closeTag(name)
    return out
  }
  const decodeEntities = (raw: string, base: number): string =>
    raw.indexOf('&') < 0
      ? raw
      : raw.replace(/&([^;&\s]{0,12});?/g, (whole, name: string, offset: number) => {
          if (!whole.endsWith(';')) return fail(`${quote(whole)} is not a complete entity`, base + offset)
          // An own key only: `in` also finds what every object inherits (`&constructor;`).
          if (Object.hasOwn(ENTITIES, name)) return ENTITIES[name]!
          const m = /^#(x[0-9A-Fa-f]{1,8}|[0-9]{1,10})$/.exec(name)
          if (!m) return fail(`&${name}; is not an entity XML defines`, base + offset)
          const code = m[1]!.startsWith('x') ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10)
          // XML 1.0 §2.2 Char: no NUL, no surrogates, nothing past U+10FFFF.
          if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
            return fail(
              `&${name}; is not a valid character (code point 0x${code.toString(16)})`,
              base + offset,
            )
          }
          return String.fromCodePoint(code)
        })

  const value = (depth: number): PlistValue => {
    budget.visit(depth)
    skipMisc()
    const tag = openTag()
    const content = (): string => (tag.empty ? '' : characters(tag.name))
    switch (tag.name) {
      case 'true':
      case 'false':
        if (!tag.empty) closeTag(tag.name)
        return tag.name === 'true'
      case 'string':
        return content()
      case 'integer': {
        const raw = content().trim()
        // 40 characters hold any 128-bit value; the bound keeps BigInt's parse linear.
        if (raw.length > 40 || !/^[+-]?(0x[0-9A-Fa-f]+|[0-9]+)$/.test(raw))
          return fail(`<integer> holds ${quote(raw)}, not an integer`, tag.at)
        const negative = raw.startsWith('-')
        const digits = raw.replace(/^[+-]/, '')
        const big = BigInt(digits)
        const n = negative ? -big : big
        return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n
      }
      case 'real': {
        const raw = content().trim()
        const n = Number(raw)
        if (raw === '' || Number.isNaN(n)) {
          if (/^[+-]?(nan|inf(inity)?)$/i.test(raw))
            return /nan/i.test(raw) ? NaN : raw.startsWith('-') ? -Infinity : Infinity
          return fail(`<real> holds ${quote(raw)}, not a number`, tag.at)
        }
        return n
      }
      case 'date': {
        const raw = content().trim()
        const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(raw) ? new Date(raw) : undefined
        if (!date || Number.isNaN(date.getTime()))
          return fail(`<date> holds ${quote(raw)}, not an ISO 8601 UTC date`, tag.at)
        return date
      }
      case 'data': {
        const raw = content().replace(/\s/g, '')
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(raw)) return fail('<data> is not base64', tag.at)
        return Buffer.from(raw, 'base64')
      }
      case 'array': {
        const array: PlistValue[] = []
        if (tag.empty) return array
        for (;;) {
          skipMisc()
          if (text.startsWith('</', p)) break
          array.push(value(depth + 1))
        }
        closeTag('array')
        return array
      }
      case 'dict': {
        const dict = newDict()
        if (tag.empty) return dict
        for (;;) {
          skipMisc()
          if (text.startsWith('</', p)) break
          budget.visit(depth + 1)
          const key = openTag()
          if (key.name !== 'key') return fail(`expected <key> in a <dict>, found <${key.name}>`, key.at)
          const name = key.empty ? '' : characters('key')
          skipMisc()
          if (text.startsWith('</', p)) return fail(`the key ${quote(name)} has no value`)
          dict[name] = value(depth + 1)
        }
        closeTag('dict')
        return dict
      }
      default:
        return fail(`<${tag.name}> is not a property list element`, tag.at)
    }
  }

  skipMisc()
  const root = openTag()
  let result: PlistValue
  if (root.name === 'plist') {
    if (root.empty) return fail('<plist/> holds no value', root.at)
    result = value(0)
    closeTag('plist')
  } else {
    p = root.at
    result = value(0)
  }
  skipMisc()
  if (p < text.length) fail('there is content after the property list')
  return result
}

/** A short, printable excerpt of the input for a message: never the whole of a hostile file. */
function quote(raw: string): string {
  const short = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw
  return JSON.stringify(short)
}
