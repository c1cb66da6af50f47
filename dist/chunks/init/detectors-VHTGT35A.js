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

// merged-entry:merged-entry:dist/chunks/init/detectors-VHTGT35A.js
var detectors_VHTGT35A_exports = {};
__export(detectors_VHTGT35A_exports, {
  SymbolTable: () => SymbolTable,
  detectAndroidManifest: () => detectAndroidManifest,
  detectGradle: () => detectGradle,
  detectIdentities: () => detectIdentities,
  detectInfoPlist: () => detectInfoPlist,
  detectXcodeProject: () => detectXcodeProject,
  everyProductSetsBundleName: () => everyProductSetsBundleName,
  parseXcconfig: () => parseXcconfig,
  readGradleProperties: () => readGradleProperties,
  readKotlinConstants: () => readKotlinConstants,
  readManifestPackage: () => readManifestPackage,
  readScriptConstants: () => readScriptConstants
});
module.exports = __toCommonJS(detectors_VHTGT35A_exports);

// src/sources/file-types.ts, from ../cli-init.js
var import_cli_init = require("../cli-init.js");

// esbuild's helpers, from ../cli-init.js
var import_cli_init2 = require("../cli-init.js");

// src/sources/text-position.ts, src/sources/xml-scan.ts, src/sources/android-manifest.ts, src/sources/application-id.ts, src/sources/gradle-tokens.ts, src/artifacts/bounded-text.ts, src/sources/gradle.ts, src/sources/json5.ts, src/sources/mini-programs.ts, src/sources/harmony.ts, src/sources/info-plist.ts, src/sources/openstep-plist.ts, src/sources/xcode.ts, src/sources/detect.ts, src/sources/gradle-symbols.ts, src/sources/xcconfig.ts
var LineIndex = class {
  lineStarts = [0];
  constructor(text) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }
  /** 1-based line and column (UTF-16 code units, as the rest of the gate counts) of an offset. */
  position(offset) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }
  /** The location of `[start, end)`; the end is exclusive, like the declaration loader's and SARIF's. */
  locate(file, start, end) {
    const from = this.position(start);
    const to = this.position(end);
    return { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
};
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeXmlEntities(raw) {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);/g, (whole, name) => {
    const code = name.startsWith("#x") ? parseInt(name.slice(2), 16) : name.startsWith("#") ? parseInt(name.slice(1), 10) : -1;
    if (name.startsWith("#")) return code >= 0 && code <= 1114111 ? String.fromCodePoint(code) : whole;
    return Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : whole;
  });
}
function scanXml(text) {
  const items = [];
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const textEnd = lt < 0 ? text.length : lt;
    if (textEnd > i)
      items.push({ kind: "text", value: decodeXmlEntities(text.slice(i, textEnd)), start: i, end: textEnd });
    if (lt < 0) break;
    if (text.startsWith("<!--", lt)) {
      const close = text.indexOf("-->", lt + 4);
      i = close < 0 ? text.length : close + 3;
      continue;
    }
    if (text.startsWith("<![CDATA[", lt)) {
      const close = text.indexOf("]]>", lt);
      const end = close < 0 ? text.length : close;
      items.push({ kind: "text", value: text.slice(lt + 9, end), start: lt + 9, end });
      i = close < 0 ? text.length : close + 3;
      continue;
    }
    if (text[lt + 1] === "?" || text[lt + 1] === "!") {
      const close = text.indexOf(">", lt);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    const tag = readTag(text, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    items.push(tag);
    i = tag.end;
  }
  return items;
}
function readTag(text, start) {
  const closing = text[start + 1] === "/";
  const nameMatch = /^[A-Za-z_][\w.:-]*/.exec(text.slice(start + (closing ? 2 : 1), start + 200));
  if (!nameMatch) return void 0;
  let i = start + (closing ? 2 : 1) + nameMatch[0].length;
  const attributes = /* @__PURE__ */ new Map();
  const attribute = /\s*([A-Za-z_][\w.:-]*)\s*=\s*("[^"]*"|'[^']*')/y;
  for (; ; ) {
    attribute.lastIndex = i;
    const match = attribute.exec(text);
    if (!match) break;
    const valueStart = match.index + match[0].length - match[2].length;
    attributes.set(match[1], {
      value: decodeXmlEntities(match[2].slice(1, -1)),
      start: valueStart,
      end: valueStart + match[2].length
    });
    i = attribute.lastIndex;
  }
  const rest = /\s*(\/?)>/y;
  rest.lastIndex = i;
  const end = rest.exec(text);
  if (!end) return void 0;
  return {
    kind: closing ? "close" : end[1] ? "self-closing" : "open",
    name: nameMatch[0],
    attributes,
    start,
    end: rest.lastIndex
  };
}
function readManifestPackage(file, text) {
  const manifest = scanXml(text).find((item) => item.kind !== "text" && item.kind !== "close");
  if (!manifest || manifest.kind === "text" || manifest.name !== "manifest") return void 0;
  const attribute = manifest.attributes.get("package");
  if (!attribute) return void 0;
  return {
    value: attribute.value,
    location: new LineIndex(text).locate(file, attribute.start, attribute.end)
  };
}
function detectAndroidManifest(file, text) {
  const result = { identities: [], signing: [], unresolved: [], notes: [] };
  const found = readManifestPackage(file, text);
  if (!found) return result;
  if (/\$\{/.test(found.value)) {
    result.unresolved.push({
      platform: "android",
      key: "package",
      expression: found.value,
      reason: "the package uses a manifest placeholder that Gradle fills in at build time",
      release: true,
      location: found.location
    });
  } else {
    result.identities.push({
      platform: "android",
      key: "package",
      value: found.value,
      release: true,
      location: found.location
    });
  }
  return result;
}
function mergeSuffix(overlay, base) {
  if (!overlay) return base;
  return overlay.startsWith(".") ? base + overlay : `${base}.${overlay}`;
}
var TWO_CHAR_PUNCT = /* @__PURE__ */ new Set([
  "==",
  "!=",
  "+=",
  "-=",
  "->",
  "?.",
  "?:",
  "::",
  "&&",
  "||",
  "<=",
  ">=",
  "..",
  "*."
]);
function isIdentStart(c) {
  return /[A-Za-z_$\u00C0-\uFFFF]/.test(c);
}
function isIdentPart(c) {
  return /[A-Za-z0-9_$\u00C0-\uFFFF]/.test(c);
}
var GradleSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function tokenizeGradle(text, dialect) {
  const tokens = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "\n" || c === "\r") {
      tokens.push({ kind: "newline", text: "\n", start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === " " || c === "	" || c === "\f" || c === "\uFEFF") {
      i++;
      continue;
    }
    if (c === "\\" && (text[i + 1] === "\n" || text[i + 1] === "\r")) {
      i += text[i + 1] === "\r" && text[i + 2] === "\n" ? 3 : 2;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n" && text[i] !== "\r") i++;
      continue;
    }
    if (c === "#" && text[i + 1] === "!" && i === 0) {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      i = skipBlockComment(text, i, dialect);
      continue;
    }
    if (c === '"' || c === "'") {
      const token = readString(text, i, dialect);
      tokens.push(token);
      i = token.end;
      continue;
    }
    if (c === "`" && dialect === "kotlin") {
      const close = text.indexOf("`", i + 1);
      if (close < 0) throw new GradleSyntaxError("unterminated backtick identifier", i);
      tokens.push({ kind: "ident", text: text.slice(i + 1, close), start: i, end: close + 1 });
      i = close + 1;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text[j])) j++;
      tokens.push({ kind: "ident", text: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < n && (/[0-9A-Za-z_]/.test(text[j]) || text[j] === "." && /[0-9]/.test(text[j + 1] ?? "")))
        j++;
      tokens.push({ kind: "number", text: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (TWO_CHAR_PUNCT.has(two)) {
      tokens.push({ kind: "punct", text: two, start: i, end: i + 2 });
      i += 2;
      continue;
    }
    tokens.push({ kind: "punct", text: c, start: i, end: i + 1 });
    i++;
  }
  return tokens;
}
function skipBlockComment(text, start, dialect) {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text.startsWith("/*", i)) {
      depth++;
      i += 2;
      if (dialect === "groovy" && depth > 1) depth = 1;
    } else if (text.startsWith("*/", i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  throw new GradleSyntaxError("unterminated /* comment", start);
}
var ESCAPES = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f", "0": "\0" };
function readString(text, start, dialect) {
  const quote = text[start];
  const triple = text.startsWith(quote.repeat(3), start);
  const delimiter = triple ? quote.repeat(3) : quote;
  const interpolates = quote === '"' || dialect === "kotlin";
  const escapes = !(triple && dialect === "kotlin");
  let i = start + delimiter.length;
  let value = "";
  let interpolated = false;
  while (i < text.length) {
    if (text.startsWith(delimiter, i)) {
      let end = i + delimiter.length;
      while (triple && text[end] === quote) {
        value += quote;
        end++;
      }
      return { kind: "string", text: text.slice(start, end), start, end, value, interpolated };
    }
    const c = text[i];
    if (!triple && (c === "\n" || c === "\r")) break;
    if (c === "\\" && escapes) {
      const next = text[i + 1] ?? "";
      if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (next === "\n" && dialect === "groovy") {
        i += 2;
      } else {
        value += ESCAPES[next] ?? next;
        i += 2;
      }
      continue;
    }
    if (c === "$" && interpolates && (text[i + 1] === "{" || isIdentStart(text[i + 1] ?? ""))) {
      interpolated = true;
      if (text[i + 1] === "{") {
        let depth = 0;
        let j = i + 1;
        for (; j < text.length; j++) {
          if (text[j] === "{") depth++;
          else if (text[j] === "}" && --depth === 0) break;
        }
        value += text.slice(i, j + 1);
        i = j + 1;
        continue;
      }
    }
    value += c;
    i++;
  }
  throw new GradleSyntaxError(`unterminated string starting with ${delimiter}`, start);
}
var MAX_LISTED = 5;
function listSome(items, separator = "; ", max = MAX_LISTED) {
  const shown = items.slice(0, max).join(separator);
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
function parseStatements(all) {
  const tokens = all.filter((t, k) => t.kind !== "newline" || all[k - 1]?.kind !== "newline");
  let i = 0;
  let depth = 0;
  const parseBlock = (nested) => {
    if (nested && ++depth > MAX_BLOCK_NESTING) {
      throw new GradleSyntaxError(
        `blocks nested more than ${MAX_BLOCK_NESTING} levels deep`,
        tokens[i - 1]?.start ?? 0
      );
    }
    const statements = [];
    let current = [];
    let parens = 0;
    const flush = (block) => {
      if (current.length > 0 || block)
        statements.push(block ? { tokens: current, block } : { tokens: current });
      current = [];
    };
    while (i < tokens.length) {
      const token = tokens[i];
      if (token.kind === "newline") {
        i++;
        if (parens > 0 || continuesOnNextLine(current, tokens, i)) continue;
        flush();
        continue;
      }
      if (token.kind === "punct") {
        if (token.text === "(" || token.text === "[") parens++;
        else if (token.text === ")" || token.text === "]") parens = Math.max(0, parens - 1);
        else if (token.text === ";" && parens === 0) {
          i++;
          flush();
          continue;
        } else if (token.text === "{") {
          i++;
          const block = parseBlock(true);
          if (parens > 0 || current.some((t) => t.kind === "punct" && ASSIGNMENTS.has(t.text))) {
            const end = tokens[i - 1]?.end ?? token.end;
            current.push({ kind: "punct", text: LAMBDA, start: token.start, end });
            continue;
          }
          flush(block);
          continue;
        } else if (token.text === "}") {
          i++;
          if (nested) {
            flush();
            depth--;
            return statements;
          }
          continue;
        }
      }
      current.push(token);
      i++;
    }
    flush();
    return statements;
  };
  return parseBlock(false);
}
var MAX_BLOCK_NESTING = 256;
var ASSIGNMENTS = /* @__PURE__ */ new Set(["=", "+=", "-="]);
var LAMBDA = "{…}";
var CONTINUING_OPERATORS = /* @__PURE__ */ new Set([
  "=",
  "+",
  "-",
  ".",
  "?.",
  ",",
  "?:",
  "&&",
  "||",
  "->",
  "+=",
  "-=",
  "*."
]);
function continuesOnNextLine(current, tokens, next) {
  const last = current[current.length - 1];
  if (last?.kind === "punct" && CONTINUING_OPERATORS.has(last.text)) return true;
  let j = next;
  while (tokens[j]?.kind === "newline") j++;
  const following = tokens[j];
  return current.length > 0 && following?.kind === "punct" && (following.text === "." || following.text === "?.");
}
var ANDROID_EXTENSION_TYPES = /* @__PURE__ */ new Set(["ApplicationExtension", "BaseAppModuleExtension", "AppExtension"]);
var ANDROID_ROOT = "\0android";
function splitArguments(tokens) {
  const args = [];
  let current = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === "punct") {
      if (token.text === "(" || token.text === "[" || token.text === "{") depth++;
      else if (token.text === ")" || token.text === "]" || token.text === "}") depth--;
      else if (token.text === "," && depth === 0) {
        args.push(current);
        current = [];
        continue;
      }
    }
    current.push(token);
  }
  if (current.length > 0) args.push(current);
  return args;
}
function matchParen(tokens, open) {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind !== "punct") continue;
    if (t.text === "(" || t.text === "[") depth++;
    else if (t.text === ")" || t.text === "]") {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return -1;
}
function parseHead(tokens) {
  const segments = [];
  let i = 0;
  for (; ; ) {
    const token = tokens[i];
    if (token?.kind !== "ident") return segments.length > 0 ? { segments, rest: tokens.slice(i) } : void 0;
    const segment = { name: token.text };
    i++;
    if (tokens[i]?.text === "<") {
      const close = tokens.findIndex((t, k) => k > i && t.text === ">");
      if (close > 0) {
        const typeNames = tokens.slice(i + 1, close).map((t) => t.text);
        if (typeNames.some((name) => ANDROID_EXTENSION_TYPES.has(name))) segment.name = ANDROID_ROOT;
        i = close + 1;
      }
    }
    if (tokens[i]?.kind === "punct" && tokens[i].text === "(") {
      const end = matchParen(tokens, i);
      if (end < 0) return void 0;
      segment.args = splitArguments(tokens.slice(i + 1, end - 1));
      i = end;
    }
    segments.push(segment);
    if (tokens[i]?.kind === "punct" && (tokens[i].text === "." || tokens[i].text === "?.")) {
      i++;
      continue;
    }
    return { segments, rest: tokens.slice(i) };
  }
}
var NO_OP_CALLS = /* @__PURE__ */ new Set(["get", "toString", "orNull", "getOrNull"]);
var PROPERTY_RECEIVERS = /* @__PURE__ */ new Set(["project", "rootProject", "ext", "extra", "properties", "providers"]);
var PROPERTY_CALLS = /* @__PURE__ */ new Set(["property", "findProperty", "getProperty", "gradleProperty"]);
function referencePath(tokens) {
  let list = tokens;
  while (list.length > 0 && list[list.length - 1].text === "!!") list = list.slice(0, -1);
  if (list.length >= 3 && list[list.length - 2].text === "as" && list[list.length - 1].kind === "ident")
    list = list.slice(0, -2);
  const path = [];
  let i = 0;
  while (i < list.length) {
    const t = list[i];
    if (t.kind === "ident") {
      if (list[i + 1]?.text === "(") {
        const arg = list[i + 2];
        if (PROPERTY_CALLS.has(t.text) && arg?.kind === "string" && !arg.interpolated && list[i + 3]?.text === ")") {
          path.push(arg.value);
          i += 4;
        } else if (NO_OP_CALLS.has(t.text) && list[i + 2]?.text === ")") i += 3;
        else return void 0;
      } else {
        path.push(t.text);
        i++;
      }
    } else if (t.kind === "punct" && t.text === "[") {
      const key = list[i + 1];
      if (key?.kind !== "string" || key.interpolated || list[i + 2]?.text !== "]") return void 0;
      path.push(key.value);
      i += 3;
    } else return void 0;
    const next = list[i];
    if (next === void 0) break;
    if (next.kind === "punct" && (next.text === "." || next.text === "?.")) {
      i++;
      continue;
    }
    if (next.kind === "punct" && next.text === "[") continue;
    return void 0;
  }
  while (path.length > 1 && PROPERTY_RECEIVERS.has(path[0])) path.shift();
  return path.length > 0 ? path : void 0;
}
function lookupReference(path, resolver) {
  if (!resolver) return void 0;
  if (path.length === 1) {
    const local = resolver.locals.get(path[0]);
    if (local) return local;
  }
  return resolver.external?.(path);
}
function termOf(found) {
  if ("expression" in found) {
    if (found.literal === void 0) return void 0;
    if (found.at) return { value: found.literal, at: found.at };
    return { value: found.literal, span: found.span ?? { start: found.start, end: found.end } };
  }
  return { value: found.value ?? "", at: found.location };
}
function resolveTerm(tokens, resolver, dialect) {
  const single = tokens.length === 1 ? tokens[0] : void 0;
  if (single?.kind === "string") {
    if (!single.interpolated) return { value: single.value };
    return resolveInterpolation(single, resolver, dialect);
  }
  const path = referencePath(tokens);
  const found = path && lookupReference(path, resolver);
  return found ? termOf(found) : void 0;
}
function placeholderPath(expression, dialect) {
  let tokens;
  try {
    tokens = tokenizeGradle(expression, dialect).filter((t) => t.kind !== "newline");
  } catch (error) {
    if (error instanceof GradleSyntaxError) return void 0;
    throw error;
  }
  return referencePath(tokens);
}
function resolveInterpolation(token, resolver, dialect) {
  const quote = token.text.startsWith('"""') || token.text.startsWith("'''") ? 3 : 1;
  const body = token.text.slice(quote, token.text.length - quote);
  if (body.includes("\\")) return void 0;
  const placeholder = dialect === "kotlin" ? /\$\{([^{}]*)\}|\$([A-Za-z_]\w*)/g : /\$\{([^{}]*)\}|\$([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g;
  let value = "";
  let last = 0;
  let at;
  let span;
  for (const match of body.matchAll(placeholder)) {
    value += body.slice(last, match.index);
    const path = match[1] !== void 0 ? placeholderPath(match[1], dialect) : match[2].split(".");
    const found = path && lookupReference(path, resolver);
    const term = found && termOf(found);
    if (!term) return void 0;
    value += term.value;
    if (match.index === 0 && match[0].length === body.length) {
      at = term.at;
      span = term.span;
    }
    last = match.index + match[0].length;
  }
  value += body.slice(last);
  return { value, ...at ? { at } : {}, ...span ? { span } : {} };
}
function matchingParens(tokens) {
  const closing = /* @__PURE__ */ new Map();
  const open = [];
  tokens.forEach((t, k) => {
    if (t.kind !== "punct") return;
    if (t.text === "(" || t.text === "[") open.push(k);
    else if (t.text === ")" || t.text === "]") {
      const from = open.pop();
      if (from !== void 0) closing.set(from, k);
    }
  });
  return closing;
}
function valueOf(text, tokens, resolver, dialect = "kotlin") {
  const closing = matchingParens(tokens);
  let low = 0;
  let high = tokens.length;
  while (high - low >= 2 && tokens[low].text === "(" && closing.get(low) === high - 1) {
    low++;
    high--;
  }
  const list = tokens.slice(low, high);
  if (list.length === 0) return void 0;
  const first = list[0];
  const last = list[list.length - 1];
  const value = {
    expression: text.slice(first.start, last.end),
    start: first.start,
    end: last.end
  };
  const terms = [[]];
  let depth = 0;
  for (const token of list) {
    if (token.kind === "punct") {
      if (token.text === "(" || token.text === "[") depth++;
      else if (token.text === ")" || token.text === "]") depth--;
      else if (token.text === "+" && depth === 0) {
        terms.push([]);
        continue;
      }
    }
    terms[terms.length - 1].push(token);
  }
  let literal = "";
  for (const term of terms) {
    const resolved = term.length > 0 ? resolveTerm(term, resolver, dialect) : void 0;
    if (!resolved) return value;
    literal += resolved.value;
    if (terms.length === 1 && resolved.at) value.at = resolved.at;
    if (terms.length === 1 && resolved.span) value.span = resolved.span;
  }
  value.literal = literal;
  return value;
}
var CONTAINERS = /* @__PURE__ */ new Set(["productFlavors", "buildTypes", "signingConfigs"]);
var VARIANT_CONTAINERS = /* @__PURE__ */ new Set(["productFlavors", "buildTypes"]);
function closureVariables(statements, into = /* @__PURE__ */ new Map()) {
  for (const statement of statements) {
    const t = statement.tokens;
    if (!statement.block) continue;
    const named = t.length === 3 && t[0].kind === "ident" && t[1].kind === "ident" && t[2].text === "=";
    if (named && (t[0].text === "def" || t[0].text === "val")) into.set(t[1].text, statement.block);
    else closureVariables(statement.block, into);
  }
  return into;
}
function composesClosure(rest) {
  const first = rest.at(-2);
  const second = rest.at(-1);
  return rest.length >= 3 && first?.text === ">" && second?.text === ">" && first.end === second.start;
}
function composedTemplate(rest, closures) {
  if (rest.length !== 3 || rest[0].kind !== "ident" || !composesClosure(rest)) return void 0;
  return closures.get(rest[0].text);
}
var ELEMENT_CALLS = /* @__PURE__ */ new Set(["create", "register", "getByName", "named", "maybeCreate", "getAt"]);
var DECLARING_CALLS = /* @__PURE__ */ new Set(["create", "register", "maybeCreate"]);
var WILDCARD_CALLS = /* @__PURE__ */ new Set(["all", "configureEach"]);
var WILDCARD = "*";
var TRANSPARENT_CALLS = /* @__PURE__ */ new Set(["configure", "apply", "run", "with", "get", "also"]);
function logicalPath(context, segments) {
  let path = [...context];
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k];
    if (segment.name === ANDROID_ROOT) {
      path = ["android"];
      continue;
    }
    const parent = path[path.length - 1];
    if (parent !== void 0 && CONTAINERS.has(parent)) {
      if (segment.args && ELEMENT_CALLS.has(segment.name)) {
        const name = segment.args[0]?.length === 1 ? segment.args[0][0] : void 0;
        if (name?.kind !== "string" || name.interpolated) return void 0;
        path.push(name.value);
      } else if (WILDCARD_CALLS.has(segment.name)) path.push(WILDCARD);
      else if (!segment.args) path.push(segment.name);
      else return void 0;
      continue;
    }
    if (TRANSPARENT_CALLS.has(segment.name) && k > 0) continue;
    if ((segment.name === "if" || segment.name === "else") && k === 0 && segments.length === 1) continue;
    if (segment.name === "project" && k === 0 && path.length === 0 && segments.length > 1) continue;
    path.push(segment.name);
  }
  return path;
}
function setterName(segment) {
  const match = /^set([A-Z]\w*)$/.exec(segment.name);
  return match ? match[1][0].toLowerCase() + match[1].slice(1) : segment.name;
}
function readGradleModel(text, dialect, external) {
  const statements = parseStatements(tokenizeGradle(text, dialect));
  const resolver = { locals: /* @__PURE__ */ new Map(), ...external ? { external } : {} };
  collectLocals(text, statements, resolver, dialect);
  const model = {
    dialect,
    appliesApplicationPlugin: false,
    appliesLibraryPlugin: false,
    defaultConfig: {},
    flavors: /* @__PURE__ */ new Map(),
    buildTypes: /* @__PURE__ */ new Map(),
    signingConfigs: /* @__PURE__ */ new Map()
  };
  const assign = (path, args, append) => {
    const [root, section, element, property] = path;
    if (root !== "android") return;
    if (section === "flavorDimensions" && path.length === 2) {
      const values = args.flatMap((arg) => dimensionValues(text, arg, resolver, dialect));
      model.flavorDimensions = append ? [...model.flavorDimensions ?? [], ...values] : values;
      return;
    }
    const value = args.length === 1 ? valueOf(text, args[0], resolver, dialect) : void 0;
    if (!value) return;
    if (section === "namespace" && path.length === 2) model.namespace = value;
    else if (section === "defaultConfig" && path.length === 3)
      setVariantProperty(model.defaultConfig, element, value);
    else if ((section === "productFlavors" || section === "buildTypes") && path.length === 4) {
      const map = section === "productFlavors" ? model.flavors : model.buildTypes;
      const config = map.get(element) ?? {};
      map.set(element, config);
      setVariantProperty(config, property, value);
      if (element === WILDCARD) {
        for (const [name, other] of map) if (name !== WILDCARD) setVariantProperty(other, property, value);
      }
    } else if (section === "signingConfigs" && path.length === 4) {
      const config = model.signingConfigs.get(element) ?? {};
      model.signingConfigs.set(element, config);
      if (property === "storeFile" || property === "keyAlias") config[property] = value;
    }
  };
  const declare = (path) => {
    const [root, section, element] = path;
    if (root !== "android" || path.length !== 3 || element === void 0) return;
    if (section === "productFlavors" && !model.flavors.has(element)) model.flavors.set(element, {});
    if (section === "buildTypes" && !model.buildTypes.has(element)) model.buildTypes.set(element, {});
    if (section === "signingConfigs" && !model.signingConfigs.has(element))
      model.signingConfigs.set(element, {});
  };
  const closures = closureVariables(statements);
  const visit = (block, context) => {
    const here = !context.includes("subprojects") && !context.includes("gradlePlugin");
    for (const statement of block) {
      if (here && appliesPlugin(statement.tokens, "application")) model.appliesApplicationPlugin = true;
      if (here && appliesPlugin(statement.tokens, "library")) model.appliesLibraryPlugin = true;
      const head = parseHead(statement.tokens);
      if (!head) continue;
      const { segments, rest } = head;
      const last = segments[segments.length - 1];
      if (rest.length === 0 && statement.block) {
        const path = logicalPath(context, segments);
        if (!path) continue;
        declare(path);
        visit(statement.block, path);
        continue;
      }
      if (rest.length > 0 && statement.block) {
        const path = logicalPath(context, segments);
        if (composesClosure(rest) && path?.length === 3 && path[0] === "android" && VARIANT_CONTAINERS.has(path[1])) {
          declare(path);
          const template = composedTemplate(rest, closures);
          if (template) visit(template, path);
          else
            assign(
              [...path, "applicationIdSuffix"],
              [
                [
                  {
                    kind: "ident",
                    text: text.slice(rest[0].start, rest.at(-1).end),
                    start: rest[0].start,
                    end: rest.at(-1).end
                  }
                ]
              ],
              false
            );
          visit(statement.block, path);
          continue;
        }
      }
      const first = rest[0];
      if (first?.kind === "punct" && (first.text === "=" || first.text === "+=")) {
        if (last.args) continue;
        const path = logicalPath(context, segments);
        if (path) assign(path, splitArguments(rest.slice(1)), first.text === "+=");
        continue;
      }
      if (rest.length === 0 && last.args && DECLARING_CALLS.has(last.name)) {
        const path = logicalPath(context, segments);
        if (path?.length === 3) {
          declare(path);
          continue;
        }
      }
      if (rest.length === 0 && last.args) {
        if (last.name === "addAll" || last.name === "add") {
          const path2 = logicalPath(context, segments.slice(0, -1));
          if (path2) assign(path2, last.args, true);
          continue;
        }
        const path = logicalPath(context, [...segments.slice(0, -1), { name: setterName(last) }]);
        if (path) assign(path, last.args, false);
        continue;
      }
      if (rest.length > 0 && !last.args && first?.kind !== "punct") {
        const path = logicalPath(context, segments);
        if (path) assign(path, splitArguments(rest), false);
      }
    }
  };
  visit(statements, []);
  everyFlavorConfigured(model.flavors);
  return model;
}
function everyFlavorConfigured(flavors) {
  const every = flavors.get(WILDCARD);
  if (!every) return;
  flavors.delete(WILDCARD);
  for (const [name, own] of flavors) flavors.set(name, { ...every, ...own });
}
var APPLYING_WORDS = /* @__PURE__ */ new Set(["id", "plugin", "apply"]);
function appliesPlugin(tokens, kind) {
  const pluginId = new RegExp(`android[\\w.-]*[.-]${kind}$`);
  const applying = tokens.some((t) => t.kind === "ident" && APPLYING_WORDS.has(t.text));
  const names = tokens.some(
    (t) => t.kind === "string" && applying && pluginId.test(t.value) || t.kind === "ident" && t.text === "alias" && tokens.some((u) => u.kind === "ident" && u.text === kind)
  );
  const notApplied = tokens.some(
    (t, k) => t.kind === "ident" && t.text === "apply" && (tokens[k + 1]?.text === "false" || tokens[k + 1]?.text === "(" && tokens[k + 2]?.text === "false")
  );
  return names && !notApplied;
}
function dimensionValues(text, arg, resolver, dialect) {
  const inner = arg.filter((t) => t.kind === "string");
  if (inner.length > 0 && inner.length === arg.filter((t) => t.kind !== "punct" && t.kind !== "ident").length) {
    return inner.map((t) => valueOf(text, [t]));
  }
  const value = valueOf(text, arg, resolver, dialect);
  return value ? [value] : [];
}
function setVariantProperty(config, property, value) {
  if (property === "applicationId" || property === "applicationIdSuffix" || property === "dimension") {
    config[property] = value;
  } else if (property === "signingConfig") config.signingConfig = value;
  else if (property === "initWith") {
    const match = /(?:^|\.)(?:(?:getByName|named|getAt)\s*\(\s*["'](\w+)["']\s*\)|\[\s*["'](\w+)["']\s*\]|(\w+))$/.exec(
      value.expression
    );
    const name = match?.[1] ?? match?.[2] ?? match?.[3];
    if (name) config.initWith = name;
  }
}
function readScriptConstants(file, text, into) {
  const dialect = file.endsWith(".kts") ? "kotlin" : "groovy";
  let statements;
  try {
    statements = parseStatements(tokenizeGradle(text, dialect));
  } catch (error) {
    if (error instanceof GradleSyntaxError) return;
    throw error;
  }
  const resolver = { locals: /* @__PURE__ */ new Map() };
  collectLocals(text, statements, resolver, dialect);
  const lines = new LineIndex(text);
  for (const [name, value] of resolver.locals) {
    if (value.literal === void 0) continue;
    const span = value.span ?? value;
    into.set([name], { value: value.literal, location: value.at ?? lines.locate(file, span.start, span.end) });
  }
}
function collectLocals(text, statements, resolver, dialect, inExt = false) {
  const MODIFIERS = /* @__PURE__ */ new Set(["val", "var", "def", "final", "const", "private", "static", "String"]);
  for (const statement of statements) {
    const tokens = statement.tokens;
    if (statement.block) {
      const isExt = tokens.length === 1 && tokens[0].text === "ext";
      if (isExt) collectLocals(text, statement.block, resolver, dialect, true);
      else if (tokens.length === 1 && tokens[0].text === "buildscript" && !inExt)
        collectLocals(text, statement.block, resolver, dialect, false);
      continue;
    }
    let i = 0;
    while (tokens[i]?.kind === "ident" && MODIFIERS.has(tokens[i].text)) i++;
    const hasModifier = i > 0;
    let name;
    if (tokens[i]?.kind === "ident") {
      name = tokens[i].text;
      i++;
      while (tokens[i]?.text === "." && tokens[i + 1]?.kind === "ident") {
        name = tokens[i + 1].text;
        i += 2;
      }
      if (tokens[i]?.text === "[" && tokens[i + 1]?.kind === "string" && tokens[i + 2]?.text === "]") {
        name = tokens[i + 1].value;
        i += 3;
      }
    }
    if (!name) continue;
    const qualified = tokens.slice(0, i).some((t) => t.text === "ext" || t.text === "extra");
    if (!hasModifier && !qualified && !inExt) continue;
    if (tokens[i]?.text === ":") i += 2;
    let valueTokens;
    if (tokens[i]?.text === "=") valueTokens = tokens.slice(i + 1);
    else if (tokens[i]?.text === "by" && tokens[i + 1]?.text === "extra" && tokens[i + 2]?.text === "(" && tokens[tokens.length - 1]?.text === ")")
      valueTokens = tokens.slice(i + 3, -1);
    if (!valueTokens) continue;
    const value = valueOf(text, valueTokens, resolver, dialect);
    if (value && !resolver.locals.has(name)) resolver.locals.set(name, value);
  }
}
var MAX_GRADLE_VARIANTS = 2e3;
function flavorGroups(model) {
  const flavors = [...model.flavors.entries()].map(([name, config]) => ({ name, config }));
  if (flavors.length === 0) return [];
  const declared = (model.flavorDimensions ?? []).map((d) => d.literal).filter((d) => d !== void 0);
  const seen = flavors.map((f) => f.config.dimension?.literal).filter((d) => d !== void 0);
  const dimensions = declared.length > 0 ? declared : [...new Set(seen)];
  if (dimensions.length <= 1) return [flavors];
  const groups = dimensions.map(
    (dimension) => flavors.filter((f) => f.config.dimension?.literal === dimension)
  );
  if (groups.some((g) => g.length === 0) || groups.flat().length !== flavors.length) return [flavors];
  return groups;
}
function flavorCombinations(groups, max) {
  const count = groups.reduce((n, g) => n * g.length, 1);
  if (count > max) return { count };
  return groups.reduce(
    (combos, group) => combos.flatMap((c) => group.map((f) => [...c, f])),
    [[]]
  );
}
function namedVariant(groups, buildTypes, variant) {
  const failed = /* @__PURE__ */ new Set();
  const search = (depth, rest, chosen) => {
    if (depth === groups.length) {
      const buildType = buildTypes.find((b) => b.toLowerCase() === rest);
      return buildType === void 0 ? void 0 : { flavors: chosen, buildType };
    }
    const state = `${depth}:${rest.length}`;
    if (failed.has(state)) return void 0;
    for (const flavor of groups[depth]) {
      const name = flavor.name.toLowerCase();
      if (!rest.startsWith(name)) continue;
      const found = search(depth + 1, rest.slice(name.length), [...chosen, flavor]);
      if (found) return found;
    }
    failed.add(state);
    return void 0;
  };
  return search(0, variant, []);
}
function variantName(flavors, buildType) {
  const names = [...flavors.map((f) => f.name), buildType];
  return names.map((n, k) => k === 0 ? n : n.charAt(0).toUpperCase() + n.slice(1)).join("");
}
function buildTypeConfig(model, name, seen = /* @__PURE__ */ new Set()) {
  const own = model.buildTypes.get(name) ?? {};
  seen.add(name);
  const copied = own.initWith && !seen.has(own.initWith) ? buildTypeConfig(model, own.initWith, seen) : {};
  return { ...model.buildTypes.get(WILDCARD) ?? {}, ...copied, ...own };
}
function derivesFromRelease(model, name) {
  const seen = /* @__PURE__ */ new Set();
  for (let current = name; current && !seen.has(current); ) {
    if (current === "release") return true;
    seen.add(current);
    current = model.buildTypes.get(current)?.initWith;
  }
  return false;
}
function spellsFlavours(prefix, groups) {
  if (groups.length === 0) return prefix === "";
  const [first, ...rest] = groups;
  return first.some((flavour) => {
    const name = flavour.name.toLowerCase();
    return prefix.startsWith(name) && spellsFlavours(prefix.slice(name.length), rest);
  });
}
function releaseLikeBuildTypes(model) {
  const names = [...model.buildTypes.keys()].filter((n) => n !== WILDCARD && n !== "release");
  return ["release", ...names.filter((n) => derivesFromRelease(model, n))];
}
function releaseBuildType(model) {
  return buildTypeConfig(model, "release");
}
function detectGradle(file, text, options = {}) {
  const dialect = options.dialect ?? (file.endsWith(".kts") ? "kotlin" : "groovy");
  const lines = new LineIndex(text);
  const result = {
    identities: [],
    signing: [],
    unresolved: [],
    notes: []
  };
  let model;
  try {
    model = readGradleModel(text, dialect, options.symbols);
  } catch (error) {
    if (!(error instanceof GradleSyntaxError)) throw error;
    const at = lines.position(error.offset);
    result.notes.push({
      kind: "parse-error",
      file,
      platform: "android",
      message: `${file}:${at.line}:${at.column}: ${error.message}; the application id could not be read`
    });
    return result;
  }
  result.model = model;
  const locate = (value) => value.at ?? lines.locate(file, value.span?.start ?? value.start, value.span?.end ?? value.end);
  const buildTypes = releaseLikeBuildTypes(model);
  const shippedName = options.variant?.toLowerCase();
  if (shippedName !== void 0) {
    for (const name of model.buildTypes.keys()) {
      if (name === WILDCARD || name === "debug" || buildTypes.includes(name)) continue;
      const lower = name.toLowerCase();
      if (shippedName.endsWith(lower) && spellsFlavours(shippedName.slice(0, -lower.length), flavorGroups(model)))
        buildTypes.push(name);
    }
  }
  const groups = flavorGroups(model);
  let combinations = flavorCombinations(
    groups,
    Math.floor(MAX_GRADLE_VARIANTS / Math.max(1, buildTypes.length))
  );
  let judgedBuildTypes = buildTypes;
  const shipped = options.variant?.toLowerCase();
  if (!Array.isArray(combinations)) {
    const named = shipped !== void 0 ? namedVariant(groups, buildTypes, shipped) : void 0;
    if (named) {
      combinations = [named.flavors];
      judgedBuildTypes = [named.buildType];
    } else {
      const variants = buildTypes.length > 1 ? `${combinations.count} product-flavour combinations × ${buildTypes.length} release build types (${combinations.count * buildTypes.length} variants)` : `${combinations.count} product-flavour combinations`;
      result.notes.push({
        kind: "too-large",
        file,
        platform: "android",
        message: `${file} declares ${variants}, over the limit of ${MAX_GRADLE_VARIANTS} variants this gate evaluates; the application id was not checked: ${options.variant === void 0 ? "name the shipped variant under sources.android.variant" : `sources.android.variant "${options.variant}" is none of its release variants, so fix it (its flavours in dimension order, then the build type, e.g. prodRelease)`}, or check the built artifact`
      });
      return result;
    }
  }
  if (shipped !== void 0) {
    const variants = judgedBuildTypes.flatMap((b) => combinations.map((flavors) => variantName(flavors, b)));
    if (!variants.some((v) => v.toLowerCase() === shipped)) {
      result.notes.push({
        kind: "unknown-variant",
        file,
        platform: "android",
        message: `sources.android.variant "${options.variant}" is none of the release variants ${file} declares (${listSome(variants)}), so the application id was not checked: name one of them (its flavours in dimension order, then the build type, e.g. prodRelease). A debug build is not what is filed; flavours or build types added by a Gradle plugin (build-logic) are not seen, so for those check the built artifact instead`
      });
      return result;
    }
  }
  const namespaceIsId = model.appliesApplicationPlugin || options.applicationModule === true && !model.appliesLibraryPlugin;
  for (const buildTypeName of judgedBuildTypes) {
    const buildType = buildTypeConfig(model, buildTypeName);
    for (const flavors of combinations) {
      const variant = variantName(flavors, buildTypeName);
      const release = shipped ? variant.toLowerCase() === shipped : buildTypeName === "release";
      const base = flavors.map((f) => ({ key: "applicationId", value: f.config.applicationId })).find((p) => p.value) ?? (model.defaultConfig.applicationId ? { key: "applicationId", value: model.defaultConfig.applicationId } : void 0);
      const suffixes = [
        model.defaultConfig.applicationIdSuffix,
        ...flavors.map((f) => f.config.applicationIdSuffix)
      ];
      suffixes.push(buildType.applicationIdSuffix);
      const written = suffixes.filter((s) => s !== void 0);
      const unknown = [base?.value, ...written].find((v) => v !== void 0 && v.literal === void 0);
      if (unknown) {
        const baseLiteral = unknown !== base?.value ? base?.value?.literal : void 0;
        result.unresolved.push({
          platform: "android",
          key: unknown === base?.value ? "applicationId" : "applicationIdSuffix",
          expression: unknown.expression,
          reason: `the value is computed when Gradle runs (${describeExpression(unknown.expression)}), so it cannot be compared with the filing`,
          variant,
          release,
          location: locate(unknown),
          ...baseLiteral !== void 0 && base?.value ? { base: { key: "applicationId", value: baseLiteral, location: locate(base.value) } } : {}
        });
        continue;
      }
      const suffix = written.reduce((acc, s) => mergeSuffix(s.literal, acc), "");
      let baseId;
      let baseLocation;
      let baseKey;
      if (base) {
        baseId = base.value.literal;
        baseLocation = locate(base.value);
        baseKey = "applicationId";
      } else if (model.namespace?.literal !== void 0 && namespaceIsId) {
        baseId = model.namespace.literal;
        baseLocation = locate(model.namespace);
        baseKey = "namespace";
      } else if (options.manifestPackage) {
        baseId = options.manifestPackage.value;
        baseLocation = options.manifestPackage.location;
        baseKey = "package";
      } else {
        if (model.namespace && namespaceIsId) {
          result.unresolved.push({
            platform: "android",
            key: "namespace",
            expression: model.namespace.expression,
            reason: `there is no applicationId, so the namespace is the application id, and it is computed when Gradle runs (${describeExpression(model.namespace.expression)})`,
            variant,
            release,
            location: locate(model.namespace)
          });
        }
        continue;
      }
      const value = suffix ? mergeSuffix(suffix, baseId) : baseId;
      const identity = {
        platform: "android",
        key: baseKey,
        value,
        variant,
        release,
        location: baseLocation
      };
      const suffixParts = written.filter((s) => s.literal !== "");
      if (suffixParts.length > 0) {
        const parts = [{ key: baseKey, value: baseId, location: baseLocation }];
        for (const s of suffixParts)
          parts.push({ key: "applicationIdSuffix", value: s.literal, location: locate(s) });
        identity.parts = parts;
      }
      result.identities.push(identity);
    }
  }
  result.signing.push(...releaseSigning(model, locate));
  return result;
}
function describeExpression(expression) {
  return /^["']/.test(expression) ? "string interpolation" : "a variable or function call";
}
function signingConfigName(value) {
  const match = /^signingConfigs\s*\.\s*(\w+)$/.exec(value.expression) ?? /^(?:android\s*\.\s*)?signingConfigs\s*(?:\.\s*(?:getByName|named|getAt)\s*\(|\[)\s*["'](\w[\w.-]*)["']\s*[)\]](?:\s*\.\s*get\s*\(\s*\))?$/.exec(
    value.expression
  );
  return match?.[1];
}
function storeFilePath(value) {
  const match = /^(?:(?:rootProject|project)\s*\.\s*)?file\s*\(\s*(["'])([^"'$]*)\1\s*\)$/.exec(
    value.expression
  );
  return match ? match[2] : value.literal ?? value.expression;
}
function releaseSigning(model, locate) {
  const hints = [];
  const buildType = releaseBuildType(model);
  const used = /* @__PURE__ */ new Set();
  const references = [];
  if (buildType.signingConfig) references.push({ variant: "release", value: buildType.signingConfig });
  else {
    for (const [name, config] of model.flavors) {
      if (config.signingConfig) references.push({ variant: `${name} flavour`, value: config.signingConfig });
    }
    if (references.length === 0 && model.defaultConfig.signingConfig) {
      references.push({ variant: "defaultConfig", value: model.defaultConfig.signingConfig });
    }
  }
  for (const { variant, value } of references) {
    const name = signingConfigName(value);
    if (name) used.add(name);
    const what = name ? `signingConfigs.${name}` : value.expression;
    const debugWarning = name === "debug" ? " (the debug keystore: not the certificate in the filing)" : "";
    hints.push({
      platform: "android",
      key: "signingConfig",
      value: name ?? value.expression,
      variant,
      description: `release builds are signed with ${what}${debugWarning}`,
      location: locate(value)
    });
  }
  for (const name of used) {
    const config = model.signingConfigs.get(name);
    if (config?.storeFile) {
      const path = storeFilePath(config.storeFile);
      hints.push({
        platform: "android",
        key: "storeFile",
        value: path,
        variant: name,
        description: `signingConfigs.${name} reads the keystore ${path}`,
        location: locate(config.storeFile)
      });
    }
    if (config?.keyAlias) {
      const alias = config.keyAlias.literal ?? config.keyAlias.expression;
      hints.push({
        platform: "android",
        key: "keyAlias",
        value: alias,
        variant: name,
        description: `signingConfigs.${name} signs with the key alias ${alias}`,
        location: locate(config.keyAlias)
      });
    }
  }
  return hints;
}
var MAX_NESTING = 512;
var Json5SyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var ESCAPES2 = { b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", "0": "\0" };
var WHITESPACE = /[\s\uFEFF\u2028\u2029]/;
function parseJson5(text) {
  let i = 0;
  const skip = () => {
    while (i < text.length) {
      if (WHITESPACE.test(text[i])) i++;
      else if (text.startsWith("//", i)) {
        while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
      } else if (text.startsWith("/*", i)) {
        const close = text.indexOf("*/", i + 2);
        if (close < 0) throw new Json5SyntaxError("unterminated /* comment", i);
        i = close + 2;
      } else break;
    }
  };
  const string = () => {
    const start = i;
    const quote = text[i];
    i++;
    let value2 = "";
    while (i < text.length && text[i] !== quote) {
      const c = text[i];
      if (c === "\n" || c === "\r") throw new Json5SyntaxError("unterminated string", start);
      if (c !== "\\") {
        value2 += c;
        i++;
        continue;
      }
      const next = text[i + 1] ?? "";
      if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        value2 += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (next === "x" && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4))) {
        value2 += String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16));
        i += 4;
      } else if (next === "\r" || next === "\n") {
        i += next === "\r" && text[i + 2] === "\n" ? 3 : 2;
      } else {
        value2 += ESCAPES2[next] ?? next;
        i += 2;
      }
    }
    if (i >= text.length) throw new Json5SyntaxError("unterminated string", start);
    i++;
    return { value: value2, start, end: i };
  };
  const identifier = () => {
    const match = /^[A-Za-z_$\u00C0-\uFFFF][\w$\u00C0-\uFFFF]*/.exec(text.slice(i, i + 512));
    if (!match) throw new Json5SyntaxError(`unexpected ${describe(text[i])}`, i);
    const key = { name: match[0], start: i, end: i + match[0].length };
    i = key.end;
    return key;
  };
  let depth = 0;
  const value = () => {
    skip();
    const start = i;
    const c = text[i];
    if (c === void 0) throw new Json5SyntaxError("unexpected end of file", i);
    if ((c === "{" || c === "[") && ++depth > MAX_NESTING)
      throw new Json5SyntaxError(`nested more than ${MAX_NESTING} levels deep`, i);
    if (c === "{") {
      i++;
      const entries = /* @__PURE__ */ new Map();
      for (; ; ) {
        skip();
        if (text[i] === "}") break;
        const key = text[i] === '"' || text[i] === "'" ? (({ value: value2, ...at }) => ({ name: value2, ...at }))(string()) : identifier();
        skip();
        if (text[i] !== ":") throw new Json5SyntaxError(`expected ":" after the key "${key.name}"`, i);
        i++;
        const item = value();
        entries.delete(key.name);
        entries.set(key.name, { key, value: item });
        skip();
        if (text[i] === ",") i++;
        else if (text[i] !== "}") throw new Json5SyntaxError('expected "," or "}"', i);
      }
      i++;
      depth--;
      return { kind: "object", entries, start, end: i };
    }
    if (c === "[") {
      i++;
      const items = [];
      for (; ; ) {
        skip();
        if (text[i] === "]") break;
        items.push(value());
        skip();
        if (text[i] === ",") i++;
        else if (text[i] !== "]") throw new Json5SyntaxError('expected "," or "]"', i);
      }
      i++;
      depth--;
      return { kind: "array", items, start, end: i };
    }
    if (c === '"' || c === "'") return { kind: "string", ...string() };
    const literal = /^(?:true|false|null|[+-]?(?:Infinity|NaN|0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))/.exec(
      text.slice(i, i + 64)
    );
    if (!literal) throw new Json5SyntaxError(`unexpected ${describe(c)}`, i);
    i += literal[0].length;
    const word = literal[0];
    if (word === "true" || word === "false") return { kind: "boolean", value: word === "true", start, end: i };
    if (word === "null") return { kind: "null", start, end: i };
    return { kind: "number", value: parseNumber(word), start, end: i };
  };
  const root = value();
  skip();
  if (i < text.length) throw new Json5SyntaxError("unexpected text after the top-level value", i);
  return root;
}
function parseNumber(word) {
  const sign = word.startsWith("-") ? -1 : 1;
  const unsigned = word.replace(/^[+-]/, "");
  if (unsigned === "Infinity") return sign * Infinity;
  if (unsigned === "NaN") return NaN;
  if (/^0[xX]/.test(unsigned)) return sign * parseInt(unsigned.slice(2), 16);
  return sign * Number(unsigned);
}
function describe(c) {
  return c === void 0 ? "end of file" : JSON.stringify(c);
}
function json5Get(node, path) {
  let current = node;
  for (const key of path) {
    if (current?.kind !== "object") return void 0;
    current = current.entries.get(key)?.value;
  }
  return current;
}
function empty() {
  return { identities: [], signing: [], unresolved: [], notes: [] };
}
function parseConfig(file, text, platform, result) {
  const lines = new LineIndex(text);
  try {
    return { root: parseJson5(text), lines };
  } catch (error) {
    if (!(error instanceof Json5SyntaxError)) throw error;
    const at = lines.position(error.offset);
    result.notes.push({
      kind: "parse-error",
      file,
      platform,
      message: `${file}:${at.line}:${at.column}: ${error.message}; the file could not be read`
    });
    return void 0;
  }
}
function wechatAppId(file, text, path, key, variant) {
  const result = empty();
  const parsed = parseConfig(file, text, "wechat", result);
  const node = parsed && json5Get(parsed.root, path);
  if (!parsed || !node) return result;
  const location = parsed.lines.locate(file, node.start, node.end);
  const common = {
    platform: "wechat",
    key,
    release: true,
    location,
    ...variant ? { variant } : {}
  };
  if (node.kind !== "string") {
    result.unresolved.push({
      ...common,
      expression: text.slice(node.start, node.end),
      reason: `${key} is not a string`
    });
  } else result.identities.push({ ...common, value: node.value });
  return result;
}
function detectWeChatProjectConfig(file, text) {
  const isPrivate = /(^|\/)project\.private\.config\.json$/.test(file);
  return wechatAppId(file, text, ["appid"], "appid", isPrivate ? "private" : void 0);
}
function detectUniAppManifest(file, text) {
  const result = wechatAppId(file, text, ["mp-weixin", "appid"], "mp-weixin.appid", void 0);
  const parsed = parseConfig(file, text, "wechat", empty());
  if (!parsed) return result;
  const native = [
    ["android", ["app-plus", "distribute", "android", "packagename"]],
    ["ios", ["app-plus", "distribute", "ios", "appid"]]
  ];
  for (const [platform, keyPath] of native) {
    const node = json5Get(parsed.root, keyPath);
    if (node?.kind !== "string") continue;
    result.identities.push({
      platform,
      key: keyPath.join("."),
      value: node.value,
      release: true,
      location: parsed.lines.locate(file, node.start, node.end)
    });
  }
  return result;
}
function isUniAppManifest(text) {
  return /"(mp-weixin|app-plus|uniStatistics|vueVersion)"\s*:/.test(text);
}
function detectAlipayProject(file, _text) {
  const result = empty();
  result.notes.push({
    kind: "no-identity",
    file,
    platform: "alipay",
    message: `${file} holds no AppID: the Alipay IDE binds the project to an app and minidev takes --app-id when uploading, so the Alipay AppID cannot be checked in the source tree`
  });
  return result;
}
function empty2() {
  return { identities: [], signing: [], unresolved: [], notes: [] };
}
function bundleNameInto(result, file, lines, node, variant) {
  const location = lines.locate(file, node.start, node.end);
  const common = {
    platform: "harmony",
    key: "bundleName",
    release: true,
    location,
    ...variant ? { variant } : {}
  };
  if (node.kind === "string" && !/\$|\{/.test(node.value))
    result.identities.push({ ...common, value: node.value });
  else {
    result.unresolved.push({
      ...common,
      expression: node.kind === "string" ? node.value : `(${node.kind})`,
      reason: "bundleName is not a literal string; it cannot be compared with the filing"
    });
  }
}
function detectHarmonyAppJson5(file, text) {
  const result = empty2();
  const parsed = parseConfig(file, text, "harmony", result);
  if (!parsed) return result;
  const node = json5Get(parsed.root, ["app", "bundleName"]);
  if (node) bundleNameInto(result, file, parsed.lines, node, void 0);
  else {
    result.notes.push({
      kind: "no-identity",
      file,
      platform: "harmony",
      message: `${file} has no app.bundleName`
    });
  }
  return result;
}
function detectHarmonyBuildProfile(file, text) {
  const result = empty2();
  const parsed = parseConfig(file, text, "harmony", result);
  if (!parsed) return result;
  const { root, lines } = parsed;
  const locate = (node) => lines.locate(file, node.start, node.end);
  const products = json5Get(root, ["app", "products"]);
  const used = /* @__PURE__ */ new Set();
  for (const product of products?.kind === "array" ? products.items : []) {
    const name = json5Get(product, ["name"]);
    const productName = name?.kind === "string" ? name.value : void 0;
    const bundleName = json5Get(product, ["bundleName"]);
    if (bundleName) bundleNameInto(result, file, lines, bundleName, productName);
    const signingConfig = json5Get(product, ["signingConfig"]);
    if (signingConfig?.kind === "string") {
      used.add(signingConfig.value);
      result.signing.push({
        platform: "harmony",
        key: "signingConfig",
        value: signingConfig.value,
        ...productName ? { variant: productName } : {},
        description: `product ${productName ?? "(unnamed)"} is signed with the signing config ${signingConfig.value}`,
        location: locate(signingConfig)
      });
    }
  }
  const configs = json5Get(root, ["app", "signingConfigs"]);
  for (const config of configs?.kind === "array" ? configs.items : []) {
    const name = json5Get(config, ["name"]);
    const configName = name?.kind === "string" ? name.value : "(unnamed)";
    if (used.size > 0 && !used.has(configName)) continue;
    for (const key of ["storeFile", "certpath", "profile"]) {
      const node = json5Get(config, ["material", key]);
      if (node?.kind !== "string") continue;
      result.signing.push({
        platform: "harmony",
        key,
        value: node.value,
        variant: configName,
        description: `signing config ${configName} uses the ${key === "certpath" ? "certificate" : key === "profile" ? "profile" : "keystore"} ${node.value}`,
        location: locate(node)
      });
    }
  }
  return result;
}
function everyProductSetsBundleName(file, text) {
  const parsed = parseConfig(file, text, "harmony", empty2());
  const products = parsed && json5Get(parsed.root, ["app", "products"]);
  if (products?.kind !== "array" || products.items.length === 0) return false;
  return products.items.every((product) => json5Get(product, ["bundleName"]) !== void 0);
}
function detectInfoPlist(file, text, context = {}) {
  const result = { identities: [], signing: [], unresolved: [], notes: [] };
  if (!/^\s*(<\?xml|<!DOCTYPE|<plist)/.test(text.replace(/^\uFEFF/, ""))) {
    result.notes.push({
      kind: "parse-error",
      file,
      platform: "ios",
      message: `${file} is not an XML property list (binary plists are not read); CFBundleIdentifier was not checked`
    });
    return result;
  }
  const items = scanXml(text);
  let lines;
  let depth = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (item.kind === "text") continue;
    if (item.name === "dict" || item.name === "array") {
      if (item.kind === "open") depth++;
      else if (item.kind === "close") depth--;
      continue;
    }
    if (depth !== 1 || item.kind !== "open" || item.name !== "key") continue;
    const keyText = items[k + 1];
    if (keyText?.kind !== "text" || keyText.value.trim() !== "CFBundleIdentifier") continue;
    const nextAt = nextSignificant(items, k + 2);
    const next = items[nextAt];
    if (next?.kind !== "close" || next.name !== "key") continue;
    const at = nextSignificant(items, nextAt + 1);
    const open = items[at];
    if (open?.kind !== "open" || open.name !== "string") break;
    const valueItem = items[at + 1];
    const value = valueItem?.kind === "text" ? valueItem.value.trim() : "";
    const start = valueItem?.kind === "text" ? valueItem.start + (valueItem.value.length - valueItem.value.trimStart().length) : open.end;
    lines ??= new LineIndex(text);
    const location = lines.locate(file, start, start + value.length);
    const common = {
      platform: "ios",
      key: "CFBundleIdentifier",
      release: true,
      location,
      ...context
    };
    if (!/\$[({]/.test(value)) result.identities.push({ ...common, value });
    else if (!/^\$[({]PRODUCT_BUNDLE_IDENTIFIER[)}]$/.test(value)) {
      result.unresolved.push({
        ...common,
        expression: value,
        reason: "CFBundleIdentifier uses a build setting other than PRODUCT_BUNDLE_IDENTIFIER; it is only known when Xcode builds"
      });
    }
    break;
  }
  return result;
}
function nextSignificant(items, from) {
  let k = from;
  while (k < items.length && items[k].kind === "text" && items[k].value.trim() === "")
    k++;
  return k;
}
var MAX_NESTING2 = 512;
var PlistSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var BARE = /[A-Za-z0-9_$+/:.\-~]/;
var ESCAPES3 = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f", a: "\x07", v: "\v" };
function parseOpenStepPlist(text) {
  let i = 0;
  const skip = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === " " || c === "	" || c === "\n" || c === "\r" || c === "\uFEFF") i++;
      else if (text.startsWith("//", i)) {
        while (i < text.length && text[i] !== "\n") i++;
      } else if (text.startsWith("/*", i)) {
        const close = text.indexOf("*/", i + 2);
        if (close < 0) throw new PlistSyntaxError("unterminated /* comment", i);
        i = close + 2;
      } else break;
    }
  };
  const expect = (c) => {
    skip();
    if (text[i] !== c) throw new PlistSyntaxError(`expected "${c}"`, i);
    i++;
  };
  const string = () => {
    skip();
    const start = i;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      i++;
      let value2 = "";
      while (i < text.length && text[i] !== quote) {
        if (text[i] === "\\") {
          const next = text[i + 1] ?? "";
          if (next === "U" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            value2 += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
            i += 6;
          } else if (/[0-7]/.test(next)) {
            const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))[0];
            value2 += String.fromCharCode(parseInt(octal, 8));
            i += 1 + octal.length;
          } else {
            value2 += ESCAPES3[next] ?? next;
            i += 2;
          }
        } else {
          let end = i + 1;
          while (end < text.length && text[end] !== quote && text[end] !== "\\") end++;
          value2 += text.slice(i, end);
          i = end;
        }
      }
      if (i >= text.length) throw new PlistSyntaxError("unterminated quoted string", start);
      i++;
      return { kind: "string", value: value2, start, end: i };
    }
    while (i < text.length && BARE.test(text[i])) i++;
    if (i === start) throw new PlistSyntaxError(`unexpected ${JSON.stringify(text[i] ?? "end of file")}`, i);
    return { kind: "string", value: text.slice(start, i), start, end: i };
  };
  let depth = 0;
  const value = () => {
    skip();
    const start = i;
    const c = text[i];
    if ((c === "{" || c === "(") && ++depth > MAX_NESTING2)
      throw new PlistSyntaxError(`nested more than ${MAX_NESTING2} levels deep`, i);
    if (c === "{") {
      i++;
      const entries = /* @__PURE__ */ new Map();
      for (; ; ) {
        skip();
        if (text[i] === "}") {
          i++;
          depth--;
          return { kind: "dict", entries, start, end: i };
        }
        const key = string();
        expect("=");
        const item = value();
        expect(";");
        entries.set(key.value, { key, value: item });
      }
    }
    if (c === "(") {
      i++;
      const items = [];
      for (; ; ) {
        skip();
        if (text[i] === ")") {
          i++;
          depth--;
          return { kind: "array", items, start, end: i };
        }
        items.push(value());
        skip();
        if (text[i] === ",") i++;
        else if (text[i] !== ")") throw new PlistSyntaxError('expected "," or ")" in array', i);
      }
    }
    if (c === "<") {
      const close = text.indexOf(">", i);
      if (close < 0) throw new PlistSyntaxError("unterminated <data>", i);
      i = close + 1;
      return { kind: "data", start, end: i };
    }
    return string();
  };
  const root = value();
  skip();
  if (i < text.length) throw new PlistSyntaxError("unexpected text after the top-level value", i);
  return root;
}
function dictGet(node, key) {
  return node?.kind === "dict" ? node.entries.get(key)?.value : void 0;
}
function stringGet(node, key) {
  const value = dictGet(node, key);
  return value?.kind === "string" ? value : void 0;
}
var APPLICATION = "com.apple.product-type.application";
var EMBEDDED = [
  "com.apple.product-type.app-extension",
  "com.apple.product-type.extensionkit-extension",
  "com.apple.product-type.watchkit2-extension",
  "com.apple.product-type.tv-app-extension",
  "com.apple.product-type.application.watchapp2",
  "com.apple.product-type.application.watchapp2-container",
  "com.apple.product-type.application.on-demand-install-capable",
  "com.apple.product-type.application.messages"
];
var SIGNING_KEYS = [
  "CODE_SIGN_STYLE",
  "CODE_SIGN_IDENTITY",
  "DEVELOPMENT_TEAM",
  "PROVISIONING_PROFILE_SPECIFIER",
  "PROVISIONING_PROFILE"
];
function isReleaseConfiguration(name) {
  return /^release(?:$|[-_ .])/i.test(name);
}
var lastParse;
function parseOnce(text) {
  if (lastParse?.text !== text) lastParse = { text, root: parseOpenStepPlist(text) };
  return lastParse.root;
}
function detectXcodeProject(file, text, xcconfigs) {
  const result = {
    identities: [],
    signing: [],
    unresolved: [],
    notes: [],
    infoPlists: [],
    xcconfigs: []
  };
  const lines = new LineIndex(text);
  const locate = (node) => lines.locate(file, node.start, node.end);
  let root;
  try {
    root = parseOnce(text);
  } catch (error) {
    if (!(error instanceof PlistSyntaxError)) throw error;
    const at = lines.position(error.offset);
    result.notes.push({
      kind: "parse-error",
      file,
      platform: "ios",
      message: `${file}:${at.line}:${at.column}: ${error.message}; the bundle identifier could not be read`
    });
    return result;
  }
  const objects = dictGet(root, "objects");
  const object = (id) => id === void 0 ? void 0 : dictGet(objects, id);
  const fileName = (id) => {
    const ref = object(id);
    return stringGet(ref, "path")?.value ?? stringGet(ref, "name")?.value;
  };
  const parents = /* @__PURE__ */ new Map();
  if (objects?.kind === "dict") {
    for (const [id, { value }] of objects.entries) {
      const children = dictGet(value, "children");
      if (children?.kind !== "array") continue;
      for (const child of children.items) if (child.kind === "string") parents.set(child.value, id);
    }
  }
  const pathFromSrcRoot = (id) => {
    if (id === void 0 || object(id) === void 0) return void 0;
    const parts = [];
    const seen = /* @__PURE__ */ new Set();
    for (let current = id; current !== void 0 && !seen.has(current); current = parents.get(current)) {
      seen.add(current);
      const ref = object(current);
      const sourceTree = stringGet(ref, "sourceTree")?.value ?? "<group>";
      const segment = stringGet(ref, "path")?.value;
      if (segment) parts.unshift(segment);
      if (sourceTree === "SOURCE_ROOT") break;
      if (sourceTree !== "<group>") return void 0;
    }
    return parts.join("/");
  };
  const baseConfigurationOf = (config) => {
    const anchor = stringGet(config, "baseConfigurationReferenceAnchor")?.value;
    const relative = stringGet(config, "baseConfigurationReferenceRelativePath")?.value;
    if (anchor !== void 0 && relative !== void 0) {
      const folder = pathFromSrcRoot(anchor);
      return {
        base: relative,
        basePath: folder === void 0 ? void 0 : folder ? `${folder}/${relative}` : relative
      };
    }
    const baseId = stringGet(config, "baseConfigurationReference")?.value;
    return { base: fileName(baseId), basePath: pathFromSrcRoot(baseId) || void 0 };
  };
  const configurations = (listId) => {
    const ids = dictGet(object(listId), "buildConfigurations");
    if (ids?.kind !== "array") return [];
    return ids.items.flatMap((item) => {
      const config = item.kind === "string" ? object(item.value) : void 0;
      const nameNode = stringGet(config, "name");
      if (!nameNode) return [];
      const { base, basePath } = baseConfigurationOf(config);
      if (basePath && !result.xcconfigs.includes(basePath)) result.xcconfigs.push(basePath);
      return [
        {
          name: nameNode.value,
          nameNode,
          settings: dictGet(config, "buildSettings"),
          ...base !== void 0 ? { baseConfiguration: base } : {},
          ...basePath ? { baseConfigurationPath: basePath } : {}
        }
      ];
    });
  };
  const projectId = stringGet(root, "rootObject")?.value;
  const project = object(projectId);
  const projectConfigs = configurations(stringGet(project, "buildConfigurationList")?.value);
  const targets = dictGet(project, "targets");
  const targetIds = targets?.kind === "array" ? targets.items.flatMap((t) => t.kind === "string" ? [t.value] : []) : [];
  for (const targetId of targetIds) {
    const target = object(targetId);
    if (stringGet(target, "isa")?.value !== "PBXNativeTarget") continue;
    const productType = stringGet(target, "productType")?.value ?? "";
    const isApp = productType === APPLICATION;
    if (!isApp && !EMBEDDED.includes(productType)) continue;
    const targetName = stringGet(target, "name")?.value ?? targetId;
    for (const config of configurations(stringGet(target, "buildConfigurationList")?.value)) {
      if (!isReleaseConfiguration(config.name)) continue;
      const projectConfig = projectConfigs.find((c) => c.name === config.name);
      const fromXcconfig = (c, key) => c?.baseConfigurationPath ? xcconfigs?.(c.baseConfigurationPath)?.get(key) : void 0;
      const lookup = (key) => {
        const own = stringGet(config.settings, key);
        if (own) return { value: own.value, location: locate(own) };
        const targetFile = fromXcconfig(config, key);
        if (targetFile) return targetFile;
        const project2 = stringGet(projectConfig?.settings, key);
        if (project2) return { value: project2.value, location: locate(project2) };
        return fromXcconfig(projectConfig, key);
      };
      const sdk = lookup("SDKROOT")?.value;
      const supported = lookup("SUPPORTED_PLATFORMS")?.value ?? "";
      const iosSupported = /iphoneos/.test(supported);
      if ((sdk === "macosx" || sdk === "appletvos") && !iosSupported) continue;
      const watchApp = sdk === "watchos" && !iosSupported;
      const common = { variant: config.name, target: targetName, release: isApp && !watchApp };
      const layersRead = [config, projectConfig].every(
        (c) => !c?.baseConfiguration || c.baseConfigurationPath && xcconfigs?.(c.baseConfigurationPath)
      );
      const unsetIsEmpty = layersRead && [config, projectConfig].some((c) => c?.baseConfigurationPath);
      const bundleId = lookup("PRODUCT_BUNDLE_IDENTIFIER");
      if (!bundleId) {
        const xcconfig = config.baseConfiguration ?? projectConfig?.baseConfiguration;
        if (xcconfig) {
          result.unresolved.push({
            platform: "ios",
            key: "PRODUCT_BUNDLE_IDENTIFIER",
            expression: `(${xcconfig})`,
            reason: `PRODUCT_BUNDLE_IDENTIFIER is not set in ${file} for ${targetName} ${config.name}, nor in the xcconfig file ${xcconfig} (or it could not be read)`,
            location: locate(config.nameNode),
            ...common
          });
        }
      } else {
        const expanded = expandBuildSetting(
          bundleId.value,
          (name) => lookup(name)?.value ?? (unsetIsEmpty && !BUILD_ENVIRONMENT.has(name) ? "" : void 0),
          targetName
        );
        if (expanded.value !== void 0) {
          result.identities.push({
            platform: "ios",
            key: "PRODUCT_BUNDLE_IDENTIFIER",
            value: expanded.value,
            location: bundleId.location,
            ...common
          });
        } else {
          result.unresolved.push({
            platform: "ios",
            key: "PRODUCT_BUNDLE_IDENTIFIER",
            expression: bundleId.value,
            reason: expanded.missing ? `the value uses $(${expanded.missing}), which is not defined in ${file} or its xcconfig files (the build environment sets it)` : `the value expands past ${MAX_EXPANDED_LENGTH} characters (a loop or a bomb in the build settings)`,
            location: bundleId.location,
            ...common
          });
        }
      }
      if (!isApp || watchApp) continue;
      const infoPlist = lookup("INFOPLIST_FILE");
      if (infoPlist) {
        const path = expandBuildSetting(infoPlist.value, (name) => lookup(name)?.value, targetName, {
          SRCROOT: ".",
          PROJECT_DIR: "."
        });
        if (path.value !== void 0) {
          result.infoPlists.push({
            target: targetName,
            variant: config.name,
            path: path.value.replace(/^\.\//, "")
          });
        }
      }
      for (const [key, node] of signingSettings(config.settings, projectConfig?.settings)) {
        result.signing.push({
          platform: "ios",
          key,
          value: node.value,
          variant: config.name,
          description: `${targetName} ${config.name} sets ${key} = ${node.value || '""'}`,
          location: locate(node)
        });
      }
    }
  }
  return result;
}
function signingSettings(target, project) {
  const found = /* @__PURE__ */ new Map();
  for (const settings of [project, target]) {
    if (settings?.kind !== "dict") continue;
    for (const [key, { value }] of settings.entries) {
      const base = key.replace(/\[.*\]$/, "");
      if (SIGNING_KEYS.includes(base) && value.kind === "string") found.set(key, value);
    }
  }
  return [...found.entries()];
}
var BUILD_ENVIRONMENT = /* @__PURE__ */ new Set(["CONFIGURATION", "PLATFORM_NAME", "SDK_NAME", "EFFECTIVE_PLATFORM_NAME"]);
var MAX_EXPANDED_LENGTH = 4096;
var BARE_NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
var MAX_EXPANSION_DEPTH = 16;
function expandBuildSetting(raw, lookup, targetName, builtins = {}) {
  const known = {
    TARGET_NAME: targetName,
    PRODUCT_NAME: "$(TARGET_NAME)",
    ...builtins
  };
  let missing;
  let tooLong = false;
  const expand = (value2, depth) => {
    let out = "";
    let i = 0;
    while (i < value2.length) {
      const at = value2.indexOf("$", i);
      const open = at >= 0 ? value2[at + 1] : void 0;
      BARE_NAME.lastIndex = at + 1;
      const bare = at >= 0 && open !== "(" && open !== "{" ? BARE_NAME.exec(value2) : null;
      if (at < 0 || !bare && open !== "(" && open !== "{") {
        out += at < 0 ? value2.slice(i) : value2.slice(i, at + 1);
        i = at < 0 ? value2.length : at + 1;
        continue;
      }
      const close = bare ? at + bare[0].length : value2.indexOf(open === "(" ? ")" : "}", at + 2);
      if (close < 0) {
        missing ??= value2.slice(at, at + 16);
        out += value2.slice(i);
        break;
      }
      out += value2.slice(i, at);
      const whole = value2.slice(at, close + 1);
      i = close + 1;
      const [name = "", ...modifiers] = bare ? [bare[0]] : value2.slice(at + 2, close).split(":");
      const defined = /[$({]/.test(name) ? void 0 : lookup(name) ?? (Object.hasOwn(known, name) ? known[name] : void 0);
      if (defined === void 0 || depth >= MAX_EXPANSION_DEPTH) {
        missing ??= name;
        out += whole;
        continue;
      }
      let result = expand(defined, depth + 1);
      for (const modifier of modifiers.flatMap((m) => m.split(","))) {
        if (modifier === "rfc1034identifier") result = result.replace(/[^A-Za-z0-9.-]/g, "-");
        else if (modifier === "c99extidentifier") result = result.replace(/[^A-Za-z0-9_]/g, "_");
        else if (modifier === "lower") result = result.toLowerCase();
        else if (modifier === "upper") result = result.toUpperCase();
        else if (modifier === "identifier") result = result.replace(/[^A-Za-z0-9_]/g, "_");
        else {
          missing ??= `${name}:${modifier}`;
          result = whole;
          break;
        }
      }
      out += result;
      if (out.length > MAX_EXPANDED_LENGTH) {
        tooLong = true;
        return out.slice(0, MAX_EXPANDED_LENGTH);
      }
      if (tooLong || missing !== void 0) return out;
    }
    return out;
  };
  const value = expand(raw, 0);
  if (tooLong) return {};
  return missing === void 0 ? { value } : { missing };
}
function empty3() {
  return { identities: [], signing: [], unresolved: [], notes: [] };
}
function detectIdentities(relPath, text) {
  const file = relPath.split("\\").join("/");
  switch ((0, import_cli_init.__cfg3_identityFileType)(file)) {
    case "gradle": {
      const { model: _model, ...detected } = detectGradle(file, text);
      return detected;
    }
    case "android-manifest":
      return detectAndroidManifest(file, text);
    case "xcode-project": {
      const { infoPlists: _infoPlists, xcconfigs: _xcconfigs, ...detected } = detectXcodeProject(file, text);
      return detected;
    }
    case "info-plist":
      return detectInfoPlist(file, text);
    case "wechat-project-config":
      return detectWeChatProjectConfig(file, text);
    case "alipay-project":
      return detectAlipayProject(file, text);
    case "uni-app-manifest":
      return isUniAppManifest(text) ? detectUniAppManifest(file, text) : empty3();
    case "harmony-app":
      return detectHarmonyAppJson5(file, text);
    case "harmony-build-profile":
      return detectHarmonyBuildProfile(file, text);
    default:
      return empty3();
  }
}
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
  const lines = new LineIndex(text);
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
    tokens = tokenizeGradle(text, "kotlin").filter((t) => t.kind !== "newline");
  } catch (error) {
    if (error instanceof GradleSyntaxError) return;
    throw error;
  }
  const lines = new LineIndex(text);
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
  const valueOf2 = (t) => t?.kind === "string" && !t.interpolated ? t.value : t?.kind === "ident" && t.text === "null" ? null : void 0;
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
      const value = valueOf2(token);
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
function parseXcconfig(file, text) {
  const lines = new LineIndex(text);
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
//# sourceMappingURL=detectors-VHTGT35A.js.map
