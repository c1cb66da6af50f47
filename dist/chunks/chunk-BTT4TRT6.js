
// src/declaration/plain-yaml.ts
var NotPlain = class extends Error {
};
var NULL = /^(?:~|null|Null|NULL)$/;
var TRUE = /^(?:true|True|TRUE)$/;
var FALSE = /^(?:false|False|FALSE)$/;
var DECIMAL = /^[-+]?[0-9]+$/;
var OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var MAYBE_NOT_STRING = "~nNtTfF0123456789+-.";
var INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
var MAX_DEPTH = 64;
var SPACE = 32;
var HASH = 35;
var COLON = 58;
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
      if (typeof key.value !== "string" || key.value === "__proto__" || key.value === "<<")
        throw new NotPlain();
      if (Object.prototype.hasOwnProperty.call(value, key.value)) throw new NotPlain();
      const rest = this.skipSpaces(key.colon + 1, line.end);
      this.next++;
      let entry;
      if (rest >= line.end || this.text[rest] === "#") entry = this.nested(indent, true);
      else entry = this.inline(rest, line.end, indent);
      node.items.push({ key: key.node, value: entry.node });
      value[key.value] = entry.value;
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
      const list = this.flowSeq(at, end);
      node = list.node;
      value = list.value;
      after = list.end;
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
      if (typeof key.value !== "string" || key.value === "__proto__" || key.value === "<<")
        throw new NotPlain();
      if (Object.prototype.hasOwnProperty.call(value, key.value)) throw new NotPlain();
      if (this.text[key.next] !== ":" || this.text[key.next + 1] !== " " || key.next + 1 >= end)
        throw new NotPlain();
      const item = this.flowScalar(this.skipSpaces(key.next + 1, end), end, false);
      node.items.push({ key: key.node, value: item.node });
      value[key.value] = item.node.value;
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

export {
  readPlainYaml
};
