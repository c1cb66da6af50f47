"use strict"; var __cfgImportMeta = { get url() { return require("node:url").pathToFileURL(__filename).href } };
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// merged-entry:merged-entry:dist/chunks/check/read-EGTXIJOH.js
var read_EGTXIJOH_exports = {};
__export(read_EGTXIJOH_exports, {
  __cfg31_Asn1Error: () => Asn1Error,
  __cfg31_describeCertificate: () => describeCertificate,
  __cfg31_forwardReader: () => forwardReader,
  __cfg31_openZip: () => openZip,
  __cfg31_readEntryHead: () => readEntryHead,
  __cfg31_sha256: () => sha256,
  __cfg31_signedDataCertificates: () => signedDataCertificates,
  __cfg31_signedDataContent: () => signedDataContent,
  __cfg31_signerCertificate: () => signerCertificate,
  artifactKind: () => artifactKind,
  readArtifact: () => readArtifact
});
module.exports = __toCommonJS(read_EGTXIJOH_exports);

// src/artifacts/bundle-notes.ts, src/artifacts/resource-reference.ts, from ../cli-check.js
var import_cli_check = require("../cli-check.js");

// src/artifacts/types.ts, from ../cli-check.js
var import_cli_check2 = require("../cli-check.js");

// cfg-builtin:node:fs, cfg-builtin:node:buffer, from ../cli-check.js
var import_cli_check3 = require("../cli-check.js");

// src/china-time.ts, from ../cli-check.js
var import_cli_check4 = require("../cli-check.js");

// esbuild's helpers, from ../cli-check.js
var import_cli_check5 = require("../cli-check.js");

