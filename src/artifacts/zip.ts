/**
 * A random-access ZIP reader over a file handle: it reads the end record, the central directory and
 * the entries it is asked for, nothing else, so reading a 1 GB APK costs what reading a 1 MB one does.
 * Every offset and length is checked against the file before it is used: a corrupt or hostile archive
 * gives an ArtifactError with the reason, never a RangeError.
 *
 * Layout: PKWARE APPNOTE.TXT 6.3 §4.3 (end of central directory, ZIP64 end record and locator, central
 * directory file headers, local file headers, the ZIP64 extended information extra field 0x0001).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs'
import { loadBuiltin } from '../builtins.js'
import { inflateRaw, outputLimitMessage } from './inflate.js'
import { ArtifactError } from './types.js'

const EOCD_SIGNATURE = 0x06054b50
const EOCD_MIN_SIZE = 22
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const CENTRAL_HEADER_SIGNATURE = 0x02014b50
const LOCAL_HEADER_SIGNATURE = 0x04034b50
const MAX_COMMENT = 0xffff
/** The central directory grows with the number of entries, not the file size; 64 MiB is ~500k entries. */
const MAX_CENTRAL_DIRECTORY = 64 * 1024 * 1024
/**
 * Entries one archive may have. Large games ship IPAs and APKs of tens of thousands of files; the
 * budget keeps the work per archive bounded whatever its central directory claims.
 */
export const MAX_ENTRIES = 200_000
/**
 * Uncompressed bytes the readers may inflate from one archive, all entries together. Deflate packs
 * up to ~1000:1, so a 4 MB file can stand for 4 GB; App Store executables stay well under this
 * (Apple caps an executable's __TEXT at 500 MB), manifests and plists are KiB.
 */
export const MAX_INFLATED = 2 * 1024 * 1024 * 1024

export interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

export interface ZipArchive {
  file: string
  size: number
  entries: ZipEntry[]
  /** Where the central directory starts: the APK Signing Block ends right before it. */
  centralDirectoryOffset: number
  /** The end record's comment (at most 65535 bytes): where VasDolly's v1 scheme writes a channel. */
  comment: Buffer
  /** Whether the archive is found through a ZIP64 end record, which apksig and aapt2 do not read. */
  zip64: boolean
  find(name: string): ZipEntry | undefined
  /** Reads `length` bytes at `offset`, checked against the file size. */
  read(offset: number, length: number): Promise<Buffer>
  /** Where an entry's (compressed) data starts, after its local header; checked against the archive. */
  dataOffset(entry: ZipEntry): Promise<number>
  /** An entry's uncompressed bytes; refuses entries larger than `maxBytes`. */
  readEntry(entry: ZipEntry, maxBytes: number): Promise<Buffer>
  /** Counts `bytes` more inflated bytes against MAX_INFLATED; throws an ArtifactError past it. */
  spendInflated(bytes: number, entry: ZipEntry): void
  close(): Promise<void>
}

function u64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset)
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value)
}

/**
 * Opens an archive. The reads are synchronous (`fs.readSync`, pread underneath): a reader makes a
 * handful of small reads one after the other, and each asynchronous one is a round trip through
 * libuv's thread pool, which the first one starts (issue 10: 2 to 4 ms of `inspect`'s start on the
 * CI machine, more than the reads). Nothing else runs while an artifact is read.
 */
