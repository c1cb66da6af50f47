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
  /** length-delimited payload */
  bytes?: Buffer
}

/**
 * A minimal protobuf wire-format reader: decodes one message's fields (without recursing) with every
 * length checked against the buffer.
 */
export class ProtoReader {
  private readonly fields: Field[] = []

  constructor(
    buffer: Buffer,
    private readonly fail: Fail,
    private readonly budget: FieldBudget,
  ) {
    let p = 0
    const varint = (): number => {
      let result = 0
      let multiplier = 1
      for (let i = 0; i < 10; i++) {
        if (p >= buffer.length) fail(`a varint runs past the end at byte ${p}`)
        const byte = buffer[p++]!
        result += (byte & 0x7f) * multiplier
        if ((byte & 0x80) === 0) return result
        multiplier *= 128
      }
      return fail(`a varint is longer than 10 bytes at byte ${p}`)
    }
    while (p < buffer.length) {
      if (++budget.fields > budget.max) fail(budget.exceeded)
      const key = varint()
      const number = Math.floor(key / 8)
      const wireType = key % 8
      if (number === 0) fail(`field number 0 at byte ${p}`)
      if (wireType === 0) this.fields.push({ number, wireType, value: varint() })
      else if (wireType === 2) {
        const length = varint()
        if (length > buffer.length - p) {
          fail(`field ${number} claims ${length} bytes but only ${buffer.length - p} remain`)
        }
        this.fields.push({ number, wireType, bytes: buffer.subarray(p, p + length) })
        p += length
      } else if (wireType === 1 || wireType === 5) {
        const size = wireType === 1 ? 8 : 4
        if (size > buffer.length - p) fail(`field ${number} runs past the end`)
        // A fixed64 is never read as a number, only as being zero or not (everyField).
        const low = buffer.readUInt32LE(p)
        this.fields.push({ number, wireType, value: size === 4 ? low : low || buffer.readUInt32LE(p + 4) })
        p += size
      } else {
        fail(`field ${number} has the unsupported wire type ${wireType}`)
      }
    }
  }

  /** A reader of a message found in this one, with the same failure and budget. */
  reader(bytes: Buffer): ProtoReader {
    return new ProtoReader(bytes, this.fail, this.budget)
  }

  /** Whether every field passes: `bytes` for a length-delimited one, else its value. */
  everyField(test: (value: number, bytes: Buffer | undefined) => boolean): boolean {
    return this.fields.every((f) => test(f.value ?? 0, f.bytes))
  }

  has(number: number): boolean {
    return this.fields.some((f) => f.number === number)
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
