/**
 * Binary property lists written object by object (CFBinaryPList.c layout: "bplist00", objects,
 * offset table, 32-byte trailer), so a test can make objects refer to each other any way it likes:
 * a DAG that doubles at every level, a cycle, a reference past the table.
 */

/** Marker byte plus a count in the low nibble (counts of 15 and more follow as an int object). */
function marker(type: number, count: number): Buffer {
  if (count < 15) return Buffer.from([(type << 4) | count])
  const int = Buffer.alloc(5)
  int[0] = 0x12
  int.writeUInt32BE(count, 1)
  return Buffer.concat([Buffer.from([(type << 4) | 0xf]), int])
}

export const ascii = (text: string) => Buffer.concat([marker(0x5, text.length), Buffer.from(text, 'latin1')])
/** An array of object references (1-byte references). */
export const array = (...refs: number[]) => Buffer.concat([marker(0xa, refs.length), Buffer.from(refs)])
/** A dictionary: key references, then value references. */
export const dict = (keys: number[], values: number[]) =>
  Buffer.concat([marker(0xd, keys.length), Buffer.from(keys), Buffer.from(values)])

/** A bplist00 of the given objects (1-byte references, 2-byte offsets), top object `top`. */
export function binaryPlist(objects: Buffer[], top = 0): Buffer {
  const offsets: number[] = []
  let at = 8
  for (const o of objects) {
    offsets.push(at)
    at += o.length
  }
  const table = Buffer.alloc(objects.length * 2)
  offsets.forEach((o, i) => table.writeUInt16BE(o, i * 2))
  const trailer = Buffer.alloc(32)
  trailer[6] = 2
  trailer[7] = 1
  trailer.writeBigUInt64BE(BigInt(objects.length), 8)
  trailer.writeBigUInt64BE(BigInt(top), 16)
  trailer.writeBigUInt64BE(BigInt(at), 24)
  return Buffer.concat([Buffer.from('bplist00', 'latin1'), ...objects, table, trailer])
}

/**
 * Info.plist {CFBundleIdentifier: com.example.dag, X: a0} where each a_i = [a_i+1, a_i+1]:
 * `levels` objects that stand for a tree of 2^levels nodes.
 */
export function exponentialDag(levels: number): Buffer {
  // 0 dict, 1 key, 2 id, 3 key X, 4.. the arrays
  const objects = [dict([1, 3], [2, 4]), ascii('CFBundleIdentifier'), ascii('com.example.dag'), ascii('X')]
  for (let i = 0; i < levels; i++) objects.push(array(5 + i, 5 + i))
  objects.push(array())
  return binaryPlist(objects)
}
