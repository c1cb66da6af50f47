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

// merged-entry:merged-entry:dist/chunks/action/hap-ZUWEHYON.js
var hap_ZUWEHYON_exports = {};
__export(hap_ZUWEHYON_exports, {
  readHap: () => readHap
});
module.exports = __toCommonJS(hap_ZUWEHYON_exports);

// cfg-builtin:node:os, from ../../index.js
var import__ = require("../../index.js");

// cfg-builtin:node:path, src/promised-fs.ts, cfg-builtin:node:util, from ../../index.js
var import__2 = require("../../index.js");

// src/artifacts/asn1.ts, src/artifacts/certificate.ts, src/builtins.ts, cfg-builtin-lazy:module, src/artifacts/digests.ts, src/artifacts/public-key.ts, src/artifacts/zip.ts, src/artifacts/inflate.ts, from ./read-DGBPQUTO.js
var import_read_DGBPQUTO = require("./read-DGBPQUTO.js");

// src/artifacts/types.ts, from ../../index.js
var import__3 = require("../../index.js");

// cfg-builtin:node:buffer, from ../../index.js
var import__4 = require("../../index.js");

// src/china-time.ts, from ../../index.js
var import__5 = require("../../index.js");

// src/artifacts/bounded-text.ts, from ../../index.js
var import__6 = require("../../index.js");

// src/stdio.ts, src/action/stdout.ts, cfg-builtin:node:fs, from ../../index.js
var import__7 = require("../../index.js");

