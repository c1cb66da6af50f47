import {
  boundMessage
} from "./chunk-YA34C2UJ.js";
import {
  Asn1Error,
  describeCertificate,
  openZip,
  signedDataCertificates,
  signerCertificate
} from "./chunk-HCKK6JSR.js";
import {
  createHash
} from "./chunk-6V23J7JQ.js";
import {
  ArtifactError,
  messageOf
} from "./chunk-UQ2KJQ4O.js";
import {
  listSome
} from "./chunk-6XKLYHM3.js";
import {
  stat
} from "./chunk-G5IBDK4M.js";

// src/artifacts/apk/v1.ts
var MAX_SIGNATURE_BLOCK = 1024 * 1024;
var SIGNATURE_BLOCK = /^META-INF\/[^/]+\.(RSA|EC|DSA)$/;
function jarSignatureEntries(entries) {
  return entries.filter((e) => SIGNATURE_BLOCK.test(e.name));
}
async function readJarSigners(zip, file) {
  const signers = [];
  for (const entry of jarSignatureEntries(zip.entries)) {
    const der = await zip.readEntry(entry, MAX_SIGNATURE_BLOCK);
    signers.push({ entry: entry.name, certificate: jarSignerCertificate(der, entry.name, file) });
  }
  return signers;
}
function jarSignerCertificate(der, entry, file) {
  try {
    const certificates = signedDataCertificates(der);
    if (certificates.length === 0) {
      throw new ArtifactError(file, `${entry} carries no certificate, so its signer cannot be identified`);
    }
    return certificates.length === 1 ? certificates[0] : signerCertificate(der);
  } catch (error) {
    if (error instanceof Asn1Error) {
      throw new ArtifactError(
        file,
        `${entry} is not a valid PKCS#7 signature block (${error.message}): the signature is corrupt`
      );
    }
    throw error;
  }
}

// src/artifacts/aab.ts
var AAB_MANIFEST = "base/manifest/AndroidManifest.xml";
var MAX_MANIFEST = 16 * 1024 * 1024;
var ANDROID_NS = "http://schemas.android.com/apk/res/android";
var ATTR_VERSION_CODE = 16843291;
var ATTR_VERSION_NAME = 16843292;
var MAX_PROTO_FIELDS = 1e5;
var UPLOAD_KEY_NOTE = "an AAB is signed with the upload key; what Chinese stores distribute are APKs signed by whoever signs them (you, or the store), and that key must match the filing: inspect the APKs built from this bundle";
var UNSIGNED_NOTE = "the bundle is not signed; stores accept only signed uploads, and what Chinese stores distribute are APKs signed by whoever signs them, with the key the filing must record";
async function readAabArchive(zip, file) {
  const entry = zip.find(AAB_MANIFEST);
  if (!entry) throw new ArtifactError(file, `not an Android App Bundle: it has no ${AAB_MANIFEST}`);
  const manifest = parseProtoManifest(await zip.readEntry(entry, MAX_MANIFEST), file);
  if (!manifest.package) {
    throw new ArtifactError(
      file,
      `${AAB_MANIFEST} has no package attribute on <manifest>, so the bundle has no package name to check against the filing`
    );
  }
  const jar = await readJarSigners(zip, file);
  const signers = [];
  for (const j of jar) {
    const signer = describeCertificate(j.certificate, ["v1"], file);
    if (!signers.some((s) => s.sha256 === signer.sha256)) signers.push(signer);
  }
  const notes = [signers.length > 0 ? UPLOAD_KEY_NOTE : UNSIGNED_NOTE];
  if (signers.length > 1) {
    notes.push(`the bundle has ${signers.length} JAR signers; the first is reported as the upload key`);
  }
  return {
    file,
    type: "aab",
    platform: "android",
    id: manifest.package,
    version: manifest.versionName,
    build: manifest.versionCode,
    signers,
    effectiveSigner: signers.length > 0 ? 0 : -1,
    notes
  };
}
function parseProtoManifest(bytes, file) {
  const fail = (reason) => {
    throw new ArtifactError(file, `${AAB_MANIFEST} is not a valid protobuf XML manifest: ${reason}`);
  };
  const budget = { fields: 0 };
  const reader = (buffer) => new ProtoReader(buffer, fail, budget);
  const element = reader(bytes).message(1);
  if (!element) return fail("the root node is not an element");
  const root = reader(element);
  const name = root.string(3);
  if (name !== "manifest") fail(`the root element is <${name ?? ""}>, not <manifest>`);
  const result = { package: null, versionName: null, versionCode: null };
  for (const attribute of root.messages(4)) {
    const a = reader(attribute);
    const namespace = a.string(1) ?? "";
    const attributeName = a.string(2) ?? "";
    const resourceId = a.uint(5);
    const is = (id, plain) => resourceId ? resourceId === id : namespace === ANDROID_NS && attributeName === plain;
    if (namespace === "" && attributeName === "package") result.package = a.string(3) ?? null;
    else if (is(ATTR_VERSION_CODE, "versionCode")) result.versionCode = attributeText(a, reader);
    else if (is(ATTR_VERSION_NAME, "versionName")) result.versionName = attributeText(a, reader);
  }
  return result;
}
function attributeText(attribute, reader) {
  const value = attribute.string(3);
  if (value) return value;
  const compiled = attribute.message(6);
  if (!compiled) return null;
  const item = reader(compiled);
  const str = item.message(2) ?? item.message(3);
  if (str) return reader(str).string(1) ?? null;
  const prim = item.message(7);
  if (prim) {
    const p = reader(prim);
    const int = p.uint(6) ?? p.uint(7);
    return int === void 0 ? null : String(p.has(6) ? int | 0 : int);
  }
  return null;
}
var ProtoReader = class {
  constructor(buffer, fail, budget) {
    this.fail = fail;
    let p = 0;
    const varint = () => {
      let result = 0;
      let multiplier = 1;
      for (let i = 0; i < 10; i++) {
        if (p >= buffer.length) fail(`a varint runs past the end at byte ${p}`);
        const byte = buffer[p++];
        result += (byte & 127) * multiplier;
        if ((byte & 128) === 0) return result;
        multiplier *= 128;
      }
      return fail(`a varint is longer than 10 bytes at byte ${p}`);
    };
    while (p < buffer.length) {
      if (++budget.fields > MAX_PROTO_FIELDS) {
        fail(
          `it has more than ${MAX_PROTO_FIELDS} protobuf fields where a real manifest has a few dozen: the bundle is hostile or corrupt`
        );
      }
      const key = varint();
      const number = Math.floor(key / 8);
      const wireType = key % 8;
      if (number === 0) fail(`field number 0 at byte ${p}`);
      if (wireType === 0) this.fields.push({ number, wireType, value: varint() });
      else if (wireType === 2) {
        const length = varint();
        if (length > buffer.length - p) {
          fail(`field ${number} claims ${length} bytes but only ${buffer.length - p} remain`);
        }
        this.fields.push({ number, wireType, bytes: buffer.subarray(p, p + length) });
        p += length;
      } else if (wireType === 1 || wireType === 5) {
        const size = wireType === 1 ? 8 : 4;
        if (size > buffer.length - p) fail(`field ${number} runs past the end`);
        this.fields.push({ number, wireType, value: size === 4 ? buffer.readUInt32LE(p) : 0 });
        p += size;
      } else {
        fail(`field ${number} has the unsupported wire type ${wireType}`);
      }
    }
  }
  fail;
  fields = [];
  has(number) {
    return this.fields.some((f) => f.number === number);
  }
  /** The last occurrence wins, as protobuf merges scalar fields. */
  last(number, wireType) {
    const found = this.fields.filter((f) => f.number === number);
    const field = found.at(-1);
    if (field && field.wireType !== wireType) {
      this.fail(`field ${number} has wire type ${field.wireType}, expected ${wireType}`);
    }
    return field;
  }
  uint(number) {
    return this.last(number, 0)?.value;
  }
  string(number) {
    return this.last(number, 2)?.bytes?.toString("utf8");
  }
  message(number) {
    return this.last(number, 2)?.bytes;
  }
  messages(number) {
    return this.fields.filter((f) => f.number === number && f.wireType === 2).map((f) => f.bytes);
  }
};

