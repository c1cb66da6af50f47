import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  ArtifactError
} from "./chunk-GW3YTT4C.js";

// src/artifacts/zip.ts
import { open, stat } from "node:fs/promises";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { Readable } from "node:stream";
var EOCD_SIGNATURE = 101010256;
var EOCD_MIN_SIZE = 22;
var ZIP64_LOCATOR_SIGNATURE = 117853008;
var ZIP64_EOCD_SIGNATURE = 101075792;
var CENTRAL_HEADER_SIGNATURE = 33639248;
var LOCAL_HEADER_SIGNATURE = 67324752;
var MAX_COMMENT = 65535;
var MAX_CENTRAL_DIRECTORY = 64 * 1024 * 1024;
var MAX_ENTRIES = 2e5;
var MAX_INFLATED = 2 * 1024 * 1024 * 1024;
function u64(buffer, offset) {
  const value = buffer.readBigUInt64LE(offset);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}
async function openZip(path, file) {
  const info = await stat(path).catch((error) => {
    throw new ArtifactError(
      file,
      error.code === "ENOENT" ? "the file does not exist" : `the file cannot be read (${error.code ?? error.message})`
    );
  });
  if (!info.isFile()) throw new ArtifactError(file, "not a file");
  const handle = await open(path, "r").catch((error) => {
    throw new ArtifactError(file, `the file cannot be opened (${error.code ?? error.message})`);
  });
  try {
    return await readArchive(handle, file, info.size);
  } catch (error) {
    await handle.close();
    throw error;
  }
}
async function readAt(handle, file, size, offset, length) {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > size) {
    throw new ArtifactError(
      file,
      `it is truncated or corrupt: a record points at bytes ${offset}..${offset + length} of a ${size}-byte file`
    );
  }
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, offset);
  if (bytesRead !== length)
    throw new ArtifactError(
      file,
      `it is truncated: expected ${length} bytes at offset ${offset}, read ${bytesRead}`
    );
  return buffer;
}
async function readArchive(handle, file, size) {
  const read = (offset, length) => readAt(handle, file, size, offset, length);
  const notZip = (why) => new ArtifactError(file, `not an APK, AAB, IPA or HAP (${why}); is it the right file, and complete?`);
  if (size < EOCD_MIN_SIZE) throw notZip(size === 0 ? "the file is empty" : "too small to be a ZIP archive");
  const tailLength = Math.min(size, EOCD_MIN_SIZE + MAX_COMMENT);
  const tail = await read(size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - EOCD_MIN_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE && tail.readUInt16LE(i + 20) === tail.length - i - EOCD_MIN_SIZE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip("no ZIP end record");
  const eocdOffset = size - tailLength + eocd;
  let entryCount = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (entryCount === 65535 || cdSize === 4294967295 || cdOffset === 4294967295) {
    if (eocdOffset < 20)
      throw new ArtifactError(file, "ZIP64 archive without a ZIP64 end record locator: the file is corrupt");
    const locator = await read(eocdOffset - 20, 20);
    if (locator.readUInt32LE(0) !== ZIP64_LOCATOR_SIGNATURE)
      throw new ArtifactError(file, "ZIP64 archive without a ZIP64 end record locator: the file is corrupt");
    const record = await read(u64(locator, 8), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE)
      throw new ArtifactError(
        file,
        "the ZIP64 end record is missing where its locator points: the file is corrupt"
      );
    entryCount = u64(record, 32);
    cdSize = u64(record, 40);
    cdOffset = u64(record, 48);
  }
  if (cdSize > MAX_CENTRAL_DIRECTORY)
    throw new ArtifactError(
      file,
      `its central directory claims ${cdSize} bytes, more than any real app has: the file is corrupt`
    );
  if (cdOffset + cdSize > eocdOffset) {
    throw new ArtifactError(
      file,
      `its central directory (offset ${cdOffset}, ${cdSize} bytes) runs past the end record at ${eocdOffset}: the file is truncated or corrupt`
    );
  }
  if (entryCount > MAX_ENTRIES && entryCount !== 65535) throw tooManyEntries(file, entryCount);
  const directory = await read(cdOffset, cdSize);
  const entries = parseCentralDirectory(directory, entryCount, file, cdOffset);
  const byName = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (byName.has(entry.name)) {
      throw new ArtifactError(
        file,
        `it has two entries named ${entry.name}; Android refuses such an archive, and tools disagree on which one counts: the file is corrupt or was tampered with`
      );
    }
    byName.set(entry.name, entry);
  }
  const dataOffset = async (entry) => {
    const local = await read(entry.localHeaderOffset, 30);
    if (local.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
      throw new ArtifactError(
        file,
        `${entry.name}: no local file header where the central directory points: the archive is corrupt`
      );
    }
    const offset = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (offset + entry.compressedSize > cdOffset) {
      throw new ArtifactError(
        file,
        `${entry.name}: its data runs into the central directory: the archive is corrupt`
      );
    }
    return offset;
  };
  let inflated = 0;
  const spendInflated = (bytes, entry) => {
    inflated += bytes;
    if (inflated > MAX_INFLATED) {
      throw new ArtifactError(
        file,
        `reading ${entry.name} would take the bytes inflated from the archive past ${MAX_INFLATED} (the limit this tool sets; real app packages need far less): the archive is hostile or corrupt`
      );
    }
  };
  return {
    file,
    size,
    entries,
    centralDirectoryOffset: cdOffset,
    comment: Buffer.from(tail.subarray(eocd + EOCD_MIN_SIZE)),
    spendInflated,
    find: (name) => byName.get(name),
    read,
    dataOffset,
    async readEntry(entry, maxBytes) {
      if (entry.uncompressedSize > maxBytes) {
        throw new ArtifactError(
          file,
          `${entry.name} claims ${entry.uncompressedSize} bytes uncompressed, more than the ${maxBytes} such a file can have: the archive is corrupt`
        );
      }
      if (entry.compressedSize > maxBytes + 64 * 1024) {
        throw new ArtifactError(
          file,
          `${entry.name} claims ${entry.compressedSize} compressed bytes for at most ${entry.uncompressedSize} uncompressed: the archive is corrupt`
        );
      }
      const data = await read(await dataOffset(entry), entry.compressedSize);
      if (entry.method === 0) return data;
      spendInflated(entry.uncompressedSize, entry);
      if (entry.method !== 8)
        throw new ArtifactError(
          file,
          `${entry.name} uses compression method ${entry.method}; only stored and deflate occur in app packages`
        );
      let inflated2;
      try {
        inflated2 = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
      } catch (error) {
        throw new ArtifactError(
          file,
          `${entry.name} cannot be decompressed (${error.message}): the archive is corrupt`
        );
      }
      if (inflated2.length !== entry.uncompressedSize) {
        throw new ArtifactError(
          file,
          `${entry.name} inflates to ${inflated2.length} bytes, not the ${entry.uncompressedSize} its central directory entry declares: the archive is corrupt`
        );
      }
      return inflated2;
    },
    close: () => handle.close()
  };
}
function parseCentralDirectory(directory, expected, file, cdOffset) {
  const entries = [];
  const spans = [];
  let p = 0;
  while (p + 46 <= directory.length) {
    if (entries.length === MAX_ENTRIES) throw tooManyEntries(file, `more than ${MAX_ENTRIES}`);
    if (directory.readUInt32LE(p) !== CENTRAL_HEADER_SIGNATURE) {
      throw new ArtifactError(file, `the central directory is corrupt at offset ${cdOffset + p}`);
    }
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > directory.length)
      throw new ArtifactError(file, `the central directory is truncated at offset ${cdOffset + p}`);
    const entry = {
      name: directory.toString("utf8", p + 46, p + 46 + nameLength),
      flags: directory.readUInt16LE(p + 8),
      method: directory.readUInt16LE(p + 10),
      compressedSize: directory.readUInt32LE(p + 20),
      uncompressedSize: directory.readUInt32LE(p + 24),
      localHeaderOffset: directory.readUInt32LE(p + 42)
    };
    applyZip64Extra(entry, directory.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push(entry);
    spans.push({
      start: entry.localHeaderOffset,
      end: entry.localHeaderOffset + 30 + nameLength + entry.compressedSize,
      entry
    });
    p = next;
  }
  rejectOverlaps(spans, file, cdOffset);
  if (expected !== entries.length && expected !== 65535) {
    throw new ArtifactError(
      file,
      `the end record announces ${expected} entries but the central directory holds ${entries.length}: the archive is corrupt`
    );
  }
  return entries;
}
function tooManyEntries(file, count) {
  return new ArtifactError(
    file,
    `it has ${count} entries, more than the ${MAX_ENTRIES} this tool reads from one archive: the archive is hostile or corrupt`
  );
}
function rejectOverlaps(spans, file, cdOffset) {
  spans.sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (span.end > cdOffset) {
      throw new ArtifactError(
        file,
        `${span.entry.name}: its local header and data (offset ${span.start}, at least ${span.end - span.start} bytes) run into the central directory at ${cdOffset}: the archive is corrupt`
      );
    }
    const next = spans[i + 1];
    if (next && next.start < span.end) {
      throw new ArtifactError(
        file,
        `${next.entry.name} (offset ${next.start}) lies inside the bytes of ${span.entry.name} (offset ${span.start}): entries of an archive never share bytes, so the archive is hostile or corrupt`
      );
    }
  }
}
function applyZip64Extra(entry, extra) {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const end = Math.min(p + 4 + length, extra.length);
      const take = () => {
        if (q + 8 > end) return void 0;
        const value = u64(extra, q);
        q += 8;
        return value;
      };
      if (entry.uncompressedSize === 4294967295) entry.uncompressedSize = take() ?? entry.uncompressedSize;
      if (entry.compressedSize === 4294967295) entry.compressedSize = take() ?? entry.compressedSize;
      if (entry.localHeaderOffset === 4294967295) entry.localHeaderOffset = take() ?? entry.localHeaderOffset;
      return;
    }
    p += 4 + length;
  }
}
var CHUNK = 1024 * 1024;
async function forwardReader(zip, entry) {
  const dataOffset = await zip.dataOffset(entry);
  if (entry.method === 0)
    return { read: (offset, length) => zip.read(dataOffset + offset, length), close: () => {
    } };
  if (entry.method !== 8) {
    throw new ArtifactError(
      zip.file,
      `${entry.name} uses compression method ${entry.method}; only stored and deflate occur in app packages`
    );
  }
  async function* compressed() {
    for (let done = 0; done < entry.compressedSize; done += CHUNK) {
      yield await zip.read(dataOffset + done, Math.min(CHUNK, entry.compressedSize - done));
    }
  }
  const source = Readable.from(compressed(), { highWaterMark: 1 });
  const inflate = source.pipe(createInflateRaw());
  const chunks = inflate[Symbol.asyncIterator]();
  let parts = [];
  let start = 0;
  let held = 0;
  let spent = 0;
  const read = async (offset, length) => {
    if (offset < start) throw new Error(`read at ${offset} after ${start}: reads must move forward`);
    if (offset + length > spent) {
      zip.spendInflated(offset + length - spent, entry);
      spent = offset + length;
    }
    while (start + held < offset + length) {
      let next;
      try {
        next = await chunks.next();
      } catch (error) {
        throw new ArtifactError(
          zip.file,
          `${entry.name} cannot be decompressed (${error.message}): the archive is corrupt`
        );
      }
      if (next.done) throw new ArtifactError(zip.file, `${entry.name} ends early: the archive is corrupt`);
      if (start + held + next.value.length <= offset) {
        start += held + next.value.length;
        parts = [];
        held = 0;
      } else {
        parts.push(next.value);
        held += next.value.length;
      }
    }
    const all = Buffer.concat(parts, held);
    const from = offset - start;
    const bytes = Buffer.from(all.subarray(from, from + length));
    const rest = all.subarray(from + length);
    parts = rest.length ? [rest] : [];
    held = rest.length;
    start = offset + length;
    return bytes;
  };
  return {
    read,
    close: () => {
      source.destroy();
      inflate.destroy();
    }
  };
}

// src/artifacts/bounded-text.ts
var MAX_LISTED = 5;
var MAX_MESSAGE = 2e3;
function listSome(items, separator = "; ", max = MAX_LISTED) {
  const shown = items.slice(0, max).join(separator);
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
function boundMessage(message, max = MAX_MESSAGE) {
  if (message.length <= max) return message;
  return `${message.slice(0, max)}… (${message.length - max} more characters cut)`;
}

export {
  openZip,
  forwardReader,
  listSome,
  boundMessage
};
