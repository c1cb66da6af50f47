import { describe, expect, it } from '@jest/globals'
import { constants, deflateRawSync, inflateRawSync, type ZlibOptions } from 'node:zlib'
import { InflateError, inflateRaw } from '../../src/artifacts/inflate.js'

// zlib is the reference: what it decodes, inflateRaw decodes to the same bytes; what it refuses,
// inflateRaw refuses with zlib's message.

/** A small deterministic generator (mulberry32), so that a failure repeats. */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Data of the shapes entries have: random bytes (DER), a small alphabet (text), runs and repeats. */
function sampleData(random: () => number): Buffer {
  const length = Math.floor(random() * random() * 40_000)
  const data = Buffer.alloc(length)
  const shape = random()
  if (shape < 0.25) {
    for (let i = 0; i < length; i++) data[i] = Math.floor(random() * 256)
  } else if (shape < 0.6) {
    const alphabet = 1 + Math.floor(random() * 40)
    for (let i = 0; i < length; i++)
      data[i] = random() < 0.03 ? Math.floor(random() * 256) : 97 + Math.floor(random() * alphabet)
  } else {
    const period = 1 + Math.floor(random() * 300)
    for (let i = 0; i < length; i++) data[i] = (i % period) * 7
  }
  return data
}

/** zlib's options for every block type: stored (level 0), fixed (Z_FIXED), dynamic, Huffman-only, RLE. */
function sampleOptions(random: () => number): ZlibOptions {
  return {
    level: Math.floor(random() * 10),
    strategy: [
      constants.Z_DEFAULT_STRATEGY,
      constants.Z_FILTERED,
      constants.Z_HUFFMAN_ONLY,
      constants.Z_RLE,
      constants.Z_FIXED,
    ][Math.floor(random() * 5)]!,
    memLevel: 1 + Math.floor(random() * 9),
    windowBits: 9 + Math.floor(random() * 7),
  }
}

function zlibResult(input: Buffer, options: ZlibOptions = {}): Buffer | string {
  try {
    return inflateRawSync(input, options)
  } catch (error) {
    return (error as Error).message
  }
}

function ourResult(input: Buffer, prefix = false): Buffer | string {
  try {
    return Buffer.from(inflateRaw(input, { expectedSize: 1024, maxOutput: 64 * 1024 * 1024, prefix }))
  } catch (error) {
    expect(error).toBeInstanceOf(InflateError)
    return (error as Error).message
  }
}

/** What zlib's result and ours are when they differ (Buffer equality: jest's deep equality is slow). */
function disagreement(ours: Buffer | string, zlib: Buffer | string): string | undefined {
  const same = typeof ours === 'string' || typeof zlib === 'string' ? ours === zlib : ours.equals(zlib)
  if (same) return undefined
  const describe = (r: Buffer | string) => (typeof r === 'string' ? r : `${r.length} bytes`)
  return `ours: ${describe(ours)}, zlib: ${describe(zlib)}`
}