// src/artifacts/apk/axml.ts
var RES_STRING_POOL_TYPE = 1;
var RES_XML_TYPE = 3;
var RES_XML_START_ELEMENT_TYPE = 258;
var RES_XML_RESOURCE_MAP_TYPE = 384;
var UTF8_FLAG = 256;
var NO_INDEX = 4294967295;
var TYPE_REFERENCE = 1;
var TYPE_STRING = 3;
var TYPE_FIRST_INT = 16;
var TYPE_LAST_INT = 31;
var ATTR_VERSION_CODE2 = 16843291;
var ATTR_VERSION_NAME2 = 16843292;
var ANDROID_NS2 = "http://schemas.android.com/apk/res/android";
var WHAT = "AndroidManifest.xml";
function parseBinaryManifest(xml, file) {
  const fail = (reason) => {
    throw new ArtifactError(file, `${WHAT} ${reason}`);
  };
  if (xml.length < 8 || xml.readUInt16LE(0) !== RES_XML_TYPE) {
    fail(
      xml.length >= 2 && xml[0] === 60 ? "is plain-text XML, not the compiled binary XML of a built APK" : "is not compiled binary XML (no RES_XML_TYPE header)"
    );
  }
  const documentEnd = Math.min(xml.readUInt32LE(4), xml.length);
  let strings;
  let resourceIds = [];
  let p = xml.readUInt16LE(2);
  while (p + 8 <= documentEnd) {
    const type = xml.readUInt16LE(p);
    const headerSize = xml.readUInt16LE(p + 2);
    const size = xml.readUInt32LE(p + 4);
    if (size < 8 || headerSize < 8 || headerSize > size || p + size > documentEnd) {
      fail(
        `is malformed: a chunk at offset ${p} claims ${size} bytes (header ${headerSize}) in a ${documentEnd}-byte document`
      );
    }
    const chunk = xml.subarray(p, p + size);
    if (type === RES_STRING_POOL_TYPE && !strings) strings = new StringPool(chunk, fail);
    else if (type === RES_XML_RESOURCE_MAP_TYPE) {
      resourceIds = [];
      for (let q = headerSize; q + 4 <= size; q += 4) resourceIds.push(chunk.readUInt32LE(q));
    } else if (type === RES_XML_START_ELEMENT_TYPE) {
      if (!strings) return fail("has an element before its string pool");
      return readManifestElement(chunk, strings, resourceIds, fail);
    }
    p += size;
  }
  return fail("has no <manifest> element");
}
function readManifestElement(chunk, strings, resourceIds, fail) {
  const ext = chunk.readUInt16LE(2);
  if (ext + 20 > chunk.length) fail(`is malformed: the root element's header runs past its chunk`);
  const name = strings.get(chunk.readUInt32LE(ext + 4));
  if (name !== "manifest") fail(`has <${name}> as its root element instead of <manifest>`);
  const attributeStart = chunk.readUInt16LE(ext + 8);
  const attributeSize = chunk.readUInt16LE(ext + 10);
  const attributeCount = chunk.readUInt16LE(ext + 12);
  if (attributeSize < 20 || ext + attributeStart + attributeSize * attributeCount > chunk.length) {
    fail(
      `is malformed: <manifest> declares ${attributeCount} attributes of ${attributeSize} bytes that do not fit in its ${chunk.length}-byte chunk`
    );
  }
  const identity = { package: null, versionCode: null, versionName: null };
  for (let i = 0; i < attributeCount; i++) {
    const a = ext + attributeStart + i * attributeSize;
    const nsIndex = chunk.readUInt32LE(a);
    const nameIndex = chunk.readUInt32LE(a + 4);
    const rawIndex = chunk.readUInt32LE(a + 8);
    const dataType = chunk[a + 15];
    const data = chunk.readUInt32LE(a + 16);
    const resourceId = resourceIds[nameIndex];
    const attributeName = strings.get(nameIndex);
    const namespace = nsIndex === NO_INDEX ? "" : strings.get(nsIndex);
    const value = () => {
      if (dataType === TYPE_STRING) return { kind: "string", value: strings.get(data) };
      if (dataType === TYPE_REFERENCE) return { kind: "reference", id: data };
      if (dataType >= TYPE_FIRST_INT && dataType <= TYPE_LAST_INT) return { kind: "int", value: data };
      return rawIndex === NO_INDEX ? null : { kind: "string", value: strings.get(rawIndex) };
    };
    const isAndroid = (id, plain) => resourceId !== void 0 && resourceId !== 0 ? resourceId === id : namespace === ANDROID_NS2 && attributeName === plain;
    if (namespace === "" && attributeName === "package") {
      const v = value();
      identity.package = v?.kind === "string" ? v.value : null;
    } else if (isAndroid(ATTR_VERSION_CODE2, "versionCode")) identity.versionCode = value();
    else if (isAndroid(ATTR_VERSION_NAME2, "versionName")) identity.versionName = value();
  }
  return identity;
}
var StringPool = class {
  constructor(chunk, failDocument) {
    this.chunk = chunk;
    this.failDocument = failDocument;
    const headerSize = chunk.readUInt16LE(2);
    if (headerSize < 28) this.fail(`its header is ${headerSize} bytes, fewer than the 28 it must have`);
    this.count = chunk.readUInt32LE(8);
    const styleCount = chunk.readUInt32LE(12);
    this.utf8 = (chunk.readUInt32LE(16) & UTF8_FLAG) !== 0;
    this.stringsAt = chunk.readUInt32LE(20);
    this.offsetsAt = headerSize;
    const indexEnd = headerSize + 4 * (this.count + styleCount);
    if (indexEnd > chunk.length) {
      this.fail(
        `it announces ${this.count} strings and ${styleCount} styles, whose index does not fit in its ${chunk.length} bytes`
      );
    }
    if (this.count > 0 && (this.stringsAt < indexEnd || this.stringsAt > chunk.length)) {
      this.fail(
        `its string data starts at ${this.stringsAt}, outside the pool (${indexEnd}..${chunk.length})`
      );
    }
    for (let i = 0; i < this.count; i++) {
      const at = this.stringsAt + chunk.readUInt32LE(this.offsetsAt + 4 * i);
      if (at >= chunk.length) {
        this.fail(`string #${i} starts at offset ${at}, past the end of the pool (${chunk.length} bytes)`);
      }
    }
  }
  chunk;
  failDocument;
  count;
  utf8;
  offsetsAt;
  stringsAt;
  cache = /* @__PURE__ */ new Map();
  fail(reason) {
    return this.failDocument(`has a malformed string pool: ${reason}`);
  }
  get(index) {
    if (index >= this.count) this.fail(`string #${index} is referenced but the pool has ${this.count}`);
    const cached = this.cache.get(index);
    if (cached !== void 0) return cached;
    const at = this.stringsAt + this.chunk.readUInt32LE(this.offsetsAt + 4 * index);
    const value = this.utf8 ? this.utf8At(at, index) : this.utf16At(at, index);
    this.cache.set(index, value);
    return value;
  }
  need(at, bytes, index) {
    if (!Number.isSafeInteger(at) || at + bytes > this.chunk.length) {
      this.fail(`string #${index} at offset ${at} runs past the end of the pool (${this.chunk.length} bytes)`);
    }
  }
  /** UTF-8: character count then byte count, each 1 byte, or 2 with the high bit set (15 bits). */
  utf8At(at, index) {
    let p = at;
    const length = () => {
      this.need(p, 1, index);
      const first = this.chunk[p++];
      if ((first & 128) === 0) return first;
      this.need(p, 1, index);
      return (first & 127) << 8 | this.chunk[p++];
    };
    length();
    const bytes = length();
    this.need(p, bytes, index);
    return this.chunk.toString("utf8", p, p + bytes);
  }
  /** UTF-16LE: u16 length, or two u16 with the high bit set (31 bits), in code units. */
  utf16At(at, index) {
    let p = at;
    this.need(p, 2, index);
    let units = this.chunk.readUInt16LE(p);
    p += 2;
    if (units & 32768) {
      this.need(p, 2, index);
      units = (units & 32767) << 16 | this.chunk.readUInt16LE(p);
      p += 2;
    }
    this.need(p, units * 2, index);
    return this.chunk.toString("utf16le", p, p + units * 2);
  }
};