export async function openZip(path: string, file: string): Promise<ZipArchive> {
  // Stat before opening: opening a FIFO for reading would wait for a writer.
  try {
    if (!statSync(path).isFile()) throw new ArtifactError(file, 'not a file')
  } catch (error) {
    if (error instanceof ArtifactError) throw error
    const { code, message } = error as NodeJS.ErrnoException
    throw new ArtifactError(
      file,
      code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code ?? message})`,
    )
  }
  let descriptor: number
  try {
    // Non-blocking, so that a path swapped for a FIFO after the stat cannot hold the open (and the
    // event loop with it): fstat below refuses it. Reads of a regular file are not affected.
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    throw new ArtifactError(file, `the file cannot be opened (${code ?? message})`)
  }
  const handle = new ArchiveFile(descriptor)
  try {
    // What was opened, not what the path named a moment before.
    const opened = fstatSync(descriptor)
    if (!opened.isFile()) throw new ArtifactError(file, 'not a file')
    return readArchive(handle, file, opened.size)
  } catch (error) {
    handle.close()
    throw error
  }
}

/**
 * An open archive file: no read after close(), whose descriptor number may since name another file.
 * Exported for the test that counts the bytes a reader reads.
 */
export class ArchiveFile {
  private closed = false

  constructor(private readonly descriptor: number) {}

  read(buffer: Buffer, length: number, position: number): number {
    if (this.closed) throw Object.assign(new Error('file closed'), { code: 'EBADF' })
    // readSync may return fewer bytes than asked (a network file system, a signal, Linux's cap of
    // about 2 GiB per read): read on to the end.
    let done = 0
    while (done < length) {
      const bytesRead = readSync(this.descriptor, buffer, done, length - done, position + done)
      if (bytesRead === 0) break
      done += bytesRead
    }
    return done
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    closeSync(this.descriptor)
  }
}

function readAt(handle: ArchiveFile, file: string, size: number, offset: number, length: number): Buffer {
  if (
    !Number.isSafeInteger(offset) ||
    !Number.isSafeInteger(length) ||
    offset < 0 ||
    length < 0 ||
    offset + length > size
  ) {
    throw new ArtifactError(
      file,
      `it is truncated or corrupt: a record points at bytes ${offset}..${offset + length} of a ${size}-byte file`,
    )
  }
  const buffer = Buffer.alloc(length)
  const bytesRead = handle.read(buffer, length, offset)
  if (bytesRead !== length)
    throw new ArtifactError(
      file,
      `it is truncated: expected ${length} bytes at offset ${offset}, read ${bytesRead}`,
    )
  return buffer
}

function readArchive(handle: ArchiveFile, file: string, size: number): ZipArchive {
  const readNow = (offset: number, length: number) => readAt(handle, file, size, offset, length)
  const read = async (offset: number, length: number) => readNow(offset, length)
  const notZip = (why: string) =>
    new ArtifactError(file, `not an APK, AAB, IPA or HAP (${why}); is it the right file, and complete?`)
  if (size < EOCD_MIN_SIZE) throw notZip(size === 0 ? 'the file is empty' : 'too small to be a ZIP archive')

  // The end record is the last 22 bytes plus a comment of up to 65535 bytes.
  const tailLength = Math.min(size, EOCD_MIN_SIZE + MAX_COMMENT)
  const tail = readNow(size - tailLength, tailLength)
  let eocd = -1
  for (let i = tail.length - EOCD_MIN_SIZE; i >= 0; i--) {
    // A real end record's comment length reaches exactly to the end of the file.
    if (
      tail.readUInt32LE(i) === EOCD_SIGNATURE &&
      tail.readUInt16LE(i + 20) === tail.length - i - EOCD_MIN_SIZE
    ) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw notZip('no ZIP end record')
  const eocdOffset = size - tailLength + eocd
  let entryCount = tail.readUInt16LE(eocd + 10)
  let cdSize = tail.readUInt32LE(eocd + 12)
  let cdOffset = tail.readUInt32LE(eocd + 16)
  let zip64 = false

  if (entryCount === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    if (eocdOffset < 20)
      throw new ArtifactError(file, 'ZIP64 archive without a ZIP64 end record locator: the file is corrupt')
    const locator = readNow(eocdOffset - 20, 20)
    if (locator.readUInt32LE(0) !== ZIP64_LOCATOR_SIGNATURE)
      throw new ArtifactError(file, 'ZIP64 archive without a ZIP64 end record locator: the file is corrupt')
    const record = readNow(u64(locator, 8), 56)
    if (record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE)
      throw new ArtifactError(
        file,
        'the ZIP64 end record is missing where its locator points: the file is corrupt',
      )
    // A field the end record gives in full must be the ZIP64 record's: readers that take the one and
    // readers that take the other would otherwise list different central directories, one of them
    // with another AndroidManifest.xml (fail closed).
    const agree = (name: string, classic: number, saturated: number, zip64: number) => {
      if (classic !== saturated && classic !== zip64)
        throw new ArtifactError(
          file,
          `its end record and its ZIP64 end record disagree on the ${name} (${classic} and ${zip64}), so tools would read different central directories: the file is corrupt or was tampered with`,
        )
      return zip64
    }
    entryCount = agree('number of entries', entryCount, 0xffff, u64(record, 32))
    cdSize = agree('central directory size', cdSize, 0xffffffff, u64(record, 40))
    cdOffset = agree('central directory offset', cdOffset, 0xffffffff, u64(record, 48))
    zip64 = true
  }
  if (cdSize > MAX_CENTRAL_DIRECTORY)
    throw new ArtifactError(
      file,
      `its central directory claims ${cdSize} bytes, more than any real app has: the file is corrupt`,
    )
  if (cdOffset + cdSize > eocdOffset) {
    throw new ArtifactError(
      file,
      `its central directory (offset ${cdOffset}, ${cdSize} bytes) runs past the end record at ${eocdOffset}: the file is truncated or corrupt`,
    )
  }
  if (entryCount > MAX_ENTRIES && entryCount !== 0xffff) throw tooManyEntries(file, entryCount)
  const directory = readNow(cdOffset, cdSize)
  const entries = parseCentralDirectory(directory, entryCount, file, cdOffset)
  const byName = new Map<string, ZipEntry>()
  for (const entry of entries) {
    // Tools disagree on which of two same-named entries counts (the first, the last), so a second
    // AndroidManifest.xml could show the gate one identity and a device another. Android's own
    // reader refuses such archives (libziparchive: kDuplicateEntry, "Duplicate entries in archive").
    if (byName.has(entry.name)) {
      throw new ArtifactError(
        file,
        `it has two entries named ${entry.name}; Android refuses such an archive, and tools disagree on which one counts: the file is corrupt or was tampered with`,
      )
    }
    byName.set(entry.name, entry)
  }

  const dataOffset = async (entry: ZipEntry): Promise<number> => {
    const local = readNow(entry.localHeaderOffset, 30)
    if (local.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
      throw new ArtifactError(
        file,
        `${entry.name}: no local file header where the central directory points: the archive is corrupt`,
      )
    }
    const offset = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28)
    if (offset + entry.compressedSize > cdOffset) {
      throw new ArtifactError(
        file,
        `${entry.name}: its data runs into the central directory: the archive is corrupt`,
      )
    }
    return offset
  }

  let inflated = 0
  const spendInflated = (bytes: number, entry: ZipEntry): void => {
    inflated += bytes
    if (inflated > MAX_INFLATED) {
      throw new ArtifactError(
        file,
        `reading ${entry.name} would take the bytes inflated from the archive past ${MAX_INFLATED} (the limit this tool sets; real app packages need far less): the archive is hostile or corrupt`,
      )
    }
  }

  return {
    file,
    size,
    entries,
    centralDirectoryOffset: cdOffset,
    zip64,
    comment: Buffer.from(tail.subarray(eocd + EOCD_MIN_SIZE)),
    spendInflated,
    find: (name) => byName.get(name),
    read,
    dataOffset,
    async readEntry(entry, maxBytes) {
      if (entry.uncompressedSize > maxBytes) {
        throw new ArtifactError(
          file,
          `${entry.name} claims ${entry.uncompressedSize} bytes uncompressed, more than the ${maxBytes} such a file can have: the archive is corrupt`,
        )
      }
      // Deflate never grows data by more than a few bytes per block: a far larger compressed size is corrupt.
      if (entry.compressedSize > maxBytes + 64 * 1024) {
        throw new ArtifactError(
          file,
          `${entry.name} claims ${entry.compressedSize} compressed bytes for at most ${entry.uncompressedSize} uncompressed: the archive is corrupt`,
        )
      }
      const data = await read(await dataOffset(entry), entry.compressedSize)
      if (entry.method === 0) return data
      spendInflated(entry.uncompressedSize, entry)
      expectDeflate(file, entry)
      let inflated: Uint8Array
      try {
        inflated =
          entry.compressedSize <= INFLATE_IN_JAVASCRIPT
            ? inflateRaw(data, { expectedSize: entry.uncompressedSize, maxOutput: maxBytes })
            : loadBuiltin('node:zlib').inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) })
      } catch (error) {
        // zlib refuses output past its limit as Node's Buffer does; both inflaters say it one way.
        const reason =
          (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
            ? outputLimitMessage(maxBytes)
            : (error as Error).message
        throw new ArtifactError(
          file,
          `${entry.name} cannot be decompressed (${reason}): the archive is corrupt`,
        )
      }
      // The central directory's size is what installers and signers trust; bytes beyond it, or a
      // stream that ends early, mean the entry is not what the directory says.
      if (inflated.length !== entry.uncompressedSize) {
        throw new ArtifactError(
          file,
          `${entry.name} inflates to ${inflated.length} bytes, not the ${entry.uncompressedSize} its central directory entry declares: the archive is corrupt`,
        )
      }
      return Buffer.from(inflated.buffer, inflated.byteOffset, inflated.length)
    },
    close: async () => handle.close(),
  }
}

function parseCentralDirectory(
  directory: Buffer,
  expected: number,
  file: string,
  cdOffset: number,
): ZipEntry[] {
  const entries: ZipEntry[] = []
  /** Where each entry's local header starts and the least its header and data can end at. */
  const spans: { start: number; end: number; entry: ZipEntry }[] = []
  let p = 0
  while (p + 46 <= directory.length) {
    if (entries.length === MAX_ENTRIES) throw tooManyEntries(file, `more than ${MAX_ENTRIES}`)
    if (directory.readUInt32LE(p) !== CENTRAL_HEADER_SIGNATURE) {
      throw new ArtifactError(file, `the central directory is corrupt at offset ${cdOffset + p}`)
    }
    const nameLength = directory.readUInt16LE(p + 28)
    const extraLength = directory.readUInt16LE(p + 30)
    const commentLength = directory.readUInt16LE(p + 32)
    const next = p + 46 + nameLength + extraLength + commentLength
    if (next > directory.length)
      throw new ArtifactError(file, `the central directory is truncated at offset ${cdOffset + p}`)
    const entry: ZipEntry = {
      name: directory.toString('utf8', p + 46, p + 46 + nameLength),
      flags: directory.readUInt16LE(p + 8),
      method: directory.readUInt16LE(p + 10),
      compressedSize: directory.readUInt32LE(p + 20),
      uncompressedSize: directory.readUInt32LE(p + 24),
      localHeaderOffset: directory.readUInt32LE(p + 42),
    }
    applyZip64Extra(entry, directory.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength))
    entries.push(entry)
    // The local header repeats the name (APPNOTE 4.3.7), so 30 + name + data is the least it spans.
    spans.push({
      start: entry.localHeaderOffset,
      end: entry.localHeaderOffset + 30 + nameLength + entry.compressedSize,
      entry,
    })
    p = next
  }
  rejectOverlaps(spans, file, cdOffset)
  if (expected !== entries.length && expected !== 0xffff) {
    throw new ArtifactError(
      file,
      `the end record announces ${expected} entries but the central directory holds ${entries.length}: the archive is corrupt`,
    )
  }
  return entries
}

function tooManyEntries(file: string, count: number | string): ArtifactError {
  return new ArtifactError(
    file,
    `it has ${count} entries, more than the ${MAX_ENTRIES} this tool reads from one archive: the archive is hostile or corrupt`,
  )
}

/**
 * Every entry's local header and data must lie before the central directory and apart from every
 * other entry's. Android's libziparchive refuses an entry whose local header or data lies past the
 * central directory (kInvalidOffset), and no writer makes two entries share bytes: shared bytes are
 * how a small file stands for gigabytes (a "zip bomb" of entries pointing at one stream), and how
 * two readers can be shown different contents.
 */
function rejectOverlaps(
  spans: { start: number; end: number; entry: ZipEntry }[],
  file: string,
  cdOffset: number,
): void {
  spans.sort((a, b) => a.start - b.start)
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!
    if (span.end > cdOffset) {
      throw new ArtifactError(
        file,
        `${span.entry.name}: its local header and data (offset ${span.start}, at least ${span.end - span.start} bytes) run into the central directory at ${cdOffset}: the archive is corrupt`,
      )
    }
    const next = spans[i + 1]
    if (next && next.start < span.end) {
      throw new ArtifactError(
        file,
        `${next.entry.name} (offset ${next.start}) lies inside the bytes of ${span.entry.name} (offset ${span.start}): entries of an archive never share bytes, so the archive is hostile or corrupt`,
      )
    }
  }
}

/** ZIP64 extended information (header 0x0001): the 64-bit values of the fields set to 0xFFFFFFFF, in order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  let p = 0
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p)
    const length = extra.readUInt16LE(p + 2)
    if (id === 0x0001) {
      let q = p + 4
      const end = Math.min(p + 4 + length, extra.length)
      const take = () => {
        if (q + 8 > end) return undefined
        const value = u64(extra, q)
        q += 8
        return value
      }
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take() ?? entry.uncompressedSize
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take() ?? entry.compressedSize
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take() ?? entry.localHeaderOffset
      return
    }
    p += 4 + length
  }
}

/** An entry that is not stored: deflate is the only other method app packages use. */
function expectDeflate(file: string, entry: ZipEntry): void {
  if (entry.method !== 8)
    throw new ArtifactError(
      file,
      `${entry.name} uses compression method ${entry.method}; only stored and deflate occur in app packages`,
    )
}

/**
 * Entries of up to this many compressed bytes are inflated in JavaScript (`inflate.ts`), larger ones
 * by zlib. JavaScript that runs once decodes about a compressed byte a microsecond, so beyond a few
 * KiB loading zlib and its streams (about 4 ms) costs less; manifests and signature blocks of most
 * apps, and the head of a JAR signature file, are below.
 */
const INFLATE_IN_JAVASCRIPT = 4096

/** The compressed bytes readEntryHead inflates: a few KiB of text at least, at most ~4 MiB of any data. */
const HEAD_COMPRESSED = 4096
/** Deflate turns one input byte into at most 1032 output bytes (zlib's limit), so this never cuts. */
const HEAD_MAX_OUTPUT = HEAD_COMPRESSED * 1032 + 64 * 1024

/**
 * The start of an entry's uncompressed bytes, for a file of which only the head is read and whose
 * whole grows with the app (a JAR signature file lists every entry). Only its first compressed bytes
 * are inflated, as a prefix of the stream (zlib's Z_SYNC_FLUSH), in JavaScript: no zlib is loaded.
 * At least a few KiB of text come back, or the whole entry when it is shorter.
 */
export async function readEntryHead(zip: ZipArchive, entry: ZipEntry): Promise<Buffer> {
  const offset = await zip.dataOffset(entry)
  const compressed = await zip.read(offset, Math.min(entry.compressedSize, HEAD_COMPRESSED))
  if (entry.method === 0) return compressed
  expectDeflate(zip.file, entry)
  let inflated: Uint8Array
  try {
    inflated = inflateRaw(compressed, {
      // What a few KiB of text usually inflate to; the buffer grows when they are more.
      expectedSize: Math.min(entry.uncompressedSize, compressed.length * 4),
      maxOutput: HEAD_MAX_OUTPUT,
      prefix: true,
    })
  } catch (error) {
    throw new ArtifactError(
      zip.file,
      `${entry.name} cannot be decompressed (${(error as Error).message}): the archive is corrupt`,
    )
  }
  const head = Buffer.from(inflated.buffer, inflated.byteOffset, inflated.length)
  zip.spendInflated(head.length, entry)
  return head.subarray(0, Math.min(head.length, entry.uncompressedSize))
}

/** Reads an entry's uncompressed bytes front to back: each call asks for bytes at or after the last. */
export type ForwardReader = (offset: number, length: number) => Promise<Buffer>

const CHUNK = 1024 * 1024

/**
 * A ForwardReader over one entry's uncompressed bytes: stored entries are read in place, deflated
 * ones inflated as a stream, keeping only the bytes asked for. Memory stays at the size of the
 * largest request plus a chunk, however large the executable.
 */
export async function forwardReader(
  zip: ZipArchive,
  entry: ZipEntry,
): Promise<{ read: ForwardReader; close: () => void }> {
  const dataOffset = await zip.dataOffset(entry)
  if (entry.method === 0)
    return { read: (offset, length) => zip.read(dataOffset + offset, length), close: () => {} }
  expectDeflate(zip.file, entry)
  async function* compressed(): AsyncGenerator<Buffer> {
    for (let done = 0; done < entry.compressedSize; done += CHUNK) {
      yield await zip.read(dataOffset + done, Math.min(CHUNK, entry.compressedSize - done))
    }
  }
  // One compressed chunk read ahead at a time (Readable.from would otherwise buffer 16 of them).
  const source = loadBuiltin('node:stream').Readable.from(compressed(), { highWaterMark: 1 })
  const inflate = source.pipe(loadBuiltin('node:zlib').createInflateRaw())
  const chunks = inflate[Symbol.asyncIterator]()
  // `parts` hold the uncompressed bytes [start, start + held) not yet handed out or skipped.
  let parts: Buffer[] = []
  let start = 0
  let held = 0
  let spent = 0
  const read: ForwardReader = async (offset, length) => {
    if (offset < start) throw new Error(`read at ${offset} after ${start}: reads must move forward`)
    // Charged before inflating: a request far into a huge entry fails at once, not after the work.
    if (offset + length > spent) {
      zip.spendInflated(offset + length - spent, entry)
      spent = offset + length
    }
    while (start + held < offset + length) {
      let next: IteratorResult<Buffer>
      try {
        next = await chunks.next()
      } catch (error) {
        throw new ArtifactError(
          zip.file,
          `${entry.name} cannot be decompressed (${(error as Error).message}): the archive is corrupt`,
        )
      }
      if (next.done) throw new ArtifactError(zip.file, `${entry.name} ends early: the archive is corrupt`)
      if (start + held + next.value.length <= offset) {
        // All of it lies before the request: skip it.
        start += held + next.value.length
        parts = []
        held = 0
      } else {
        parts.push(next.value)
        held += next.value.length
      }
    }
    const all = Buffer.concat(parts, held)
    const from = offset - start
    const bytes = Buffer.from(all.subarray(from, from + length))
    const rest = all.subarray(from + length)
    parts = rest.length ? [rest] : []
    held = rest.length
    start = offset + length
    return bytes
  }
  return {
    read,
    close: () => {
      source.destroy()
      inflate.destroy()
    },
  }
}