// src/artifacts/asn1.ts, cfg-builtin-lazy:module, src/builtins.ts, src/artifacts/digests.ts, src/artifacts/public-key.ts, src/artifacts/certificate.ts, src/artifacts/inflate.ts, src/artifacts/zip.ts
var Asn1Error = class extends Error {
  constructor(message) {
    super(message);
    this.name = "Asn1Error";
  }
};
var MAX_DEPTH = 48;
function parseAsn1(buffer, offset = 0, limit = buffer.length, depth = 0) {
  return parseElement(buffer, offset, limit, depth, false);
}
function parseDer(buffer, offset = 0, limit = buffer.length) {
  return parseElement(buffer, offset, limit, 0, true);
}
function parseElement(buffer, offset, limit, depth, der) {
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
    if (der) throw new Asn1Error(`indefinite length at offset ${offset} is not DER`);
  } else {
    const bytes = first & 127;
    if (bytes > 6 || p + bytes > limit) throw new Asn1Error(`ASN.1 length at offset ${offset} is invalid`);
    if (der && buffer[p] === 0) throw new Asn1Error(`ASN.1 length at offset ${offset} is not DER`);
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + buffer[p++];
    if (der && length < 128) throw new Asn1Error(`ASN.1 length at offset ${offset} is not DER`);
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
        const child = parseElement(buffer, q, contentEnd, depth + 1, der);
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
    const child = parseElement(buffer, q, limit, depth + 1, der);
    children.push(child);
    q = child.end;
  }
}
var UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})$/;
var GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(?:(\d{2})(?:\.\d+)?)?(Z|[+-]\d{4})$/;
function readTime(der, node) {
  const text2 = der.toString("latin1", node.contentStart, node.contentEnd);
  const match = node.tag === 23 ? UTC_TIME.exec(text2) : node.tag === 24 ? GENERALIZED_TIME.exec(text2) : null;
  if (!match) return void 0;
  const [, y, mo, d, h, mi, se = "00"] = match;
  const zone = match[7];
  const year = node.tag === 23 ? (Number(y) >= 50 ? 1900 : 2e3) + Number(y) : Number(y);
  const [month, day, hour, minute, second] = [mo, d, h, mi, se].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > (0, import_cli_check4.__cfg34_daysInMonth)(year, month)) return void 0;
  if (hour > 23 || minute > 59 || second > 59) return void 0;
  const [zoneHours, zoneMinutes] = zone === "Z" ? [0, 0] : [Number(zone.slice(1, 3)), Number(zone.slice(3))];
  if (zoneHours > 12 || zoneMinutes > 59) return void 0;
  const offsetMinutes = (zone[0] === "-" ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offsetMinutes, second);
  return (0, import_cli_check4.__cfg34_isoTimestamp)(date.getTime()).replace(/\.\d{3}Z$/, "Z");
}
var SIGNED_DATA_OID = Buffer.from("2a864886f70d010702", "hex");
function signedData(der) {
  const contentInfo = parseAsn1(der);
  const [oid2, explicit] = contentInfo.children;
  if (contentInfo.tag !== 48 || oid2?.tag !== 6 || !der.subarray(oid2.contentStart, oid2.contentEnd).equals(SIGNED_DATA_OID)) {
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
function signerCertificate(der, { alone = false } = {}) {
  const certificates = signedDataCertificates(der);
  const signedData2 = parseAsn1(der).children[1]?.children[0];
  const signerInfos = signedData2?.children[signedData2.children.length - 1];
  const sid = signerInfos?.tag === 49 ? signerInfos.children[0]?.children[1] : void 0;
  if (!sid) throw new Asn1Error("the signature has no SignerInfo");
  if (alone && signerInfos.children.length > 1)
    throw new Asn1Error(
      `it is signed by ${signerInfos.children.length} signers (SignerInfos), where a build's signature has one, so the signer the filing must match is unclear`
    );
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
    const oid2 = extension.children[0];
    if (!oid2 || !certificate.subarray(oid2.contentStart, oid2.contentEnd).equals(SUBJECT_KEY_IDENTIFIER))
      continue;
    const value = extension.children[extension.children.length - 1];
    const inner = value ? parseAsn1(certificate, value.contentStart, value.contentEnd) : void 0;
    return inner ? certificate.subarray(inner.contentStart, inner.contentEnd) : void 0;
  }
  return void 0;
}
var builtin;
var load = () => builtin ??= (0, import_cli_check5.__cfg37___require)("module");
function createRequire(...args) {
  return load().createRequire(...args);
}
function loadBuiltin(id) {
  return process.getBuiltinModule?.(id) ?? createRequire(__cfgImportMeta.url)(id);
}
var IN_JAVASCRIPT_BYTES = 12 * 1024;
var hashedInJavaScript = 0;
function withinBudget(bytes) {
  return hashedInJavaScript + bytes <= IN_JAVASCRIPT_BYTES;
}
function hashByNode(algorithm, message) {
  return loadBuiltin("node:crypto").createHash(algorithm).update(message).digest("hex").toUpperCase();
}
function sha256(message) {
  return withinBudget(message.length) ? sha256InJavaScript(message) : hashByNode("sha256", message);
}
function fingerprintsOf(der, cryptoLoaded) {
  if (!cryptoLoaded && withinBudget(3 * der.length))
    return { md5: md5InJavaScript(der), sha1: sha1InJavaScript(der), sha256: sha256InJavaScript(der) };
  return { md5: hashByNode("md5", der), sha1: hashByNode("sha1", der), sha256: hashByNode("sha256", der) };
}
var HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, "0"));
function hex(words, littleEndian) {
  let out = "";
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    for (let i = 0; i < 4; i++) out += HEX[word >>> (littleEndian ? 8 * i : 24 - 8 * i) & 255];
  }
  return out;
}
function padded(message, littleEndian) {
  const bytes = new Uint8Array(Math.ceil((message.length + 9) / 64) * 64);
  bytes.set(message);
  bytes[message.length] = 128;
  const view = new DataView(bytes.buffer);
  const bits = message.length * 8;
  const high = Math.floor(bits / 4294967296);
  const low = bits >>> 0;
  if (littleEndian) {
    view.setUint32(bytes.length - 8, low, true);
    view.setUint32(bytes.length - 4, high, true);
  } else {
    view.setUint32(bytes.length - 8, high);
    view.setUint32(bytes.length - 4, low);
  }
  return bytes;
}
var rotl = (x, n) => x << n | x >>> 32 - n;
var rotr = (x, n) => x >>> n | x << 32 - n;
var MD5_SHIFTS = Int32Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21);
var MD5_T = Int32Array.of(
  3614090360,
  3905402710,
  606105819,
  3250441966,
  4118548399,
  1200080426,
  2821735955,
  4249261313,
  1770035416,
  2336552879,
  4294925233,
  2304563134,
  1804603682,
  4254626195,
  2792965006,
  1236535329,
  4129170786,
  3225465664,
  643717713,
  3921069994,
  3593408605,
  38016083,
  3634488961,
  3889429448,
  568446438,
  3275163606,
  4107603335,
  1163531501,
  2850285829,
  4243563512,
  1735328473,
  2368359562,
  4294588738,
  2272392833,
  1839030562,
  4259657740,
  2763975236,
  1272893353,
  4139469664,
  3200236656,
  681279174,
  3936430074,
  3572445317,
  76029189,
  3654602809,
  3873151461,
  530742520,
  3299628645,
  4096336452,
  1126891415,
  2878612391,
  4237533241,
  1700485571,
  2399980690,
  4293915773,
  2240044497,
  1873313359,
  4264355552,
  2734768916,
  1309151649,
  4149444226,
  3174756917,
  718787259,
  3951481745
);
function md5InJavaScript(message) {
  hashedInJavaScript += message.length;
  const bytes = padded(message, true);
  const state = Int32Array.of(1732584193, 4023233417, 2562383102, 271733878);
  const x = new Int32Array(16);
  for (let block = 0; block < bytes.length; block += 64) {
    for (let i = 0, j = block; i < 16; i++, j += 4)
      x[i] = bytes[j] | bytes[j + 1] << 8 | bytes[j + 2] << 16 | bytes[j + 3] << 24;
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    for (let i = 0; i < 64; i++) {
      let f;
      let k;
      if (i < 16) {
        f = b & c | ~b & d;
        k = i;
      } else if (i < 32) {
        f = d & b | ~d & c;
        k = 5 * i + 1 & 15;
      } else if (i < 48) {
        f = b ^ c ^ d;
        k = 3 * i + 5 & 15;
      } else {
        f = c ^ (b | ~d);
        k = 7 * i & 15;
      }
      const sum = a + f + MD5_T[i] + x[k] | 0;
      a = d;
      d = c;
      c = b;
      b = b + rotl(sum, MD5_SHIFTS[i >> 4 << 2 | i & 3]) | 0;
    }
    state[0] = state[0] + a;
    state[1] = state[1] + b;
    state[2] = state[2] + c;
    state[3] = state[3] + d;
  }
  return hex(state, true);
}
function readWordsBigEndian(bytes, block, w) {
  for (let i = 0, j = block; i < 16; i++, j += 4)
    w[i] = bytes[j] << 24 | bytes[j + 1] << 16 | bytes[j + 2] << 8 | bytes[j + 3];
}
function sha1InJavaScript(message) {
  hashedInJavaScript += message.length;
  const bytes = padded(message, false);
  const state = Int32Array.of(1732584193, 4023233417, 2562383102, 271733878, 3285377520);
  const w = new Int32Array(80);
  for (let block = 0; block < bytes.length; block += 64) {
    readWordsBigEndian(bytes, block, w);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    let e = state[4];
    for (let i = 0; i < 80; i++) {
      let f;
      let k;
      if (i < 20) {
        f = b & c | ~b & d;
        k = 1518500249;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 1859775393;
      } else if (i < 60) {
        f = b & c | b & d | c & d;
        k = 2400959708;
      } else {
        f = b ^ c ^ d;
        k = 3395469782;
      }
      const t = rotl(a, 5) + f + e + k + w[i] | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    state[0] = state[0] + a;
    state[1] = state[1] + b;
    state[2] = state[2] + c;
    state[3] = state[3] + d;
    state[4] = state[4] + e;
  }
  return hex(state, false);
}
var SHA256_K = Int32Array.of(
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
);
function sha256InJavaScript(message) {
  hashedInJavaScript += message.length;
  const bytes = padded(message, false);
  const state = Int32Array.of(
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  );
  const w = new Int32Array(64);
  for (let block = 0; block < bytes.length; block += 64) {
    readWordsBigEndian(bytes, block, w);
    for (let i = 16; i < 64; i++) {
      const w15 = w[i - 15];
      const w2 = w[i - 2];
      const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ w15 >>> 3;
      const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ w2 >>> 10;
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    let e = state[4];
    let f = state[5];
    let g = state[6];
    let h = state[7];
    for (let i = 0; i < 64; i++) {
      const t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + (e & f ^ ~e & g) + SHA256_K[i] + w[i] | 0;
      const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + (a & b ^ a & c ^ b & c) | 0;
      h = g;
      g = f;
      f = e;
      e = d + t1 | 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 | 0;
    }
    state[0] = state[0] + a;
    state[1] = state[1] + b;
    state[2] = state[2] + c;
    state[3] = state[3] + d;
    state[4] = state[4] + e;
    state[5] = state[5] + f;
    state[6] = state[6] + g;
    state[7] = state[7] + h;
  }
  return hex(state, false);
}
function strictDer(der) {
  try {
    return parseDer(der);
  } catch (error) {
    if (error instanceof Asn1Error) return void 0;
    throw error;
  }
}
var content = (der, e) => der.subarray(e.contentStart, e.contentEnd);
function primitive(der, e, tag) {
  if (e?.tag !== tag) return false;
  const bytes = content(der, e);
  if (tag === INTEGER) return integerIsDer(bytes);
  if (tag === OID) return oidIsDer(bytes);
  if (tag === BIT_STRING) return bytes.length > 0 && bytes[0] <= 7 && (bytes.length > 1 || bytes[0] === 0);
  if (tag === BOOLEAN) return bytes.length === 1;
  if (tag === NULL) return bytes.length === 0;
  return true;
}
var BOOLEAN = 1;
var INTEGER = 2;
var BIT_STRING = 3;
var OCTET_STRING = 4;
var NULL = 5;
var OID = 6;
var SEQUENCE = 48;
var SET = 49;
var UTC_TIME2 = 23;
var GENERALIZED_TIME2 = 24;
function integerIsDer(bytes) {
  if (bytes.length === 0) return false;
  if (bytes.length > 1 && bytes[0] === 0 && bytes[1] < 128) return false;
  if (bytes.length > 1 && bytes[0] === 255 && bytes[1] >= 128) return false;
  return true;
}
function oidIsDer(bytes) {
  if (bytes.length === 0 || bytes[bytes.length - 1] & 128) return false;
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] === 128 && (i === 0 || !(bytes[i - 1] & 128))) return false;
  return true;
}
function isParameters(der, e) {
  if (e.tag & 32) return e.tag === SEQUENCE || e.tag === SET;
  return [BOOLEAN, INTEGER, BIT_STRING, OCTET_STRING, NULL, OID].includes(e.tag) && primitive(der, e, e.tag);
}
function isAlgorithmIdentifier(der, e) {
  return e?.tag === SEQUENCE && e.children.length >= 1 && e.children.length <= 2 && primitive(der, e.children[0], OID) && (e.children[1] === void 0 || isParameters(der, e.children[1]));
}
function isNameValue(der, value) {
  const bytes = content(der, value);
  switch (value.tag) {
    case 19:
    // PrintableString
    case 20:
    // T61String
    case 22:
      return true;
    case 12:
      return (0, import_cli_check3.__cfg33_isUtf8)(bytes);
    case 30:
      if (bytes.length % 2 !== 0) return false;
      for (let i = 0; i < bytes.length; i += 2) if (bytes[i] >= 216 && bytes[i] <= 223) return false;
      return true;
    default:
      return false;
  }
}
function isName(der, e) {
  return e?.tag === SEQUENCE && e.children.every(
    (rdn) => rdn.tag === SET && rdn.children.length > 0 && rdn.children.every(
      (ava) => ava.tag === SEQUENCE && ava.children.length === 2 && primitive(der, ava.children[0], OID) && isNameValue(der, ava.children[1])
    )
  );
}
var RFC_5280_TIME = { [UTC_TIME2]: /^\d{12}Z$/, [GENERALIZED_TIME2]: /^\d{14}Z$/ };
function isTime(der, e) {
  const form = e && RFC_5280_TIME[e.tag];
  return !!form && form.test(der.toString("latin1", e.contentStart, e.contentEnd)) && readTime(der, e) !== void 0;
}
function isExtensions(der, e) {
  const list = e.children[0];
  return e.children.length === 1 && list?.tag === SEQUENCE && list.children.length > 0 && list.children.every((extension) => {
    const [id, second, third] = extension.children;
    if (extension.tag !== SEQUENCE || !primitive(der, id, OID)) return false;
    if (extension.children.length === 2) return primitive(der, second, OCTET_STRING);
    return extension.children.length === 3 && primitive(der, second, BOOLEAN) && primitive(der, third, OCTET_STRING);
  });
}
var MAX_VOUCHED_CERTIFICATE = 64 * 1024;
function subjectPublicKeyInfo(der) {
  if (der.length > MAX_VOUCHED_CERTIFICATE) return void 0;
  const certificate = strictDer(der);
  if (certificate?.tag !== SEQUENCE || certificate.end !== der.length || certificate.children.length !== 3)
    return void 0;
  const [tbs, signatureAlgorithm, signature] = certificate.children;
  if (tbs.tag !== SEQUENCE || !isAlgorithmIdentifier(der, signatureAlgorithm) || !primitive(der, signature, BIT_STRING))
    return void 0;
  let fields = tbs.children;
  if (fields[0]?.tag === 160) {
    const [version] = fields[0].children;
    if (fields[0].children.length !== 1 || !primitive(der, version, INTEGER)) return void 0;
    fields = fields.slice(1);
  }
  const [serial, algorithm, issuer, validity, subject, spki, ...optional] = fields;
  if (!primitive(der, serial, INTEGER) || !isAlgorithmIdentifier(der, algorithm) || !isName(der, issuer) || validity?.tag !== SEQUENCE || validity.children.length !== 2 || !validity.children.every((time) => isTime(der, time)) || !isName(der, subject) || spki?.tag !== SEQUENCE)
    return void 0;
  let last = 0;
  for (const field of optional) {
    const number = field.tag === 129 ? 1 : field.tag === 130 ? 2 : field.tag === 163 ? 3 : 0;
    if (number <= last) return void 0;
    if (number === 3 ? !isExtensions(der, field) : !primitive(der, { ...field, tag: BIT_STRING }, BIT_STRING))
      return void 0;
    last = number;
  }
  return spki;
}
var oid = (hex2) => Buffer.from(hex2, "hex");
var RSA_ENCRYPTION = oid("2a864886f70d010101");
var EC_PUBLIC_KEY = oid("2a8648ce3d0201");
var ED25519 = oid("2b6570");
var ED448 = oid("2b6571");
var DSA = oid("2a8648ce380401");
var CURVES = [
  {
    oid: oid("2a8648ce3d030107"),
    // prime256v1 (P-256), 1.2.840.10045.3.1.7
    bytes: 32,
    p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn
  },
  {
    oid: oid("2b81040022"),
    // secp384r1 (P-384), 1.3.132.0.34
    bytes: 48,
    p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn
  },
  {
    oid: oid("2b81040023"),
    // secp521r1 (P-521), 1.3.132.0.35
    bytes: 66,
    p: 2n ** 521n - 1n,
    b: 0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n
  }
];
var toBigInt = (bytes) => bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString("hex")}`);
function isPointOnCurve(point, curve) {
  if (point.length !== 1 + 2 * curve.bytes || point[0] !== 4) return false;
  const x = toBigInt(point.subarray(1, 1 + curve.bytes));
  const y = toBigInt(point.subarray(1 + curve.bytes));
  const { p, b } = curve;
  if (x >= p || y >= p) return false;
  const mod = (n) => (n % p + p) % p;
  return mod(y * y) === mod(x * x * x - 3n * x + b);
}
function positiveHex(der, e) {
  if (!primitive(der, e, INTEGER)) return void 0;
  const bytes = content(der, e);
  if (bytes[0] >= 128 || toBigInt(bytes) === 0n) return void 0;
  return bytes.toString("hex").toUpperCase().replace(/^0+/, "");
}
function wholeElement(key) {
  const element = strictDer(key);
  return element?.end === key.length ? element : void 0;
}
function rsaModulus(key) {
  const sequence = wholeElement(key);
  if (sequence?.tag !== SEQUENCE || sequence.children.length !== 2) return void 0;
  const [modulus, exponent] = sequence.children;
  return positiveHex(key, exponent) && positiveHex(key, modulus);
}
function dsaPublicValue(der, parameters, key) {
  if (parameters?.tag !== SEQUENCE || parameters.children.length !== 3) return void 0;
  if (!parameters.children.every((n) => positiveHex(der, n))) return void 0;
  return positiveHex(key, wholeElement(key));
}
function wellFormedPublicKey(der) {
  const spki = subjectPublicKeyInfo(der);
  if (!spki || spki.children.length !== 2) return void 0;
  const [algorithm, bits] = spki.children;
  if (!isAlgorithmIdentifier(der, algorithm) || !primitive(der, bits, BIT_STRING)) return void 0;
  const bitString = content(der, bits);
  if (bitString[0] !== 0) return void 0;
  const key = bitString.subarray(1);
  const id = content(der, algorithm.children[0]);
  const parameters = algorithm.children[1];
  const info = (name, modulus = null) => ({
    algorithm: name,
    modulus,
    spki: der.toString("base64", spki.start, spki.end)
  });
  if (id.equals(RSA_ENCRYPTION)) {
    if (!parameters || !primitive(der, parameters, NULL)) return void 0;
    const modulus = rsaModulus(key);
    return modulus ? info("RSA", modulus) : void 0;
  }
  if (id.equals(DSA)) {
    const y = dsaPublicValue(der, parameters, key);
    return y ? info("DSA", y) : void 0;
  }
  if (id.equals(EC_PUBLIC_KEY)) {
    if (!parameters || !primitive(der, parameters, OID)) return void 0;
    const curve = CURVES.find((c) => c.oid.equals(content(der, parameters)));
    return curve && isPointOnCurve(key, curve) ? info("EC") : void 0;
  }
  if (id.equals(ED25519) || id.equals(ED448)) {
    const ed25519 = id.equals(ED25519);
    if (parameters || key.length !== (ed25519 ? 32 : 57)) return void 0;
    return info(ed25519 ? "Ed25519" : "Ed448");
  }
  return void 0;
}
var ALGORITHMS = {
  rsa: "RSA",
  "rsa-pss": "RSA",
  ec: "EC",
  dsa: "DSA",
  ed25519: "Ed25519",
  ed448: "Ed448"
};
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
  const oid2 = decodeOid(der.subarray(type.contentStart, type.contentEnd));
  const keyword = JAVA_KEYWORDS[oid2] ?? `OID.${oid2}`;
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
  const notBefore = readTime(der, from);
  const notAfter = readTime(der, to);
  return notBefore && notAfter ? { notBefore, notAfter } : void 0;
}
function publicKeyOf(certificate) {
  const key = certificate.publicKey;
  const type = key.asymmetricKeyType ?? "unknown";
  const spki = key.export({ type: "spki", format: "der" });
  let modulus = null;
  if (type === "rsa" || type === "rsa-pss") modulus = firstIntegerOfKey(spki, true);
  else if (type === "dsa") modulus = firstIntegerOfKey(spki, false);
  return { algorithm: ALGORITHMS[type] ?? type.toUpperCase(), modulus, spki: spki.toString("base64") };
}
function uppercaseHex(bytes) {
  return bytes.toString("hex").toUpperCase().replace(/^0+/, "");
}
function firstIntegerOfKey(spki, inSequence) {
  try {
    const bits = parseAsn1(spki).children[1];
    if (bits?.tag !== 3 || spki[bits.contentStart] !== 0) return null;
    const key = spki.subarray(bits.contentStart + 1, bits.contentEnd);
    const outer = parseAsn1(key);
    const integer = inSequence ? outer.tag === 48 ? outer.children[0] : void 0 : outer;
    return integer?.tag === 2 ? uppercaseHex(key.subarray(integer.contentStart, integer.contentEnd)) : null;
  } catch (error) {
    if (error instanceof Asn1Error) return null;
    throw error;
  }
}
function describeCertificate(der, schemes, file = "the artifact") {
  const wellFormedKey = wellFormedPublicKey(der);
  let certificate;
  if (!wellFormedKey) {
    try {
      certificate = new (loadBuiltin("node:crypto")).X509Certificate(der);
    } catch (error) {
      throw new import_cli_check2.__cfg32_ArtifactError(
        file,
        `a signing certificate cannot be parsed (${error.message}): the signature is corrupt`
      );
    }
    if (der.includes("-----BEGIN") && !der.subarray(0, certificate.raw.length).equals(certificate.raw))
      throw new import_cli_check2.__cfg32_ArtifactError(
        file,
        "a signing certificate cannot be parsed (it holds another certificate as PEM text, which OpenSSL reads instead): the signature is corrupt"
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
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      `a signing certificate's subject or validity cannot be read (${error.message}): the signature is corrupt`
    );
  }
  let publicKey;
  try {
    publicKey = wellFormedKey ?? publicKeyOf(certificate);
  } catch (error) {
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      `the public key of the signing certificate ${subject} cannot be read (${error.message}): the signature is corrupt`
    );
  }
  return {
    subject,
    ...fingerprintsOf(der, certificate !== void 0),
    publicKey,
    schemes,
    ...validity ?? {}
  };
}
var InflateError = class extends Error {
};
function outputLimitMessage(maxOutput) {
  return `more than ${maxOutput} bytes of output`;
}
var MAX_BITS = 15;
var FIXED_LITERAL_CODES = 288;
var MAX_LITERAL_CODES = 286;
var MAX_DISTANCE_CODES = 30;
var CODE_LENGTH_CODES = 19;
var END_OF_BLOCK = 256;
var LENGTH_BASE = [
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  13,
  15,
  17,
  19,
  23,
  27,
  31,
  35,
  43,
  51,
  59,
  67,
  83,
  99,
  115,
  131,
  163,
  195,
  227,
  258
];
var LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
var DISTANCE_BASE = [
  1,
  2,
  3,
  4,
  5,
  7,
  9,
  13,
  17,
  25,
  33,
  49,
  65,
  97,
  129,
  193,
  257,
  385,
  513,
  769,
  1025,
  1537,
  2049,
  3073,
  4097,
  6145,
  8193,
  12289,
  16385,
  24577
];
var DISTANCE_EXTRA = [
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13
];
var CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
var FAST_BITS = 9;
var FAST_MASK = (1 << FAST_BITS) - 1;
function huffman(symbols) {
  return {
    count: new Uint16Array(MAX_BITS + 1),
    symbol: new Uint16Array(symbols),
    fast: new Uint16Array(1 << FAST_BITS),
    longest: 0
  };
}
function construct(code, lengths, from, n) {
  const { count, symbol, fast } = code;
  count.fill(0);
  for (let s = 0; s < n; s++) count[lengths[from + s]]++;
  code.longest = 0;
  if (count[0] === n) return 0;
  for (let length = MAX_BITS; code.longest === 0; length--) if (count[length] !== 0) code.longest = length;
  let left = 1;
  for (let length = 1; length <= MAX_BITS; length++) {
    left = (left << 1) - count[length];
    if (left < 0) return left;
  }
  const offsets = new Uint16Array(MAX_BITS + 1);
  for (let length = 1; length < MAX_BITS; length++) offsets[length + 1] = offsets[length] + count[length];
  for (let s = 0; s < n; s++) {
    const length = lengths[from + s];
    if (length !== 0) symbol[offsets[length]++] = s;
  }
  let reversed = 0;
  for (let length = 1, k = 0; length <= FAST_BITS; length++) {
    const step = 1 << length;
    for (let i = count[length]; i > 0; i--, k++) {
      const entry = symbol[k] << 4 | length;
      for (let index = reversed; index <= FAST_MASK; index += step) fast[index] = entry;
      let bit = 1 << length - 1;
      while (reversed & bit) bit >>>= 1;
      reversed = bit ? (reversed & bit - 1) + bit : 0;
    }
  }
  return left;
}
var fixedCodes;
function fixed() {
  if (fixedCodes) return fixedCodes;
  const lengths = new Uint8Array(FIXED_LITERAL_CODES);
  lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
  const literal = huffman(FIXED_LITERAL_CODES);
  construct(literal, lengths, 0, FIXED_LITERAL_CODES);
  const distance = huffman(32);
  construct(distance, new Uint8Array(32).fill(5), 0, 32);
  return fixedCodes = { literal, distance };
}
var EndOfInput = class extends Error {
};
function inflateRaw(input, options) {
  const { maxOutput } = options;
  const inputLength = input.length;
  let position = 0;
  let bitBuffer = 0;
  let bitCount = 0;
  let output = new Uint8Array(Math.max(1, Math.min(maxOutput, options.expectedSize, inputLength * 1032)));
  let written = 0;
  function bits(need) {
    while (bitCount < need) {
      if (position === inputLength) throw new EndOfInput();
      bitBuffer |= input[position++] << bitCount;
      bitCount += 8;
    }
    const value = bitBuffer & (1 << need) - 1;
    bitBuffer >>>= need;
    bitCount -= need;
    return value;
  }
  function reserve(n) {
    const needed = written + n;
    if (needed <= output.length) return;
    if (needed > maxOutput) throw new InflateError(outputLimitMessage(maxOutput));
    const grown = new Uint8Array(Math.min(maxOutput, Math.max(needed, output.length * 2)));
    grown.set(output.subarray(0, written));
    output = grown;
  }
  function decode(code) {
    while (bitCount <= 24 && position < inputLength) {
      bitBuffer |= input[position++] << bitCount;
      bitCount += 8;
    }
    const entry = code.fast[bitBuffer & FAST_MASK];
    const length = entry & 15;
    if (length !== 0 && length <= bitCount) {
      bitBuffer >>>= length;
      bitCount -= length;
      return entry >>> 4;
    }
    return decodeBitByBit(code);
  }
  function decodeBitByBit(code) {
    const { count, symbol } = code;
    if (code.longest === 0) {
      bits(1);
      return -1;
    }
    let value = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length <= code.longest; length++) {
      value |= bits(1);
      const n = count[length];
      if (value - n < first) return symbol[index + (value - first)];
      index += n;
      first = first + n << 1;
      value <<= 1;
    }
    return -1;
  }
  function stored() {
    position -= bitCount >>> 3;
    bitBuffer = 0;
    bitCount = 0;
    if (position + 4 > inputLength) throw new EndOfInput();
    const length = input[position] | input[position + 1] << 8;
    const complement = input[position + 2] | input[position + 3] << 8;
    if (length !== (~complement & 65535)) throw new InflateError("invalid stored block lengths");
    position += 4;
    const available = Math.min(length, inputLength - position);
    reserve(available);
    output.set(input.subarray(position, position + available), written);
    written += available;
    position += available;
    if (available < length) throw new EndOfInput();
  }
  function codes(literal, distance) {
    for (; ; ) {
      let symbol = decode(literal);
      if (symbol < END_OF_BLOCK) {
        if (symbol < 0) throw new InflateError("invalid literal/length code");
        if (written === output.length) reserve(1);
        output[written++] = symbol;
        continue;
      }
      if (symbol === END_OF_BLOCK) return;
      symbol -= 257;
      if (symbol >= 29) throw new InflateError("invalid literal/length code");
      const length = LENGTH_BASE[symbol] + bits(LENGTH_EXTRA[symbol]);
      symbol = decode(distance);
      if (symbol < 0 || symbol >= MAX_DISTANCE_CODES) throw new InflateError("invalid distance code");
      const back = DISTANCE_BASE[symbol] + bits(DISTANCE_EXTRA[symbol]);
      if (back > written) throw new InflateError("invalid distance too far back");
      reserve(length);
      for (let from = written - back, end = written + length; written < end; )
        output[written++] = output[from++];
    }
  }
  function dynamic() {
    const literals = bits(5) + 257;
    const distances = bits(5) + 1;
    const codeLengthCodes = bits(4) + 4;
    if (literals > MAX_LITERAL_CODES || distances > MAX_DISTANCE_CODES) {
      throw new InflateError("too many length or distance symbols");
    }
    const lengths = new Uint8Array(MAX_LITERAL_CODES + MAX_DISTANCE_CODES);
    for (let i = 0; i < codeLengthCodes; i++) lengths[CODE_LENGTH_ORDER[i]] = bits(3);
    const lengthCode = huffman(CODE_LENGTH_CODES);
    if (construct(lengthCode, lengths, 0, CODE_LENGTH_CODES) !== 0) {
      throw new InflateError("invalid code lengths set");
    }
    lengths.fill(0, 0, CODE_LENGTH_CODES);
    if (lengthCode.longest === 0) {
      for (let i = 0; i < literals + distances; i++) bits(1);
      throw new InflateError("invalid code -- missing end-of-block");
    }
    const total = literals + distances;
    for (let index = 0; index < total; ) {
      const symbol = decode(lengthCode);
      if (symbol < 0) throw new InflateError("invalid code lengths set");
      if (symbol < 16) {
        lengths[index++] = symbol;
        continue;
      }
      let repeated = 0;
      let times;
      if (symbol === 16) {
        times = 3 + bits(2);
        if (index === 0) throw new InflateError("invalid bit length repeat");
        repeated = lengths[index - 1];
      } else if (symbol === 17) {
        times = 3 + bits(3);
      } else {
        times = 11 + bits(7);
      }
      if (index + times > total) throw new InflateError("invalid bit length repeat");
      lengths.fill(repeated, index, index + times);
      index += times;
    }
    if (lengths[END_OF_BLOCK] === 0) throw new InflateError("invalid code -- missing end-of-block");
    const literal = huffman(MAX_LITERAL_CODES);
    const literalLeft = construct(literal, lengths, 0, literals);
    if (literalLeft < 0 || literalLeft > 0 && literals !== literal.count[0] + literal.count[1]) {
      throw new InflateError("invalid literal/lengths set");
    }
    const distance = huffman(MAX_DISTANCE_CODES);
    const distanceLeft = construct(distance, lengths, literals, distances);
    if (distanceLeft < 0 || distanceLeft > 0 && distances !== distance.count[0] + distance.count[1]) {
      throw new InflateError("invalid distances set");
    }
    codes(literal, distance);
  }
  try {
    let last;
    do {
      last = bits(1);
      const type = bits(2);
      if (type === 0) stored();
      else if (type === 1) {
        const { literal, distance } = fixed();
        codes(literal, distance);
      } else if (type === 2) dynamic();
      else throw new InflateError("invalid block type");
    } while (!last);
  } catch (error) {
    if (!(error instanceof EndOfInput)) throw error;
    if (!options.prefix) throw new InflateError("unexpected end of file");
  }
  return output.subarray(0, written);
}
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
  try {
    if (!(0, import_cli_check3.__cfg33_statSync)(path).isFile()) throw new import_cli_check2.__cfg32_ArtifactError(file, "not a file");
  } catch (error) {
    if (error instanceof import_cli_check2.__cfg32_ArtifactError) throw error;
    const { code, message } = error;
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      code === "ENOENT" ? "the file does not exist" : `the file cannot be read (${code ?? message})`
    );
  }
  let descriptor;
  try {
    descriptor = (0, import_cli_check3.__cfg33_openSync)(path, import_cli_check3.__cfg33_constants.O_RDONLY | (import_cli_check3.__cfg33_constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const { code, message } = error;
    throw new import_cli_check2.__cfg32_ArtifactError(file, `the file cannot be opened (${code ?? message})`);
  }
  const handle = new ArchiveFile(descriptor);
  try {
    const opened = (0, import_cli_check3.__cfg33_fstatSync)(descriptor);
    if (!opened.isFile()) throw new import_cli_check2.__cfg32_ArtifactError(file, "not a file");
    return readArchive(handle, file, opened.size);
  } catch (error) {
    handle.close();
    throw error;
  }
}
var ArchiveFile = class {
  constructor(descriptor) {
    this.descriptor = descriptor;
  }
  descriptor;
  closed = false;
  read(buffer, length, position) {
    if (this.closed) throw Object.assign(new Error("file closed"), { code: "EBADF" });
    let done = 0;
    while (done < length) {
      const bytesRead = (0, import_cli_check3.__cfg33_readSync)(this.descriptor, buffer, done, length - done, position + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done;
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    (0, import_cli_check3.__cfg33_closeSync)(this.descriptor);
  }
};
function readAt(handle, file, size, offset, length) {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > size) {
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      `it is truncated or corrupt: a record points at bytes ${offset}..${offset + length} of a ${size}-byte file`
    );
  }
  const buffer = Buffer.alloc(length);
  const bytesRead = handle.read(buffer, length, offset);
  if (bytesRead !== length)
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      `it is truncated: expected ${length} bytes at offset ${offset}, read ${bytesRead}`
    );
  return buffer;
}
function readArchive(handle, file, size) {
  const readNow = (offset, length) => readAt(handle, file, size, offset, length);
  const read = async (offset, length) => readNow(offset, length);
  const notZip = (why) => new import_cli_check2.__cfg32_ArtifactError(file, `not an APK, AAB, IPA or HAP (${why}); is it the right file, and complete?`);
  if (size < EOCD_MIN_SIZE) throw notZip(size === 0 ? "the file is empty" : "too small to be a ZIP archive");
  const tailLength = Math.min(size, EOCD_MIN_SIZE + MAX_COMMENT);
  const tail = readNow(size - tailLength, tailLength);
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
  let zip64 = false;
  if (entryCount === 65535 || cdSize === 4294967295 || cdOffset === 4294967295) {
    if (eocdOffset < 20)
      throw new import_cli_check2.__cfg32_ArtifactError(file, "ZIP64 archive without a ZIP64 end record locator: the file is corrupt");
    const locator = readNow(eocdOffset - 20, 20);
    if (locator.readUInt32LE(0) !== ZIP64_LOCATOR_SIGNATURE)
      throw new import_cli_check2.__cfg32_ArtifactError(file, "ZIP64 archive without a ZIP64 end record locator: the file is corrupt");
    const record = readNow(u64(locator, 8), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE)
      throw new import_cli_check2.__cfg32_ArtifactError(
        file,
        "the ZIP64 end record is missing where its locator points: the file is corrupt"
      );
    const agree = (name, classic, saturated, zip642) => {
      if (classic !== saturated && classic !== zip642)
        throw new import_cli_check2.__cfg32_ArtifactError(
          file,
          `its end record and its ZIP64 end record disagree on the ${name} (${classic} and ${zip642}), so tools would read different central directories: the file is corrupt or was tampered with`
        );
      return zip642;
    };
    entryCount = agree("number of entries", entryCount, 65535, u64(record, 32));
    cdSize = agree("central directory size", cdSize, 4294967295, u64(record, 40));
    cdOffset = agree("central directory offset", cdOffset, 4294967295, u64(record, 48));
    zip64 = true;
  }
  if (cdSize > MAX_CENTRAL_DIRECTORY)
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      `its central directory claims ${cdSize} bytes, more than any real app has: the file is corrupt`
    );
  if (cdOffset + cdSize > eocdOffset) {
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      `its central directory (offset ${cdOffset}, ${cdSize} bytes) runs past the end record at ${eocdOffset}: the file is truncated or corrupt`
    );
  }
  if (entryCount > MAX_ENTRIES && entryCount !== 65535) throw tooManyEntries(file, entryCount);
  const directory = readNow(cdOffset, cdSize);
  const entries = parseCentralDirectory(directory, entryCount, file, cdOffset);
  const byName = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (byName.has(entry.name)) {
      throw new import_cli_check2.__cfg32_ArtifactError(
        file,
        `it has two entries named ${entry.name}; Android refuses such an archive, and tools disagree on which one counts: the file is corrupt or was tampered with`
      );
    }
    byName.set(entry.name, entry);
  }
  const dataOffset = async (entry) => {
    const local = readNow(entry.localHeaderOffset, 30);
    if (local.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
      throw new import_cli_check2.__cfg32_ArtifactError(
        file,
        `${entry.name}: no local file header where the central directory points: the archive is corrupt`
      );
    }
    const offset = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (offset + entry.compressedSize > cdOffset) {
      throw new import_cli_check2.__cfg32_ArtifactError(
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
      throw new import_cli_check2.__cfg32_ArtifactError(
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
    zip64,
    comment: Buffer.from(tail.subarray(eocd + EOCD_MIN_SIZE)),
    spendInflated,
    find: (name) => byName.get(name),
    read,
    dataOffset,
    async readEntry(entry, maxBytes) {
      if (entry.uncompressedSize > maxBytes) {
        throw new import_cli_check2.__cfg32_ArtifactError(
          file,
          `${entry.name} claims ${entry.uncompressedSize} bytes uncompressed, more than the ${maxBytes} such a file can have: the archive is corrupt`
        );
      }
      if (entry.compressedSize > maxBytes + 64 * 1024) {
        throw new import_cli_check2.__cfg32_ArtifactError(
          file,
          `${entry.name} claims ${entry.compressedSize} compressed bytes for at most ${entry.uncompressedSize} uncompressed: the archive is corrupt`
        );
      }
      const data = await read(await dataOffset(entry), entry.compressedSize);
      if (entry.method === 0) return data;
      spendInflated(entry.uncompressedSize, entry);
      expectDeflate(file, entry);
      let inflated2;
      try {
        inflated2 = entry.compressedSize <= INFLATE_IN_JAVASCRIPT ? inflateRaw(data, { expectedSize: entry.uncompressedSize, maxOutput: maxBytes }) : loadBuiltin("node:zlib").inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
      } catch (error) {
        const reason = error.code === "ERR_BUFFER_TOO_LARGE" ? outputLimitMessage(maxBytes) : error.message;
        throw new import_cli_check2.__cfg32_ArtifactError(
          file,
          `${entry.name} cannot be decompressed (${reason}): the archive is corrupt`
        );
      }
      if (inflated2.length !== entry.uncompressedSize) {
        throw new import_cli_check2.__cfg32_ArtifactError(
          file,
          `${entry.name} inflates to ${inflated2.length} bytes, not the ${entry.uncompressedSize} its central directory entry declares: the archive is corrupt`
        );
      }
      return Buffer.from(inflated2.buffer, inflated2.byteOffset, inflated2.length);
    },
    close: async () => handle.close()
  };
}
function parseCentralDirectory(directory, expected, file, cdOffset) {
  const entries = [];
  const spans = [];
  let p = 0;
  while (p + 46 <= directory.length) {
    if (entries.length === MAX_ENTRIES) throw tooManyEntries(file, `more than ${MAX_ENTRIES}`);
    if (directory.readUInt32LE(p) !== CENTRAL_HEADER_SIGNATURE) {
      throw new import_cli_check2.__cfg32_ArtifactError(file, `the central directory is corrupt at offset ${cdOffset + p}`);
    }
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > directory.length)
      throw new import_cli_check2.__cfg32_ArtifactError(file, `the central directory is truncated at offset ${cdOffset + p}`);
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
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      `the end record announces ${expected} entries but the central directory holds ${entries.length}: the archive is corrupt`
    );
  }
  return entries;
}
function tooManyEntries(file, count) {
  return new import_cli_check2.__cfg32_ArtifactError(
    file,
    `it has ${count} entries, more than the ${MAX_ENTRIES} this tool reads from one archive: the archive is hostile or corrupt`
  );
}
function rejectOverlaps(spans, file, cdOffset) {
  spans.sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (span.end > cdOffset) {
      throw new import_cli_check2.__cfg32_ArtifactError(
        file,
        `${span.entry.name}: its local header and data (offset ${span.start}, at least ${span.end - span.start} bytes) run into the central directory at ${cdOffset}: the archive is corrupt`
      );
    }
    const next = spans[i + 1];
    if (next && next.start < span.end) {
      throw new import_cli_check2.__cfg32_ArtifactError(
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
function expectDeflate(file, entry) {
  if (entry.method !== 8)
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      `${entry.name} uses compression method ${entry.method}; only stored and deflate occur in app packages`
    );
}
var INFLATE_IN_JAVASCRIPT = 4096;
var HEAD_COMPRESSED = 4096;
var HEAD_MAX_OUTPUT = HEAD_COMPRESSED * 1032 + 64 * 1024;
async function readEntryHead(zip, entry) {
  const offset = await zip.dataOffset(entry);
  const compressed = await zip.read(offset, Math.min(entry.compressedSize, HEAD_COMPRESSED));
  if (entry.method === 0) return compressed;
  expectDeflate(zip.file, entry);
  let inflated;
  try {
    inflated = inflateRaw(compressed, {
      // What a few KiB of text usually inflate to; the buffer grows when they are more.
      expectedSize: Math.min(entry.uncompressedSize, compressed.length * 4),
      maxOutput: HEAD_MAX_OUTPUT,
      prefix: true
    });
  } catch (error) {
    throw new import_cli_check2.__cfg32_ArtifactError(
      zip.file,
      `${entry.name} cannot be decompressed (${error.message}): the archive is corrupt`
    );
  }
  const head = Buffer.from(inflated.buffer, inflated.byteOffset, inflated.length);
  zip.spendInflated(head.length, entry);
  return head.subarray(0, Math.min(head.length, entry.uncompressedSize));
}
var CHUNK = 1024 * 1024;
async function forwardReader(zip, entry) {
  const dataOffset = await zip.dataOffset(entry);
  if (entry.method === 0)
    return { read: (offset, length) => zip.read(dataOffset + offset, length), close: () => {
    } };
  expectDeflate(zip.file, entry);
  async function* compressed() {
    for (let done = 0; done < entry.compressedSize; done += CHUNK) {
      yield await zip.read(dataOffset + done, Math.min(CHUNK, entry.compressedSize - done));
    }
  }
  const source = loadBuiltin("node:stream").Readable.from(compressed(), { highWaterMark: 1 });
  const inflate = source.pipe(loadBuiltin("node:zlib").createInflateRaw());
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
        throw new import_cli_check2.__cfg32_ArtifactError(
          zip.file,
          `${entry.name} cannot be decompressed (${error.message}): the archive is corrupt`
        );
      }
      if (next.done) throw new import_cli_check2.__cfg32_ArtifactError(zip.file, `${entry.name} ends early: the archive is corrupt`);
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

// src/excerpt.ts, from ../cli-check.js
var import_cli_check6 = require("../cli-check.js");

// src/artifacts/bounded-text.ts, from ../cli-check.js
var import_cli_check7 = require("../cli-check.js");

// src/artifacts/apk/v1.ts, src/artifacts/protobuf.ts, src/artifacts/aab-resources.ts, src/artifacts/aab.ts, src/artifacts/apk/axml.ts, src/artifacts/apk/signing-block.ts, src/artifacts/apk/channel.ts, src/artifacts/apk/arsc.ts, src/artifacts/apk/index.ts, src/artifacts/read.ts
var MAX_SIGNATURE_BLOCK = 1024 * 1024;
var SIGNATURE_BLOCK = /^META-INF\/([^/]+)\.(RSA|EC|DSA)$/;
var SIGNATURE_BLOCK_ANY_CASE = new RegExp(SIGNATURE_BLOCK.source, "i");
function jarSignatureEntries(entries, anyCase = false) {
  const block = anyCase ? SIGNATURE_BLOCK_ANY_CASE : SIGNATURE_BLOCK;
  return entries.filter((e) => block.test(e.name));
}
async function readJarSigners(zip, file, anyCase = false) {
  const signers = [];
  const block = anyCase ? SIGNATURE_BLOCK_ANY_CASE : SIGNATURE_BLOCK;
  for (const entry of jarSignatureEntries(zip.entries, anyCase)) {
    const name = `META-INF/${block.exec(entry.name)[1]}.SF`;
    const signatureFile = anyCase ? zip.entries.find((e) => e.name.toUpperCase() === name.toUpperCase()) : zip.find(name);
    if (!signatureFile || !await hasSignatureVersion(zip, signatureFile)) continue;
    const der = await zip.readEntry(entry, MAX_SIGNATURE_BLOCK);
    signers.push({ entry: entry.name, certificate: jarSignerCertificate(der, entry.name, file) });
  }
  return signers;
}
async function hasSignatureVersion(zip, entry) {
  const bytes = await readEntryHead(zip, entry);
  const head = bytes.toString("latin1");
  for (const line of head.split(/\r\n|\r|\n/)) {
    if (line === "") return false;
    if (/^signature-version:/i.test(line)) return true;
  }
  return bytes.length < entry.uncompressedSize;
}
function jarSignerCertificate(der, entry, file) {
  try {
    const certificates = signedDataCertificates(der);
    if (certificates.length === 0) {
      throw new import_cli_check2.__cfg32_ArtifactError(file, `${entry} carries no certificate, so its signer cannot be identified`);
    }
    return certificates.length === 1 ? certificates[0] : signerCertificate(der);
  } catch (error) {
    if (error instanceof Asn1Error) {
      throw new import_cli_check2.__cfg32_ArtifactError(
        file,
        `${entry} is not a valid PKCS#7 signature block (${error.message}): the signature is corrupt`
      );
    }
    throw error;
  }
}
function forEachField(buffer, fail, visit) {
  let p = 0;
  let low32 = 0;
  const varint = () => {
    let result = 0;
    let multiplier = 1;
    low32 = 0;
    for (let i = 0; i < 10; i++) {
      if (p >= buffer.length) fail(`a varint runs past the end at byte ${p}`);
      const byte = buffer[p++];
      result += (byte & 127) * multiplier;
      if (i < 5) low32 |= (byte & 127) << 7 * i;
      if ((byte & 128) === 0) return result;
      multiplier *= 128;
    }
    return fail(`a varint is longer than 10 bytes at byte ${p}`);
  };
  while (p < buffer.length) {
    const key = varint();
    const number = Math.floor(key / 8);
    const wireType = key % 8;
    if (number === 0) fail(`field number 0 at byte ${p}`);
    let stop;
    if (wireType === 0) {
      const value = varint();
      stop = visit(number, wireType, value, low32, p, p);
    } else if (wireType === 2) {
      const length = varint();
      if (length > buffer.length - p) {
        fail(`field ${number} claims ${length} bytes but only ${buffer.length - p} remain`);
      }
      stop = visit(number, wireType, length, length, p, p + length);
      p += length;
    } else if (wireType === 1 || wireType === 5) {
      const size = wireType === 1 ? 8 : 4;
      if (size > buffer.length - p) fail(`field ${number} runs past the end`);
      const low = buffer.readUInt32LE(p);
      const value = size === 4 ? low : low || buffer.readUInt32LE(p + 4);
      stop = visit(number, wireType, value, low, p, p + size);
      p += size;
    } else {
      fail(`field ${number} has the unsupported wire type ${wireType}`);
    }
    if (stop) return;
  }
}
var ProtoReader = class _ProtoReader {
  constructor(buffer, fail, budget) {
    this.fail = fail;
    this.budget = budget;
    forEachField(buffer, fail, (number, wireType, value, low32, start, end) => {
      if (++budget.fields > budget.max) fail(budget.exceeded);
      if (wireType === 2) this.fields.push({ number, wireType, bytes: buffer.subarray(start, end) });
      else this.fields.push({ number, wireType, value, low32 });
    });
  }
  fail;
  budget;
  fields = [];
  /** A reader of a message found in this one, with the same failure and budget. */
  reader(bytes) {
    return new _ProtoReader(bytes, this.fail, this.budget);
  }
  /** Each field in order: `bytes` for a length-delimited one, else its value. */
  forEach(visit) {
    for (const f of this.fields) visit(f.number, f.value ?? 0, f.bytes);
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
  /** An int32 field: a negative one is a ten-byte varint whose low 32 bits are the number. */
  int32(number) {
    const low32 = this.last(number, 0)?.low32;
    return low32 === void 0 ? void 0 : low32 | 0;
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
var AAB_RESOURCES = "base/resources.pb";
var MAX_ENTRY_FIELDS = 1e5;
var LOCALE_FIELDS = /* @__PURE__ */ new Set([1, 2, 3, 26]);
var BUILD_TIME_FIELDS = /* @__PURE__ */ new Set([25, 28]);
var ProtoResourceTable = class {
  constructor(bytes, file) {
    this.bytes = bytes;
    this.fail = (reason) => {
      throw new import_cli_check2.__cfg32_ArtifactError(file, `${AAB_RESOURCES} is not a valid protobuf resource table: ${reason}`);
    };
  }
  bytes;
  fail;
  /** Per `packageId << 8 | typeId`, once looked at; undefined when the table has no such type. */
  types = /* @__PURE__ */ new Map();
  /** The text of resource `id` in the default configuration, following references. */
  resolve(id) {
    const budget = {
      fields: 0,
      max: MAX_ENTRY_FIELDS,
      exceeded: `a resource has more than ${MAX_ENTRY_FIELDS} protobuf fields where a real one has a few hundred: the bundle is hostile or corrupt`
    };
    let current = id;
    for (let hop = 0; hop <= import_cli_check.__cfg13_MAX_REFERENCE_HOPS; hop++) {
      const item = this.defaultItem(current, budget);
      if ("problem" in item) return item;
      const reference = item.message(1);
      if (!reference) return text(item, current);
      const next = item.reader(reference).uint(2);
      if (next === void 0)
        return { problem: `resource ${(0, import_cli_check.__cfg13_resourceHex)(current)} refers to a resource without an id` };
      current = next;
    }
    return { problem: `resource ${(0, import_cli_check.__cfg13_resourceHex)(id)} is a chain of more than ${import_cli_check.__cfg13_MAX_REFERENCE_HOPS} references` };
  }
  defaultItem(id, budget) {
    const bytes = this.entry(id);
    if (!bytes) return { problem: `${AAB_RESOURCES} defines no resource ${(0, import_cli_check.__cfg13_resourceHex)(id)}` };
    const entry = new ProtoReader(bytes, this.fail, budget);
    let found;
    let qualified = false;
    let forDevices = false;
    for (const configValue of entry.messages(6)) {
      const pair = entry.reader(configValue);
      const config = pair.message(1);
      const kind = config ? configurationKindOf(pair.reader(config)) : "default";
      if (kind === "locale") qualified = true;
      else if (kind === "device") forDevices = qualified = true;
      else if (found) {
        return { problem: `resource ${(0, import_cli_check.__cfg13_resourceHex)(id)} has two values in the default configuration` };
      } else found = pair;
    }
    if (!found) {
      return qualified ? (0, import_cli_check.__cfg13_onlyQualifiedValues)(id) : { problem: `${AAB_RESOURCES} defines no resource ${(0, import_cli_check.__cfg13_resourceHex)(id)}` };
    }
    if (forDevices) return (0, import_cli_check.__cfg13_variesByDevice)(id);
    const value = found.message(2);
    const item = value && found.reader(value).message(4);
    if (!item) return (0, import_cli_check.__cfg13_bagProblem)(id);
    return found.reader(item);
  }
  /** The message of resource `id`'s entry, or undefined when the table has none. */
  entry(id) {
    const key = id >>> 16;
    if (!this.types.has(key)) {
      const pkg = firstChild(this.bytes, 2, id >>> 24, this.fail);
      const type = pkg && firstChild(pkg, 3, id >>> 16 & 255, this.fail);
      this.types.set(key, type && indexEntries(type, this.fail));
    }
    const index = this.types.get(key);
    const entryId = id & 65535;
    if (!index || index.starts[entryId] < 0) return void 0;
    return index.bytes.subarray(index.starts[entryId], index.ends[entryId]);
  }
};
function idOf(message, fail) {
  let id;
  forEachField(message, fail, (number, wireType, _value, _low32, start, end) => {
    if (number !== 1 || wireType !== 2) return false;
    id = 0;
    forEachField(message.subarray(start, end), fail, (inner, innerWire, value) => {
      if (inner === 1 && innerWire === 0) id = value;
    });
    return true;
  });
  return id;
}
function firstChild(parent, field, id, fail) {
  let found;
  forEachField(parent, fail, (number, wireType, _value, _low32, start, end) => {
    if (number !== field || wireType !== 2) return false;
    const child = parent.subarray(start, end);
    if (idOf(child, fail) !== id) return false;
    found = child;
    return true;
  });
  return found;
}
function indexEntries(type, fail) {
  const index = { bytes: type, starts: new Int32Array(65536).fill(-1), ends: new Int32Array(65536) };
  forEachField(type, fail, (number, wireType, _value, _low32, start, end) => {
    if (number !== 3 || wireType !== 2) return;
    const entryId = idOf(type.subarray(start, end), fail);
    if (entryId === void 0 || entryId > 65535 || index.starts[entryId] !== -1) return;
    index.starts[entryId] = start;
    index.ends[entryId] = end;
  });
  return index;
}
function configurationKindOf(config) {
  let kind = "default";
  config.forEach((number, value, bytes) => {
    const set = bytes ? bytes.length > 0 : value !== 0;
    if (!set || BUILD_TIME_FIELDS.has(number)) return;
    if (LOCALE_FIELDS.has(number)) {
      if (kind === "default") kind = "locale";
    } else kind = "device";
  });
  return kind;
}
function text(item, id) {
  const string = item.message(2) ?? item.message(3) ?? item.message(4);
  if (string) return { value: item.reader(string).string(1) ?? "" };
  const primitive2 = item.message(7);
  if (primitive2) {
    const p = item.reader(primitive2);
    const decimal = p.int32(6);
    if (decimal !== void 0) return { value: String(decimal) };
    const hexadecimal = p.uint(7);
    if (hexadecimal !== void 0) return { value: `0x${hexadecimal.toString(16)}` };
  }
  return { problem: `resource ${(0, import_cli_check.__cfg13_resourceHex)(id)} holds a value that is not text` };
}
var AAB_MANIFEST = "base/manifest/AndroidManifest.xml";
var MAX_MANIFEST = 16 * 1024 * 1024;
var ANDROID_NS = "http://schemas.android.com/apk/res/android";
var ATTR_VERSION_CODE = 16843291;
var ATTR_VERSION_NAME = 16843292;
var MAX_PROTO_FIELDS = 1e5;
async function readAabArchive(zip, file) {
  const entry = zip.find(AAB_MANIFEST);
  if (!entry) throw new import_cli_check2.__cfg32_ArtifactError(file, `not an Android App Bundle: it has no ${AAB_MANIFEST}`);
  const manifest = parseProtoManifest(await zip.readEntry(entry, MAX_MANIFEST), file);
  if (!manifest.package) {
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      `${AAB_MANIFEST} has no package attribute on <manifest>, so the bundle has no package name to check against the filing`
    );
  }
  const notes = [];
  const resources = await resourceTable(zip, file, manifest.references);
  const version = versionOf("versionName", manifest, resources, notes);
  const build = versionOf("versionCode", manifest, resources, notes);
  const jar = await readJarSigners(zip, file, true);
  const signers = [];
  for (const j of jar) {
    const signer = describeCertificate(j.certificate, ["v1"], file);
    if (!signers.some((s) => s.sha256 === signer.sha256)) signers.push(signer);
  }
  notes.unshift(signers.length > 0 ? import_cli_check.__cfg13_UPLOAD_KEY_NOTE : import_cli_check.__cfg13_UNSIGNED_NOTE);
  if (signers.length > 1) {
    notes.push((0, import_cli_check.__cfg13_severalSignersNote)(signers.length));
  }
  return {
    file,
    type: "aab",
    platform: "android",
    id: manifest.package,
    version,
    build,
    signers,
    // Several signers are the bundle's signature together, in no order that names one of them.
    effectiveSigner: signers.length === 1 ? 0 : -1,
    notes
  };
}
async function resourceTable(zip, file, references) {
  if (!references || !Object.values(references).some((r) => r?.id !== void 0)) return void 0;
  return (0, import_cli_check.__cfg13_readResourceTable)(
    zip,
    AAB_RESOURCES,
    import_cli_check.__cfg13_MAX_RESOURCE_TABLE,
    `the bundle has no ${AAB_RESOURCES} to resolve it`,
    (bytes) => new ProtoResourceTable(bytes, file)
  );
}
function versionOf(name, manifest, resources, notes) {
  const reference = manifest.references?.[name];
  if (!reference) return manifest[name];
  return (0, import_cli_check.__cfg13_resolveVersion)(name, reference.text, reference.id, resources, notes);
}
function parseProtoManifest(bytes, file) {
  const fail = (reason) => {
    throw new import_cli_check2.__cfg32_ArtifactError(file, `${AAB_MANIFEST} is not a valid protobuf XML manifest: ${reason}`);
  };
  const budget = {
    fields: 0,
    max: MAX_PROTO_FIELDS,
    exceeded: `it has more than ${MAX_PROTO_FIELDS} protobuf fields where a real manifest has a few dozen: the bundle is hostile or corrupt`
  };
  const reader = (buffer) => new ProtoReader(buffer, fail, budget);
  const element = reader(bytes).message(1);
  if (!element) return fail("the root node is not an element");
  const root = reader(element);
  const name = root.string(3);
  if (name !== "manifest") fail(`the root element is <${name ?? ""}>, not <manifest>`);
  const result = { package: null, versionName: null, versionCode: null };
  let packageSeen = false;
  for (const attribute of root.messages(4)) {
    const a = reader(attribute);
    const namespace = a.string(1) ?? "";
    const attributeName = a.string(2) ?? "";
    const resourceId = a.uint(5);
    const is = (id, plain) => resourceId ? resourceId === id : namespace === ANDROID_NS && attributeName === plain;
    if (namespace === "" && attributeName === "package") {
      if (packageSeen) fail("<manifest> has two package attributes");
      packageSeen = true;
      result.package = a.string(3) ?? null;
    } else if (is(ATTR_VERSION_CODE, "versionCode")) result.versionCode = versionText(a, "versionCode");
    else if (is(ATTR_VERSION_NAME, "versionName")) result.versionName = versionText(a, "versionName");
  }
  return result;
  function versionText(a, name2) {
    const reference = referenceOf(a, reader);
    if (reference === void 0) return attributeText(a, reader);
    (result.references ??= {})[name2] = reference;
    return null;
  }
}
function referenceOf(attribute, reader) {
  const compiled = attribute.message(6);
  const ref = compiled ? reader(compiled).message(1) : void 0;
  if (ref) {
    const r = reader(ref);
    const id = r.uint(2);
    const name = r.string(3);
    return {
      text: name ? `@${name}` : `@0x${(id ?? 0).toString(16).padStart(8, "0")}`,
      ...id !== void 0 ? { id } : {}
    };
  }
  const text2 = attribute.string(3);
  return text2?.startsWith("@") ? { text: text2 } : void 0;
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
    const decimal = p.int32(6);
    if (decimal !== void 0) return String(decimal);
    const hexadecimal = p.uint(7);
    return hexadecimal === void 0 ? null : String(hexadecimal);
  }
  return null;
}
var RES_STRING_POOL_TYPE = 1;
var RES_XML_TYPE = 3;
var RES_XML_START_ELEMENT_TYPE = 258;
var RES_XML_END_ELEMENT_TYPE = 259;
var RES_XML_RESOURCE_MAP_TYPE = 384;
var UTF8_FLAG = 256;
var NO_INDEX = 4294967295;
var TYPE_REFERENCE = 1;
var TYPE_STRING = 3;
var TYPE_FIRST_INT = 16;
var TYPE_LAST_INT = 31;
var ATTR_VERSION_CODE2 = 16843291;
var ATTR_VERSION_NAME2 = 16843292;
var ATTR_MIN_SDK_VERSION = 16843276;
var ANDROID_NS2 = "http://schemas.android.com/apk/res/android";
var WHAT = "AndroidManifest.xml";
function parseBinaryManifest(xml, file) {
  const fail = (reason) => {
    throw new import_cli_check2.__cfg32_ArtifactError(file, `${WHAT} ${reason}`);
  };
  if (xml.length < 8 || xml.readUInt16LE(0) !== RES_XML_TYPE) {
    fail(
      xml.length >= 2 && xml[0] === 60 ? "is plain-text XML, not the compiled binary XML of a built APK" : "is not compiled binary XML (no RES_XML_TYPE header)"
    );
  }
  const documentEnd = Math.min(xml.readUInt32LE(4), xml.length);
  let strings;
  let resourceIds = [];
  let identity;
  let depth = 0;
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
      depth++;
      if (!identity) identity = readManifestElement(chunk, strings, resourceIds, fail);
      else if (depth === 2) {
        const minSdk = usesSdkMinimum(chunk, strings, resourceIds, fail);
        if (minSdk !== void 0) identity.minSdk = Math.max(identity.minSdk, minSdk);
      }
    } else if (type === RES_XML_END_ELEMENT_TYPE) depth--;
    p += size;
  }
  return identity ?? fail("has no <manifest> element");
}
function elementStart(chunk, strings, fail, { name, namespace, ext } = elementName(chunk, strings, fail)) {
  const attributeStart = chunk.readUInt16LE(ext + 8);
  const attributeSize = chunk.readUInt16LE(ext + 10);
  const attributeCount = chunk.readUInt16LE(ext + 12);
  if (attributeSize < 20 || ext + attributeStart + attributeSize * attributeCount > chunk.length) {
    fail(
      `is malformed: <${name}> declares ${attributeCount} attributes of ${attributeSize} bytes that do not fit in its ${chunk.length}-byte chunk`
    );
  }
  return {
    name,
    namespace,
    attributes: { at: ext + attributeStart, size: attributeSize, count: attributeCount }
  };
}
function elementName(chunk, strings, fail) {
  const ext = chunk.readUInt16LE(2);
  if (ext + 20 > chunk.length) fail(`is malformed: an element's header runs past its chunk`);
  const nsIndex = chunk.readUInt32LE(ext);
  const name = strings.get(chunk.readUInt32LE(ext + 4));
  return { name, namespace: nsIndex === NO_INDEX ? "" : strings.get(nsIndex), ext };
}
function usesSdkMinimum(chunk, strings, resourceIds, fail) {
  const element = elementName(chunk, strings, fail);
  if (element.name !== "uses-sdk" || element.namespace !== "") return void 0;
  const { at, size, count } = elementStart(chunk, strings, fail, element).attributes;
  for (let i = 0; i < count; i++) {
    const a = at + i * size;
    if (resourceIds[chunk.readUInt32LE(a + 4)] !== ATTR_MIN_SDK_VERSION) continue;
    const dataType = chunk[a + 15];
    if (dataType >= TYPE_FIRST_INT && dataType <= TYPE_LAST_INT) return chunk.readInt32LE(a + 16);
    if (dataType === TYPE_STRING) return codenameMinSdk(strings.get(chunk.readUInt32LE(a + 16)));
    return 1;
  }
  return 1;
}
var CODENAME_API = [
  ["C", 2],
  ["D", 3],
  ["E", 4],
  ["F", 7],
  ["G", 8],
  ["H", 10],
  ["I", 13],
  ["J", 15],
  ["K", 18],
  ["L", 20],
  ["M", 22],
  ["N", 23],
  ["O", 25]
];
function codenameMinSdk(codename) {
  const first = codename.charAt(0);
  if (first < "A" || first > "Z" || first.length !== 1) return 1;
  let known;
  for (const entry of CODENAME_API) if (entry[0] <= first) known = entry;
  return known ? known[1] + (first.charCodeAt(0) - known[0].charCodeAt(0)) : 1;
}
function readManifestElement(chunk, strings, resourceIds, fail) {
  const { name, attributes } = elementStart(chunk, strings, fail);
  if (name !== "manifest") fail(`has <${name}> as its root element instead of <manifest>`);
  const identity = { package: null, versionCode: null, versionName: null, minSdk: 1 };
  let packageSeen = false;
  for (let i = 0; i < attributes.count; i++) {
    const a = attributes.at + i * attributes.size;
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
      if (packageSeen) fail("is malformed: <manifest> has two package attributes");
      packageSeen = true;
      const v = value();
      if (v?.kind === "string" && rawIndex !== NO_INDEX && strings.get(rawIndex) !== v.value) {
        fail(
          `is malformed: its package attribute holds two values, ${(0, import_cli_check6.__cfg35_quoteExcerpt)(strings.get(rawIndex))} as written and ${(0, import_cli_check6.__cfg35_quoteExcerpt)(v.value)} as typed`
        );
      }
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
      throw new import_cli_check2.__cfg32_ArtifactError(
        file,
        `the APK Signing Block has the wrong magic ("${printable(magic)}" instead of "APK Sig Block 42"): the file is corrupt or was modified after signing`
      );
    }
    return null;
  }
  const footerSize = readU64(footer, 0);
  if (footerSize < FOOTER_SIZE || footerSize > MAX_BLOCK_SIZE) {
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      footerSize < FOOTER_SIZE ? `the APK Signing Block footer claims ${footerSize} bytes, fewer than the footer itself: the file is corrupt` : `the APK Signing Block footer claims ${footerSize} bytes; real blocks are a few KiB (at most ${MAX_BLOCK_SIZE}): the file is corrupt`
    );
  }
  const totalSize = footerSize + 8;
  const offset = end - totalSize;
  if (offset < 0) {
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      `the APK Signing Block footer claims ${footerSize} bytes, more than the ${end} bytes before the central directory: the file is truncated or corrupt`
    );
  }
  const block = await zip.read(offset, totalSize);
  const headerSize = readU64(block, 0);
  if (headerSize !== footerSize) {
    throw new import_cli_check2.__cfg32_ArtifactError(
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
      throw new import_cli_check2.__cfg32_ArtifactError(
        file,
        `the APK Signing Block is malformed: ${pairsEnd - p} stray bytes at offset ${offset + p} where entry #${index} should start`
      );
    }
    const length = readU64(block, p);
    if (length < 4 || length > pairsEnd - p - 8) {
      throw new import_cli_check2.__cfg32_ArtifactError(
        file,
        `the APK Signing Block is malformed: entry #${index} at offset ${offset + p} claims ${length} bytes, ${length < 4 ? "too few for its ID" : `but only ${pairsEnd - p - 8} remain in the block`}`
      );
    }
    const id = block.readUInt32LE(p + 8);
    const value = block.subarray(p + 12, p + 8 + length);
    ids.push(id);
    const scheme = SCHEMES.get(id);
    if (scheme) signers.push(...parseSchemeBlock(value, scheme, file));
    else unsigned.set(id, value);
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
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      `the ${SCHEME_NAMES[scheme]} block is malformed: ${what}; the file is corrupt or was modified after signing`
    );
  };
  const v3 = scheme !== "v2";
  const signers = new Cursor(value, fail).cursor("the signer list");
  const result = [];
  for (let n = 1; signers.remaining > 0; n++) {
    const signer = signers.cursor(`signer #${n}`);
    const signedData2 = signer.cursor(`signer #${n}'s signed data`);
    const found = { scheme, certificates: [] };
    if (v3) {
      found.minSdk = signer.i32(`signer #${n}'s minSdkVersion`);
      found.maxSdk = signer.i32(`signer #${n}'s maxSdkVersion`);
    }
    signedData2.bytes(`signer #${n}'s digests`);
    const certificates = signedData2.cursor(`signer #${n}'s certificates`);
    for (let c = 1; certificates.remaining > 0; c++) {
      found.certificates.push(certificates.bytes(`signer #${n}'s certificate #${c}`));
    }
    if (found.certificates.length === 0) fail(`signer #${n} lists no certificate`);
    if (v3) {
      signedData2.i32(`signer #${n}'s signed minSdkVersion`);
      signedData2.i32(`signer #${n}'s signed maxSdkVersion`);
    }
    const attributes = signedData2.cursor(`signer #${n}'s additional attributes`);
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
    const signedData2 = node.cursor(`the signed data of level #${level} of ${where}`);
    certificates.push(signedData2.bytes(`the certificate of level #${level} of ${where}`));
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
      `${unnamed.length} META-INF channel marker files name no channel: each ${(0, import_cli_check7.__cfg36_listSome)([...new Set(unnamed)])}`
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
  const text2 = decodeUtf8(value);
  if (text2 === void 0) return { problem: "is not UTF-8" };
  let parsed;
  try {
    parsed = JSON.parse(text2);
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
  const text2 = decodeUtf8(value)?.trim();
  if (text2 === void 0) return { problem: "is not UTF-8" };
  if (text2 === "") return { problem: "is empty" };
  return plainName(text2);
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
  const text2 = bytes.toString("utf8");
  return Buffer.from(text2, "utf8").equals(bytes) ? text2 : void 0;
}
function channelOf(marks) {
  return marks[0]?.name;
}
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
    throw new import_cli_check2.__cfg32_ArtifactError(this.file, `resources.arsc ${reason}`);
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
    for (let hop = 0; hop <= import_cli_check.__cfg13_MAX_REFERENCE_HOPS; hop++) {
      const value = this.defaultValue(current);
      if ("problem" in value) return value;
      if (value.dataType !== TYPE_REFERENCE) return this.text(value.dataType, value.data, current);
      current = value.data;
    }
    return { problem: `resource ${(0, import_cli_check.__cfg13_resourceHex)(id)} is a chain of more than ${import_cli_check.__cfg13_MAX_REFERENCE_HOPS} references` };
  }
  text(dataType, data, id) {
    if (dataType === TYPE_STRING) {
      if (!this.strings) return { problem: "resources.arsc has no global string pool" };
      return { value: this.strings.get(data) };
    }
    if (dataType === TYPE_INT_HEX) return { value: `0x${data.toString(16)}` };
    if (dataType >= TYPE_FIRST_INT2 && dataType <= TYPE_LAST_INT2) return { value: String(data | 0) };
    return { problem: `resource ${(0, import_cli_check.__cfg13_resourceHex)(id)} holds a value of type 0x${dataType.toString(16)}, not text` };
  }
  defaultValue(id) {
    const packageId = id >>> 24;
    const typeId = id >>> 16 & 255;
    const entry = id & 65535;
    const chunks = this.types.get(packageId)?.get(typeId);
    if (!chunks) return { problem: `resources.arsc defines no resource ${(0, import_cli_check.__cfg13_resourceHex)(id)}` };
    const defines = (kind) => chunks.some((c) => configurationKind(c) === kind && this.entryValue(c, entry, id));
    for (const chunk of chunks.filter((c) => configurationKind(c) === "default")) {
      const value = this.entryValue(chunk, entry, id);
      if (value?.dataType === -1) {
        return (0, import_cli_check.__cfg13_bagProblem)(id);
      }
      if (value) return defines("device") ? (0, import_cli_check.__cfg13_variesByDevice)(id) : value;
    }
    return defines("locale") || defines("device") ? (0, import_cli_check.__cfg13_onlyQualifiedValues)(id) : { problem: `resources.arsc defines no resource ${(0, import_cli_check.__cfg13_resourceHex)(id)}` };
  }
  entryValue(chunk, index, id) {
    const fail = (what) => this.fail(`is malformed: resource ${(0, import_cli_check.__cfg13_resourceHex)(id)}: ${what}`);
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
function isLocaleByte(offset) {
  return offset >= 4 && offset < 12 || offset === 19 || offset >= 36 && offset < 48 || offset >= 52 && offset < 61;
}
function configurationKind(chunk) {
  const configAt = 20;
  const size = chunk.readUInt32LE(configAt);
  const end = Math.min(configAt + size, chunk.readUInt16LE(2));
  let kind = "default";
  for (let p = configAt + 4; p < end; p++) {
    if (chunk[p] === 0) continue;
    if (!isLocaleByte(p - configAt)) return "device";
    kind = "locale";
  }
  return kind;
}
var MAX_MANIFEST2 = 16 * 1024 * 1024;
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
  if (zip.zip64)
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      "it is a ZIP64 archive, which apksigner and aapt2 refuse to read (no APK build tool writes one): the file is corrupt or was tampered with"
    );
  const manifestEntry = zip.find("AndroidManifest.xml");
  if (!manifestEntry) {
    throw new import_cli_check2.__cfg32_ArtifactError(file, "not an APK: it has no AndroidManifest.xml at the top of the archive");
  }
  const manifest = parseBinaryManifest(await zip.readEntry(manifestEntry, MAX_MANIFEST2), file);
  if (!manifest.package) {
    throw new import_cli_check2.__cfg32_ArtifactError(
      file,
      "AndroidManifest.xml has no package attribute on <manifest>, so the APK has no package name to check against the filing"
    );
  }
  const notes = [];
  const resources = await resourceTable2(zip, file, [manifest.versionName, manifest.versionCode]);
  const version = manifestText(manifest.versionName, "versionName", notes, resources);
  const build = manifestText(manifest.versionCode, "versionCode", notes, resources);
  const block = await readSigningBlock(zip, file);
  const jar = await readJarSigners(zip, file);
  const found = [
    ...jar.map((j) => ({ scheme: "v1", certificate: j.certificate })),
    ...(block?.signers ?? []).map((s) => ({ ...s, certificate: s.certificates[0] }))
  ];
  const { signers, effectiveSigner } = chooseSigners(found, file, notes, manifest.minSdk);
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
async function resourceTable2(zip, file, values) {
  if (!values.some((v) => v?.kind === "reference")) return void 0;
  return (0, import_cli_check.__cfg13_readResourceTable)(
    zip,
    "resources.arsc",
    import_cli_check.__cfg13_MAX_RESOURCE_TABLE,
    "the APK has no resources.arsc to resolve it",
    (bytes) => new ResourceTable(bytes, file)
  );
}
function manifestText(value, name, notes, resources) {
  if (!value) return null;
  if (value.kind === "string") return value.value;
  if (value.kind === "int") return String(value.value);
  return (0, import_cli_check.__cfg13_resolveVersion)(name, (0, import_cli_check.__cfg13_resourceHex)(value.id), value.id, resources, notes);
}
function chooseSigners(found, file, notes, minSdk) {
  const byCertificate = /* @__PURE__ */ new Map();
  const keyOf = (f) => f.certificate.toString("base64");
  for (const f of found) {
    const key = keyOf(f);
    let signer = byCertificate.get(key);
    if (!signer) {
      signer = describeCertificate(f.certificate, [], file);
      byCertificate.set(key, signer);
    }
    if (!signer.schemes.includes(f.scheme)) signer.schemes.push(f.scheme);
    if (f.minSdk !== void 0) signer.minSdk = f.minSdk;
    if (f.maxSdk !== void 0) signer.maxSdk = f.maxSdk;
  }
  const signers = [...byCertificate.values()];
  for (const s of signers) {
    s.schemes.sort((a, b) => SCHEME_ORDER.indexOf(a) - SCHEME_ORDER.indexOf(b));
  }
  if (signers.length === 0) return { signers, effectiveSigner: -1 };
  const verified = verifiedSchemes(found, minSdk);
  const disagreement = schemesDisagree(found, verified, minSdk, (f) => byCertificate.get(keyOf(f)));
  if (disagreement) throw new import_cli_check2.__cfg32_ArtifactError(file, disagreement);
  const coSigned = /* @__PURE__ */ new Set();
  const v2 = signers.filter((s) => s.schemes.includes("v2"));
  const v1 = signers.filter((s) => s.schemes.includes("v1"));
  if (v2.length > 1 && verified.has("v2")) {
    coSigned.add("v2");
    notes.push(togetherNote("v2", v2));
  }
  if (v1.length > 1 && verified.has("v1")) {
    coSigned.add("v1");
    if (!sameSigners(v1, v2)) notes.push(togetherNote("v1", v1));
  }
  const scheme = [...SCHEME_ORDER].reverse().find((s) => found.some((f) => f.scheme === s));
  if (coSigned.has(scheme)) return { signers, effectiveSigner: -1 };
  const chosen = found.filter((f) => f.scheme === scheme).reduce((a, b) => (b.maxSdk ?? 0) > (a.maxSdk ?? 0) ? b : a);
  const effective = byCertificate.get(keyOf(chosen));
  if (chosen.minSdk !== void 0) effective.minSdk = chosen.minSdk;
  if (chosen.maxSdk !== void 0) effective.maxSdk = chosen.maxSdk;
  const isVerified = (x) => verified.has(x);
  const others = signers.filter((s) => s !== effective);
  const rotatedFrom = others.filter((s) => s.schemes.some((x) => isVerified(x) && !coSigned.has(x)));
  const unverified = others.filter((s) => !s.schemes.some(isVerified));
  const lineage = chosen.lineage?.map(sha256);
  if (lineage && lineage.length >= 2) effective.lineage = lineage;
  else if (rotatedFrom.length > 0) effective.lineage = [...rotatedFrom.map((s) => s.sha256), effective.sha256];
  if (effective.lineage || rotatedFrom.length > 0 || signers.length > unverified.length + 1)
    notes.push(rotationNote(scheme, chosen, effective, rotatedFrom, lineage));
  for (const s of unverified) notes.push(unverifiedNote(s, minSdk));
  return { signers, effectiveSigner: signers.indexOf(effective) };
}
function verifiedSchemes(found, minSdk) {
  const present = new Set(found.map((f) => f.scheme));
  const verified = /* @__PURE__ */ new Set();
  const hasV3 = present.has("v3") || present.has("v3.1");
  const v1ForOldDevices = minSdk < SCHEME_SINCE_API.v2 || !present.has("v2") && (minSdk < SCHEME_SINCE_API.v3 || !hasV3);
  if (present.has("v1") && v1ForOldDevices) verified.add("v1");
  if (present.has("v2") && (minSdk < SCHEME_SINCE_API.v3 || !hasV3)) verified.add("v2");
  if (present.has("v3")) verified.add("v3");
  if (present.has("v3.1")) verified.add("v3.1");
  return verified;
}
function schemesDisagree(found, verified, minSdk, signerOf) {
  const of = (scheme) => found.filter((f) => f.scheme === scheme);
  const [v1, v2, v3] = [of("v1"), of("v2"), of("v3")];
  const names = (list) => (0, import_cli_check7.__cfg36_listSome)([...new Set(list.map(signerOf))].map((s) => `${s.subject} (SHA-256 ${s.sha256})`));
  const certificates = (list) => new Set(list.map((f) => f.certificate.toString("base64")));
  const devices = (api) => `minSdkVersion ${minSdk}, so devices before Android ${ANDROID_RELEASE[api]} install it and verify`;
  if (verified.has("v1") && verified.has("v2")) {
    const [a, b] = [certificates(v1), certificates(v2)];
    if (a.size !== b.size || [...a].some((c) => !b.has(c))) {
      return `its v1 (JAR) signature is signed by ${names(v1)} but its v2 signature by ${names(v2)} (${devices(SCHEME_SINCE_API.v2)} both): apksigner verify rejects it ("No JAR signature from this signer"). Sign every scheme in one apksigner run with the filed key.`;
    }
  }
  const earlierScheme = verified.has("v1") ? "v1" : verified.has("v2") ? "v2" : void 0;
  if (v3.length === 0 || !earlierScheme) return void 0;
  const earlier = earlierScheme === "v1" ? v1 : v2;
  const context = `${devices(SCHEME_SINCE_API.v3)} ${earlierScheme}`;
  if (earlier.length > 1) {
    return `it has a v3 signature, but its ${earlierScheme} has ${earlier.length} signers (${names(earlier)}) (${context}): apksigner verify rejects it ("Multiple signatures found for pre-v3 signing with an APK Signature Scheme v3 signer"). Sign the release with the filed key alone.`;
  }
  const root = earlier[0].certificate;
  const lineage = v3.reduce(
    (longest, f) => f.lineage && f.lineage.length > (longest?.length ?? 0) ? f.lineage : longest,
    void 0
  );
  const rootMatches = lineage ? lineage[0].equals(root) : v3.length === 1 && v3[0].certificate.equals(root);
  if (rootMatches) return void 0;
  const why = lineage ? `its proof-of-rotation lineage does not start at the ${earlierScheme} signer` : "no proof-of-rotation lineage links them";
  return `its v3 signature is signed by ${names(v3)} but its ${earlierScheme} signature by ${names(earlier)}, and ${why} (${context}): apksigner verify rejects it ("v3 signer differs from v1/v2 signer without proper signing certificate lineage"). Sign every scheme with the filed key, or rotate keys with apksigner rotate and sign with --lineage.`;
}
function unverifiedNote(signer, minSdk) {
  const schemes = signer.schemes.join("/");
  return `${schemes} ${signer.schemes.length > 1 ? "are" : "is"} also signed by ${signer.subject} (SHA-256 ${signer.sha256}), which no device that installs the APK verifies (minSdkVersion ${minSdk}); it is no part of the app's identity`;
}
function sameSigners(a, b) {
  const inB = new Set(b);
  return a.length === b.length && a.every((s) => inB.has(s));
}
function togetherNote(scheme, signers) {
  return `${scheme} is signed by ${signers.length} signers together (${(0, import_cli_check7.__cfg36_listSome)(signers.map((s) => `${s.subject}, SHA-256 ${s.sha256}`))}): Android requires every one of them and takes them together as the app's identity; sign the release with the filed key alone, since a filing records one signing certificate`;
}
function rotationNote(scheme, chosen, effective, rotatedFrom, lineage) {
  const name = (s) => `${s.subject} (SHA-256 ${s.sha256})`;
  const olderText = rotatedFrom.map(
    (s) => `${s.schemes.join("/")} ${s.schemes.length > 1 ? "are signed by" : "is signed by"} ${name(s)}`
  );
  const api = Math.max(chosen.minSdk ?? 0, SCHEME_SINCE_API[scheme]);
  const devices = api > 0 ? `devices on API level ${api}+${ANDROID_RELEASE[api] ? ` (Android ${ANDROID_RELEASE[api]}+)` : ""}` : "current devices";
  const proof = lineage && lineage.length >= 2 ? `; its proof-of-rotation lineage has ${lineage.length} certificates, oldest first: ${lineage.join(" → ")}` : rotatedFrom.length > 0 && scheme !== "v1" && scheme !== "v2" ? "; it carries no proof-of-rotation lineage linking the keys" : "";
  const head = olderText.length ? `key rotation: ${olderText.join("; ")}, ${scheme} by ${name(effective)}` : `${lineage && lineage.length >= 2 ? "key rotation: " : ""}${scheme} is signed by ${name(effective)}`;
  return `${head}; ${devices} verify the ${scheme} signer, which the filing must record${proof}`;
}
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
    if (error instanceof import_cli_check2.__cfg32_ArtifactError) throw new import_cli_check2.__cfg32_ArtifactError(error.file, (0, import_cli_check6.__cfg35_boundMessage)(error.message));
    throw new import_cli_check2.__cfg32_ArtifactError(
      displayName,
      (0, import_cli_check6.__cfg35_boundMessage)(
        `it cannot be read (${error instanceof Error ? error.name + ": " : ""}${(0, import_cli_check2.__cfg32_messageOf)(error)})`
      )
    );
  }
  return { ...identity, notes: identity.notes.map((note) => (0, import_cli_check6.__cfg35_boundMessage)(note)) };
}
async function readAny(path, displayName) {
  const info = statOrUndefined(path);
  if (info?.isDirectory()) {
    throw new import_cli_check2.__cfg32_ArtifactError(
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
    if (!kind) throw new import_cli_check2.__cfg32_ArtifactError(displayName, unrecognised(zip.entries));
  } finally {
    await zip.close();
  }
  return kind === "ipa" ? (await Promise.resolve().then(() => __toESM(require("./ipa-BFIJZUS6.js")))).readIpa(path, displayName) : (await Promise.resolve().then(() => __toESM(require("./hap-OTFUGFZ7.js")))).readHap(path, displayName);
}
function statOrUndefined(path) {
  try {
    return (0, import_cli_check3.__cfg33_statSync)(path);
  } catch {
    return void 0;
  }
}
function unrecognised(entries) {
  const expected = "AndroidManifest.xml (APK), base/manifest/AndroidManifest.xml (AAB), Payload/<App>.app/Info.plist (IPA) or module.json / config.json / pack.info (HarmonyOS HAP/APP)";
  const apks = entries.filter((e) => e.name.endsWith(".apk")).length;
  const hint = apks > 0 ? `; it holds ${apks} .apk file${apks === 1 ? "" : "s"} (an APK set such as .apks or .xapk?): extract and check the APKs themselves` : "";
  return `a ZIP archive but not an APK, AAB, IPA or HAP: it has none of ${expected}${hint}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __cfg31_Asn1Error,
  __cfg31_describeCertificate,
  __cfg31_forwardReader,
  __cfg31_openZip,
  __cfg31_readEntryHead,
  __cfg31_sha256,
  __cfg31_signedDataCertificates,
  __cfg31_signedDataContent,
  __cfg31_signerCertificate,
  artifactKind,
  readArtifact
});
//# sourceMappingURL=read-EGTXIJOH.js.map
