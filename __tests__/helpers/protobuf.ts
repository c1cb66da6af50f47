/** Protobuf wire-format encoding for hand-built messages (aapt2's manifest and resource table). */

export function varint(n: number): Buffer {
  const bytes: number[] = []
  while (n > 0x7f) {
    bytes.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  bytes.push(n)
  return Buffer.from(bytes)
}

/** A length-delimited field: a message, a string or bytes. */
export function field(number: number, body: Buffer | string): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  return Buffer.concat([varint((number << 3) | 2), varint(bytes.length), bytes])
}

/** A varint field. */
export function uint(number: number, value: number): Buffer {
  return Buffer.concat([varint(number << 3), varint(value)])
}
