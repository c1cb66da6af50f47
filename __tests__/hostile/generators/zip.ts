/**
 * A small ZIP writer for hostile archives: each entry's bytes are given already compressed (or
 * stored), and the central directory can point anywhere, which no ordinary zip tool allows.
 * Layout: PKWARE APPNOTE.TXT §4.3 (local header 30 bytes, central header 46, end record 22).
 */
import { deflateRawSync } from 'node:zlib'

export interface RawEntry {
  name: string
  /** The bytes as stored in the archive (deflated when method is 8). */
  data: Buffer
  method?: 0 | 8
  uncompressedSize?: number
}

export function stored(name: string, data: Buffer | string): RawEntry {
  return { name, data: Buffer.from(data), method: 0 }
}

export function deflated(name: string, data: Buffer | string): RawEntry {
  const bytes = Buffer.from(data)
  return { name, data: deflateRawSync(bytes), method: 8, uncompressedSize: bytes.length }
}

function localHeader(entry: RawEntry): Buffer {
  const name = Buffer.from(entry.name)
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(20, 4)
  header.writeUInt16LE(entry.method ?? 0, 8)
  header.writeUInt32LE(entry.data.length, 18)
  header.writeUInt32LE(entry.uncompressedSize ?? entry.data.length, 22)
  header.writeUInt16LE(name.length, 26)
  return Buffer.concat([header, name])
}

export function centralHeader(entry: RawEntry, localOffset: number): Buffer {
  const name = Buffer.from(entry.name)
  const header = Buffer.alloc(46)
  header.writeUInt32LE(0x02014b50, 0)
  header.writeUInt16LE(20, 4)
  header.writeUInt16LE(20, 6)
  header.writeUInt16LE(entry.method ?? 0, 10)
  header.writeUInt32LE(entry.data.length, 20)
  header.writeUInt32LE(entry.uncompressedSize ?? entry.data.length, 24)
  header.writeUInt16LE(name.length, 28)
  header.writeUInt32LE(localOffset, 42)
  return Buffer.concat([header, name])
}

export function endRecord(entries: number, cdSize: number, cdOffset: number): Buffer {
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Math.min(entries, 0xffff), 8)
  end.writeUInt16LE(Math.min(entries, 0xffff), 10)
  end.writeUInt32LE(cdSize, 12)
  end.writeUInt32LE(cdOffset, 16)
  return end
}

/** Local headers and data, then `beforeDirectory` (e.g. a signing block), then the directory. */
export function zip(entries: RawEntry[], beforeDirectory: Buffer = Buffer.alloc(0)): Buffer {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const local = Buffer.concat([localHeader(entry), entry.data])
    central.push(centralHeader(entry, offset))
    parts.push(local)
    offset += local.length
  }
  parts.push(beforeDirectory)
  offset += beforeDirectory.length
  const directory = Buffer.concat(central)
  return Buffer.concat([...parts, directory, endRecord(entries.length, directory.length, offset)])
}

/**
 * A raw deflate stream of `header` then `zeros` zero bytes, built without deflating the zeros:
 * a full-flushed block of 1 MiB of zeros is self-contained and byte-aligned, so repeating it n
 * times is a valid stream of n MiB (about 1 KiB compressed per MiB).
 */
export function deflatedZeros(header: Buffer, zeros: number): Buffer {
  const MiB = 1024 * 1024
  if (zeros % MiB !== 0) throw new Error('zeros must be whole MiB')
  const flush = { finishFlush: 3 } // zlib.constants.Z_FULL_FLUSH
  const head = deflateRawSync(header, flush)
  const block = deflateRawSync(Buffer.alloc(MiB), flush)
  const final = deflateRawSync(Buffer.alloc(0)) // an empty final block
  return Buffer.concat([head, ...Array.from({ length: zeros / MiB }, () => block), final])
}
