import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  realPathInWorkspace
} from "./chunk-BXP65GJQ.js";

// src/sources/scan.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

// src/sources/text-position.ts
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

// src/sources/xml-scan.ts
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeXmlEntities(raw) {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);/g, (whole, name) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
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

// src/sources/android-manifest.ts
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

// src/sources/gradle-tokens.ts
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

// src/sources/gradle.ts
function parseStatements(tokens) {
  let i = 0;
  const parseBlock = (nested) => {
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
function valueOf(text, tokens) {
  let list = tokens;
  while (list.length >= 2 && list[0].text === "(" && matchParen(list, 0) === list.length)
    list = list.slice(1, -1);
  if (list.length === 0) return void 0;
  const first = list[0];
  const last = list[list.length - 1];
  const value = {
    expression: text.slice(first.start, last.end),
    start: first.start,
    end: last.end
  };
  let literal = "";
  for (let k = 0; k < list.length; k++) {
    const token = list[k];
    if (k % 2 === 1) {
      if (token.kind !== "punct" || token.text !== "+") return value;
      continue;
    }
    if (token.kind !== "string" || token.interpolated) return value;
    literal += token.value;
  }
  if (list.length % 2 === 0) return value;
  value.literal = literal;
  return value;
}
var CONTAINERS = /* @__PURE__ */ new Set(["productFlavors", "buildTypes", "signingConfigs"]);
var ELEMENT_CALLS = /* @__PURE__ */ new Set(["create", "register", "getByName", "named", "maybeCreate", "getAt"]);
var WILDCARD_CALLS = /* @__PURE__ */ new Set(["all", "configureEach"]);
var TRANSPARENT_CALLS = /* @__PURE__ */ new Set(["configure", "apply", "run", "with", "get", "also"]);
function logicalPath(context, segments) {
  let path2 = [...context];
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k];
    if (segment.name === ANDROID_ROOT) {
      path2 = ["android"];
      continue;
    }
    const parent = path2[path2.length - 1];
    if (parent !== void 0 && CONTAINERS.has(parent)) {
      if (segment.args && ELEMENT_CALLS.has(segment.name)) {
        const name = segment.args[0]?.length === 1 ? segment.args[0][0] : void 0;
        if (name?.kind !== "string" || name.interpolated) return void 0;
        path2.push(name.value);
      } else if (WILDCARD_CALLS.has(segment.name)) path2.push("*");
      else if (!segment.args) path2.push(segment.name);
      else return void 0;
      continue;
    }
    if (TRANSPARENT_CALLS.has(segment.name) && k > 0) continue;
    if ((segment.name === "if" || segment.name === "else") && k === 0 && segments.length === 1) continue;
    if (segment.name === "project" && k === 0 && path2.length === 0 && segments.length > 1) continue;
    path2.push(segment.name);
  }
  return path2;
}
function setterName(segment) {
  const match = /^set([A-Z]\w*)$/.exec(segment.name);
  return match ? match[1][0].toLowerCase() + match[1].slice(1) : segment.name;
}
function readGradleModel(text, dialect) {
  const statements = parseStatements(tokenizeGradle(text, dialect));
  const model = {
    dialect,
    appliesApplicationPlugin: false,
    defaultConfig: {},
    flavors: /* @__PURE__ */ new Map(),
    buildTypes: /* @__PURE__ */ new Map(),
    signingConfigs: /* @__PURE__ */ new Map()
  };
  const assign = (path2, args, append) => {
    const [root, section, element, property] = path2;
    if (root !== "android") return;
    if (section === "flavorDimensions" && path2.length === 2) {
      const values = args.flatMap((arg) => dimensionValues(text, arg));
      model.flavorDimensions = append ? [...model.flavorDimensions ?? [], ...values] : values;
      return;
    }
    const value = args.length === 1 ? valueOf(text, args[0]) : void 0;
    if (!value) return;
    if (section === "defaultConfig" && path2.length === 3)
      setVariantProperty(model.defaultConfig, element, value);
    else if ((section === "productFlavors" || section === "buildTypes") && path2.length === 4) {
      const map = section === "productFlavors" ? model.flavors : model.buildTypes;
      const config = map.get(element) ?? {};
      map.set(element, config);
      setVariantProperty(config, property, value);
    } else if (section === "signingConfigs" && path2.length === 4) {
      const config = model.signingConfigs.get(element) ?? {};
      model.signingConfigs.set(element, config);
      if (property === "storeFile" || property === "keyAlias") config[property] = value;
    }
  };
  const declare = (path2) => {
    const [root, section, element] = path2;
    if (root !== "android" || path2.length !== 3 || element === void 0) return;
    if (section === "productFlavors" && !model.flavors.has(element)) model.flavors.set(element, {});
    if (section === "buildTypes" && !model.buildTypes.has(element)) model.buildTypes.set(element, {});
    if (section === "signingConfigs" && !model.signingConfigs.has(element))
      model.signingConfigs.set(element, {});
  };
  const visit = (block, context) => {
    for (const statement of block) {
      if (appliesPlugin(statement.tokens)) model.appliesApplicationPlugin = true;
      const head = parseHead(statement.tokens);
      if (!head) continue;
      const { segments, rest } = head;
      const last = segments[segments.length - 1];
      if (rest.length === 0 && statement.block) {
        const path2 = logicalPath(context, segments);
        if (!path2) continue;
        declare(path2);
        visit(statement.block, path2);
        continue;
      }
      const first = rest[0];
      if (first?.kind === "punct" && (first.text === "=" || first.text === "+=")) {
        if (last.args) continue;
        const path2 = logicalPath(context, segments);
        if (path2) assign(path2, splitArguments(rest.slice(1)), first.text === "+=");
        continue;
      }
      if (rest.length === 0 && last.args) {
        if (last.name === "addAll" || last.name === "add") {
          const path3 = logicalPath(context, segments.slice(0, -1));
          if (path3) assign(path3, last.args, true);
          continue;
        }
        const path2 = logicalPath(context, [...segments.slice(0, -1), { name: setterName(last) }]);
        if (path2) assign(path2, last.args, false);
        continue;
      }
      if (rest.length > 0 && !last.args && first?.kind !== "punct") {
        const path2 = logicalPath(context, segments);
        if (path2) assign(path2, splitArguments(rest), false);
      }
    }
  };
  visit(statements, []);
  return model;
}
function appliesPlugin(tokens) {
  const names = tokens.some(
    (t) => t.kind === "string" && t.value === "com.android.application" || t.kind === "ident" && t.text === "alias" && tokens.some((u) => u.kind === "ident" && u.text === "application")
  );
  const notApplied = tokens.some(
    (t, k) => t.kind === "ident" && t.text === "apply" && tokens[k + 1]?.text === "false"
  );
  return names && !notApplied;
}
function dimensionValues(text, arg) {
  const inner = arg.filter((t) => t.kind === "string");
  if (inner.length > 0 && inner.length === arg.filter((t) => t.kind !== "punct" && t.kind !== "ident").length) {
    return inner.map((t) => valueOf(text, [t]));
  }
  const value = valueOf(text, arg);
  return value ? [value] : [];
}
function setVariantProperty(config, property, value) {
  if (property === "applicationId" || property === "applicationIdSuffix" || property === "dimension") {
    config[property] = value;
  } else if (property === "signingConfig") config.signingConfig = value;
}
function flavorCombinations(model) {
  const flavors = [...model.flavors.entries()].map(([name, config]) => ({ name, config }));
  if (flavors.length === 0) return [[]];
  const declared = (model.flavorDimensions ?? []).map((d) => d.literal).filter((d) => d !== void 0);
  const seen = flavors.map((f) => f.config.dimension?.literal).filter((d) => d !== void 0);
  const dimensions = declared.length > 0 ? declared : [...new Set(seen)];
  if (dimensions.length <= 1) return flavors.map((f) => [f]);
  const groups = dimensions.map(
    (dimension) => flavors.filter((f) => f.config.dimension?.literal === dimension)
  );
  if (groups.some((g) => g.length === 0) || groups.flat().length !== flavors.length)
    return flavors.map((f) => [f]);
  return groups.reduce(
    (combos, group) => combos.flatMap((c) => group.map((f) => [...c, f])),
    [[]]
  );
}
function variantName(flavors, buildType) {
  const names = [...flavors.map((f) => f.name), buildType];
  return names.map((n, k) => k === 0 ? n : n[0].toUpperCase() + n.slice(1)).join("");
}
function mergeSuffix(overlay, base) {
  if (!overlay) return base;
  return overlay.startsWith(".") ? base + overlay : `${base}.${overlay}`;
}
function releaseBuildType(model) {
  return { ...model.buildTypes.get("*") ?? {}, ...model.buildTypes.get("release") ?? {} };
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
    model = readGradleModel(text, dialect);
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
  const locate = (value) => lines.locate(file, value.start, value.end);
  const buildType = releaseBuildType(model);
  for (const flavors of flavorCombinations(model)) {
    const variant = variantName(flavors, "release");
    const base = flavors.map((f) => ({ key: "applicationId", value: f.config.applicationId })).find((p) => p.value) ?? (model.defaultConfig.applicationId ? { key: "applicationId", value: model.defaultConfig.applicationId } : void 0);
    const suffixes = [
      model.defaultConfig.applicationIdSuffix,
      ...flavors.map((f) => f.config.applicationIdSuffix)
    ];
    suffixes.push(buildType.applicationIdSuffix);
    const written = suffixes.filter((s) => s !== void 0);
    const unknown = [base?.value, ...written].find((v) => v !== void 0 && v.literal === void 0);
    if (unknown) {
      result.unresolved.push({
        platform: "android",
        key: unknown === base?.value ? "applicationId" : "applicationIdSuffix",
        expression: unknown.expression,
        reason: `the value is computed when Gradle runs (${describeExpression(unknown.expression)}), so it cannot be compared with the filing`,
        variant,
        release: true,
        location: locate(unknown)
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
    } else if (options.manifestPackage) {
      baseId = options.manifestPackage.value;
      baseLocation = options.manifestPackage.location;
      baseKey = "package";
    } else continue;
    const value = suffix ? suffix.startsWith(".") ? baseId + suffix : `${baseId}.${suffix}` : baseId;
    const identity = {
      platform: "android",
      key: baseKey,
      value,
      variant,
      release: true,
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
      const path2 = storeFilePath(config.storeFile);
      hints.push({
        platform: "android",
        key: "storeFile",
        value: path2,
        variant: name,
        description: `signingConfigs.${name} reads the keystore ${path2}`,
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

// src/sources/json5.ts
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
  const value = () => {
    skip();
    const start = i;
    const c = text[i];
    if (c === void 0) throw new Json5SyntaxError("unexpected end of file", i);
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
function json5Get(node, path2) {
  let current = node;
  for (const key of path2) {
    if (current?.kind !== "object") return void 0;
    current = current.entries.get(key)?.value;
  }
  return current;
}

// src/sources/mini-programs.ts
var WECHAT_TOURIST_APPID = "touristappid";
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
function wechatAppId(file, text, path2, key, variant) {
  const result = empty();
  const parsed = parseConfig(file, text, "wechat", result);
  const node = parsed && json5Get(parsed.root, path2);
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
  } else if (node.value === WECHAT_TOURIST_APPID) {
    result.unresolved.push({
      ...common,
      expression: node.value,
      reason: `"${WECHAT_TOURIST_APPID}" is WeChat DevTools' placeholder for projects without an AppID; set the real AppID`
    });
  } else result.identities.push({ ...common, value: node.value });
  return result;
}
function detectWeChatProjectConfig(file, text) {
  const isPrivate = /(^|\/)project\.private\.config\.json$/.test(file);
  return wechatAppId(file, text, ["appid"], "appid", isPrivate ? "private" : void 0);
}
function detectUniAppManifest(file, text) {
  return wechatAppId(file, text, ["mp-weixin", "appid"], "mp-weixin.appid", void 0);
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

// src/sources/harmony.ts
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

// src/sources/info-plist.ts
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
    const next = items.slice(k + 2).find((i) => i.kind !== "text" || i.value.trim() !== "");
    if (next?.kind !== "close" || next.name !== "key") continue;
    const open = items.slice(items.indexOf(next) + 1).find((i) => i.kind !== "text" || i.value.trim() !== "");
    if (open?.kind !== "open" || open.name !== "string") break;
    const at = items.indexOf(open);
    const valueItem = items[at + 1];
    const value = valueItem?.kind === "text" ? valueItem.value.trim() : "";
    const start = valueItem?.kind === "text" ? valueItem.start + (valueItem.value.length - valueItem.value.trimStart().length) : open.end;
    const location = new LineIndex(text).locate(file, start, start + value.length);
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

// src/sources/openstep-plist.ts
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
            const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1))[0];
            value2 += String.fromCharCode(parseInt(octal, 8));
            i += 1 + octal.length;
          } else {
            value2 += ESCAPES3[next] ?? next;
            i += 2;
          }
        } else value2 += text[i++];
      }
      if (i >= text.length) throw new PlistSyntaxError("unterminated quoted string", start);
      i++;
      return { kind: "string", value: value2, start, end: i };
    }
    while (i < text.length && BARE.test(text[i])) i++;
    if (i === start) throw new PlistSyntaxError(`unexpected ${JSON.stringify(text[i] ?? "end of file")}`, i);
    return { kind: "string", value: text.slice(start, i), start, end: i };
  };
  const value = () => {
    skip();
    const start = i;
    const c = text[i];
    if (c === "{") {
      i++;
      const entries = /* @__PURE__ */ new Map();
      for (; ; ) {
        skip();
        if (text[i] === "}") {
          i++;
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

// src/sources/xcode.ts
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
function detectXcodeProject(file, text) {
  const result = {
    identities: [],
    signing: [],
    unresolved: [],
    notes: [],
    infoPlists: []
  };
  const lines = new LineIndex(text);
  const locate = (node) => lines.locate(file, node.start, node.end);
  let root;
  try {
    root = parseOpenStepPlist(text);
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
  const configurations = (listId) => {
    const ids = dictGet(object(listId), "buildConfigurations");
    if (ids?.kind !== "array") return [];
    return ids.items.flatMap((item) => {
      const config = item.kind === "string" ? object(item.value) : void 0;
      const nameNode = stringGet(config, "name");
      if (!nameNode) return [];
      const base = fileName(stringGet(config, "baseConfigurationReference")?.value);
      return [
        {
          name: nameNode.value,
          nameNode,
          settings: dictGet(config, "buildSettings"),
          baseConfiguration: base
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
      const lookup = (key) => stringGet(config.settings, key) ?? stringGet(projectConfig?.settings, key);
      const common = { variant: config.name, target: targetName, release: isApp };
      const bundleId = lookup("PRODUCT_BUNDLE_IDENTIFIER");
      if (!bundleId) {
        const xcconfig = config.baseConfiguration ?? projectConfig?.baseConfiguration;
        if (xcconfig) {
          result.unresolved.push({
            platform: "ios",
            key: "PRODUCT_BUNDLE_IDENTIFIER",
            expression: `(${xcconfig})`,
            reason: `PRODUCT_BUNDLE_IDENTIFIER is not set in ${file} for ${targetName} ${config.name}; it comes from the xcconfig file ${xcconfig}, which is not read`,
            location: locate(config.nameNode),
            ...common
          });
        }
      } else {
        const expanded = expandBuildSetting(bundleId.value, (name) => lookup(name)?.value, targetName);
        if (expanded.value !== void 0) {
          result.identities.push({
            platform: "ios",
            key: "PRODUCT_BUNDLE_IDENTIFIER",
            value: expanded.value,
            location: locate(bundleId),
            ...common
          });
        } else {
          result.unresolved.push({
            platform: "ios",
            key: "PRODUCT_BUNDLE_IDENTIFIER",
            expression: bundleId.value,
            reason: `the value uses $(${expanded.missing}), which is not defined in ${file} (an xcconfig file or the build environment sets it)`,
            location: locate(bundleId),
            ...common
          });
        }
      }
      if (!isApp) continue;
      const infoPlist = lookup("INFOPLIST_FILE");
      if (infoPlist) {
        const path2 = expandBuildSetting(infoPlist.value, (name) => lookup(name)?.value, targetName, {
          SRCROOT: ".",
          PROJECT_DIR: "."
        });
        if (path2.value !== void 0) {
          result.infoPlists.push({
            target: targetName,
            variant: config.name,
            path: path2.value.replace(/^\.\//, "")
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
function expandBuildSetting(raw, lookup, targetName, builtins = {}) {
  const known = {
    TARGET_NAME: targetName,
    PRODUCT_NAME: "$(TARGET_NAME)",
    ...builtins
  };
  let missing;
  const expand = (value2, depth) => value2.replace(/\$(?:\(([^)]*)\)|\{([^}]*)\})/g, (whole, paren, brace) => {
    const [name = "", ...modifiers] = (paren ?? brace ?? "").split(":");
    const defined = lookup(name) ?? known[name];
    if (defined === void 0 || depth > 8) {
      missing ??= name;
      return whole;
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
        return whole;
      }
    }
    return result;
  });
  const value = expand(raw, 0);
  return missing === void 0 ? { value } : { missing };
}

// src/sources/detect.ts
var FILE_TYPE_PLATFORM = {
  gradle: "android",
  "android-manifest": "android",
  "xcode-project": "ios",
  "info-plist": "ios",
  "wechat-project-config": "wechat",
  "alipay-project": "alipay",
  "uni-app-manifest": "wechat",
  "harmony-app": "harmony",
  "harmony-build-profile": "harmony"
};
function identityFileType(relPath) {
  const name = relPath.split(/[\\/]/).pop() ?? "";
  if (name === "build.gradle" || name === "build.gradle.kts") return "gradle";
  if (name === "AndroidManifest.xml") return "android-manifest";
  if (name === "project.pbxproj") return "xcode-project";
  if (name === "Info.plist" || name.endsWith("-Info.plist")) return "info-plist";
  if (name === "project.config.json" || name === "project.private.config.json") return "wechat-project-config";
  if (name === "mini.project.json") return "alipay-project";
  if (name === "manifest.json") return "uni-app-manifest";
  if (name === "app.json5") return "harmony-app";
  if (name === "build-profile.json5") return "harmony-build-profile";
  return void 0;
}
function empty3() {
  return { identities: [], signing: [], unresolved: [], notes: [] };
}
function detectIdentities(relPath, text) {
  const file = relPath.split("\\").join("/");
  switch (identityFileType(file)) {
    case "gradle": {
      const { model: _model, ...detected } = detectGradle(file, text);
      return detected;
    }
    case "android-manifest":
      return detectAndroidManifest(file, text);
    case "xcode-project": {
      const { infoPlists: _infoPlists, ...detected } = detectXcodeProject(file, text);
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

// src/sources/scan.ts
var MAX_SOURCE_FILE_BYTES = 2 * 1024 * 1024;
var MAX_WALK_DEPTH = 6;
var MAX_WALK_ENTRIES = 1e5;
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  "build",
  "Pods",
  "dist",
  "DerivedData",
  "unpackage",
  // uni-app build output
  "miniprogram_npm",
  // WeChat npm build output
  "oh_modules",
  // HarmonyOS ohpm dependencies
  "ephemeral",
  // Flutter generated platform files
  "Carthage"
]);
var PLATFORMS = ["android", "ios", "wechat", "alipay", "harmony"];
var EXPECTED_FILES = {
  android: "build.gradle, build.gradle.kts or AndroidManifest.xml",
  ios: "project.pbxproj (or the .xcodeproj directory) or Info.plist",
  wechat: "project.config.json, project.private.config.json or a uni-app manifest.json",
  alipay: "mini.project.json",
  harmony: "AppScope/app.json5 or build-profile.json5"
};
var ScanResult = class {
  scan = { identities: [], signing: [], files: [], unresolved: [], notes: [] };
  /**
   * Adds what one file gave. The file is listed in `files` when it contributed something, or when
   * it is `listed` anyway: a declared file, or a companion the identity depends on (an Info.plist
   * that defers to the project file today can pin a literal id in a pull request tomorrow).
   */
  add(detected, file, listed = false) {
    this.scan.identities.push(...detected.identities);
    this.scan.signing.push(...detected.signing);
    this.scan.unresolved.push(...detected.unresolved);
    this.scan.notes.push(...detected.notes);
    const contributed = detected.identities.length + detected.signing.length + detected.unresolved.length + detected.notes.length > 0;
    if ((contributed || listed) && !this.scan.files.includes(file)) this.scan.files.push(file);
  }
  note(note) {
    this.scan.notes.push(note);
  }
};
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var toPosix = (p) => p.split(path.sep).join("/");
async function scanSources(workspace, hints = {}) {
  const root = path.resolve(workspace);
  const result = new ScanResult();
  const reader = new SourceReader(root, result);
  const hinted = PLATFORMS.filter((p) => typeof hints[p] === "string");
  if (hinted.length > 0) {
    for (const platform of hinted) {
      const rel = await reader.resolveDeclared(platform, hints[platform]);
      if (rel) await scanFile(reader, result, rel, platform, true);
    }
  } else {
    for (const { rel, type } of await findIdentityFiles(root, result)) {
      await scanFile(reader, result, rel, FILE_TYPE_PLATFORM[type], false);
    }
  }
  const byPlace = (a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column;
  result.scan.identities.sort(byPlace);
  result.scan.signing.sort(byPlace);
  result.scan.unresolved.sort(byPlace);
  return result.scan;
}
var SourceReader = class {
  constructor(root, result) {
    this.root = root;
    this.result = result;
  }
  root;
  result;
  /** A declared path, validated and resolved to the identity file it names; undefined after a note. */
  async resolveDeclared(platform, input) {
    const invalid = (message) => {
      this.result.note({ kind: "invalid-path", file: input, platform, message });
      return void 0;
    };
    if (input.trim() === "")
      return invalid(`sources.${platform} is empty; name the ${EXPECTED_FILES[platform]} file`);
    const absolute = path.resolve(this.root, input);
    const relative = path.relative(this.root, absolute);
    if (relative.startsWith("..") || path.isAbsolute(relative)) {
      return invalid(
        `sources.${platform} "${input}" is outside the workspace; use a path relative to the repository root, e.g. ${exampleHint(platform)}`
      );
    }
    if (!await realPathInWorkspace(this.root, absolute)) {
      return invalid(
        `sources.${platform} "${input}" is a symbolic link to outside the workspace; name the file itself`
      );
    }
    const info = await stat(absolute).catch(() => void 0);
    if (!info) {
      this.result.note({
        kind: "missing",
        file: toPosix(relative) || input,
        platform,
        message: `sources.${platform} "${input}" does not exist; fix the path (expected ${EXPECTED_FILES[platform]})`
      });
      return void 0;
    }
    let rel = toPosix(relative);
    if (info.isDirectory()) {
      const inside = await this.fileInDirectory(platform, rel);
      if (!inside) {
        return invalid(
          `sources.${platform} "${input}" is a directory without a ${EXPECTED_FILES[platform]} file; name the file`
        );
      }
      rel = inside;
    }
    const type = identityFileType(rel);
    if (!type || FILE_TYPE_PLATFORM[type] !== platform) {
      return invalid(
        `sources.${platform} "${input}" is not a ${platform} identity file; expected ${EXPECTED_FILES[platform]}`
      );
    }
    return rel;
  }
  async fileInDirectory(platform, dir) {
    const join = (...parts) => [dir, ...parts].filter((p) => p !== "").join("/");
    const candidates = {
      android: ["build.gradle.kts", "build.gradle", "app/build.gradle.kts", "app/build.gradle"],
      ios: ["project.pbxproj"],
      wechat: ["project.config.json"],
      alipay: ["mini.project.json"],
      harmony: ["AppScope/app.json5"]
    };
    for (const candidate of candidates[platform]) {
      if (await this.isFile(join(candidate))) return join(candidate);
    }
    if (platform === "ios") {
      const entries = await readdir(path.join(this.root, dir), { withFileTypes: true }).catch(() => []);
      const projects = entries.filter(
        (e) => e.isDirectory() && e.name.endsWith(".xcodeproj") && e.name !== "Pods.xcodeproj"
      );
      if (projects.length === 1 && await this.isFile(join(projects[0].name, "project.pbxproj"))) {
        return join(projects[0].name, "project.pbxproj");
      }
    }
    return void 0;
  }
  async isFile(rel) {
    return (await stat(path.join(this.root, rel)).catch(() => void 0))?.isFile() ?? false;
  }
  /**
   * The text of a workspace file. `required` files that are missing get a note; companions that
   * are missing are normal (most modules have no manifest package, most apps no private config).
   */
  async read(rel, platform, required) {
    const absolute = path.join(this.root, rel);
    if (!await realPathInWorkspace(this.root, absolute)) {
      this.result.note({
        kind: "invalid-path",
        file: rel,
        platform,
        message: `${rel} is a symbolic link to outside the workspace; it was not read`
      });
      return void 0;
    }
    const info = await stat(absolute).catch(() => void 0);
    if (!info?.isFile()) {
      if (required)
        this.result.note({ kind: "missing", file: rel, platform, message: `${rel} does not exist` });
      return void 0;
    }
    if (info.size > MAX_SOURCE_FILE_BYTES) {
      this.result.note({
        kind: "too-large",
        file: rel,
        platform,
        message: `${rel} is ${(info.size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_SOURCE_FILE_BYTES / 1024 / 1024} MiB limit for identity files; it was skipped`
      });
      return void 0;
    }
    try {
      return await readFile(absolute, "utf8");
    } catch (error) {
      this.result.note({
        kind: "unreadable",
        file: rel,
        platform,
        message: `${rel} could not be read (${error.code ?? String(error)})`
      });
      return void 0;
    }
  }
};
function exampleHint(platform) {
  return {
    android: "android/app/build.gradle.kts",
    ios: "ios/Runner.xcodeproj/project.pbxproj",
    wechat: "project.config.json",
    alipay: "mini.project.json",
    harmony: "AppScope/app.json5"
  }[platform];
}
async function scanFile(reader, result, rel, platform, declared) {
  const text = await reader.read(rel, platform, true);
  if (text === void 0) return;
  if (declared) result.add(empty4(), rel, true);
  const type = identityFileType(rel);
  if (type === "gradle") return scanGradleModule(reader, result, rel, text, declared);
  if (type === "xcode-project") return scanXcodeProject(reader, result, rel, text);
  if (type === "wechat-project-config") return scanWeChatProject(reader, result, rel, text);
  if (type === "harmony-app") return scanHarmonyApp(reader, result, rel, text);
  const detected = detectIdentities(rel, text);
  if (declared && type === "android-manifest" && detected.identities.length + detected.unresolved.length === 0) {
    detected.notes.push({
      kind: "no-identity",
      file: rel,
      platform,
      message: `${rel} has no package attribute`
    });
  }
  result.add(detected, rel);
}
function needsManifestPackage(model) {
  if (model.defaultConfig.applicationId) return false;
  return model.flavors.size === 0 || [...model.flavors.values()].some((f) => !f.applicationId);
}
async function scanGradleModule(reader, result, rel, text, declared) {
  let { model, ...detected } = detectGradle(rel, text);
  const isAppModule = model !== void 0 && (model.appliesApplicationPlugin || detected.identities.length + detected.unresolved.length > 0);
  if (!declared && !isAppModule && detected.notes.length === 0) return;
  if (model && needsManifestPackage(model)) {
    const manifestRel = path.posix.join(path.posix.dirname(rel), "src/main/AndroidManifest.xml");
    const manifestText = await reader.read(manifestRel, "android", false);
    const manifestPackage = manifestText === void 0 ? void 0 : readManifestPackage(manifestRel, manifestText);
    if (manifestPackage && !/\$\{/.test(manifestPackage.value)) {
      ;
      ({ model, ...detected } = detectGradle(rel, text, { manifestPackage }));
      result.add(empty4(), manifestRel, true);
    } else if (manifestText !== void 0) {
      result.add(
        manifestPackage ? detectAndroidManifest(manifestRel, manifestText) : empty4(),
        manifestRel,
        true
      );
    }
    if (detected.identities.length + detected.unresolved.length === 0 && (declared || model?.appliesApplicationPlugin)) {
      detected.notes.push({
        kind: "no-identity",
        file: rel,
        platform: "android",
        message: `${rel} sets no applicationId (defaultConfig or product flavours) and ${manifestRel} has no package attribute; the application id could not be found`
      });
    }
  }
  result.add(detected, rel);
}
async function scanXcodeProject(reader, result, rel, text) {
  const { infoPlists, ...detected } = detectXcodeProject(rel, text);
  result.add(detected, rel);
  const srcRoot = path.posix.dirname(path.posix.dirname(rel));
  const seen = /* @__PURE__ */ new Set();
  for (const reference of infoPlists) {
    const plistRel = path.posix.normalize(path.posix.join(srcRoot, reference.path));
    if (plistRel.startsWith("../") || path.posix.isAbsolute(plistRel)) continue;
    if (seen.has(`${reference.target}\0${plistRel}`)) continue;
    seen.add(`${reference.target}\0${plistRel}`);
    const plistText = await reader.read(plistRel, "ios", true);
    if (plistText === void 0) continue;
    const context = { target: reference.target, variant: reference.variant };
    result.add(detectInfoPlist(plistRel, plistText, context), plistRel, true);
  }
}
async function scanWeChatProject(reader, result, rel, text) {
  const shared = detectIdentities(rel, text);
  if (!rel.endsWith("project.private.config.json")) {
    const privateRel = path.posix.join(path.posix.dirname(rel), "project.private.config.json");
    const privateText = await reader.read(privateRel, "wechat", false);
    if (privateText !== void 0) {
      const overrides = detectIdentities(privateRel, privateText);
      if (overrides.identities.length + overrides.unresolved.length > 0) {
        for (const identity of shared.identities) identity.release = false;
        for (const unresolved of shared.unresolved) unresolved.release = false;
      }
      result.add(shared, rel);
      result.add(overrides, privateRel, true);
      return;
    }
  }
  result.add(shared, rel);
}
async function scanHarmonyApp(reader, result, rel, text) {
  result.add(detectIdentities(rel, text), rel);
  if (!rel.endsWith("app.json5")) return;
  const projectDir = path.posix.dirname(path.posix.dirname(rel));
  const profileRel = projectDir === "." ? "build-profile.json5" : `${projectDir}/build-profile.json5`;
  const profileText = await reader.read(profileRel, "harmony", false);
  if (profileText !== void 0) result.add(detectIdentities(profileRel, profileText), profileRel, true);
}
function empty4() {
  return { identities: [], signing: [], unresolved: [], notes: [] };
}
async function findIdentityFiles(root, result) {
  const found = [];
  const queue = [{ dir: "", depth: 0 }];
  let seen = 0;
  while (queue.length > 0) {
    const { dir, depth } = queue.shift();
    const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => compareText(a.name, b.name));
    for (const entry of entries) {
      if (++seen > MAX_WALK_ENTRIES) {
        result.note({
          kind: "too-large",
          file: ".",
          message: `the workspace has more than ${MAX_WALK_ENTRIES} entries within depth ${MAX_WALK_DEPTH}; auto-detection stopped early: name the identity files under sources:`
        });
        return found;
      }
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name.startsWith(".") || SKIPPED_DIRS.has(entry.name)) continue;
        if (depth + 1 < MAX_WALK_DEPTH) queue.push({ dir: rel, depth: depth + 1 });
        continue;
      }
      if (!entry.isFile()) continue;
      const type = autoDetectedType(rel);
      if (type) found.push({ rel, type });
    }
  }
  return found;
}
function autoDetectedType(rel) {
  const type = identityFileType(rel);
  switch (type) {
    case "gradle":
    case "wechat-project-config":
    case "alipay-project":
      return rel.endsWith("project.private.config.json") ? void 0 : type;
    case "xcode-project":
      return /\.xcodeproj\/project\.pbxproj$/.test(rel) ? type : void 0;
    case "harmony-app":
      return /(^|\/)AppScope\/app\.json5$/.test(rel) ? type : void 0;
    case "uni-app-manifest":
      return type;
    default:
      return void 0;
  }
}

export {
  detectIdentities,
  scanSources
};
