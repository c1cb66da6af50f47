/**
 * Raw DEFLATE decoding (RFC 1951) in JavaScript, for the small entries the artifact readers read: a
 * manifest, a signature block, the head of a JAR signature file. `node:zlib` loads Node's stream layer with it,
 * about 4 ms of `inspect`'s start on the CI machine, for entries that inflate in a fraction of that.
 * fflate, the library of choice, builds 32K-entry tables when it loads and measured 17 ms slower
 * than zlib. Large entries still go to zlib (`zip.ts` decides by size).
 *
 * The decoding follows puff.c, Mark Adler's reference inflater (zlib/contrib/puff), with zlib's
 * validity checks and messages; a test holds it to zlib on generated, truncated and corrupted streams.
 */

/** A stream zlib would refuse, with zlib's message for the fault; or more output than allowed. */
export class InflateError extends Error {}

/** The refusal of output past the limit, in the words `zip.ts` uses for zlib's refusal too. */
export function outputLimitMessage(maxOutput: number): string {
  return `more than ${maxOutput} bytes of output`
}

export interface InflateOptions {
  /** How many bytes to allocate at first, such as the size a ZIP entry declares (it grows if needed). */
  expectedSize: number
  /** More output than this is refused, whatever the entry declares. */
  maxOutput: number
  /**
   * The input is the start of a longer stream (zlib's Z_SYNC_FLUSH on a prefix): return what it
   * decodes to when it ends, rather than fail with an unexpected end of file.
   */
  prefix?: boolean
}

const MAX_BITS = 15
const FIXED_LITERAL_CODES = 288
const MAX_LITERAL_CODES = 286
const MAX_DISTANCE_CODES = 30
const CODE_LENGTH_CODES = 19
const END_OF_BLOCK = 256

/** Length symbols 257..285: base lengths and extra bits (RFC 1951 §3.2.5). */
const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
]
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
/** Distance symbols 0..29: base distances and extra bits. */
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
]
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
]
/** The order in which a dynamic block lists the code length code's lengths (RFC 1951 §3.2.7). */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

/**
 * A canonical Huffman code: how many codes have each length and the symbols in code order (puff's
 * tables), plus a lookup table for the codes of up to FAST_BITS bits, indexed by the next FAST_BITS
 * bits of input, each entry `symbol << 4 | length`, 0 for a longer or unused code. Most symbols are
 * decoded by one lookup: a bit-by-bit walk runs so much bytecode that V8 optimises it in the middle
 * of a 1 KB manifest, which costs more than the whole decoding.
 */
interface Huffman {
  count: Uint16Array
  symbol: Uint16Array
  fast: Uint16Array
  /**
   * The longest code's length: past it, bits are no code (zlib's table says so there). 0 for a code
   * with no codes, whose every bit zlib's table reads as one invalid 1-bit code.
   */
  longest: number
}

const FAST_BITS = 9
const FAST_MASK = (1 << FAST_BITS) - 1

function huffman(symbols: number): Huffman {
  return {
    count: new Uint16Array(MAX_BITS + 1),
    symbol: new Uint16Array(symbols),
    fast: new Uint16Array(1 << FAST_BITS),
    longest: 0,
  }
}

/**
 * Fills `code` from `lengths[from, from + n)`. Returns 0 for a complete code (or one with no codes),
 * a negative number for an over-subscribed one, a positive one for an incomplete one.
 */
function construct(code: Huffman, lengths: Uint8Array, from: number, n: number): number {
  const { count, symbol, fast } = code
  count.fill(0)
  for (let s = 0; s < n; s++) count[lengths[from + s]!]!++
  code.longest = 0
  if (count[0] === n) return 0
  for (let length = MAX_BITS; code.longest === 0; length--) if (count[length] !== 0) code.longest = length
  let left = 1
  for (let length = 1; length <= MAX_BITS; length++) {
    left = (left << 1) - count[length]!
    if (left < 0) return left
  }
  const offsets = new Uint16Array(MAX_BITS + 1)
  for (let length = 1; length < MAX_BITS; length++) offsets[length + 1] = offsets[length]! + count[length]!
  for (let s = 0; s < n; s++) {
    const length = lengths[from + s]!
    if (length !== 0) symbol[offsets[length]!++] = s
  }
  // DEFLATE sends a code first bit first, so the lookup index is the code with its bits reversed.
  // Codes of one length are consecutive, and a longer one continues from the shorter ones shifted
  // left, which leaves the reversed value as it is: counting backwards from the top bit walks them
  // all (zlib's inftrees.c does the same).
  let reversed = 0
  for (let length = 1, k = 0; length <= FAST_BITS; length++) {
    const step = 1 << length
    for (let i = count[length]!; i > 0; i--, k++) {
      const entry = (symbol[k]! << 4) | length
      for (let index = reversed; index <= FAST_MASK; index += step) fast[index] = entry
      let bit = 1 << (length - 1)
      while (reversed & bit) bit >>>= 1
      reversed = bit ? (reversed & (bit - 1)) + bit : 0
    }
  }
  return left
}