// src/artifacts/apk/signing-block.ts
var APK_SIGNATURE_SCHEME_V2_BLOCK_ID = 1896449818;
var APK_SIGNATURE_SCHEME_V3_BLOCK_ID = 4031998144;
var APK_SIGNATURE_SCHEME_V31_BLOCK_ID = 462663009;
var PROOF_OF_ROTATION_ATTR_ID = 1000370060;
var MAGIC = Buffer.from("APK Sig Block 42", "ascii");
var FOOTER_SIZE = 24;
var MIN_BLOCK_SIZE = 32;
var MAX_BLOCK_SIZE = 64 * 1024 * 1024;
var SCHEMES = /* @__PURE__ */ new Map([
  [APK_SIGNATURE_SCHEME_V2_BLOCK_ID, "v2"],
  [APK_SIGNATURE_SCHEME_V3_BLOCK_ID, "v3"],
  [APK_SIGNATURE_SCHEME_V31_BLOCK_ID, "v3.1"]
]);
var SCHEME_NAMES = {
  v2: "APK Signature Scheme v2",
  v3: "APK Signature Scheme v3",
  "v3.1": "APK Signature Scheme v3.1"
};
async function readSigningBlock(zip, file) {
  const end = zip.centralDirectoryOffset;
  if (end < MIN_BLOCK_SIZE) return null;
  const footer = await zip.read(end - FOOTER_SIZE, FOOTER_SIZE);
  const magic = footer.subarray(8);
  if (!magic.equals(MAGIC)) {
    if (magic.subarray(0, 14).equals(MAGIC.subarray(0, 14))) {
      throw new ArtifactError(
        file,
        `the APK Signing Block has the wrong magic ("${printable(magic)}" instead of "APK Sig Block 42"): the file is corrupt or was modified after signing`
      );
    }
    return null;
  }
  const footerSize = readU64(footer, 0);
  if (footerSize < FOOTER_SIZE || footerSize > MAX_BLOCK_SIZE) {
    throw new ArtifactError(
      file,
      footerSize < FOOTER_SIZE ? `the APK Signing Block footer claims ${footerSize} bytes, fewer than the footer itself: the file is corrupt` : `the APK Signing Block footer claims ${footerSize} bytes; real blocks are a few KiB (at most ${MAX_BLOCK_SIZE}): the file is corrupt`
    );
  }
  const totalSize = footerSize + 8;
  const offset = end - totalSize;
  if (offset < 0) {
    throw new ArtifactError(
      file,
      `the APK Signing Block footer claims ${footerSize} bytes, more than the ${end} bytes before the central directory: the file is truncated or corrupt`
    );
  }
  const block = await zip.read(offset, totalSize);
  const headerSize = readU64(block, 0);
  if (headerSize !== footerSize) {
    throw new ArtifactError(
      file,
      `APK Signing Block size fields disagree (header ${headerSize}, footer ${footerSize}): the file is corrupt or was modified after signing`
    );
  }
  return parseSigningBlock(block, offset, file);
}
function parseSigningBlock(block, offset, file) {
  const ids = [];
  const unsigned = /* @__PURE__ */ new Map();
  const signers = [];
  const pairsEnd = block.length - FOOTER_SIZE;
  let p = 8;
  for (let index = 1; p < pairsEnd; index++) {
    if (pairsEnd - p < 8) {
      throw new ArtifactError(
        file,
        `the APK Signing Block is malformed: ${pairsEnd - p} stray bytes at offset ${offset + p} where entry #${index} should start`
      );
    }
    const length = readU64(block, p);
    if (length < 4 || length > pairsEnd - p - 8) {
      throw new ArtifactError(
        file,
        `the APK Signing Block is malformed: entry #${index} at offset ${offset + p} claims ${length} bytes, ${length < 4 ? "too few for its ID" : `but only ${pairsEnd - p - 8} remain in the block`}`
      );
    }
    const id = block.readUInt32LE(p + 8);
    const value = block.subarray(p + 12, p + 8 + length);
    ids.push(id);
    const scheme = SCHEMES.get(id);
    if (scheme) signers.push(...parseSchemeBlock(value, scheme, file));
    else if (!unsigned.has(id)) unsigned.set(id, value);
    p += 8 + length;
  }
  return { offset, size: block.length, ids, unsigned, signers };
}
var Cursor = class _Cursor {
  constructor(buffer, fail) {
    this.buffer = buffer;
    this.fail = fail;
  }
  buffer;
  fail;
  position = 0;
  get remaining() {
    return this.buffer.length - this.position;
  }
  u32(what) {
    if (this.remaining < 4) this.fail(`${what} is missing (${this.remaining} bytes left)`);
    const value = this.buffer.readUInt32LE(this.position);
    this.position += 4;
    return value;
  }
  /** A u32 read as the Java int it is (maxSdk is Integer.MAX_VALUE for "no bound"). */
  i32(what) {
    return this.u32(what) | 0;
  }
  bytes(what) {
    const length = this.u32(`the length of ${what}`);
    if (length > this.remaining) {
      this.fail(`${what} claims ${length} bytes but only ${this.remaining} remain`);
    }
    const value = this.buffer.subarray(this.position, this.position + length);
    this.position += length;
    return value;
  }
  cursor(what) {
    return new _Cursor(this.bytes(what), this.fail);
  }
};
function parseSchemeBlock(value, scheme, file) {
  const fail = (what) => {
    throw new ArtifactError(
      file,
      `the ${SCHEME_NAMES[scheme]} block is malformed: ${what}; the file is corrupt or was modified after signing`
    );
  };
  const v3 = scheme !== "v2";
  const signers = new Cursor(value, fail).cursor("the signer list");
  const result = [];
  for (let n = 1; signers.remaining > 0; n++) {
    const signer = signers.cursor(`signer #${n}`);
    const signedData = signer.cursor(`signer #${n}'s signed data`);
    const found = { scheme, certificates: [] };
    if (v3) {
      found.minSdk = signer.i32(`signer #${n}'s minSdkVersion`);
      found.maxSdk = signer.i32(`signer #${n}'s maxSdkVersion`);
    }
    signedData.bytes(`signer #${n}'s digests`);
    const certificates = signedData.cursor(`signer #${n}'s certificates`);
    for (let c = 1; certificates.remaining > 0; c++) {
      found.certificates.push(certificates.bytes(`signer #${n}'s certificate #${c}`));
    }
    if (found.certificates.length === 0) fail(`signer #${n} lists no certificate`);
    if (v3) {
      signedData.i32(`signer #${n}'s signed minSdkVersion`);
      signedData.i32(`signer #${n}'s signed maxSdkVersion`);
    }
    const attributes = signedData.cursor(`signer #${n}'s additional attributes`);
    while (attributes.remaining > 0) {
      const attribute = attributes.cursor(`an additional attribute of signer #${n}`);
      const id = attribute.u32(`the ID of an additional attribute of signer #${n}`);
      if (v3 && id === PROOF_OF_ROTATION_ATTR_ID) {
        if (found.lineage) fail(`signer #${n} has two proof-of-rotation records`);
        found.lineage = parseProofOfRotation(attribute, n, fail);
      }
    }
    result.push(found);
  }
  return result;
}
function parseProofOfRotation(attribute, signer, fail) {
  const where = `signer #${signer}'s proof-of-rotation record`;
  attribute.u32(`the version of ${where}`);
  const certificates = [];
  for (let level = 1; attribute.remaining > 0; level++) {
    const node = attribute.cursor(`level #${level} of ${where}`);
    const signedData = node.cursor(`the signed data of level #${level} of ${where}`);
    certificates.push(signedData.bytes(`the certificate of level #${level} of ${where}`));
  }
  if (certificates.length === 0) fail(`${where} lists no certificate`);
  return certificates;
}
function readU64(buffer, offset) {
  const value = buffer.readBigUInt64LE(offset);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}
