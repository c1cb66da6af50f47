/**
 * A minimal protobuf wire-format reader (protobuf encoding guide: key = (field << 3) | wire type; 0
 * varint, 1 fixed64, 2 length-delimited, 5 fixed32; unknown fields are skipped), for the aapt2
 * protobuf files of an Android App Bundle: the manifest (`aab.ts`) and the resource table
 * (`aab-resources.ts`).
 */

/** Throws, with the reason, the error of the file being read. */
export type Fail = (reason: string) => never

/**
 * Fields decoded from one file, all messages together, and what to say past the limit: each field is
 * an object, so a file of tiny fields would otherwise cost far more memory than its size.
 */
export interface FieldBudget {
  fields: number
  max: number
  exceeded: string
}

interface Field {
  number: number
  wireType: number
  /** varint / fixed value */
  value?: number
  /** A varint's low 32 bits, exactly: an int32 (a negative one is sent as ten bytes). */
  low32?: number
  /** length-delimited payload */
  bytes?: Buffer
}

/**
 * Calls `visit` for each field of one message, in order, with every length checked against the
 * buffer, until it returns true. Nothing is allocated per field: a reader that looks for one child
 * among many (the resource table's entries) skips the others for the cost of their keys.
 */
export function forEachField(
  buffer: Buffer,
  fail: Fail,
  visit: (
    number: number,
    wireType: number,
    value: number,
    low32: number,
    start: number,
    end: number,
  ) => boolean | void,
): void {
  let p = 0
  let low32 = 0
  const varint = (): number => {
    let result = 0
    let multiplier = 1
    low32 = 0
    for (let i = 0; i < 10; i++) {
      if (p >= buffer.length) fail(`a varint runs past the end at byte ${p}`)
      const byte = buffer[p++]!
      result += (byte & 0x7f) * multiplier
      if (i < 5) low32 |= (byte & 0x7f) << (7 * i)
      if ((byte & 0x80) === 0) return result
      multiplier *= 128
    }
    return fail(`a varint is longer than 10 bytes at byte ${p}`)
  }
  while (p < buffer.length) {
    const key = varint()
    const number = Math.floor(key / 8)
    const wireType = key % 8
    if (number === 0) fail(`field number 0 at byte ${p}`)
    let stop: boolean | void
    if (wireType === 0) {
      const value = varint()
      stop = visit(number, wireType, value, low32, p, p)
    } else if (wireType === 2) {
      const length = varint()
      if (length > buffer.length - p) {
        fail(`field ${number} claims ${length} bytes but only ${buffer.length - p} remain`)
      }
      stop = visit(number, wireType, length, length, p, p + length)
      p += length
    } else if (wireType === 1 || wireType === 5) {
      const size = wireType === 1 ? 8 : 4
      if (size > buffer.length - p) fail(`field ${number} runs past the end`)
      // A fixed64 is never read as a number, only as being zero or not (forEach).
      const low = buffer.readUInt32LE(p)
      const value = size === 4 ? low : low || buffer.readUInt32LE(p + 4)
      stop = visit(number, wireType, value, low, p, p + size)
      p += size
    } else {
      fail(`field ${number} has the unsupported wire type ${wireType}`)
    }
    if (stop) return
  }
}

/**
 * A minimal protobuf wire-format reader: decodes one message's fields (without recursing), each
 * charged to the file's budget.
 */
export class ProtoReader {
  private readonly fields: Field[] = []

  constructor(
    buffer: Buffer,
    private readonly fail: Fail,
    private readonly budget: FieldBudget,
  ) {
    forEachField(buffer, fail, (number, wireType, value, low32, start, end) => {
      if (++budget.fields > budget.max) fail(budget.exceeded)
      if (wireType === 2) this.fields.push({ number, wireType, bytes: buffer.subarray(start, end) })
      else this.fields.push({ number, wireType, value, low32 })
    })
  }

  /** A reader of a message found in this one, with the same failure and budget. */
  reader(bytes: Buffer): ProtoReader {
    return new ProtoReader(bytes, this.fail, this.budget)
  }

  /** Each field in order: `bytes` for a length-delimited one, else its value. */
  forEach(visit: (number: number, value: number, bytes: Buffer | undefined) => void): void {
    for (const f of this.fields) visit(f.number, f.value ?? 0, f.bytes)
  }

  /** The last occurrence wins, as protobuf merges scalar fields. */
  private last(number: number, wireType: number): Field | undefined {
    const found = this.fields.filter((f) => f.number === number)
    const field = found.at(-1)
    if (field && field.wireType !== wireType) {
      this.fail(`field ${number} has wire type ${field.wireType}, expected ${wireType}`)
    }
    return field
  }

  uint(number: number): number | undefined {
    return this.last(number, 0)?.value
  }

  /** An int32 field: a negative one is a ten-byte varint whose low 32 bits are the number. */
  int32(number: number): number | undefined {
    const low32 = this.last(number, 0)?.low32
    return low32 === undefined ? undefined : low32 | 0
  }

  string(number: number): string | undefined {
    return this.last(number, 2)?.bytes?.toString('utf8')
  }

  message(number: number): Buffer | undefined {
    return this.last(number, 2)?.bytes
  }

  messages(number: number): Buffer[] {
    return this.fields.filter((f) => f.number === number && f.wireType === 2).map((f) => f.bytes!)
  }
}
