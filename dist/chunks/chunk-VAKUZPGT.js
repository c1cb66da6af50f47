import {
  DECIMAL,
  FALSE,
  NULL,
  OTHER_NUMBER,
  TRUE
} from "./chunk-UIIEGSOT.js";
import {
  ALIPAY_APP_ID,
  APP_ID,
  APP_KINDS,
  DOUYIN_APP_ID,
  FILING_STATUSES,
  FINGERPRINTS,
  GRADLE_VARIANT,
  WECHAT_APP_ID,
  bundleId,
  certificateProblem,
  creditCodeProblem,
  dateProblem,
  duplicateIdProblems,
  fingerprintProblem,
  hostingProblems,
  packageName,
  platformProblems,
  provinceProblem,
  publicKeyProblem,
  rangeProblem,
  storeProblem
} from "./chunk-GFVRO5IM.js";
import {
  constants
} from "./chunk-XAPV4J6G.js";
import {
  basename,
  sep
} from "./chunk-FLB3LZ3Q.js";
import {
  open,
  realpath,
  stat
} from "./chunk-G5IBDK4M.js";

// src/declaration/valid.ts
var isString = (value) => typeof value === "string";
var nonEmpty = (value) => isString(value) && value.length >= 1;
var matching = ({ pattern }) => (value) => isString(value) && pattern.test(value);
var checked = (problem) => (value) => isString(value) && !problem(value);
var oneOf = (options) => (value) => options.includes(value);
var optional = (check) => ({ check, optional: true });
var required = (check) => ({ check });
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isPlainObject(value) {
  if (!isObject(value)) return false;
  const constructor = value.constructor;
  if (constructor === void 0 || typeof constructor !== "function") return true;
  const prototype = constructor.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, "isPrototypeOf");
}
function strict(fields, refine) {
  const entries = Object.entries(fields);
  const known = new Set(Object.keys(fields));
  return (value) => {
    if (!isObject(value)) return false;
    for (const key of Object.keys(value)) if (!known.has(key)) return false;
    for (const [key, field] of entries) {
      const present = Object.hasOwn(value, key) && value[key] !== void 0;
      if (!present ? !field.optional : !field.check(value[key])) return false;
    }
    return refine ? refine(value) : true;
  };
}
var list = (item, minLength = 0) => (value) => Array.isArray(value) && value.length >= minLength && value.every(item);
var isoDate = checked(dateProblem);
var certificate = strict(
  {
    ...Object.fromEntries(
      FINGERPRINTS.map(({ key, name, hexLength }) => [
        key,
        optional(checked((value) => fingerprintProblem(name, hexLength, value)))
      ])
    ),
    publicKey: optional(checked(publicKeyProblem))
  },
  (cert) => !certificateProblem(cert)
);
var platforms = strict({
  android: optional(
    strict({ package: required(matching(packageName(""))), certificate: required(certificate) })
  ),
  ios: optional(strict({ bundleId: required(matching(bundleId(""))), certificate: required(certificate) })),
  harmony: optional(
    strict({ bundleName: required(matching(packageName(""))), certificate: required(certificate) })
  ),
  wechat: optional(strict({ appId: required(matching(WECHAT_APP_ID)) })),
  alipay: optional(strict({ appId: required(matching(ALIPAY_APP_ID)) })),
  baidu: optional(strict({ appKey: required(nonEmpty) })),
  douyin: optional(strict({ appId: required(matching(DOUYIN_APP_ID)) })),
  quickApp: optional(strict({ package: required(matching(packageName(""))) }))
});
var hosting = strict(
  {
    provider: required(nonEmpty),
    region: optional(nonEmpty),
    location: optional(nonEmpty),
    mainland: optional((value) => typeof value === "boolean")
  },
  (h) => hostingProblems(h).length === 0
);
var storeId = checked(storeProblem);
var app = strict(
  {
    id: required(matching(APP_ID)),
    name: required(nonEmpty),
    kind: required(oneOf(APP_KINDS)),
    launchedOn: optional(isoDate),
    filing: required(
      strict({
        number: optional(nonEmpty),
        status: required(oneOf(FILING_STATUSES)),
        approvedOn: optional(isoDate),
        via: optional(nonEmpty)
      })
    ),
    hosting: optional(list(hosting)),
    platforms: required(platforms),
    stores: required(list(storeId, 1)),
    release: optional(
      strict({
        tags: optional((value) => nonEmpty(value) || list(nonEmpty, 1)(value)),
        versions: optional(checked(rangeProblem)),
        channels: optional(
          (value) => isPlainObject(value) && Object.entries(value).every(([k, v]) => nonEmpty(k) && storeId(v))
        )
      })
    ),
    sources: optional(
      strict({
        android: optional(
          (value) => nonEmpty(value) || strict({ path: required(nonEmpty), variant: optional(matching(GRADLE_VARIANT)) })(value)
        ),
        ios: optional(nonEmpty),
        harmony: optional(nonEmpty),
        wechat: optional(nonEmpty),
        alipay: optional(nonEmpty)
      })
    )
  },
  (a) => platformProblems(a).length === 0
);
var holder = strict({
  name: required(nonEmpty),
  province: required(checked(provinceProblem)),
  creditCode: optional(checked(creditCodeProblem)),
  mainNumber: optional(nonEmpty)
});
var waiver = strict({
  rule: required(nonEmpty),
  app: optional(nonEmpty),
  reason: optional(isString),
  expires: optional(isoDate)
});
var declaration = strict(
  {
    $schema: optional(isString),
    version: required((value) => value === 1),
    holder: required(holder),
    apps: required(list(app, 1)),
    waivers: optional(list(waiver))
  },
  (decl) => duplicateIdProblems(decl.apps).length === 0
);
function isValidDeclaration(raw) {
  return declaration(raw);
}