function printable(bytes) {
  return [...bytes].map((b) => b >= 32 && b < 127 ? String.fromCharCode(b) : "?").join("");
}

// src/artifacts/apk/channel.ts
var WALLE_BLOCK_ID = 1903654775;
var VASDOLLY_BLOCK_ID = 2282837503;
var VASDOLLY_V1_MAGIC = Buffer.from("ltlovezh", "ascii");
var WALLE_CHANNEL_KEY = "channel";
var MAX_CHANNEL_BYTES = 256;
var MAX_WALLE_JSON = 64 * 1024;
var MAX_MARKER_FILES = 16;
var MARKER = /^META-INF\/([A-Za-z0-9]*channel)_([^/]+)$/i;
function readChannelMarks(zip, unsignedPairs) {
  const marks = [];
  const notes = [];
  const walle = unsignedPairs.get(WALLE_BLOCK_ID);
  if (walle) {
    const channel = walleChannel(walle);
    if (typeof channel === "string") {
      marks.push({ name: channel, scheme: "walle", where: "APK Signing Block pair 0x71777777" });
    } else
      notes.push(
        `the Walle pair 0x71777777 in the APK Signing Block ${channel.problem}, so it names no channel`
      );
  }
  const vasdolly = unsignedPairs.get(VASDOLLY_BLOCK_ID);
  if (vasdolly) {
    const channel = utf8Channel(vasdolly);
    if (typeof channel === "string") {
      marks.push({ name: channel, scheme: "vasdolly", where: "APK Signing Block pair 0x881155ff" });
    } else
      notes.push(
        `the VasDolly pair 0x881155ff in the APK Signing Block ${channel.problem}, so it names no channel`
      );
  }
  const comment = commentChannel(zip.comment);
  if (typeof comment === "string") {
    marks.push({ name: comment, scheme: "vasdolly-v1", where: 'ZIP comment (VasDolly v1, magic "ltlovezh")' });
  } else if (comment) {
    notes.push(
      `the ZIP comment ends with VasDolly's magic "ltlovezh" but ${comment.problem}, so it names no channel`
    );
  }
  let markerFiles = 0;
  const unnamed = [];
  for (const entry of zip.entries) {
    const match = MARKER.exec(entry.name);
    if (!match) continue;
    if (++markerFiles > MAX_MARKER_FILES) continue;
    const name = plainName(match[2]);
    if (typeof name === "string") marks.push({ name, scheme: "meta-inf", where: entry.name });
    else unnamed.push(name.problem);
  }
  if (unnamed.length === 1) notes.push(`a META-INF channel marker file ${unnamed[0]}, so it names no channel`);
  else if (unnamed.length > 1)
    notes.push(
      `${unnamed.length} META-INF channel marker files name no channel: each ${listSome([...new Set(unnamed)])}`
    );
  if (markerFiles > MAX_MARKER_FILES)
    notes.push(
      `it has ${markerFiles} META-INF channel marker files; only the first ${MAX_MARKER_FILES} were read (a channel tool writes one)`
    );
  return { marks, notes };
}
function walleChannel(value) {
  if (value.length > MAX_WALLE_JSON) {
    return { problem: `holds ${value.length} bytes, more than Walle's JSON ever takes (${MAX_WALLE_JSON})` };
  }
  const text = decodeUtf8(value);
  if (text === void 0) return { problem: "is not UTF-8" };
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problem: `is not JSON (${error.message})` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { problem: "is JSON but not an object" };
  }
  const channel = parsed[WALLE_CHANNEL_KEY];
  if (typeof channel !== "string" || channel.trim() === "") {
    return { problem: `has no "${WALLE_CHANNEL_KEY}" string` };
  }
  return plainName(channel.trim());
}
function plainName(name) {
  if (name.length > MAX_CHANNEL_BYTES) {
    return {
      problem: `holds a ${name.length}-character channel, longer than a channel name (at most ${MAX_CHANNEL_BYTES})`
    };
  }
  return /[\u0000-\u001f\u007f]/.test(name) ? { problem: "holds control characters in its channel" } : name;
}
function utf8Channel(value) {
  if (value.length > MAX_CHANNEL_BYTES) {
    return { problem: `holds ${value.length} bytes, more than a channel name (at most ${MAX_CHANNEL_BYTES})` };
  }
  const text = decodeUtf8(value)?.trim();
  if (text === void 0) return { problem: "is not UTF-8" };
  if (text === "") return { problem: "is empty" };
  return plainName(text);
}
function commentChannel(comment) {
  const magicAt = comment.length - VASDOLLY_V1_MAGIC.length;
  if (magicAt < 0 || !comment.subarray(magicAt).equals(VASDOLLY_V1_MAGIC)) return null;
  if (magicAt < 2) return { problem: "the length field before it is missing" };
  const length = comment.readUInt16LE(magicAt - 2);
  const start = magicAt - 2 - length;
  if (start < 0) {
    return { problem: `its length field claims ${length} bytes and only ${magicAt - 2} precede it` };
  }
  return utf8Channel(comment.subarray(start, magicAt - 2));
}
function decodeUtf8(bytes) {
  const text = bytes.toString("utf8");
  return Buffer.from(text, "utf8").equals(bytes) ? text : void 0;
}
function channelOf(marks) {
  return marks[0]?.name;
}