let fixedCodes: { literal: Huffman; distance: Huffman } | undefined

/** The fixed codes of block type 1 (RFC 1951 §3.2.6), built on first use. */
function fixed(): { literal: Huffman; distance: Huffman } {
  if (fixedCodes) return fixedCodes
  const lengths = new Uint8Array(FIXED_LITERAL_CODES)
  lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288)
  const literal = huffman(FIXED_LITERAL_CODES)
  construct(literal, lengths, 0, FIXED_LITERAL_CODES)
  // 32 distance codes, as zlib builds them, so that symbols 30 and 31 decode and are refused as such.
  const distance = huffman(32)
  construct(distance, new Uint8Array(32).fill(5), 0, 32)
  return (fixedCodes = { literal, distance })
}

/** Thrown inside the decoder when the input runs out; a prefix ends there, a whole stream fails. */
class EndOfInput extends Error {}

/**
 * The bytes a raw DEFLATE stream decodes to. Bytes after the final block are ignored, as zlib's
 * `inflateRawSync` ignores them. Throws InflateError for a stream zlib would refuse.
 *
 * The decoder's state lives in this function's variables, shared by the nested steps, and the
 * common case of the symbol loop is written out in it: code that runs once runs in V8's interpreter,
 * where a variable costs a register move and an object's property a lookup.
 */
