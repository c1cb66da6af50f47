import {
  X509Certificate,
  createHash
} from "./chunk-6V23J7JQ.js";
import {
  ArtifactError
} from "./chunk-UQ2KJQ4O.js";
import {
  open,
  stat
} from "./chunk-G5IBDK4M.js";
import {
  daysInMonth
} from "./chunk-ZZLBI4GZ.js";
import {
  __require
} from "./chunk-ERADHNRU.js";

// src/artifacts/asn1.ts
var Asn1Error = class extends Error {
  constructor(message) {
    super(message);
    this.name = "Asn1Error";
  }
};
var MAX_DEPTH = 48;
function parseAsn1(buffer, offset = 0, limit = buffer.length, depth = 0) {
  if (depth > MAX_DEPTH) throw new Asn1Error("ASN.1 nesting is too deep");
  if (offset + 2 > limit) throw new Asn1Error(`ASN.1 element truncated at offset ${offset}`);
  const tag = buffer[offset];
  if ((tag & 31) === 31) throw new Asn1Error(`unsupported multi-byte ASN.1 tag at offset ${offset}`);
  const constructed = (tag & 32) !== 0;
  let p = offset + 1;
  const first = buffer[p++];
  let length;
  if (first < 128) length = first;
  else if (first === 128) {
    if (!constructed)
      throw new Asn1Error(`indefinite length on a primitive ASN.1 element at offset ${offset}`);
  } else {
    const bytes = first & 127;
    if (bytes > 6 || p + bytes > limit) throw new Asn1Error(`ASN.1 length at offset ${offset} is invalid`);
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + buffer[p++];
  }
  const contentStart = p;
  const children = [];
  if (length !== void 0) {
    const contentEnd = contentStart + length;
    if (contentEnd > limit)
      throw new Asn1Error(
        `ASN.1 element at offset ${offset} runs past its container (${contentEnd} > ${limit})`
      );
    if (constructed) {
      for (let q = contentStart; q < contentEnd; ) {
        const child = parseAsn1(buffer, q, contentEnd, depth + 1);
        children.push(child);
        q = child.end;
      }
    }
    return { tag, constructed, start: offset, contentStart, contentEnd, end: contentEnd, children };
  }
  for (let q = contentStart; ; ) {
    if (q + 2 > limit)
      throw new Asn1Error(`ASN.1 indefinite-length element at offset ${offset} has no end marker`);
    if (buffer[q] === 0 && buffer[q + 1] === 0)
      return { tag, constructed, start: offset, contentStart, contentEnd: q, end: q + 2, children };
    const child = parseAsn1(buffer, q, limit, depth + 1);
    children.push(child);
    q = child.end;
  }
}
var SIGNED_DATA_OID = Buffer.from("2a864886f70d010702", "hex");
function signedData(der) {
  const contentInfo = parseAsn1(der);
  const [oid, explicit] = contentInfo.children;
  if (contentInfo.tag !== 48 || oid?.tag !== 6 || !der.subarray(oid.contentStart, oid.contentEnd).equals(SIGNED_DATA_OID)) {
    throw new Asn1Error("not a PKCS#7 / CMS SignedData structure");
  }
  const data = explicit?.tag === 160 ? explicit.children[0] : void 0;
  if (!data || data.tag !== 48) throw new Asn1Error("SignedData content is missing");
  return data;
}
function signedDataCertificates(der) {
  const data = signedData(der);
  const certificates = data.children.slice(3).find((c) => c.tag === 160);
  return (certificates?.children ?? []).filter((c) => c.tag === 48).map((c) => der.subarray(c.start, c.end));
}
function signedDataContent(der) {
  const data = signedData(der);
  const encapsulated = data.children[2];
  const explicit = encapsulated?.children.find((c) => c.tag === 160);
  const octets = explicit?.children[0];
  if (!octets) throw new Asn1Error("SignedData carries no content (a detached signature)");
  return octetStringValue(der, octets);
}
function octetStringValue(der, node) {
  if (node.tag === 4) return der.subarray(node.contentStart, node.contentEnd);
  if (node.tag === 36) return Buffer.concat(node.children.map((c) => octetStringValue(der, c)));
  throw new Asn1Error(`expected an OCTET STRING, found tag 0x${node.tag.toString(16)}`);
}
function signerCertificate(der) {
  const certificates = signedDataCertificates(der);
  const signedData2 = parseAsn1(der).children[1]?.children[0];
  const signerInfos = signedData2?.children[signedData2.children.length - 1];
  const sid = signerInfos?.tag === 49 ? signerInfos.children[0]?.children[1] : void 0;
  if (!sid) throw new Asn1Error("the signature has no SignerInfo");
  const bytes = (node) => node ? der.subarray(node.start, node.end) : Buffer.alloc(0);
  for (const certificate of certificates) {
    const tbs = parseAsn1(certificate).children[0];
    if (!tbs) continue;
    const fields = tbs.children[0]?.tag === 160 ? tbs.children.slice(1) : tbs.children;
    const [serial, , issuer] = fields;
    const raw = (node) => node ? certificate.subarray(node.start, node.end) : Buffer.alloc(0);
    if (sid.tag === 48) {
      const [sidIssuer, sidSerial] = sid.children;
      if (raw(issuer).equals(bytes(sidIssuer)) && raw(serial).equals(bytes(sidSerial))) return certificate;
    } else if (sid.tag === 128) {
      const keyId = der.subarray(sid.contentStart, sid.contentEnd);
      if (subjectKeyIdentifier(certificate, tbs)?.equals(keyId)) return certificate;
    }
  }
  throw new Asn1Error("none of its certificates is the one its SignerInfo names");
}
var SUBJECT_KEY_IDENTIFIER = Buffer.from("551d0e", "hex");
function subjectKeyIdentifier(certificate, tbs) {
  const extensions = tbs.children.find((c) => c.tag === 163)?.children[0]?.children ?? [];
  for (const extension of extensions) {
    const oid = extension.children[0];
    if (!oid || !certificate.subarray(oid.contentStart, oid.contentEnd).equals(SUBJECT_KEY_IDENTIFIER))
      continue;
    const value = extension.children[extension.children.length - 1];
    const inner = value ? parseAsn1(certificate, value.contentStart, value.contentEnd) : void 0;
    return inner ? certificate.subarray(inner.contentStart, inner.contentEnd) : void 0;
  }
  return void 0;
}