// src/artifacts/apk/arsc.ts
var RES_STRING_POOL_TYPE2 = 1;
var RES_TABLE_TYPE = 2;
var RES_TABLE_PACKAGE_TYPE = 512;
var RES_TABLE_TYPE_TYPE = 513;
var FLAG_SPARSE = 1;
var FLAG_OFFSET16 = 2;
var ENTRY_FLAG_COMPLEX = 1;
var ENTRY_FLAG_COMPACT = 8;
var NO_ENTRY = 4294967295;
var TYPE_FIRST_INT2 = 16;
var TYPE_INT_HEX = 17;
var TYPE_LAST_INT2 = 31;
var MAX_HOPS = 8;
var MAX_CHUNKS = 1e5;
var ResourceTable = class {
  constructor(table, file) {
    this.table = table;
    this.file = file;
    if (table.length < 12 || table.readUInt16LE(0) !== RES_TABLE_TYPE) {
      this.fail("does not start with a resource table header (RES_TABLE_TYPE)");
    }
    let strings;
    let budget = MAX_CHUNKS;
    const end = this.checkedEnd(0, table.length, "the table");
    for (const chunk of this.chunks(table.readUInt16LE(2), end, () => --budget)) {
      if (chunk.type === RES_STRING_POOL_TYPE2 && !strings) {
        strings = new StringPool(
          table.subarray(chunk.start, chunk.end),
          (reason) => this.fail(`global string pool: ${reason}`)
        );
      } else if (chunk.type === RES_TABLE_PACKAGE_TYPE)
        this.readPackage(chunk.start, chunk.end, () => --budget);
    }
    this.strings = strings;
  }
  table;
  file;
  strings;
  /** package id → (type id → the type chunks of that id, one per configuration). */
  types = /* @__PURE__ */ new Map();
  fail(reason) {
    throw new ArtifactError(this.file, `resources.arsc ${reason}`);
  }
  checkedEnd(start, parentEnd, what) {
    const size = this.table.readUInt32LE(start + 4);
    if (size < 8 || start + size > parentEnd) {
      this.fail(`is malformed: ${what} at offset ${start} claims ${size} bytes, past its end at ${parentEnd}`);
    }
    return start + size;
  }
  /** The chunks in [from, to), each checked to lie inside; `tick` returns the remaining budget. */
  *chunks(from, to, tick) {
    let p = from;
    while (p + 8 <= to) {
      if (tick() < 0) this.fail(`holds more than ${MAX_CHUNKS} chunks: it is corrupt`);
      const headerSize = this.table.readUInt16LE(p + 2);
      const end = this.checkedEnd(p, to, `a chunk`);
      if (headerSize < 8 || p + headerSize > end) {
        this.fail(`is malformed: a chunk at offset ${p} has a ${headerSize}-byte header`);
      }
      yield { type: this.table.readUInt16LE(p), headerSize, start: p, end };
      p = end;
    }
  }
  readPackage(start, end, tick) {
    const headerSize = this.table.readUInt16LE(start + 2);
    if (headerSize < 12) this.fail(`is malformed: a package at offset ${start} has no id`);
    const id = this.table.readUInt32LE(start + 8);
    const byType = this.types.get(id) ?? /* @__PURE__ */ new Map();
    this.types.set(id, byType);
    for (const chunk of this.chunks(start + headerSize, end, tick)) {
      if (chunk.type !== RES_TABLE_TYPE_TYPE) continue;
      if (chunk.headerSize < 20 + 4)
        this.fail(`is malformed: a type chunk at offset ${chunk.start} is too short`);
      const typeId = this.table[chunk.start + 8];
      let chunks = byType.get(typeId);
      if (!chunks) byType.set(typeId, chunks = []);
      chunks.push(this.table.subarray(chunk.start, chunk.end));
    }
  }
  /** The default configuration's value of resource `id`, following references; or why there is none. */
  resolve(id) {
    let current = id;
    for (let hop = 0; hop <= MAX_HOPS; hop++) {
      const value = this.defaultValue(current);
      if ("problem" in value) return value;
      if (value.dataType !== TYPE_REFERENCE) return this.text(value.dataType, value.data, current);
      current = value.data;
    }
    return { problem: `resource ${hex(id)} is a chain of more than ${MAX_HOPS} references` };
  }
  text(dataType, data, id) {
    if (dataType === TYPE_STRING) {
      if (!this.strings) return { problem: "resources.arsc has no global string pool" };
      return { value: this.strings.get(data) };
    }
    if (dataType === TYPE_INT_HEX) return { value: `0x${data.toString(16)}` };
    if (dataType >= TYPE_FIRST_INT2 && dataType <= TYPE_LAST_INT2) return { value: String(data | 0) };
    return { problem: `resource ${hex(id)} holds a value of type 0x${dataType.toString(16)}, not text` };
  }
  defaultValue(id) {
    const packageId = id >>> 24;
    const typeId = id >>> 16 & 255;
    const entry = id & 65535;
    const chunks = this.types.get(packageId)?.get(typeId);
    if (!chunks) return { problem: `resources.arsc defines no resource ${hex(id)}` };
    for (const chunk of chunks.filter((c) => isDefaultConfig(c))) {
      const value = this.entryValue(chunk, entry, id);
      if (value?.dataType === -1) {
        return { problem: `resource ${hex(id)} is a bag (a style or an array), not one value` };
      }
      if (value) return value;
    }
    const qualified = chunks.some((c) => !isDefaultConfig(c) && this.entryValue(c, entry, id));
    return {
      problem: qualified ? `resource ${hex(id)} has no value in the default configuration, only in qualified ones (a locale, a density…), which differ per device` : `resources.arsc defines no resource ${hex(id)}`
    };
  }
  entryValue(chunk, index, id) {
    const fail = (what) => this.fail(`is malformed: resource ${hex(id)}: ${what}`);
    const headerSize = chunk.readUInt16LE(2);
    const flags = chunk[9];
    const entryCount = chunk.readUInt32LE(12);
    const entriesStart = chunk.readUInt32LE(16);
    const offsetSize = flags & (FLAG_SPARSE | FLAG_OFFSET16) ? 2 : 4;
    const indexBytes = flags & FLAG_SPARSE ? 4 * entryCount : offsetSize * entryCount;
    if (headerSize + indexBytes > chunk.length || entriesStart > chunk.length) {
      fail(`its type chunk announces ${entryCount} entries that do not fit in ${chunk.length} bytes`);
    }
    let offset = null;
    if (flags & FLAG_SPARSE) {
      for (let i = 0; i < entryCount; i++) {
        const at2 = headerSize + 4 * i;
        if (chunk.readUInt16LE(at2) === index) {
          offset = chunk.readUInt16LE(at2 + 2) * 4;
          break;
        }
      }
    } else if (index < entryCount) {
      if (flags & FLAG_OFFSET16) {
        const raw = chunk.readUInt16LE(headerSize + 2 * index);
        offset = raw === 65535 ? null : raw * 4;
      } else {
        const raw = chunk.readUInt32LE(headerSize + 4 * index);
        offset = raw === NO_ENTRY ? null : raw;
      }
    }
    if (offset === null) return null;
    const at = entriesStart + offset;
    if (at + 8 > chunk.length) fail(`its entry at ${at} lies past its type chunk (${chunk.length} bytes)`);
    const entryFlags = chunk.readUInt16LE(at + 2);
    if (entryFlags & ENTRY_FLAG_COMPACT)
      return { dataType: entryFlags >>> 8, data: chunk.readUInt32LE(at + 4) };
    if (entryFlags & ENTRY_FLAG_COMPLEX) return { dataType: -1, data: 0 };
    const size = chunk.readUInt16LE(at);
    if (size < 8 || at + size + 8 > chunk.length) fail(`its entry at ${at} runs past its type chunk`);
    return { dataType: chunk[at + size + 3], data: chunk.readUInt32LE(at + size + 4) };
  }
};
function isDefaultConfig(chunk) {
  const configAt = 20;
  const size = chunk.readUInt32LE(configAt);
  const end = Math.min(configAt + size, chunk.readUInt16LE(2));
  for (let p = configAt + 4; p < end; p++) if (chunk[p] !== 0) return false;
  return true;
}
function hex(id) {
  return `@0x${id.toString(16).padStart(8, "0")}`;
}

