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

// merged-entry:merged-entry:dist/chunks/action/detectors-6Q6SZNEG.js
var detectors_6Q6SZNEG_exports = {};
__export(detectors_6Q6SZNEG_exports, {
  SymbolTable: () => SymbolTable,
  detectAndroidManifest: () => import_chunk_IRGOTLAY.detectAndroidManifest,
  detectGradle: () => import_chunk_IRGOTLAY.detectGradle,
  detectIdentities: () => import_chunk_IRGOTLAY.detectIdentities,
  detectInfoPlist: () => import_chunk_IRGOTLAY.detectInfoPlist,
  detectXcodeProject: () => import_chunk_IRGOTLAY.detectXcodeProject,
  everyProductSetsBundleName: () => import_chunk_IRGOTLAY.everyProductSetsBundleName,
  parseXcconfig: () => parseXcconfig,
  readGradleProperties: () => readGradleProperties,
  readKotlinConstants: () => readKotlinConstants,
  readManifestPackage: () => import_chunk_IRGOTLAY.readManifestPackage,
  readScriptConstants: () => import_chunk_IRGOTLAY.readScriptConstants
});
module.exports = __toCommonJS(detectors_6Q6SZNEG_exports);

// src/sources/detectors.ts, src/sources/gradle-symbols.ts, src/sources/xcconfig.ts
var import_chunk_IRGOTLAY = require("./chunk-IRGOTLAY.js");

// src/sources/file-types.ts, from ../../index.js
var import__ = require("../../index.js");

// src/sources/application-id.ts, from ../../index.js
var import__2 = require("../../index.js");

// src/artifacts/bounded-text.ts, from ../../index.js
var import__3 = require("../../index.js");

// src/stdio.ts, src/action/stdout.ts, cfg-builtin:node:fs, from ../../index.js
var import__4 = require("../../index.js");