// src/declaration/plain-yaml.ts
var NotPlain = class extends Error {
};
var MAYBE_NOT_STRING = "~nNtTfF0123456789+-.";
var INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
var MAX_DEPTH = 64;
var SPACE = 32;
var HASH = 35;
var COLON = 58;
function newKey(mapping, key) {
  if (typeof key !== "string" || key === "__proto__" || key === "<<" || Object.hasOwn(mapping, key))
    throw new NotPlain();
  return key;
}
function readPlainYaml(text, maxEntries) {
  try {
    return new Reader(text, maxEntries).read();
  } catch (error) {
    if (error instanceof NotPlain) return void 0;
    throw error;
  }
}
var Reader = class {
  constructor(text, maxEntries) {
    this.text = text;
    this.maxEntries = maxEntries;
  }
  text;
  maxEntries;
  lines = [];
  next = 0;
  entries = 0;
  depth = 0;
  read() {
    this.splitLines();
    if (this.lines.length === 0) throw new NotPlain();
    const first = this.lines[0];
    const root = this.block(first.indent);
    if (this.next < this.lines.length) throw new NotPlain();
    return { root: root.node, value: root.value };
  }
  /** Content lines only: blank lines and whole-line comments carry no structure. */
  splitLines() {
    const text = this.text;
    if (text.includes("	") || /\r(?!\n)/.test(text)) throw new NotPlain();
    let offset = 0;
    while (offset < text.length) {
      const newline = text.indexOf("\n", offset);
      const lineEnd = newline === -1 ? text.length : newline;
      const end = text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
      let contentStart = offset;
      while (contentStart < end && text[contentStart] === " ") contentStart++;
      if (contentStart < end && text[contentStart] !== "#") {
        if (contentStart === offset && /^(?:---|\.\.\.|%)/.test(text.slice(offset, offset + 3)))
          throw new NotPlain();
        this.lines.push({ offset, indent: contentStart - offset, contentStart, end });
      }
      offset = lineEnd + 1;
    }
  }
  count() {
    if (++this.entries > this.maxEntries) throw new NotPlain();
  }
  /** A block collection whose first line is the next line, at `indent`. */
  block(indent) {
    const line = this.lines[this.next];
    if (line.indent !== indent) throw new NotPlain();
    if (++this.depth > MAX_DEPTH) throw new NotPlain();
    const block = this.isSeqItem(line) ? this.seq(indent) : this.map(indent);
    this.depth--;
    return block;
  }
  isSeqItem(line) {
    return this.text[line.contentStart] === "-" && this.isBlankOrEnd(line.contentStart + 1, line.end);
  }
  /** Whether the character at `at` is a space or the end of the line. */
  isBlankOrEnd(at, end) {
    return at >= end || this.text.charCodeAt(at) === SPACE;
  }
  map(indent) {
    const node = { kind: "map", start: this.lines[this.next].contentStart, items: [] };
    const value = {};
    while (this.next < this.lines.length) {
      const line = this.lines[this.next];
      if (line.indent < indent) break;
      if (line.indent > indent || this.isSeqItem(line)) throw new NotPlain();
      this.count();
      const key = this.key(line);
      const name = newKey(value, key.value);
      const rest = this.skipSpaces(key.colon + 1, line.end);
      this.next++;
      let entry;
      if (rest >= line.end || this.text[rest] === "#") entry = this.nested(indent, true);
      else entry = this.inline(rest, line.end, indent);
      node.items.push({ key: key.node, value: entry.node });
      value[name] = entry.value;
    }
    return { node, value };
  }
  /** The value of `key:` or `-` with nothing after it: a block on the following lines. */
  nested(indent, inMap) {
    const line = this.lines[this.next];
    if (!line) throw new NotPlain();
    if (line.indent > indent) return this.block(line.indent);
    if (inMap && line.indent === indent && this.isSeqItem(line)) return this.seq(indent);
    throw new NotPlain();
  }
  seq(indent) {
    const node = { kind: "seq", start: this.lines[this.next].contentStart, items: [] };
    const value = [];
    while (this.next < this.lines.length) {
      const line = this.lines[this.next];
      if (line.indent < indent || line.indent === indent && !this.isSeqItem(line)) break;
      if (line.indent > indent) throw new NotPlain();
      this.count();
      const rest = this.skipSpaces(line.contentStart + 1, line.end);
      let entry;
      if (rest >= line.end || this.text[rest] === "#") {
        this.next++;
        entry = this.nested(indent, false);
      } else if (this.startsMapEntry(rest, line.end)) {
        const column = rest - line.offset;
        this.lines[this.next] = { ...line, indent: column, contentStart: rest };
        entry = this.map(column);
      } else {
        this.next++;
        entry = this.inline(rest, line.end, indent);
      }
      node.items.push(entry.node);
      value.push(entry.value);
    }
    return { node, value };
  }
  /** Whether the text at `at` is `key:` followed by a space or the end of the line. */
  startsMapEntry(at, end) {
    const quote = this.text[at];
    if (quote === '"' || quote === "'") {
      const scalar = this.quoted(at, end);
      return this.text[scalar.end] === ":" && this.isBlankOrEnd(scalar.end + 1, end);
    }
    return this.plainKeyEnd(at, end) !== -1;
  }
  /**
   * Whether a plain scalar may start at `at`: not with an indicator, except `-`, `?` and `:` followed
   * by a character that is not a space (`-7`, `:x`), as YAML allows.
   */
  startsPlain(at, end, flow = false) {
    const c = this.text[at];
    if (c === void 0 || at >= end) return false;
    if (!INDICATOR.test(c)) return true;
    if (c !== "-" && c !== "?" && c !== ":") return false;
    const next = this.text[at + 1];
    return at + 1 < end && next !== " " && !(flow && /[,[\]{}]/.test(next));
  }
  /** Where a plain key ends (its `:`), or -1 when the text is no plain key. */
  plainKeyEnd(at, end) {
    if (!this.startsPlain(at, end)) return -1;
    const text = this.text;
    for (let i = at; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
      if (code === COLON && this.isBlankOrEnd(i + 1, end)) return i;
    }
    return -1;
  }
  key(line) {
    const at = line.contentStart;
    const quote = this.text[at];
    if (quote === '"' || quote === "'") {
      const node2 = this.quoted(at, line.end);
      if (this.text[node2.end] !== ":" || !this.isBlankOrEnd(node2.end + 1, line.end)) throw new NotPlain();
      return { node: node2, value: node2.value, colon: node2.end };
    }
    const colon = this.plainKeyEnd(at, line.end);
    if (colon === -1 || this.text[colon - 1] === " ") throw new NotPlain();
    const node = this.plain(at, colon);
    return { node, value: node.value, colon };
  }
  /** A value written on the line of its key or dash: a scalar or a flow list. */
  inline(at, end, indent) {
    const c = this.text[at];
    let node;
    let value;
    let after;
    if (c === '"' || c === "'") {
      node = this.quoted(at, end);
      value = node.value;
      after = node.end;
    } else if (c === "[") {
      const list2 = this.flowSeq(at, end);
      node = list2.node;
      value = list2.value;
      after = list2.end;
    } else if (c === "{") {
      const map = this.flowMap(at, end);
      node = map.node;
      value = map.value;
      after = map.end;
    } else {
      if (!this.startsPlain(at, end)) throw new NotPlain();
      const text = this.text;
      let stop = end;
      for (let i = at; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code === HASH && text.charCodeAt(i - 1) === SPACE) {
          stop = i;
          break;
        }
        if (code === COLON && this.isBlankOrEnd(i + 1, end)) throw new NotPlain();
      }
      let last = stop;
      while (last > at && text.charCodeAt(last - 1) === SPACE) last--;
      node = this.plain(at, last);
      value = node.value;
      after = stop;
    }
    this.expectLineEnd(after, end);
    const following = this.lines[this.next];
    if (following && following.indent > indent) throw new NotPlain();
    return { node, value };
  }
  /** After a value only spaces and a comment may follow. */
  expectLineEnd(at, end) {
    const rest = this.skipSpaces(at, end);
    if (rest < end && !(this.text[rest] === "#" && this.text[rest - 1] === " ")) throw new NotPlain();
  }
  skipSpaces(at, end) {
    while (at < end && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }
  /** `[a, 'b', "c"]` on one line: scalars only. */
  flowSeq(at, end) {
    const node = { kind: "seq", start: at, items: [] };
    const value = [];
    this.count();
    let i = this.skipSpaces(at + 1, end);
    if (this.text[i] === "]" && i < end) return { node, value, end: i + 1 };
    for (; ; ) {
      this.count();
      const item = this.flowScalar(i, end, false);
      node.items.push(item.node);
      value.push(item.value);
      i = item.next;
      if (this.text[i] === "]" && i < end) return { node, value, end: i + 1 };
      if (this.text[i] !== "," || i >= end) throw new NotPlain();
      i = this.skipSpaces(i + 1, end);
      if (i >= end || this.text[i] === "]") throw new NotPlain();
    }
  }
  /** `{ key: value, … }` on one line: scalar keys and values only. */
  flowMap(at, end) {
    const node = { kind: "map", start: at, items: [] };
    const value = {};
    this.count();
    let i = this.skipSpaces(at + 1, end);
    if (this.text[i] === "}" && i < end) return { node, value, end: i + 1 };
    for (; ; ) {
      this.count();
      const key = this.flowScalar(i, end, true);
      const name = newKey(value, key.value);
      if (this.text[key.next] !== ":" || this.text[key.next + 1] !== " " || key.next + 1 >= end)
        throw new NotPlain();
      const item = this.flowScalar(this.skipSpaces(key.next + 1, end), end, false);
      node.items.push({ key: key.node, value: item.node });
      value[name] = item.node.value;
      i = item.next;
      if (this.text[i] === "}" && i < end) return { node, value, end: i + 1 };
      if (this.text[i] !== "," || i >= end) throw new NotPlain();
      i = this.skipSpaces(i + 1, end);
      if (i >= end || this.text[i] === "}") throw new NotPlain();
    }
  }
  /**
   * A scalar inside a flow collection, and where the next token starts. A plain one ends at a flow
   * indicator (`,[]{}`) or, for a key, at `: `; any other `:` or a comment is left to the library.
   */
  flowScalar(at, end, isKey) {
    const c = this.text[at];
    if (c === '"' || c === "'") {
      const node2 = this.quoted(at, end);
      return { node: node2, value: node2.value, next: this.skipSpaces(node2.end, end) };
    }
    if (!this.startsPlain(at, end, true)) throw new NotPlain();
    let stop = at;
    while (stop < end && !/[,[\]{}]/.test(this.text[stop])) {
      const s = this.text[stop];
      if (s === "#" && this.text[stop - 1] === " ") throw new NotPlain();
      if (s === ":" && stop > at) {
        if (isKey && this.text[stop + 1] === " ") break;
        throw new NotPlain();
      }
      stop++;
    }
    let last = stop;
    while (last > at && this.text[last - 1] === " ") last--;
    const node = this.plain(at, last);
    return { node, value: node.value, next: this.skipSpaces(stop, end) };
  }
  /** A plain scalar from `start` to `end` (trailing spaces already excluded). */
  plain(start, end) {
    const source = this.text.slice(start, end);
    if (source === "" || source.includes(" #")) throw new NotPlain();
    let value = source;
    if (!MAYBE_NOT_STRING.includes(source[0])) return { kind: "scalar", start, end, value };
    if (NULL.test(source)) value = null;
    else if (TRUE.test(source)) value = true;
    else if (FALSE.test(source)) value = false;
    else if (DECIMAL.test(source)) {
      const digits = parseInt(source.replace(/^[-+]/, ""), 10);
      value = source.startsWith("-") ? -1 * digits : digits;
    } else if (OTHER_NUMBER.test(source)) throw new NotPlain();
    return { kind: "scalar", start, end, value };
  }
  /** A quoted scalar closed on the same line; escapes other than `\\` and `\"` are left to the library. */
  quoted(start, end) {
    const quote = this.text[start];
    let value = "";
    for (let i = start + 1; i < end; i++) {
      const c = this.text[i];
      if (quote === "'" && c === "'") {
        if (this.text[i + 1] === "'" && i + 1 < end) {
          value += "'";
          i++;
          continue;
        }
        return { kind: "scalar", start, end: i + 1, value };
      }
      if (quote === '"' && c === '"') return { kind: "scalar", start, end: i + 1, value };
      if (quote === '"' && c === "\\") {
        const escaped = this.text[i + 1];
        if (escaped !== "\\" && escaped !== '"' || i + 1 >= end) throw new NotPlain();
        value += escaped;
        i++;
        continue;
      }
      value += c;
    }
    throw new NotPlain();
  }
};

// src/declaration/load.ts
var MAX_DECLARATION_BYTES = 1024 * 1024;
var MAX_DECLARATION_NODES = 1e5;
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
  const read = readPlainYaml(text, MAX_DECLARATION_NODES) ?? (await import("./yaml-library-EFK227TW.js")).readWithYamlLibrary(text, file);
  if ("findings" in read) return read;
  return acceptDeclaration(read, text, file) ?? (await import("./diagnose-VWC7UJAT.js")).diagnoseDeclaration(read, text, file);
}
function acceptDeclaration(read, text, file) {
  if (!isValidDeclaration(read.value)) return void 0;
  return { declaration: { file, data: read.value, locate: locator(read.root, text, file) }, findings: [] };
}
function locator(root, text, file) {
  const lineStarts = lineStartsOf(text);
  const at = (offset, end) => toLocation(file, lineStarts, offset, end);
  return (path, part = "value") => locateNode(root, path, part, at);
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
  MAX_DECLARATION_NODES,
  syntaxFinding,
  loadDeclaration,
  parseDeclaration,
  locator,
  lineStartsOf,
  toLocation
};