describe('inflateRaw decodes what zlib decodes and refuses what zlib refuses', () => {
  it('whole streams of every block type, level, strategy and window', () => {
    const random = generator(1)
    const wrong: string[] = []
    for (let i = 0; i < 400; i++) {
      const data = sampleData(random)
      const problem = disagreement(ourResult(deflateRawSync(data, sampleOptions(random))), data)
      if (problem) wrong.push(`stream ${i}: ${problem}`)
    }
    expect(wrong).toEqual([])
  })

  it('streams with flipped bits: the same bytes, or the same refusal', () => {
    const random = generator(2)
    const wrong: string[] = []
    let refused = 0
    for (let i = 0; i < 600; i++) {
      const compressed = Buffer.from(deflateRawSync(sampleData(random), sampleOptions(random)))
      for (let flips = 1 + Math.floor(random() * 3); flips > 0; flips--) {
        compressed[Math.floor(random() * compressed.length)]! ^= 1 << Math.floor(random() * 8)
      }
      const expected = zlibResult(compressed)
      if (typeof expected === 'string') refused++
      const problem = disagreement(ourResult(compressed), expected)
      if (problem) wrong.push(`stream ${i}: ${problem}`)
    }
    expect(wrong).toEqual([])
    // Both outcomes were exercised.
    expect(refused).toBeGreaterThan(100)
    expect(refused).toBeLessThan(500)
  })

  it('truncated streams: refused as zlib refuses them, and decoded as far as zlib does as a prefix', () => {
    const random = generator(3)
    const wrong: string[] = []
    for (let i = 0; i < 400; i++) {
      const compressed = deflateRawSync(sampleData(random), sampleOptions(random))
      const cut = compressed.subarray(0, Math.floor(random() * compressed.length))
      const whole = disagreement(ourResult(cut), zlibResult(cut))
      if (whole) wrong.push(`stream ${i}: ${whole}`)
      const prefix = disagreement(
        ourResult(cut, true),
        zlibResult(cut, { finishFlush: constants.Z_SYNC_FLUSH }),
      )
      if (prefix) wrong.push(`stream ${i} as a prefix: ${prefix}`)
    }
    expect(wrong).toEqual([])
  })

  it('ignores bytes after the final block, as zlib does', () => {
    const data = Buffer.from('<manifest package="com.example.shop"/>'.repeat(30))
    const compressed = Buffer.concat([deflateRawSync(data), Buffer.from('trailing bytes')])
    expect(ourResult(compressed)).toEqual(data)
    expect(zlibResult(compressed)).toEqual(data)
  })

  // Streams written bit by bit (first bit lowest, as DEFLATE packs them) for faults a compressor
  // never makes.
  function stream(fields: [value: number, bits: number][]): Buffer {
    const bytes: number[] = []
    let buffer = 0
    let count = 0
    for (const [value, bits] of fields) {
      buffer |= value << count
      count += bits
      while (count >= 8) {
        bytes.push(buffer & 0xff)
        buffer >>>= 8
        count -= 8
      }
    }
    if (count > 0) bytes.push(buffer)
    return Buffer.from(bytes)
  }
  /** A fixed code's bits in the order DEFLATE sends them (the code's first bit first). */
  const fixedCode = (code: number, bits: number): [number, number] => {
    let reversed = 0
    for (let i = 0; i < bits; i++) reversed |= ((code >>> i) & 1) << (bits - 1 - i)
    return [reversed, bits]
  }

  it.each([
    [
      'block type 3',
      stream([
        [1, 1],
        [3, 2],
      ]),
      'invalid block type',
    ],
    [
      'a stored block whose length does not match its complement',
      stream([
        [1, 1],
        [0, 2],
        [0, 5],
        [5, 16],
        [5, 16],
      ]),
      'invalid stored block lengths',
    ],
    // A fixed block whose first symbol copies from 1 byte back: there is no byte yet.
    [
      'a copy from before the start',
      stream([[1, 1], [1, 2], fixedCode(0b0000001, 7), fixedCode(0, 5)]),
      'invalid distance too far back',
    ],
    // Length symbol 286 is in the fixed code's table but means nothing.
    [
      'fixed length symbol 286',
      stream([[1, 1], [1, 2], fixedCode(0b11000110, 8)]),
      'invalid literal/length code',
    ],
    // The literal 'a' (fixed code 0x30 + 97), then a copy whose distance symbol, 30, means nothing.
    [
      'fixed distance symbol 30',
      stream([[1, 1], [1, 2], fixedCode(0x30 + 97, 8), fixedCode(0b0000001, 7), fixedCode(30, 5)]),
      'invalid distance code',
    ],
    [
      'a dynamic block with 287 length codes',
      stream([
        [1, 1],
        [2, 2],
        [30, 5],
        [0, 5],
        [0, 4],
      ]),
      'too many length or distance symbols',
    ],
    ['an empty stream', Buffer.alloc(0), 'unexpected end of file'],
    // A code length code with no codes: zlib reads each bit as a length of 0, then finds no end of block.
    [
      'a code length code with no codes',
      Buffer.concat([Buffer.from('05000000', 'hex'), Buffer.alloc(36)]),
      'invalid code -- missing end-of-block',
    ],
  ])('%s', (_, input, message) => {
    expect(ourResult(input)).toBe(message)
    expect(zlibResult(input)).toBe(message)
  })

  // Faults found where the input ends: zlib reads the bits a fault needs before it reports it, so a
  // stream cut there is unfinished, not wrong, and a prefix decodes to what came before. Each case
  // follows a stored block of "ab", and stands alone.
  const storedAb = Buffer.from('000200fdff6162', 'hex')
  it.each([
    ['a code length code with no codes', '05000000'],
    ['repeat code 16 as the first code length', '05003665'],
    ['a distance code with no codes, cut after a length symbol', '0dc0810800000000a0fca9bf'],
  ])('%s, cut short', (_, hex) => {
    for (const input of [Buffer.from(hex, 'hex'), Buffer.concat([storedAb, Buffer.from(hex, 'hex')])]) {
      expect(ourResult(input)).toBe(zlibResult(input))
      expect(ourResult(input, true)).toEqual(zlibResult(input, { finishFlush: constants.Z_SYNC_FLUSH }))
    }
    expect(ourResult(Buffer.concat([storedAb, Buffer.from(hex, 'hex')]), true)).toEqual(Buffer.from('ab'))
  })
})

describe('inflateRaw bounds its output', () => {
  const zeros = deflateRawSync(Buffer.alloc(1024 * 1024))

  it('refuses more output than maxOutput, however little the entry declared', () => {
    expect(() => inflateRaw(zeros, { expectedSize: 100, maxOutput: 4096 })).toThrow(
      new InflateError('more than 4096 bytes of output'),
    )
  })

  it('allocates no more than the input can decode to, whatever size is expected', () => {
    const tiny = deflateRawSync(Buffer.from('a'))
    const inflated = inflateRaw(tiny, { expectedSize: 128 * 1024 * 1024, maxOutput: 128 * 1024 * 1024 })
    expect(Buffer.from(inflated).toString()).toBe('a')
    expect(inflated.buffer.byteLength).toBeLessThanOrEqual(tiny.length * 1032)
  })

  it('grows past the expected size up to maxOutput', () => {
    const inflated = inflateRaw(zeros, { expectedSize: 100, maxOutput: 1024 * 1024 })
    expect(inflated.length).toBe(1024 * 1024)
    expect(inflated.every((byte) => byte === 0)).toBe(true)
  })
})