export function inflateRaw(input: Uint8Array, options: InflateOptions): Uint8Array {
  const { maxOutput } = options
  const inputLength = input.length
  let position = 0
  /** Input bits read ahead and not yet used, first bit lowest; at most 32. */
  let bitBuffer = 0
  let bitCount = 0
  // At most what the input can decode to (1032 bytes per input byte, zlib's bound): a hostile entry
  // may declare any size.
  let output = new Uint8Array(Math.max(1, Math.min(maxOutput, options.expectedSize, inputLength * 1032)))
  let written = 0

  function bits(need: number): number {
    while (bitCount < need) {
      if (position === inputLength) throw new EndOfInput()
      bitBuffer |= input[position++]! << bitCount
      bitCount += 8
    }
    const value = bitBuffer & ((1 << need) - 1)
    bitBuffer >>>= need
    bitCount -= need
    return value
  }

  /** Room for `n` more bytes of output, growing the buffer up to maxOutput. */
  function reserve(n: number): void {
    const needed = written + n
    if (needed <= output.length) return
    if (needed > maxOutput) throw new InflateError(outputLimitMessage(maxOutput))
    const grown = new Uint8Array(Math.min(maxOutput, Math.max(needed, output.length * 2)))
    grown.set(output.subarray(0, written))
    output = grown
  }

  /** One symbol of `code`, or -1 for bits that are no code of it. */
  function decode(code: Huffman): number {
    while (bitCount <= 24 && position < inputLength) {
      bitBuffer |= input[position++]! << bitCount
      bitCount += 8
    }
    const entry = code.fast[bitBuffer & FAST_MASK]!
    const length = entry & 15
    if (length !== 0 && length <= bitCount) {
      bitBuffer >>>= length
      bitCount -= length
      return entry >>> 4
    }
    return decodeBitByBit(code)
  }

  /**
   * A code longer than FAST_BITS, one the input may end in, or bits that are no code of an
   * incomplete one: puff's decode(), a bit at a time.
   */
  function decodeBitByBit(code: Huffman): number {
    const { count, symbol } = code
    if (code.longest === 0) {
      bits(1)
      return -1
    }
    let value = 0
    let first = 0
    let index = 0
    for (let length = 1; length <= code.longest; length++) {
      value |= bits(1)
      const n = count[length]!
      if (value - n < first) return symbol[index + (value - first)]!
      index += n
      first = (first + n) << 1
      value <<= 1
    }
    return -1
  }

  function stored(): void {
    // A stored block starts at a byte boundary: the rest of the current byte is padding, and whole
    // bytes read ahead go back to the input.
    position -= bitCount >>> 3
    bitBuffer = 0
    bitCount = 0
    if (position + 4 > inputLength) throw new EndOfInput()
    const length = input[position]! | (input[position + 1]! << 8)
    const complement = input[position + 2]! | (input[position + 3]! << 8)
    if (length !== (~complement & 0xffff)) throw new InflateError('invalid stored block lengths')
    position += 4
    const available = Math.min(length, inputLength - position)
    reserve(available)
    output.set(input.subarray(position, position + available), written)
    written += available
    position += available
    if (available < length) throw new EndOfInput()
  }

  function codes(literal: Huffman, distance: Huffman): void {
    for (;;) {
      let symbol = decode(literal)
      if (symbol < END_OF_BLOCK) {
        if (symbol < 0) throw new InflateError('invalid literal/length code')
        if (written === output.length) reserve(1)
        output[written++] = symbol
        continue
      }
      if (symbol === END_OF_BLOCK) return
      symbol -= 257
      if (symbol >= 29) throw new InflateError('invalid literal/length code')
      const length = LENGTH_BASE[symbol]! + bits(LENGTH_EXTRA[symbol]!)
      symbol = decode(distance)
      if (symbol < 0 || symbol >= MAX_DISTANCE_CODES) throw new InflateError('invalid distance code')
      const back = DISTANCE_BASE[symbol]! + bits(DISTANCE_EXTRA[symbol]!)
      if (back > written) throw new InflateError('invalid distance too far back')
      reserve(length)
      // Byte by byte: a copy may overlap the bytes it writes (a run of one byte is distance 1).
      for (let from = written - back, end = written + length; written < end;)
        output[written++] = output[from++]!
    }
  }

  function dynamic(): void {
    const literals = bits(5) + 257
    const distances = bits(5) + 1
    const codeLengthCodes = bits(4) + 4
    if (literals > MAX_LITERAL_CODES || distances > MAX_DISTANCE_CODES) {
      throw new InflateError('too many length or distance symbols')
    }
    const lengths = new Uint8Array(MAX_LITERAL_CODES + MAX_DISTANCE_CODES)
    for (let i = 0; i < codeLengthCodes; i++) lengths[CODE_LENGTH_ORDER[i]!] = bits(3)
    const lengthCode = huffman(CODE_LENGTH_CODES)
    if (construct(lengthCode, lengths, 0, CODE_LENGTH_CODES) !== 0) {
      throw new InflateError('invalid code lengths set')
    }
    lengths.fill(0, 0, CODE_LENGTH_CODES)
    if (lengthCode.longest === 0) {
      // zlib reads each bit under a code length code with no codes as a length of 0, and then finds
      // no end-of-block code: the same refusal, after the same bits (or the end of a prefix).
      for (let i = 0; i < literals + distances; i++) bits(1)
      throw new InflateError('invalid code -- missing end-of-block')
    }

    const total = literals + distances
    for (let index = 0; index < total;) {
      const symbol = decode(lengthCode)
      if (symbol < 0) throw new InflateError('invalid code lengths set')
      if (symbol < 16) {
        lengths[index++] = symbol
        continue
      }
      let repeated = 0
      let times: number
      if (symbol === 16) {
        // zlib reads the repeat count before it looks for a length to repeat.
        times = 3 + bits(2)
        if (index === 0) throw new InflateError('invalid bit length repeat')
        repeated = lengths[index - 1]!
      } else if (symbol === 17) {
        times = 3 + bits(3)
      } else {
        times = 11 + bits(7)
      }
      if (index + times > total) throw new InflateError('invalid bit length repeat')
      lengths.fill(repeated, index, index + times)
      index += times
    }
    if (lengths[END_OF_BLOCK] === 0) throw new InflateError('invalid code -- missing end-of-block')

    // An incomplete code is valid only when it is a single code of one bit (zlib's inftrees.c).
    const literal = huffman(MAX_LITERAL_CODES)
    const literalLeft = construct(literal, lengths, 0, literals)
    if (literalLeft < 0 || (literalLeft > 0 && literals !== literal.count[0]! + literal.count[1]!)) {
      throw new InflateError('invalid literal/lengths set')
    }
    const distance = huffman(MAX_DISTANCE_CODES)
    const distanceLeft = construct(distance, lengths, literals, distances)
    if (distanceLeft < 0 || (distanceLeft > 0 && distances !== distance.count[0]! + distance.count[1]!)) {
      throw new InflateError('invalid distances set')
    }
    codes(literal, distance)
  }

  try {
    let last: number
    do {
      last = bits(1)
      const type = bits(2)
      if (type === 0) stored()
      else if (type === 1) {
        const { literal, distance } = fixed()
        codes(literal, distance)
      } else if (type === 2) dynamic()
      else throw new InflateError('invalid block type')
    } while (!last)
  } catch (error) {
    if (!(error instanceof EndOfInput)) throw error
    if (!options.prefix) throw new InflateError('unexpected end of file')
  }
  return output.subarray(0, written)
}
