"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// merged-entry:merged-entry:dist/chunks/inspect/ipa-RNCBD3SZ.js
var ipa_RNCBD3SZ_exports = {};
__export(ipa_RNCBD3SZ_exports, {
  applicationIdentifierCovers: () => applicationIdentifierCovers,
  readIpa: () => readIpa
});
module.exports = __toCommonJS(ipa_RNCBD3SZ_exports);

// src/china-time.ts, src/artifacts/asn1.ts, src/artifacts/types.ts, cfg-builtin-lazy:module, src/builtins.ts, src/artifacts/digests.ts, cfg-builtin:node:buffer, src/artifacts/public-key.ts, src/artifacts/certificate.ts, cfg-builtin:node:fs, src/artifacts/inflate.ts, src/artifacts/zip.ts, src/artifacts/bounded-text.ts, from ../cli-inspect.js
var import_cli_inspect = require("../cli-inspect.js");

// src/excerpt.ts, from ../cli-inspect.js
var import_cli_inspect2 = require("../cli-inspect.js");

// esbuild's helpers, from ../cli-inspect.js
var import_cli_inspect3 = require("../cli-inspect.js");

// src/artifacts/plist.ts, src/artifacts/ipa.ts
var PlistUid = class {
  constructor(value) {
    this.value = value;
  }
  value;
};
var PlistError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PlistError";
  }
};
var MAX_OBJECTS = 2e5;
var MAX_DEPTH = 128;
function isPlistDict(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !Buffer.isBuffer(value) && !(value instanceof Date) && !(value instanceof PlistUid);
}
function parsePlist(bytes) {
  if (bytes.subarray(0, 6).toString("latin1") === "bplist") return parseBinaryPlist(bytes);
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  if (/^\s*<(\?xml|!DOCTYPE|plist|!--)/.test(text)) return parseXmlPlist(text);
  return void 0;
}
function newDict() {
  return /* @__PURE__ */ Object.create(null);
}
var Budget = class {
  objects = 0;
  visit(depth) {
    if (++this.objects > MAX_OBJECTS) {
      throw new PlistError(
        `it has more than ${MAX_OBJECTS} objects (counting shared ones each time they are used); a real property list has a few hundred`
      );
    }
    if (depth > MAX_DEPTH) {
      throw new PlistError(`it nests deeper than ${MAX_DEPTH} levels; a real property list nests a handful`);
    }
  }
};
var BPLIST_EPOCH_MS = Date.UTC(2001, 0, 1);
var TRAILER = 32;
function parseBinaryPlist(buffer) {
  if (buffer.length < 8 + TRAILER || buffer.toString("latin1", 0, 6) !== "bplist") {
    throw new PlistError('a binary property list is at least 40 bytes and starts with "bplist"');
  }
  if (buffer.toString("latin1", 6, 8) !== "00") {
    throw new PlistError(
      `binary property list version ${buffer.toString("latin1", 6, 8)} is not supported (only 00)`
    );
  }
  const trailer = buffer.length - TRAILER;
  const offsetSize = buffer[trailer + 6];
  const refSize = buffer[trailer + 7];
  const count = buffer.readBigUInt64BE(trailer + 8);
  const top = buffer.readBigUInt64BE(trailer + 16);
  const tableOffset = buffer.readBigUInt64BE(trailer + 24);
  if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8) {
    throw new PlistError(
      `its trailer gives offsets of ${offsetSize} and references of ${refSize} bytes (1 to 8 allowed)`
    );
  }
  if (count < 1n || top >= count || tableOffset < 8n || tableOffset + count * BigInt(offsetSize) > BigInt(trailer)) {
    throw new PlistError(
      `its trailer (${count} objects, top object ${top}, offset table at ${tableOffset}) does not fit the ${buffer.length}-byte file`
    );
  }
  const objectCount = Number(count);
  const table = Number(tableOffset);
  const budget = new Budget();
  const active = /* @__PURE__ */ new Set();
  const uint = (at, size) => {
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + buffer[at + i];
    return value;
  };
  const offsetOf = (ref) => {
    const offset = uint(table + ref * offsetSize, offsetSize);
    if (offset < 8 || offset >= table) {
      throw new PlistError(`object ${ref} is at offset ${offset}, outside the object area 8..${table}`);
    }
    return offset;
  };
  const need = (at, length, what) => {
    if (length > table - at) {
      throw new PlistError(`${what} at offset ${at} claims ${length} bytes, past the object area`);
    }
  };
  const lengthAt = (at) => {
    const nibble = buffer[at] & 15;
    if (nibble !== 15) return { length: nibble, start: at + 1 };
    need(at + 1, 1, "a length");
    const marker = buffer[at + 1];
    if (marker >> 4 !== 1)
      throw new PlistError(`the length of the object at offset ${at} is not an integer`);
    const size = 1 << (marker & 15);
    if (size > 8) throw new PlistError(`the length of the object at offset ${at} is wider than 8 bytes`);
    need(at + 2, size, "a length");
    const length = uint(at + 2, size);
    if (!Number.isSafeInteger(length) || length > buffer.length) {
      throw new PlistError(
        `the object at offset ${at} claims ${length} elements in a ${buffer.length}-byte file`
      );
    }
    return { length, start: at + 2 + size };
  };
  const refAt = (at) => {
    const ref = uint(at, refSize);
    if (ref >= objectCount)
      throw new PlistError(`a reference at offset ${at} names object ${ref} of ${objectCount}`);
    return ref;
  };
  const leaves = /* @__PURE__ */ new Map();
  const read = (ref, depth) => {
    const leaf = leaves.get(ref);
    if (leaf !== void 0) {
      budget.visit(depth);
      return leaf;
    }
    const value = decode(ref, depth);
    const type = buffer[offsetOf(ref)] >> 4;
    if (type >= 4 && type <= 7) leaves.set(ref, value);
    return value;
  };
  const decode = (ref, depth) => {
    budget.visit(depth);
    const at = offsetOf(ref);
    const marker = buffer[at];
    const type = marker >> 4;
    const nibble = marker & 15;
    switch (type) {
      case 0:
        if (marker === 8) return false;
        if (marker === 9) return true;
        throw new PlistError(
          `object ${ref} at offset ${at} has the marker 0x${hex2(marker)} (null and fill have no value in a plist)`
        );
      case 1: {
        const size = 1 << nibble;
        if (size > 16) throw new PlistError(`the integer at offset ${at} is ${size} bytes wide`);
        need(at + 1, size, "an integer");
        return readInteger(buffer, at + 1, size);
      }
      case 2: {
        const size = 1 << nibble;
        need(at + 1, size, "a real");
        if (size === 4) return buffer.readFloatBE(at + 1);
        if (size === 8) return buffer.readDoubleBE(at + 1);
        throw new PlistError(`the real at offset ${at} is ${size} bytes wide (4 or 8 allowed)`);
      }
      case 3:
        if (marker !== 51) throw new PlistError(`the date at offset ${at} has the marker 0x${hex2(marker)}`);
        need(at + 1, 8, "a date");
        return new Date(BPLIST_EPOCH_MS + buffer.readDoubleBE(at + 1) * 1e3);
      case 4: {
        const { length, start } = lengthAt(at);
        need(start, length, "data");
        return Buffer.from(buffer.subarray(start, start + length));
      }
      case 5: {
        const { length, start } = lengthAt(at);
        need(start, length, "a string");
        return buffer.toString("latin1", start, start + length);
      }
      case 6: {
        const { length, start } = lengthAt(at);
        need(start, length * 2, "a UTF-16 string");
        return Buffer.from(buffer.subarray(start, start + length * 2)).swap16().toString("utf16le");
      }
      case 7: {
        const { length, start } = lengthAt(at);
        need(start, length, "a UTF-8 string");
        return buffer.toString("utf8", start, start + length);
      }
      case 8: {
        need(at + 1, nibble + 1, "a UID");
        if (nibble + 1 > 6) throw new PlistError(`the UID at offset ${at} is ${nibble + 1} bytes wide`);
        return new PlistUid(uint(at + 1, nibble + 1));
      }
      case 10:
      case 12:
      case 13: {
        const { length, start } = lengthAt(at);
        const refs = type === 13 ? length * 2 : length;
        need(start, refs * refSize, type === 13 ? "a dictionary" : "an array");
        if (active.has(ref)) throw new PlistError(`object ${ref} contains itself`);
        active.add(ref);
        try {
          if (type !== 13) {
            const array = [];
            for (let i = 0; i < length; i++) array.push(read(refAt(start + i * refSize), depth + 1));
            return array;
          }
          const dict = newDict();
          for (let i = 0; i < length; i++) {
            const key = read(refAt(start + i * refSize), depth + 1);
            if (typeof key !== "string") {
              throw new PlistError(`key ${i + 1} of the dictionary at offset ${at} is not a string`);
            }
            if (Object.hasOwn(dict, key))
              throw new PlistError(`the dictionary at offset ${at} has the key ${quote(key)} twice`);
            dict[key] = read(refAt(start + (length + i) * refSize), depth + 1);
          }
          return dict;
        } finally {
          active.delete(ref);
        }
      }
      default:
        throw new PlistError(`object ${ref} at offset ${at} has the unknown marker 0x${hex2(marker)}`);
    }
  };
  return read(Number(top), 0);
}
function readInteger(buffer, at, size) {
  let value;
  if (size === 16) value = buffer.readBigUInt64BE(at + 8);
  else if (size === 8) value = buffer.readBigInt64BE(at);
  else {
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + buffer[at + i];
    return n;
  }
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}
function hex2(n) {
  return n.toString(16).padStart(2, "0");
}
var ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function parseXmlPlist(text) {
  let p = 0;
  const budget = new Budget();
  const fail = (reason, at = p) => {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    throw new PlistError(`line ${line}:${at - lineStart + 1}: ${reason}`);
  };
  const skipSpace = () => {
    while (p < text.length && " 	\r\n".includes(text[p])) p++;
  };
  const skipMisc = () => {
    for (; ; ) {
      skipSpace();
      if (text.startsWith("<!--", p)) p = endOf("-->", "a comment");
      else if (text.startsWith("<?", p)) p = endOf("?>", "a processing instruction");
      else if (text.startsWith("<!DOCTYPE", p)) p = endOf(">", "the DOCTYPE");
      else return;
    }
  };
  const endOf = (terminator, what) => {
    const end = text.indexOf(terminator, p);
    if (end < 0) return fail(`${what} is not closed`);
    return end + terminator.length;
  };
  const openTag = () => {
    const at = p;
    if (text[p] !== "<") return fail(`expected an element, found ${quote(text.slice(p, p + 20))}`);
    const end = text.indexOf(">", p);
    if (end < 0) return fail("an element is not closed");
    const inner = text.slice(p + 1, end);
    const m = /^([A-Za-z][\w.-]*)(\s[^<]*?)?(\/?)$/.exec(inner);
    if (!m) return fail(`${quote(`<${inner}>`)} is not an element this property list format has`);
    p = end + 1;
    return { name: m[1], empty: m[3] === "/", at };
  };
  const closeTag = (name) => {
    skipMisc();
    const tag = `</${name}`;
    if (!text.startsWith(tag, p)) return fail(`expected </${name}>`);
    p += tag.length;
    skipSpace();
    if (text[p] !== ">") return fail(`expected </${name}>`);
    p++;
  };
  const characters = (name) => {
    let out = "";
    for (; ; ) {
      const lt = text.indexOf("<", p);
      if (lt < 0) return fail(`<${name}> is not closed`);
      out += decodeEntities(text.slice(p, lt), p);
      p = lt;
      if (!text.startsWith("<![CDATA[", p)) break;
      const end = text.indexOf("]]>", p);
      if (end < 0) return fail("a CDATA section is not closed");
      out += text.slice(p + 9, end);
      p = end + 3;
    }
    closeTag(name);
    return out;
  };
  const decodeEntities = (raw, base) => raw.indexOf("&") < 0 ? raw : raw.replace(/&([^;&\s]{0,12});?/g, (whole, name, offset) => {
    if (!whole.endsWith(";")) return fail(`${quote(whole)} is not a complete entity`, base + offset);
    if (Object.hasOwn(ENTITIES, name)) return ENTITIES[name];
    const m = /^#(x[0-9A-Fa-f]{1,8}|[0-9]{1,10})$/.exec(name);
    if (!m) return fail(`&${name}; is not an entity XML defines`, base + offset);
    const code = m[1].startsWith("x") ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
    if (code === 0 || code > 1114111 || code >= 55296 && code <= 57343) {
      return fail(
        `&${name}; is not a valid character (code point 0x${code.toString(16)})`,
        base + offset
      );
    }
    return String.fromCodePoint(code);
  });
  const value = (depth) => {
    budget.visit(depth);
    skipMisc();
    const tag = openTag();
    const content = () => tag.empty ? "" : characters(tag.name);
    switch (tag.name) {
      case "true":
      case "false":
        if (!tag.empty) closeTag(tag.name);
        return tag.name === "true";
      case "string":
        return content();
      case "integer": {
        const raw = content().trim();
        if (raw.length > 40 || !/^[+-]?(0x[0-9A-Fa-f]+|[0-9]+)$/.test(raw))
          return fail(`<integer> holds ${quote(raw)}, not an integer`, tag.at);
        const negative = raw.startsWith("-");
        const digits = raw.replace(/^[+-]/, "");
        const big = BigInt(digits);
        const n = negative ? -big : big;
        return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
      }
      case "real": {
        const raw = content().trim();
        const n = Number(raw);
        if (raw === "" || Number.isNaN(n)) {
          if (/^[+-]?(nan|inf(inity)?)$/i.test(raw))
            return /nan/i.test(raw) ? NaN : raw.startsWith("-") ? -Infinity : Infinity;
          return fail(`<real> holds ${quote(raw)}, not a number`, tag.at);
        }
        return n;
      }
      case "date": {
        const raw = content().trim();
        const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(raw) ? new Date(raw) : void 0;
        if (!date || Number.isNaN(date.getTime()))
          return fail(`<date> holds ${quote(raw)}, not an ISO 8601 UTC date`, tag.at);
        return date;
      }
      case "data": {
        const raw = content().replace(/\s/g, "");
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(raw)) return fail("<data> is not base64", tag.at);
        return Buffer.from(raw, "base64");
      }
      case "array": {
        const array = [];
        if (tag.empty) return array;
        for (; ; ) {
          skipMisc();
          if (text.startsWith("</", p)) break;
          array.push(value(depth + 1));
        }
        closeTag("array");
        return array;
      }
      case "dict": {
        const dict = newDict();
        if (tag.empty) return dict;
        for (; ; ) {
          skipMisc();
          if (text.startsWith("</", p)) break;
          budget.visit(depth + 1);
          const key = openTag();
          if (key.name !== "key") return fail(`expected <key> in a <dict>, found <${key.name}>`, key.at);
          const name = key.empty ? "" : characters("key");
          skipMisc();
          if (text.startsWith("</", p)) return fail(`the key ${quote(name)} has no value`);
          dict[name] = value(depth + 1);
        }
        closeTag("dict");
        return dict;
      }
      default:
        return fail(`<${tag.name}> is not a property list element`, tag.at);
    }
  };
  skipMisc();
  const root = openTag();
  let result;
  if (root.name === "plist") {
    if (root.empty) return fail("<plist/> holds no value", root.at);
    result = value(0);
    closeTag("plist");
  } else {
    p = root.at;
    result = value(0);
  }
  skipMisc();
  if (p < text.length) fail("there is content after the property list");
  return result;
}
function quote(raw) {
  const short = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return JSON.stringify(short);
}
var MAX_PLIST_SIZE = 8 * 1024 * 1024;
async function readIpa(path, displayName = path) {
  const fail = (reason) => {
    throw new import_cli_inspect.__cfg4_ArtifactError(displayName, reason);
  };
  const zip = await (0, import_cli_inspect.__cfg4_openZip)(path, displayName);
  try {
    return await readOpenIpa(zip, displayName, fail);
  } catch (error) {
    if (error instanceof import_cli_inspect.__cfg4_ArtifactError) throw error;
    return fail(`it cannot be read as an IPA (${(0, import_cli_inspect.__cfg4_messageOf)(error)})`);
  } finally {
    await zip.close();
  }
}
async function readOpenIpa(zip, file, fail) {
  const app = mainAppDirectory(zip.entries, fail);
  const infoName = `${app}Info.plist`;
  const info = plistDict(await zip.readEntry(zip.find(infoName), MAX_PLIST_SIZE), infoName, fail);
  const bundleId = info.CFBundleIdentifier;
  if (typeof bundleId !== "string" || bundleId === "") {
    return fail(
      `${infoName} has no CFBundleIdentifier, so the app has no bundle id to check against the filing`
    );
  }
  const notes = [];
  const signers = [];
  const profileName = `${app}embedded.mobileprovision`;
  const profileEntry = zip.find(profileName);
  const profile = profileEntry ? readProfile(await zip.readEntry(profileEntry, MAX_PLIST_SIZE), profileName, fail) : void 0;
  if (profile) {
    signers.push(...profile.certificates.map((der) => (0, import_cli_inspect.__cfg4_describeCertificate)(der, ["profile"], file)));
    notes.push(...profileNotes(profile, bundleId));
  }
  const executableName = typeof info.CFBundleExecutable === "string" ? info.CFBundleExecutable : app.slice(8, -5);
  if (executableName === "" || executableName.includes("/") || executableName === "..")
    return fail(
      `${infoName} names its executable ${(0, import_cli_inspect2.__cfg8_quoteExcerpt)(executableName)} (CFBundleExecutable), which is no file name in the app folder`
    );
  const executable = `${app}${executableName}`;
  const code = await readCodeSigner(zip, executable, file, fail);
  let effectiveSigner = -1;
  if (code.signer) {
    const same = signers.findIndex((s) => s.sha256 === code.signer.sha256);
    if (same >= 0) {
      signers[same] = { ...signers[same], schemes: [...signers[same].schemes, "code"] };
      effectiveSigner = same;
    } else {
      signers.push(code.signer);
      effectiveSigner = signers.length - 1;
      if (profile) {
        notes.push(
          `the executable is signed by ${code.signer.subject} (SHA-1 ${code.signer.sha1}), which embedded.mobileprovision does not list; iOS refuses to install such a build.`
        );
      }
    }
  } else if (signers.length === 1) {
    effectiveSigner = 0;
    notes.push(`${code.missing}; the certificate shown is the one embedded.mobileprovision allows.`);
  } else if (signers.length > 1) {
    notes.push(
      `embedded.mobileprovision allows ${signers.length} certificates (${(0, import_cli_inspect.__cfg4_listSome)(signers.map((s) => `${s.subject}, SHA-1 ${s.sha1}`))}) and ${code.missing}, so which one signed this build cannot be told; it matches the filing only if every one of them is the filed certificate.`
    );
  }
  notes.push(...code.notes);
  if (!profile) {
    notes.push(
      signers.length === 0 ? `there is no embedded.mobileprovision and ${code.missing}: this is an unsigned build (e.g. for the simulator), not one for the App Store.` : "there is no embedded.mobileprovision; App Store builds carry one."
    );
  }
  return {
    file,
    type: "ipa",
    platform: "ios",
    id: bundleId,
    version: nonEmptyString(info.CFBundleShortVersionString),
    build: nonEmptyString(info.CFBundleVersion),
    signers,
    effectiveSigner,
    notes
  };
}
function mainAppDirectory(entries, fail) {
  const apps = /* @__PURE__ */ new Set();
  for (const e of entries) {
    const m = /^Payload\/([^/]+\.app)\//i.exec(e.name);
    if (m) apps.add(m[1]);
  }
  if (apps.size === 0)
    return fail("there is no Payload/<App>.app/ folder in it, so it is not an iOS app archive (IPA)");
  if (apps.size > 1) {
    return fail(
      `Payload/ holds ${apps.size} apps (${[...apps].sort().join(", ")}); an IPA carries exactly one`
    );
  }
  const dir = `Payload/${[...apps][0]}/`;
  if (!entries.some((e) => e.name === `${dir}Info.plist`)) {
    return fail(`${dir}Info.plist is missing, so the app has no bundle id`);
  }
  return dir;
}
function parsePlist2(bytes, where, fail) {
  let value;
  try {
    value = parsePlist(bytes);
  } catch (error) {
    return fail(`${where} is not a readable property list (${(0, import_cli_inspect.__cfg4_messageOf)(error)})`);
  }
  return value === void 0 ? fail(`${where} is neither a binary nor an XML property list`) : value;
}
function plistDict(bytes, where, fail) {
  const value = parsePlist2(bytes, where, fail);
  return isPlistDict(value) ? value : fail(`${where} is a property list but not a dictionary`);
}
function nonEmptyString(value) {
  return typeof value === "string" && value !== "" ? value : null;
}
function readProfile(bytes, where, fail) {
  let content;
  try {
    content = (0, import_cli_inspect.__cfg4_signedDataContent)(bytes);
  } catch (error) {
    return fail(
      `${where} is not a readable provisioning profile, which is a CMS signed message (${(0, import_cli_inspect.__cfg4_messageOf)(error)})`
    );
  }
  const plist = plistDict(content, `the property list inside ${where}`, fail);
  const certificates = plist.DeveloperCertificates;
  if (!Array.isArray(certificates) || !certificates.every((c) => Buffer.isBuffer(c))) {
    return fail(`${where} has no DeveloperCertificates list, so the certificates it allows cannot be read`);
  }
  const entitlements = isPlistDict(plist.Entitlements) ? plist.Entitlements : {};
  const appId = entitlements["application-identifier"];
  return {
    certificates,
    applicationIdentifier: typeof appId === "string" ? appId : void 0,
    getTaskAllow: entitlements["get-task-allow"] === true,
    devices: Array.isArray(plist.ProvisionedDevices) ? plist.ProvisionedDevices.length : 0,
    allDevices: plist.ProvisionsAllDevices === true
  };
}
function profileNotes(profile, bundleId) {
  const notes = [];
  const n = profile.devices;
  const devices = n ? `, limited to ${n} registered device${n === 1 ? "" : "s"}` : "";
  if (profile.getTaskAllow) {
    notes.push(
      `embedded.mobileprovision is a development profile (get-task-allow${devices}): the filing records the distribution certificate, so check the App Store build, not this one.`
    );
  } else if (n > 0) {
    notes.push(`embedded.mobileprovision is an ad-hoc profile${devices}: this is not the App Store build.`);
  } else if (profile.allDevices) {
    notes.push(
      "embedded.mobileprovision is an enterprise (in-house) profile: this build is not distributed through the App Store."
    );
  }
  const appId = profile.applicationIdentifier;
  if (appId === void 0) {
    notes.push("embedded.mobileprovision has no application-identifier entitlement.");
  } else if (!applicationIdentifierCovers(appId, bundleId)) {
    notes.push(
      `the profile's application-identifier ${appId} does not cover the bundle id ${bundleId}: iOS refuses to install the app with it; build with a profile for ${bundleId}.`
    );
  }
  return notes;
}
function applicationIdentifierCovers(applicationIdentifier, bundleId) {
  const dot = applicationIdentifier.indexOf(".");
  if (dot < 0) return false;
  const pattern = applicationIdentifier.slice(dot + 1);
  return pattern.endsWith("*") ? bundleId.startsWith(pattern.slice(0, -1)) : pattern === bundleId;
}
async function readCodeSigner(zip, name, file, fail) {
  const entry = zip.find(name);
  if (!entry)
    return fail(
      `its main executable ${name} (CFBundleExecutable) is missing, so the app cannot run and the certificate that signed its code cannot be read`
    );
  let slices;
  try {
    const reader = await (0, import_cli_inspect.__cfg4_forwardReader)(zip, entry);
    try {
      slices = await readCodeSignatures(reader.read, entry.uncompressedSize);
    } finally {
      reader.close();
    }
  } catch (error) {
    if (error instanceof MachOError)
      return fail(`${name} is not a well-formed Mach-O executable: ${error.message}`);
    throw error;
  }
  const signed = slices.filter((s) => s.cms);
  if (signed.length === 0) {
    const adHoc = slices.some((s) => s.kind === "ad-hoc");
    return {
      notes: [],
      missing: adHoc ? "the executable is only ad-hoc signed (no certificate)" : "the executable carries no code signature"
    };
  }
  const leaves = signed.map((s) => {
    try {
      return { arch: s.arch, der: (0, import_cli_inspect.__cfg4_signerCertificate)(s.cms, { alone: true }) };
    } catch (error) {
      return fail(
        `the code signature of ${name} (${s.arch}) is not a readable CMS signature: ${(0, import_cli_inspect.__cfg4_messageOf)(error)}`
      );
    }
  });
  const first = leaves[0];
  const other = leaves.find((l) => !l.der.equals(first.der));
  if (other) {
    const subject = (der) => (0, import_cli_inspect.__cfg4_describeCertificate)(der, [], file).subject;
    return fail(
      `the slices of ${name} are signed by different certificates (${first.arch}: ${subject(first.der)}; ${other.arch}: ${subject(other.der)}); a build is signed by one`
    );
  }
  const unsigned = slices.filter((s) => !s.cms).map((s) => s.arch);
  return {
    signer: (0, import_cli_inspect.__cfg4_describeCertificate)(first.der, ["code"], file),
    notes: unsigned.length ? [`some slices of ${name} carry no certificate signature (${unsigned.join(", ")}).`] : [],
    missing: ""
  };
}
var MachOError = class extends Error {
};
var FAT_MAGIC = 3405691582;
var FAT_MAGIC_64 = 3405691583;
var MH_MAGIC = 4277009102;
var MH_MAGIC_64 = 4277009103;
var MH_CIGAM = 3472551422;
var MH_CIGAM_64 = 3489328638;
var LC_CODE_SIGNATURE = 29;
var CSMAGIC_EMBEDDED_SIGNATURE = 4208856256;
var CSMAGIC_BLOBWRAPPER = 4208855809;
var CSSLOT_SIGNATURESLOT = 65536;
var MAX_LOAD_COMMANDS = 16 * 1024 * 1024;
var MAX_SIGNATURE = 64 * 1024 * 1024;
async function readCodeSignatures(read, fileSize) {
  const head = await readExactly(read, 0, 8, fileSize, "the Mach-O header");
  const magic = head.readUInt32BE(0);
  if (magic !== FAT_MAGIC && magic !== FAT_MAGIC_64) {
    if (![MH_MAGIC, MH_MAGIC_64, MH_CIGAM, MH_CIGAM_64].includes(magic)) {
      throw new MachOError(
        `it does not start with a Mach-O or universal-binary magic number (0x${hex(magic)})`
      );
    }
    return [await readSlice(read, { offset: 0, size: fileSize }, fileSize, head)];
  }
  const is64 = magic === FAT_MAGIC_64;
  const count = head.readUInt32BE(4);
  const entrySize = is64 ? 32 : 20;
  if (count === 0 || count > 32) throw new MachOError(`its universal (fat) header lists ${count} slices`);
  const table = await readExactly(read, 8, count * entrySize, fileSize, "the universal (fat) header");
  const slices = [];
  for (let i = 0; i < count; i++) {
    const at = i * entrySize;
    const offset = is64 ? Number(table.readBigUInt64BE(at + 8)) : table.readUInt32BE(at + 8);
    const size = is64 ? Number(table.readBigUInt64BE(at + 16)) : table.readUInt32BE(at + 12);
    if (offset < 8 + count * entrySize || offset + size > fileSize) {
      throw new MachOError(`slice ${i + 1} (${size} bytes at offset ${offset}) lies outside the file`);
    }
    slices.push({ offset, size });
  }
  slices.sort((a, b) => a.offset - b.offset);
  const result = [];
  let end = 0;
  for (const slice of slices) {
    if (slice.offset < end) throw new MachOError("its slices overlap");
    end = slice.offset + slice.size;
    result.push(await readSlice(read, slice, fileSize));
  }
  return result;
}
async function readSlice(read, slice, fileSize, head) {
  const first = head ?? await readExactly(read, slice.offset, 8, fileSize, "a slice header");
  const header = Buffer.concat([
    first,
    await readExactly(read, slice.offset + 8, 20, fileSize, "the Mach-O header")
  ]);
  const little = [MH_CIGAM, MH_CIGAM_64].includes(header.readUInt32BE(0));
  const u32 = (b, at2) => little ? b.readUInt32LE(at2) : b.readUInt32BE(at2);
  const magic = u32(header, 0);
  if (magic !== MH_MAGIC && magic !== MH_MAGIC_64) {
    throw new MachOError(
      `the slice at offset ${slice.offset} is not a Mach-O image (0x${hex(header.readUInt32BE(0))})`
    );
  }
  const arch = archName(u32(header, 4), u32(header, 8));
  const headerSize = magic === MH_MAGIC_64 ? 32 : 28;
  const ncmds = u32(header, 16);
  const sizeofcmds = u32(header, 20);
  if (sizeofcmds > MAX_LOAD_COMMANDS || headerSize + sizeofcmds > slice.size) {
    throw new MachOError(`the ${arch} slice's load commands (${sizeofcmds} bytes) run past the slice`);
  }
  const commands = await readExactly(
    read,
    slice.offset + 28,
    headerSize - 28 + sizeofcmds,
    fileSize,
    "the load commands"
  );
  let at = headerSize - 28;
  let signature;
  for (let i = 0; i < ncmds; i++) {
    if (at + 8 > commands.length)
      throw new MachOError(`the ${arch} slice's load command ${i + 1} runs past sizeofcmds`);
    const cmd = u32(commands, at);
    const cmdsize = u32(commands, at + 4);
    if (cmdsize < 8 || at + cmdsize > commands.length) {
      throw new MachOError(`the ${arch} slice's load command ${i + 1} has a bad size (${cmdsize})`);
    }
    if (cmd === LC_CODE_SIGNATURE && cmdsize >= 16) {
      signature = { dataoff: u32(commands, at + 8), datasize: u32(commands, at + 12) };
    }
    at += cmdsize;
  }
  if (!signature) return { arch, cms: null, kind: "unsigned" };
  const { dataoff, datasize } = signature;
  if (datasize < 12 || datasize > MAX_SIGNATURE || dataoff < headerSize + sizeofcmds || dataoff + datasize > slice.size) {
    throw new MachOError(
      `the ${arch} slice's LC_CODE_SIGNATURE points at ${datasize} bytes at offset ${dataoff}, outside the ${slice.size}-byte slice`
    );
  }
  const blob = await readExactly(read, slice.offset + dataoff, datasize, fileSize, "the code signature");
  return { arch, ...signatureSlot(blob, arch) };
}
function signatureSlot(blob, arch) {
  const magic = blob.readUInt32BE(0);
  const length = blob.readUInt32BE(4);
  const count = blob.readUInt32BE(8);
  if (magic !== CSMAGIC_EMBEDDED_SIGNATURE) {
    throw new MachOError(
      `the ${arch} slice's code signature is not an embedded-signature SuperBlob (0x${hex(magic)})`
    );
  }
  if (length > blob.length || 12 + count * 8 > length) {
    throw new MachOError(`the ${arch} slice's code signature claims ${length} bytes and ${count} entries`);
  }
  for (let i = 0; i < count; i++) {
    if (blob.readUInt32BE(12 + i * 8) !== CSSLOT_SIGNATURESLOT) continue;
    const offset = blob.readUInt32BE(16 + i * 8);
    const wrapperLength = offset + 8 <= length ? blob.readUInt32BE(offset + 4) : 0;
    if (offset + 8 > length || blob.readUInt32BE(offset) !== CSMAGIC_BLOBWRAPPER || wrapperLength < 8 || offset + wrapperLength > length) {
      throw new MachOError(`the ${arch} slice's CMS signature slot is damaged`);
    }
    if (wrapperLength === 8) return { cms: null, kind: "ad-hoc" };
    return { cms: blob.subarray(offset + 8, offset + wrapperLength), kind: "signed" };
  }
  return { cms: null, kind: "ad-hoc" };
}
async function readExactly(read, offset, length, fileSize, what) {
  if (offset + length > fileSize) {
    throw new MachOError(
      `${what} (${length} bytes at offset ${offset}) runs past the end of the ${fileSize}-byte file`
    );
  }
  return length === 0 ? Buffer.alloc(0) : read(offset, length);
}
function archName(cputype, cpusubtype) {
  const sub = cpusubtype & 16777215;
  if (cputype === 16777228) return sub === 2 ? "arm64e" : "arm64";
  if (cputype === 12) return sub === 9 ? "armv7" : sub === 11 ? "armv7s" : "arm";
  if (cputype === 16777223) return "x86_64";
  return `cpu 0x${hex(cputype)}/${sub}`;
}
function hex(n) {
  return (n >>> 0).toString(16);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  applicationIdentifierCovers,
  readIpa
});
//# sourceMappingURL=ipa-RNCBD3SZ.js.map