// src/artifacts/apk/index.ts
var MAX_MANIFEST2 = 16 * 1024 * 1024;
var MAX_RESOURCE_TABLE = 128 * 1024 * 1024;
var SCHEME_ORDER = ["v1", "v2", "v3", "v3.1"];
var SCHEME_SINCE_API = { v1: 0, v2: 24, v3: 28, "v3.1": 33 };
var ANDROID_RELEASE = {
  24: "7.0",
  25: "7.1",
  26: "8.0",
  27: "8.1",
  28: "9",
  29: "10",
  30: "11",
  31: "12",
  32: "12L",
  33: "13",
  34: "14",
  35: "15",
  36: "16"
};
async function readApkArchive(zip, file) {
  const manifestEntry = zip.find("AndroidManifest.xml");
  if (!manifestEntry) {
    throw new ArtifactError(file, "not an APK: it has no AndroidManifest.xml at the top of the archive");
  }
  const manifest = parseBinaryManifest(await zip.readEntry(manifestEntry, MAX_MANIFEST2), file);
  if (!manifest.package) {
    throw new ArtifactError(
      file,
      "AndroidManifest.xml has no package attribute on <manifest>, so the APK has no package name to check against the filing"
    );
  }
  const notes = [];
  const resources = await resourceTable(zip, file, [manifest.versionName, manifest.versionCode]);
  const version = manifestText(manifest.versionName, "versionName", notes, resources);
  const build = manifestText(manifest.versionCode, "versionCode", notes, resources);
  const block = await readSigningBlock(zip, file);
  const jar = await readJarSigners(zip, file);
  const found = [
    ...jar.map((j) => ({ scheme: "v1", certificate: j.certificate })),
    ...(block?.signers ?? []).map((s) => ({ ...s, certificate: s.certificates[0] }))
  ];
  const { signers, effectiveSigner } = chooseSigners(found, file, notes);
  const channels = readChannelMarks(zip, block?.unsigned ?? /* @__PURE__ */ new Map());
  notes.push(...channels.notes);
  const channel = channelOf(channels.marks);
  return {
    file,
    type: "apk",
    platform: "android",
    id: manifest.package,
    version,
    build,
    signers,
    effectiveSigner,
    ...channel !== void 0 ? { channel, channelMarks: channels.marks } : {},
    notes
  };
}
async function resourceTable(zip, file, values) {
  if (!values.some((v) => v?.kind === "reference")) return void 0;
  const entry = zip.find("resources.arsc");
  if (!entry) return { problem: "the APK has no resources.arsc to resolve it" };
  try {
    return new ResourceTable(await zip.readEntry(entry, MAX_RESOURCE_TABLE), file);
  } catch (error) {
    return damagedTable(error);
  }
}
function resolveIn(table, id) {
  try {
    return table.resolve(id);
  } catch (error) {
    return damagedTable(error);
  }
}
function damagedTable(error) {
  if (error instanceof ArtifactError) return { problem: error.message };
  throw error;
}
function manifestText(value, name, notes, resources) {
  if (!value) return null;
  if (value.kind === "string") return value.value;
  if (value.kind === "int") return String(value.value);
  const reference = `@0x${value.id.toString(16).padStart(8, "0")}`;
  const resolved = resources instanceof ResourceTable ? resolveIn(resources, value.id) : resources;
  if (resolved && "value" in resolved) return resolved.value;
  notes.push(
    `${name} is a resource reference (${reference}) that cannot be resolved (${resolved?.problem ?? "no resource table"}); it is not reported`
  );
  return null;
}
function sha256(der) {
  return createHash("sha256").update(der).digest("hex").toUpperCase();
}
function chooseSigners(found, file, notes) {
  const byHash = /* @__PURE__ */ new Map();
  for (const f of found) {
    const hash = sha256(f.certificate);
    let entry = byHash.get(hash);
    if (!entry) {
      entry = { signer: describeCertificate(f.certificate, [], file), from: [] };
      byHash.set(hash, entry);
    }
    entry.from.push(f);
    if (!entry.signer.schemes.includes(f.scheme)) entry.signer.schemes.push(f.scheme);
    if (f.minSdk !== void 0) entry.signer.minSdk = f.minSdk;
    if (f.maxSdk !== void 0) entry.signer.maxSdk = f.maxSdk;
  }
  const entries = [...byHash.values()];
  for (const e of entries) {
    e.signer.schemes.sort((a, b) => SCHEME_ORDER.indexOf(a) - SCHEME_ORDER.indexOf(b));
  }
  const signers = entries.map((e) => e.signer);
  if (signers.length === 0) return { signers, effectiveSigner: -1 };
  let chosen;
  for (const scheme of [...SCHEME_ORDER].reverse()) {
    const candidates = found.filter((f) => f.scheme === scheme);
    if (candidates.length === 0) continue;
    const best = candidates.reduce((a, b) => (b.maxSdk ?? 0) > (a.maxSdk ?? 0) ? b : a);
    chosen = { scheme, found: best };
    break;
  }
  const effectiveHash = sha256(chosen.found.certificate);
  const effectiveSigner = signers.findIndex((s) => s.sha256 === effectiveHash);
  const effective = signers[effectiveSigner];
  if (chosen.found.minSdk !== void 0) effective.minSdk = chosen.found.minSdk;
  if (chosen.found.maxSdk !== void 0) effective.maxSdk = chosen.found.maxSdk;
  const older = signers.filter((s) => s !== effective);
  const lineage = chosen.found.lineage?.map(sha256);
  if (lineage && lineage.length >= 2 || older.length > 0) {
    effective.lineage = lineage && lineage.length >= 2 ? lineage : [...older.map((s) => s.sha256), effective.sha256];
    notes.push(rotationNote(chosen.scheme, chosen.found, effective, older, lineage));
  }
  return { signers, effectiveSigner };
}
function rotationNote(scheme, chosen, effective, older, lineage) {
  const name = (s) => `${s.subject} (SHA-256 ${s.sha256})`;
  const olderText = older.map(
    (s) => `${s.schemes.join("/")} ${s.schemes.length > 1 ? "are signed by" : "is signed by"} ${name(s)}`
  );
  const api = Math.max(chosen.minSdk ?? 0, SCHEME_SINCE_API[scheme]);
  const devices = api > 0 ? `devices on API level ${api}+${ANDROID_RELEASE[api] ? ` (Android ${ANDROID_RELEASE[api]}+)` : ""}` : "current devices";
  const proof = lineage && lineage.length >= 2 ? `; its proof-of-rotation lineage has ${lineage.length} certificates, oldest first: ${lineage.join(" → ")}` : older.length > 0 && scheme !== "v1" && scheme !== "v2" ? "; it carries no proof-of-rotation lineage linking the keys" : "";
  const head = olderText.length ? `key rotation: ${olderText.join("; ")}, ${scheme} by ${name(effective)}` : `key rotation: ${scheme} is signed by ${name(effective)}`;
  return `${head}; ${devices} verify the ${scheme} signer, which the filing must record${proof}`;
}