// src/artifacts/hap.ts
(0, import__7.__cfg37_init_stdout)();
var MAX_JSON = 16 * 1024 * 1024;
var SIGNATURE_BLOCK = 536870912;
var PROFILE_BLOCK = 536870914;
var ENTERPRISE_RESIGN_BLOCK = 536870916;
var MAGIC_V2 = Buffer.from("HAP Sig Block 42", "latin1");
var MAGIC_V3 = Buffer.from("<hap sign block>", "latin1");
var TAIL = 32;
var MAX_SUB_BLOCK = 8 * 1024 * 1024;
var MAX_SUB_BLOCKS = 64;
var COPY_CHUNK = 1024 * 1024;
async function readHap(path, displayName = path) {
  return readPackage(path, displayName, true);
}
async function readPackage(path, file, allowAppPack) {
  const fail = (reason) => {
    throw new import__3.__cfg32_ArtifactError(file, reason);
  };
  const zip = await (0, import_read_DGBPQUTO.__cfg31_openZip)(path, file);
  try {
    const modules = zip.entries.filter((e) => /\.(hap|hsp)$/i.test(e.name));
    const moduleFile = zip.find("module.json") ?? zip.find("config.json");
    const rootModule = modules.find((e) => !e.name.includes("/"));
    if (moduleFile && rootModule) {
      return fail(
        `it has ${moduleFile.name} at its root, as a HAP has, and the module ${rootModule.name} beside it, as an App Pack has; a package is one or the other`
      );
    }
    if (moduleFile) return await readModule(zip, file, fail);
    if (allowAppPack && modules.length > 0) return await readAppPack(zip, file, modules, fail);
    if (allowAppPack && zip.find("pack.info")) {
      return fail("it has a pack.info but no .hap inside, so this App Pack has no module to check");
    }
    return fail(
      "there is no module.json (stage model) or config.json (FA model) at its root, so it is not a HarmonyOS HAP" + (allowAppPack ? ", nor an App Pack (.app) of HAPs" : "")
    );
  } catch (error) {
    if (error instanceof import__3.__cfg32_ArtifactError) throw error;
    return fail(`it cannot be read as a HarmonyOS package (${(0, import__3.__cfg32_messageOf)(error)})`);
  } finally {
    await zip.close();
  }
}
async function readModule(zip, file, fail) {
  const identity = await moduleIdentity(zip, fail);
  const notes = [];
  const signers = [];
  let effectiveSigner = -1;
  const block = await readSigningBlock(zip, fail);
  if (!block) {
    notes.push(
      "there is no HAP signing block before its central directory: this is an unsigned HAP (like the *-unsigned.hap DevEco builds); devices and AppGallery take signed ones only."
    );
  } else {
    let certificate;
    try {
      certificate = (0, import_read_DGBPQUTO.__cfg31_signerCertificate)(block.signature, { alone: true });
    } catch (error) {
      return fail(`its signature (the PKCS#7 in the HAP signing block) cannot be read: ${(0, import__3.__cfg32_messageOf)(error)}`);
    }
    const signer = (0, import_read_DGBPQUTO.__cfg31_describeCertificate)(certificate, ["hap"], file);
    signers.push(signer);
    effectiveSigner = 0;
    if (block.enterpriseResigned) {
      notes.push(
        "it was re-signed for enterprise distribution (sub-block 0x20000004); the signer shown is the original signature."
      );
    }
    if (!block.profile) {
      notes.push("its signing block carries no profile.");
    } else {
      const profile = readProfile(block.profile);
      if ("error" in profile) {
        notes.push(`its profile cannot be read (${profile.error}).`);
      } else {
        if (profile.type === "debug") {
          notes.push(
            "it is signed with a debug profile and its development certificate: the filing records the certificate of the release build."
          );
        } else if (profile.type !== "release") {
          notes.push(
            `its profile's type is ${profile.type ?? "missing"}, not release: the filing records the certificate of the release build.`
          );
        }
        if (profile.bundleName !== void 0 && profile.bundleName !== identity.id) {
          notes.push(`its profile is for bundle ${profile.bundleName}, not ${identity.id}.`);
        }
        const named = profileSigner(profile.certificate, file);
        if (typeof named === "string") {
          notes.push(named);
        } else if (named.sha256 === signer.sha256) {
          signers[0] = { ...signer, schemes: ["hap", "profile"] };
        } else {
          signers.push(named);
          notes.push(
            `its profile names the certificate ${named.subject} (SHA-256 ${named.sha256}), not the one that signed it.`
          );
        }
      }
    }
  }
  return { file, type: "hap", platform: "harmony", ...identity, signers, effectiveSigner, notes };
}
function profileSigner(certificate, file) {
  if (!certificate)
    return "its profile names no certificate (bundle-info.distribution-certificate or development-certificate).";
  try {
    return (0, import_read_DGBPQUTO.__cfg31_describeCertificate)(certificate, ["profile"], file);
  } catch (error) {
    return `the certificate its profile names cannot be parsed (${(0, import__3.__cfg32_messageOf)(error)}).`;
  }
}
async function moduleIdentity(zip, fail) {
  const stage = zip.find("module.json");
  const entry = stage ?? zip.find("config.json");
  const json = await readJson(zip, entry, fail);
  const app = objectAt(json, "app");
  const bundleName = app?.bundleName;
  if (typeof bundleName !== "string" || bundleName === "") {
    return fail(
      `${entry.name} has no app.bundleName, so the package has no bundle name to check against the filing`
    );
  }
  if (stage) return { id: bundleName, version: text(app.versionName), build: text(app.versionCode) };
  const version = objectAt(app, "version");
  return { id: bundleName, version: text(version?.name), build: text(version?.code) };
}
async function readSigningBlock(zip, fail) {
  const cd = zip.centralDirectoryOffset;
  if (cd < TAIL) return void 0;
  const tail = await zip.read(cd - TAIL, TAIL);
  const magic = tail.subarray(12, 28);
  const isV2 = magic.equals(MAGIC_V2);
  if (!isV2 && !magic.equals(MAGIC_V3)) return void 0;
  const damaged = (why) => fail(`its HAP signing block is damaged: ${why}`);
  const count = tail.readUInt32LE(0);
  const size = Number(tail.readBigUInt64LE(4));
  const version = tail.readUInt32LE(28);
  if (isV2 !== version < 3) {
    return damaged(`the magic "${magic.toString("latin1")}" does not go with block version ${version}`);
  }
  if (size < TAIL || size > cd)
    return damaged(`it claims ${size} bytes, before a central directory at offset ${cd}`);
  const start = cd - size;
  const values = size - TAIL;
  if (count === 0 || count > MAX_SUB_BLOCKS || count * 12 > values) {
    return damaged(
      `it claims ${count} sub-blocks in ${size} bytes (hap-sign-tool writes at most 6; this tool reads at most ${MAX_SUB_BLOCKS})`
    );
  }
  const heads = await zip.read(start, count * 12);
  const found = /* @__PURE__ */ new Map();
  for (let i = 0; i < count; i++) {
    const type = heads.readUInt32LE(i * 12);
    const length = heads.readUInt32LE(i * 12 + 4);
    const offset = heads.readUInt32LE(i * 12 + 8);
    if (offset + length > values) {
      return damaged(
        `sub-block 0x${type.toString(16)} (${length} bytes at offset ${offset}) runs past the block`
      );
    }
    found.set(type, { offset, length });
  }
  const take = async (type) => {
    const at = found.get(type);
    if (!at) return void 0;
    if (at.length > MAX_SUB_BLOCK)
      return damaged(`sub-block 0x${type.toString(16)} claims ${at.length} bytes`);
    return zip.read(start + at.offset, at.length);
  };
  const signature = await take(SIGNATURE_BLOCK);
  if (!signature) return damaged("it has no signature (sub-block 0x20000000)");
  return {
    signature,
    profile: await take(PROFILE_BLOCK),
    enterpriseResigned: found.has(ENTERPRISE_RESIGN_BLOCK)
  };
}
function readProfile(bytes) {
  let content = bytes;
  try {
    content = (0, import_read_DGBPQUTO.__cfg31_signedDataContent)(bytes);
  } catch {
  }
  let json;
  try {
    json = JSON.parse(content.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    return { error: `it is neither a signed profile nor profile JSON: ${(0, import__3.__cfg32_messageOf)(error)}` };
  }
  const info = objectAt(json, "bundle-info");
  const type = json && typeof json === "object" ? json.type : void 0;
  const pem = info?.["distribution-certificate"] ?? info?.["development-certificate"];
  return {
    type: typeof type === "string" ? type : void 0,
    bundleName: typeof info?.["bundle-name"] === "string" ? info["bundle-name"] : void 0,
    certificate: typeof pem === "string" ? pemToDer(pem) : void 0
  };
}
var PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
var PEM_END = "-----END CERTIFICATE-----";
function pemToDer(pem) {
  const begin = pem.indexOf(PEM_BEGIN);
  if (begin < 0) return void 0;
  const end = pem.indexOf(PEM_END, begin + PEM_BEGIN.length);
  if (end < 0) return void 0;
  const body = pem.slice(begin + PEM_BEGIN.length, end);
  return body ? Buffer.from(body.replace(/\s/g, ""), "base64") : void 0;
}
async function readAppPack(zip, file, modules, fail) {
  const packEntry = zip.find("pack.info");
  if (!packEntry) {
    return fail(
      "it holds HAPs but no pack.info, the file in which an App Pack (.app) names its bundle and version"
    );
  }
  const pack = objectAt(objectAt(await readJson(zip, packEntry, fail), "summary"), "app");
  const bundleName = pack?.bundleName;
  if (typeof bundleName !== "string" || bundleName === "") {
    return fail(
      "pack.info has no summary.app.bundleName, so the App Pack has no bundle name to check against the filing"
    );
  }
  const version = objectAt(pack, "version");
  const notes = [];
  const bySigner = /* @__PURE__ */ new Map();
  const dir = await (0, import__2.__cfg25_mkdtemp)((0, import__2.__cfg25_join)((0, import__.__cfg8_tmpdir)(), "china-filing-app-"));
  try {
    for (const entry of modules) {
      const path = (0, import__2.__cfg25_join)(dir, "module.hap");
      await copyEntry(zip, entry, path);
      let module2;
      try {
        module2 = await readPackage(path, entry.name, false);
      } catch (error) {
        if (error instanceof import__3.__cfg32_ArtifactError) return fail(`${entry.name} inside it: ${error.message}`);
        throw error;
      }
      if (module2.id !== bundleName)
        return fail(
          `${entry.name} inside it is bundle ${module2.id}, but pack.info says ${bundleName}; every module of an App Pack is the same bundle`
        );
      notes.push(...module2.notes.map((note) => `${entry.name}: ${note}`));
      const signer = module2.signers[module2.effectiveSigner];
      if (!signer)
        return fail(
          `${entry.name} inside it ${module2.signers.length === 0 ? "is not signed" : `has ${module2.signers.length} signers and no one effective signer`}; every module of an App Pack is signed with the filed certificate`
        );
      const seen = bySigner.get(signer.sha256);
      if (seen) seen.modules.push(entry.name);
      else bySigner.set(signer.sha256, { signer: { ...signer, schemes: ["hap"] }, modules: [entry.name] });
    }
  } finally {
    await (0, import__2.__cfg25_rm)(dir, { recursive: true, force: true });
  }
  if (await readSigningBlock(zip, fail)) {
    notes.push(
      "the .app file itself also carries a HAP signing block; what it means for an App Pack is not documented in the sources this tool follows, so it is not matched against the filing."
    );
  }
  const signers = [...bySigner.values()].map((s) => s.signer);
  if (signers.length > 1) {
    notes.push(
      `its HAPs are signed with different certificates (${(0, import__6.__cfg36_listSome)([...bySigner.values()].map((s) => `${(0, import__6.__cfg36_listSome)(s.modules, ", ")}: ${s.signer.subject}, SHA-256 ${s.signer.sha256}`))}); it matches the filing only if every one of them is the filed certificate.`
    );
  }
  return {
    file,
    type: "app",
    platform: "harmony",
    id: bundleName,
    version: text(version?.name),
    build: text(version?.code),
    signers,
    effectiveSigner: signers.length === 1 ? 0 : -1,
    notes
  };
}
async function copyEntry(zip, entry, path) {
  const reader = await (0, import_read_DGBPQUTO.__cfg31_forwardReader)(zip, entry);
  const out = await (0, import__2.__cfg25_open)(path, "w").catch((error) => {
    reader.close();
    throw error;
  });
  try {
    for (let done = 0; done < entry.uncompressedSize; done += COPY_CHUNK) {
      await out.write(await reader.read(done, Math.min(COPY_CHUNK, entry.uncompressedSize - done)));
    }
  } finally {
    reader.close();
    await out.close();
  }
}
async function readJson(zip, entry, fail) {
  const bytes = await zip.readEntry(entry, MAX_JSON);
  try {
    return JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    return fail(`${entry.name} is not valid JSON (${(0, import__3.__cfg32_messageOf)(error)})`);
  }
}
function objectAt(value, key) {
  const inner = value && typeof value === "object" && !Array.isArray(value) ? value[key] : void 0;
  return inner && typeof inner === "object" && !Array.isArray(inner) ? inner : void 0;
}
function text(value) {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value !== "" ? value : null;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  readHap
});
//# sourceMappingURL=hap-ZUWEHYON.js.map
