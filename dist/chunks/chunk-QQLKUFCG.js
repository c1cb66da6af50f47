import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  readPlainYaml
} from "./chunk-AUEDU7HD.js";
import {
  declarationSchema
} from "./chunk-KD3EH2VU.js";
import {
  closestMatch
} from "./chunk-42QK5KWP.js";
import {
  basename,
  sep
} from "./chunk-ASNEJFEB.js";
import {
  open,
  realpath,
  stat
} from "./chunk-EPIRVGSI.js";
import {
  constants
} from "./chunk-3LDKSJR5.js";

// src/excerpt.ts
var MAX_EXCERPT = 60;
var MAX_MESSAGE = 1e3;
function truncate(text, max) {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}
function quoteExcerpt(value, max = MAX_EXCERPT) {
  const escaped = JSON.stringify(truncate(value, max)).slice(1, -1);
  return `"${escaped.replace(/[\u0080-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}
function boundMessage(message) {
  return truncate(message.replace(/\r\n?/g, "\n").replace(/\u0000/g, "\\u0000"), MAX_MESSAGE);
}

// src/declaration/errors.ts
function formatKeyPath(path) {
  return path.map((segment, i) => {
    if (typeof segment === "number") return `[${segment}]`;
    const text = /^[\w$-]{1,40}$/.test(String(segment)) ? String(segment) : quoteExcerpt(String(segment), 40);
    return i === 0 ? text : `.${text}`;
  }).join("");
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return quoteExcerpt(value);
  return `${typeof value} ${quoteExcerpt(String(value)).slice(1, -1)}`;
}
var EXPECTED_WORDS = {
  object: "a mapping (key: value lines)",
  array: 'a list (lines starting with "- ")',
  string: "text",
  boolean: "true or false",
  number: "a number"
};
function valueAt(root, path) {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function allowedKeysAt(path) {
  let schema = declarationSchema;
  const unwrap = (s) => {
    let current = s;
    while (current?.def && (current.def.type === "optional" || current.def.type === "nullable" || current.def.type === "default")) {
      current = current.def.innerType;
    }
    return current;
  };
  for (const segment of path) {
    const current = unwrap(schema);
    if (current?.def?.type === "object" && typeof segment === "string") schema = current.def.shape?.[segment];
    else if (current?.def?.type === "array" && typeof segment === "number") schema = current.def.element;
    else return [];
  }
  const target = unwrap(schema);
  return target?.def?.type === "object" ? Object.keys(target.def.shape ?? {}) : [];
}
function appIdFor(root, path) {
  if (path[0] !== "apps" || typeof path[1] !== "number") return void 0;
  const id = valueAt(root, ["apps", path[1], "id"]);
  return typeof id === "string" ? id : void 0;
}
function finding(message, location, app) {
  return { rule: "declaration-schema", severity: "error", ...app ? { app } : {}, message, location };
}
function missingKey(path, expected, app, locate) {
  const key = String(path[path.length - 1]);
  const parent = path.slice(0, -1);
  return finding(
    `${parent.length ? formatKeyPath(parent) : "top level"}: missing required key "${key}". Add ${key}: ${expected}.`,
    locate(parent, "key"),
    app
  );
}
function schemaIssueToFinding(issue, root, file, locate) {
  const path = issue.path.filter((p) => typeof p !== "symbol");
  const app = appIdFor(root, path);
  const where = path.length ? formatKeyPath(path) : file;
  const actual = valueAt(root, path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const near = closestMatch(key, allowedKeysAt(path));
        const allowed = allowedKeysAt(path);
        const hint = near ? `Did you mean "${near}"?` : allowed.length ? `Allowed keys: ${allowed.join(", ")}.` : "Remove it.";
        return finding(
          `${path.length ? where : "top level"}: unknown key ${quoteExcerpt(key)}. ${hint}`,
          locate([...path, key], "key"),
          app
        );
      });
    case "invalid_type": {
      if (actual === void 0)
        return [missingKey(path, `${EXPECTED_WORDS[issue.expected] ?? issue.expected}`, app, locate)];
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      const quoteHint = issue.expected === "string" && (typeof actual === "number" || typeof actual === "boolean") ? ` YAML read it as ${typeof actual}: put it in quotes, e.g. ${quoteExcerpt(String(actual))}.` : "";
      return [
        finding(
          `${where}: expected ${expected}, found ${describeValue(actual)}.${quoteHint}`,
          locate(path),
          app
        )
      ];
    }
    case "invalid_value": {
      const options = issue.values.map(String);
      if (actual === void 0)
        return [
          missingKey(path, options.length === 1 ? options[0] : `one of ${options.join(", ")}`, app, locate)
        ];
      const near = typeof actual === "string" ? closestMatch(actual, options) : void 0;
      const list = options.length === 1 ? options[0] : `one of ${options.join(", ")}`;
      return [
        finding(
          `${where}: ${describeValue(actual)} is not allowed; write ${list}.${near ? ` Did you mean "${near}"?` : ""}`,
          locate(path),
          app
        )
      ];
    }
    case "too_small":
      return [
        finding(
          issue.origin === "array" ? `${where}: the list is empty; list at least ${String(issue.minimum)} item.` : `${where}: must not be empty.`,
          locate(path),
          app
        )
      ];
    case "invalid_format":
      return [
        finding(`${where}: ${describeValue(actual)} is malformed: ${issue.message}.`, locate(path), app)
      ];
    case "invalid_union":
      return [
        finding(
          `${where}: ${describeValue(actual)} is not valid here: expected a glob or a list of globs.`,
          locate(path),
          app
        )
      ];
    case "custom": {
      const hint = issue.params?.hint;
      const fix = hint ? ` ${hint.charAt(0).toUpperCase()}${hint.slice(1)}${/[.?!]$/.test(hint) ? "" : "."}` : "";
      return [finding(`${where}: ${issue.message}.${fix}`, locate(path), app)];
    }
    default:
      return [finding(`${where}: ${issue.message}.`, locate(path), app)];
  }
}

// src/declaration/load.ts
var MAX_DECLARATION_BYTES = 1024 * 1024;
var MAX_DECLARATION_NODES = 1e5;
var MAX_SCHEMA_FINDINGS = 50;
function syntaxFinding(message, location) {
  return { rule: "declaration-syntax", severity: "error", message, ...location ? { location } : {} };
}
async function loadDeclaration(path, displayPath) {
  const start = { file: displayPath, line: 1, column: 1 };
  const cannotRead = async (error) => {
    const code = error.code;
    const sibling = code === "ENOENT" ? await otherExtension(path) : void 0;
    const message = code === "ENOENT" ? sibling ? `${displayPath} does not exist, but ${sibling} does beside it. Rename it to ${basename(path)}, or point the config input / --config at it.` : `${displayPath} does not exist. Create it (\`china-filing init\` writes a starter) or set the config input / --config to its path.` : `${displayPath} cannot be read (${code ?? String(error)}). Check the path and its permissions.`;
    return { findings: [syntaxFinding(message, start)] };
  };
  let real;
  try {
    real = await realpath(path);
  } catch (error) {
    return cannotRead(error);
  }
  if (real.split(sep).includes(".git") || path.split(sep).includes(".git")) {
    return {
      findings: [
        syntaxFinding(
          `${displayPath} is inside a .git folder${real !== path ? " (through a symbolic link)" : ""}; the gate never reads git's own files. Point --config / the config input at china-filing.yml in the repository tree.`,
          start
        )
      ]
    };
  }
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    return cannotRead(error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      return {
        findings: [
          syntaxFinding(
            `${displayPath} is not a file. Point --config / the config input at china-filing.yml.`,
            start
          )
        ]
      };
    }
    if (info.size > MAX_DECLARATION_BYTES) {
      return {
        findings: [
          syntaxFinding(
            `${displayPath} is ${info.size} bytes; a declaration is at most ${MAX_DECLARATION_BYTES} bytes. Is --config pointing at the right file?`,
            start
          )
        ]
      };
    }
    let bytes;
    try {
      bytes = await handle.readFile();
    } catch (error) {
      return {
        findings: [syntaxFinding(`${displayPath} cannot be read (${error.message}).`, start)]
      };
    }
    return await parseDeclarationBytes(bytes, displayPath);
  } finally {
    await handle.close();
  }
}
async function otherExtension(file) {
  const match = /\.(ya?ml)$/i.exec(file);
  if (!match) return void 0;
  const other = file.slice(0, -match[1].length) + (match[1].toLowerCase() === "yml" ? "yaml" : "yml");
  const exists = await stat(other).then(
    (info) => info.isFile(),
    () => false
  );
  return exists ? basename(other) : void 0;
}
async function parseDeclarationBytes(bytes, file) {
  const start = { file, line: 1, column: 1 };
  if (bytes.includes(0)) {
    return {
      findings: [
        syntaxFinding(`${file} is a binary file, not YAML. Point the config at china-filing.yml.`, start)
      ]
    };
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      findings: [
        syntaxFinding(
          `${file} is not UTF-8 text. Save it as UTF-8 (the filing number contains Chinese characters).`,
          start
        )
      ]
    };
  }
  return parseDeclaration(text.replace(/^\uFEFF/, ""), file);
}
async function parseDeclaration(text, file) {
  const plain = readPlainYaml(text, MAX_DECLARATION_NODES);
  if (plain) return validateDeclaration(plain, text, file);
  const { readWithYamlLibrary } = await import("./yaml-library-DXLLAET6.js");
  return validateDeclaration(readWithYamlLibrary(text, file), text, file);
}
function validateDeclaration(read, text, file) {
  if ("findings" in read) return read;
  const { root, value: raw } = read;
  const lineStarts = lineStartsOf(text);
  const at = (offset, end) => toLocation(file, lineStarts, offset, end);
  const locate = (path, part = "value") => locateNode(root, path, part, at);
  const result = declarationSchema.safeParse(raw);
  if (!result.success) {
    const findings = [];
    let described = 0;
    for (const issue of result.error.issues) {
      if (findings.length >= MAX_SCHEMA_FINDINGS) break;
      findings.push(...schemaIssueToFinding(issue, raw, file, locate));
      described++;
    }
    const more = result.error.issues.length - described + Math.max(0, findings.length - MAX_SCHEMA_FINDINGS);
    if (more > 0) {
      findings.splice(MAX_SCHEMA_FINDINGS);
      findings.push({
        rule: "declaration-schema",
        severity: "error",
        message: `and ${more} more schema errors. Fix the ones above first; is this file a china-filing declaration?`,
        location: { file, line: 1, column: 1 }
      });
    }
    return { findings };
  }
  return { declaration: { file, data: result.data, locate }, findings: [] };
}
function lineStartsOf(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function linePos(lineStarts, offset) {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, col: offset - lineStarts[low] + 1 };
}
function toLocation(file, lineStarts, offset, end) {
  const startPos = linePos(lineStarts, offset);
  const location = { file, line: startPos.line, column: startPos.col };
  if (end !== void 0 && end > offset) {
    const endPos = linePos(lineStarts, end);
    location.endLine = endPos.line;
    location.endColumn = endPos.col;
  }
  return location;
}
function locateNode(root, path, part, at) {
  let node = root;
  let best = root.kind === "map" || root.kind === "seq" ? root : void 0;
  let bestKey;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (node?.kind === "map") {
      const pair = node.items.find(
        (p) => p.key && String(p.key.value) === String(segment)
      );
      if (!pair) break;
      const key = pair.key;
      if (last && part === "key") return rangeOf(key, at);
      bestKey = key;
      node = pair.value;
      best = !pair.value || pair.value.kind === "map" || pair.value.kind === "seq" ? key : pair.value;
    } else if (node?.kind === "seq" && typeof segment === "number") {
      const item = node.items[segment];
      if (!item) break;
      node = item;
      best = item;
      bestKey = void 0;
    } else break;
  }
  const target = best ?? bestKey;
  return target ? rangeOf(target, at) : at(0);
}
function rangeOf(node, at) {
  return node.kind === "map" || node.kind === "seq" ? at(node.start) : at(node.start, node.end);
}

export {
  quoteExcerpt,
  boundMessage,
  MAX_DECLARATION_NODES,
  syntaxFinding,
  loadDeclaration,
  parseDeclaration,
  lineStartsOf,
  toLocation
};