// src/sources/detectors.ts, src/sources/gradle-symbols.ts, src/sources/xcconfig.ts
(0, import__4.__cfg37_init_stdout)();
(0, import__4.__cfg37_init_stdout)();
var SymbolTable = class {
  values = /* @__PURE__ */ new Map();
  set(path, value) {
    const key = path.join(".");
    if (!this.values.has(key)) this.values.set(key, value);
  }
  get size() {
    return this.values.size;
  }
  lookup = (path) => {
    for (let k = 0; k < path.length; k++) {
      const found = this.values.get(path.slice(k).join("."));
      if (found) return found;
    }
    return void 0;
  };
};
var LINE_REST = /[^\r\n\u2028\u2029]*/y;
function readGradleProperties(file, text, into) {
  const lines = new import_chunk_IRGOTLAY.LineIndex(text);
  const pattern = /^[ \t]*([A-Za-z_][\w.-]*)[ \t]*[=:][ \t]*/gm;
  for (const match of text.matchAll(pattern)) {
    const start = match.index + match[0].length;
    LINE_REST.lastIndex = start;
    let end = start + LINE_REST.exec(text)[0].length;
    while (end > start && (text[end - 1] === " " || text[end - 1] === "	")) end--;
    const value = text.slice(start, end);
    if (value.includes("\\")) continue;
    into.set([match[1]], { value, location: lines.locate(file, start, end) });
  }
}
var MAX_SYMBOLS_PER_FILE = 5e3;
function readKotlinConstants(file, text, into) {
  let tokens;
  try {
    tokens = (0, import_chunk_IRGOTLAY.tokenizeGradle)(text, "kotlin").filter((t) => t.kind !== "newline");
  } catch (error) {
    if (error instanceof import_chunk_IRGOTLAY.GradleSyntaxError) return;
    throw error;
  }
  const lines = new import_chunk_IRGOTLAY.LineIndex(text);
  const locate = (t) => lines.locate(file, t.start, t.end);
  const scopes = [];
  let pendingName;
  let added = 0;
  for (let i = 0; i < tokens.length && added < MAX_SYMBOLS_PER_FILE; i++) {
    const t = tokens[i];
    if (t.kind === "ident" && (t.text === "object" || t.text === "class" || t.text === "interface")) {
      const name = tokens[i + 1];
      if (name?.kind === "ident") pendingName = name.text;
      if (t.text === "class" && tokens[i - 1]?.text === "enum" && name?.kind === "ident") {
        const end = readEnum(tokens, i + 2, name.text, locate, into);
        added += 1;
        if (end > i) {
          i = end;
          pendingName = void 0;
        }
      }
      continue;
    }
    if (t.kind === "punct" && t.text === "{") {
      scopes.push(pendingName);
      pendingName = void 0;
      continue;
    }
    if (t.kind === "punct" && t.text === "}") {
      scopes.pop();
      continue;
    }
    if (t.kind === "ident" && t.text === "const" && tokens[i + 1]?.text === "val") {
      const name = tokens[i + 2];
      let j = i + 3;
      if (tokens[j]?.text === ":") j += 2;
      const value = tokens[j + 1];
      if (name?.kind === "ident" && tokens[j]?.text === "=" && value?.kind === "string" && !value.interpolated) {
        const owners = scopes.filter((s) => s !== void 0);
        into.set([...owners, name.text], { value: value.value, location: locate(value) });
        added++;
      }
    }
  }
}
function readEnum(tokens, start, name, locate, into) {
  const params = [];
  let i = start;
  if (tokens[i]?.text === "(") {
    let depth2 = 0;
    let current = [];
    const flush = () => {
      const nameAt = current.findIndex((t, k) => t.kind === "ident" && current[k + 1]?.text === ":");
      const eq = current.findIndex((t) => t.text === "=");
      const isProperty = current.some((t) => t.text === "val" || t.text === "var");
      if (nameAt >= 0)
        params.push({
          name: isProperty ? current[nameAt].text : "",
          ...eq >= 0 && current.length === eq + 2 ? { fallback: current[eq + 1] } : {}
        });
      current = [];
    };
    for (; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.text === "(") {
        if (depth2++ === 0) continue;
      } else if (t.text === ")") {
        if (--depth2 === 0) break;
      } else if (t.text === "," && depth2 === 1) {
        flush();
        continue;
      }
      current.push(t);
    }
    flush();
    i++;
  }
  while (i < tokens.length && tokens[i].text !== "{") i++;
  if (i >= tokens.length) return start;
  const valueOf = (t) => t?.kind === "string" && !t.interpolated ? t.value : t?.kind === "ident" && t.text === "null" ? null : void 0;
  i++;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.text === ";" || t.text === "}") break;
    if (t.kind !== "ident") {
      i++;
      continue;
    }
    const constant = t;
    const args = [];
    i++;
    if (tokens[i]?.text === "(") {
      let depth2 = 0;
      let current = [];
      for (; i < tokens.length; i++) {
        const a = tokens[i];
        if (a.text === "(") {
          if (depth2++ === 0) continue;
        } else if (a.text === ")") {
          if (--depth2 === 0) break;
        } else if (a.text === "," && depth2 === 1) {
          args.push(current);
          current = [];
          continue;
        }
        current.push(a);
      }
      if (current.length > 0) args.push(current);
      i++;
    }
    params.forEach((param, k) => {
      if (!param.name) return;
      const arg = args[k];
      const token = arg?.length === 1 ? arg[0] : arg === void 0 ? param.fallback : void 0;
      const value = valueOf(token);
      if (value === void 0 || !token) return;
      into.set([name, constant.text, param.name], {
        value,
        location: locate(arg === void 0 ? constant : token)
      });
    });
    if (tokens[i]?.text === "{") {
      let depth2 = 0;
      for (; i < tokens.length; i++) {
        if (tokens[i].text === "{") depth2++;
        else if (tokens[i].text === "}" && --depth2 === 0) break;
      }
      i++;
    }
    if (tokens[i]?.text === ",") i++;
  }
  let depth = 1;
  for (; i < tokens.length; i++) {
    if (tokens[i].text === "{") depth++;
    else if (tokens[i].text === "}" && --depth === 0) return i;
  }
  return i;
}
(0, import__4.__cfg37_init_stdout)();
function parseXcconfig(file, text) {
  const lines = new import_chunk_IRGOTLAY.LineIndex(text);
  const entries = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    const include = /^\s*#include\??\s*"([^"]+)"/.exec(line);
    if (include) {
      entries.push({ kind: "include", path: include[1] });
      continue;
    }
    const commentAt = line.indexOf("//");
    const content = commentAt >= 0 ? line.slice(0, commentAt) : line;
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?\s*=\s*/.exec(content);
    if (!match) continue;
    const condition = match[2];
    if (condition && !/^\[sdk=iphoneos\*?\]$/.test(condition)) continue;
    const valueStart = match[0].length;
    const valueEnd = settingValueEnd(content, valueStart);
    entries.push({
      kind: "setting",
      key: match[1],
      setting: {
        value: content.slice(valueStart, valueEnd),
        location: lines.locate(file, start + valueStart, start + valueEnd)
      }
    });
  }
  return { entries };
}
function settingValueEnd(content, valueStart) {
  let end = trimBlanksEnd(content, valueStart, content.length);
  if (end > valueStart && content.charCodeAt(end - 1) === SEMICOLON)
    end = trimBlanksEnd(content, valueStart, end - 1);
  return end;
}
var SEMICOLON = 59;
function trimBlanksEnd(text, from, end) {
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SymbolTable,
  detectAndroidManifest,
  detectGradle,
  detectIdentities,
  detectInfoPlist,
  detectXcodeProject,
  everyProductSetsBundleName,
  parseXcconfig,
  readGradleProperties,
  readKotlinConstants,
  readManifestPackage,
  readScriptConstants
});
//# sourceMappingURL=detectors-6Q6SZNEG.js.map