// src/artifacts/certificate.ts
var ALGORITHMS = {
  rsa: "RSA",
  "rsa-pss": "RSA",
  ec: "EC",
  dsa: "DSA",
  ed25519: "Ed25519",
  ed448: "Ed448"
};
function digest(algorithm, der) {
  return createHash(algorithm).update(der).digest("hex").toUpperCase();
}
function formatDistinguishedName(der, name) {
  return name.children.map((rdn) => rdn.children.map((ava) => formatAttribute(der, ava)).join(" + ")).reverse().join(", ");
}
var JAVA_KEYWORDS = {
  "2.5.4.3": "CN",
  "2.5.4.6": "C",
  "2.5.4.7": "L",
  "2.5.4.8": "ST",
  "2.5.4.10": "O",
  "2.5.4.11": "OU",
  "2.5.4.12": "T",
  "1.3.6.1.4.1.42.2.11.2.1": "IP",
  "2.5.4.9": "STREET",
  "0.9.2342.19200300.100.1.25": "DC",
  "2.5.4.46": "DNQ",
  "2.5.4.4": "SURNAME",
  "2.5.4.42": "GIVENNAME",
  "2.5.4.43": "INITIALS",
  "2.5.4.44": "GENERATION",
  "1.2.840.113549.1.9.1": "EMAILADDRESS",
  "0.9.2342.19200300.100.1.1": "UID",
  "2.5.4.5": "SERIALNUMBER"
};
var STRING_DECODERS = {
  12: (b) => b.toString("utf8"),
  // UTF8String
  19: (b) => b.toString("latin1"),
  // PrintableString
  20: (b) => b.toString("latin1"),
  // T61String
  22: (b) => b.toString("latin1"),
  // IA5String
  27: (b) => b.toString("latin1"),
  // GeneralString
  30: (b) => Buffer.from(b).swap16().toString("utf16le"),
  // BMPString (UTF-16BE)
  28: universalString
  // UniversalString (UCS-4BE)
};
function universalString(bytes) {
  const parts = [];
  for (let i = 0; i + 4 <= bytes.length && i < MAX_SUBJECT * 4; i += 4) {
    const code = bytes.readUInt32BE(i);
    parts.push(code > 1114111 || code >= 55296 && code <= 57343 ? "�" : String.fromCodePoint(code));
  }
  return parts.join("");
}
var MAX_SUBJECT = 1024;
function printableSubject(subject) {
  const short = subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT)}… (${subject.length - MAX_SUBJECT} more characters)` : subject;
  return short.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function formatAttribute(der, ava) {
  const [type, value] = ava.children;
  if (ava.tag !== 48 || type?.tag !== 6 || !value) {
    throw new Asn1Error(`malformed attribute in a distinguished name at offset ${ava.start}`);
  }
  const oid = decodeOid(der.subarray(type.contentStart, type.contentEnd));
  const keyword = JAVA_KEYWORDS[oid] ?? `OID.${oid}`;
  const decode = STRING_DECODERS[value.tag];
  if (!decode || value.tag === 30 && (value.contentEnd - value.contentStart) % 2 !== 0) {
    return `${keyword}=#${der.subarray(value.start, value.end).toString("hex").toUpperCase()}`;
  }
  return `${keyword}=${javaQuoted(decode(der.subarray(value.contentStart, value.contentEnd)))}`;
}
var ESCAPEES = ',+=\n<>#;\\"';
var PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]$/;
function javaQuoted(value) {
  const alreadyQuoted = value.length > 1 && value.startsWith('"') && value.endsWith('"');
  let quote = false;
  let previousWhite = false;
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (alreadyQuoted && (i === 0 || i === value.length - 1)) {
      out += c;
      continue;
    }
    if (PRINTABLE.test(c) || ESCAPEES.includes(c)) {
      const white = c === " " || c === "\n";
      if (i === 0 && white || ESCAPEES.includes(c)) quote = true;
      if (white) {
        if (previousWhite) quote = true;
        previousWhite = true;
      } else {
        if (c === '"' || c === "\\") out += "\\";
        previousWhite = false;
      }
    } else previousWhite = false;
    out += c;
  }
  if (out.endsWith(" ") || out.endsWith("\n")) quote = true;
  return quote && !alreadyQuoted ? `"${out}"` : out;
}
function decodeOid(bytes) {
  const arcs = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 127);
    if ((byte & 128) === 0) {
      if (arcs.length === 0)
        arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else arcs.push(value);
      value = 0;
    }
  }
  return arcs.join(".");
}
function tbsFields(der) {
  const tbs = parseAsn1(der).children[0];
  return tbs?.children[0]?.tag === 160 ? tbs.children.slice(1) : tbs?.children ?? [];
}
function subjectOf(der, fields) {
  const subject = fields[4];
  if (subject?.tag !== 48) throw new Asn1Error("the certificate has no subject name");
  return printableSubject(formatDistinguishedName(der, subject));
}
function validityOf(der, fields = tbsFields(der)) {
  const validity = fields[3];
  const [from, to] = validity?.children ?? [];
  if (validity?.tag !== 48 || !from || !to) return void 0;
  const notBefore = asn1Time(der, from);
  const notAfter = asn1Time(der, to);
  return notBefore && notAfter ? { notBefore, notAfter } : void 0;
}
var UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})$/;
var GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(?:(\d{2})(?:\.\d+)?)?(Z|[+-]\d{4})$/;
function asn1Time(der, node) {
  const text = der.toString("latin1", node.contentStart, node.contentEnd);
  const match = node.tag === 23 ? UTC_TIME.exec(text) : node.tag === 24 ? GENERALIZED_TIME.exec(text) : null;
  if (!match) return void 0;
  const [, y, mo, d, h, mi = "00", se = "00", zone = "Z"] = match;
  const year = node.tag === 23 ? (Number(y) >= 50 ? 1900 : 2e3) + Number(y) : Number(y);
  const [month, day, hour, minute, second] = [mo, d, h, mi, se].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  if (hour > 23 || minute > 59 || second > 59) return void 0;
  const [zoneHours, zoneMinutes] = zone === "Z" ? [0, 0] : [Number(zone.slice(1, 3)), Number(zone.slice(3))];
  if (zoneHours > 12 || zoneMinutes > 59) return void 0;
  const offsetMinutes = (zone[0] === "-" ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offsetMinutes, second);
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function publicKeyOf(certificate) {
  const key = certificate.publicKey;
  const type = key.asymmetricKeyType ?? "unknown";
  const spki = key.export({ type: "spki", format: "der" }).toString("base64");
  let modulus = null;
  if (type === "rsa" || type === "rsa-pss") {
    const n = key.export({ format: "jwk" }).n;
    modulus = n ? Buffer.from(n, "base64url").toString("hex").toUpperCase().replace(/^(00)+/, "") : null;
  }
  return { algorithm: ALGORITHMS[type] ?? type.toUpperCase(), modulus, spki };
}
function describeCertificate(der, schemes, file = "the artifact") {
  let certificate;
  try {
    certificate = new X509Certificate(der);
  } catch (error) {
    throw new ArtifactError(
      file,
      `a signing certificate cannot be parsed (${error.message}): the signature is corrupt`
    );
  }
  let subject;
  let validity;
  try {
    const fields = tbsFields(der);
    subject = subjectOf(der, fields);
    validity = validityOf(der, fields);
  } catch (error) {
    if (!(error instanceof Asn1Error)) throw error;
    throw new ArtifactError(
      file,
      `a signing certificate's subject or validity cannot be read (${error.message}): the signature is corrupt`
    );
  }
  let publicKey;
  try {
    publicKey = publicKeyOf(certificate);
  } catch (error) {
    throw new ArtifactError(
      file,
      `the public key of the signing certificate ${subject} cannot be read (${error.message}): the signature is corrupt`
    );
  }
  return {
    subject,
    md5: digest("md5", der),
    sha1: digest("sha1", der),
    sha256: digest("sha256", der),
    publicKey,
    schemes,
    ...validity ?? {}
  };
}

// cfg-builtin:node:zlib
var builtin = __require("node:zlib");
var createInflateRaw = builtin.createInflateRaw;
var inflateRawSync = builtin.inflateRawSync;

// cfg-builtin:node:stream
var builtin2 = __require("node:stream");
var Readable = builtin2.Readable;

// src/artifacts/zip.ts
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

export {
  Asn1Error,
  signedDataCertificates,
  signedDataContent,
  signerCertificate,
  describeCertificate,
  openZip,
  forwardReader
};