// src/artifacts/read.ts
var IPA_INFO_PLIST = /^Payload\/[^/]+\.app\/Info\.plist$/;
var HAP_MARKERS = ["module.json", "config.json", "pack.info"];
function artifactKind(entries) {
  const names = new Set(entries.map((e) => e.name));
  if (names.has("AndroidManifest.xml")) return "apk";
  if (names.has(AAB_MANIFEST)) return "aab";
  if (entries.some((e) => IPA_INFO_PLIST.test(e.name))) return "ipa";
  if (HAP_MARKERS.some((m) => names.has(m))) return "hap";
  return null;
}
async function readArtifact(path, displayName = path) {
  let identity;
  try {
    identity = await readAny(path, displayName);
  } catch (error) {
    if (error instanceof ArtifactError) throw new ArtifactError(error.file, boundMessage(error.message));
    throw new ArtifactError(
      displayName,
      boundMessage(
        `it cannot be read (${error instanceof Error ? error.name + ": " : ""}${messageOf(error)})`
      )
    );
  }
  return { ...identity, notes: identity.notes.map((note) => boundMessage(note)) };
}
async function readAny(path, displayName) {
  const info = await stat(path).catch(() => void 0);
  if (info?.isDirectory()) {
    throw new ArtifactError(
      displayName,
      "is a directory; give the path of a built .apk, .aab, .ipa, .hap or .app file"
    );
  }
  const zip = await openZip(path, displayName);
  let kind;
  try {
    kind = artifactKind(zip.entries);
    if (kind === "apk") return await readApkArchive(zip, displayName);
    if (kind === "aab") return await readAabArchive(zip, displayName);
    if (!kind) throw new ArtifactError(displayName, unrecognised(zip.entries));
  } finally {
    await zip.close();
  }
  return kind === "ipa" ? (await import("./ipa-XCV3YK4E.js")).readIpa(path, displayName) : (await import("./hap-VWY3SDM6.js")).readHap(path, displayName);
}
function unrecognised(entries) {
  const expected = "AndroidManifest.xml (APK), base/manifest/AndroidManifest.xml (AAB), Payload/<App>.app/Info.plist (IPA) or module.json / config.json / pack.info (HarmonyOS HAP/APP)";
  const apks = entries.filter((e) => e.name.endsWith(".apk")).length;
  const hint = apks > 0 ? `; it holds ${apks} .apk file${apks === 1 ? "" : "s"} (an APK set such as .apks or .xapk?): extract and check the APKs themselves` : "";
  return `a ZIP archive but not an APK, AAB, IPA or HAP: it has none of ${expected}${hint}`;
}

export {
  artifactKind,
  readArtifact
};
