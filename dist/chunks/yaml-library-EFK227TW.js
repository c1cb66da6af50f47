import {
  require_dist
} from "./chunk-IDNUZAIU.js";
import {
  MAX_DECLARATION_NODES,
  lineStartsOf,
  syntaxFinding,
  toLocation
} from "./chunk-VAKUZPGT.js";
import "./chunk-UIIEGSOT.js";
import "./chunk-GFVRO5IM.js";
import "./chunk-XAPV4J6G.js";
import "./chunk-FLB3LZ3Q.js";
import "./chunk-XX43KU6O.js";
import {
  quoteExcerpt
} from "./chunk-YA34C2UJ.js";
import "./chunk-RS45BQ7I.js";
import "./chunk-G5IBDK4M.js";
import "./chunk-ZZLBI4GZ.js";
import {
  __toESM
} from "./chunk-ERADHNRU.js";

// src/declaration/yaml-library.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/declaration/complexity.ts
var import_yaml = __toESM(require_dist(), 1);
var STRUCTURE_TOKENS = /* @__PURE__ */ new Set([
  "flow-map-start",
  "flow-seq-start",
  "seq-item-ind",
  "map-value-ind",
  "explicit-key-ind",
  "comma"
]);
function exceedsNodeBudget(text, budget = MAX_DECLARATION_NODES) {
  let count = 0;
  for (const token of new import_yaml.Lexer().lex(text)) {
    const type = import_yaml.CST.tokenType(token);
    if (type && STRUCTURE_TOKENS.has(type) && ++count > budget) return true;
  }
  return false;
}

// src/declaration/yaml-library.ts
var MAX_ALIAS_COUNT = 100;
function readWithYamlLibrary(text, file) {
  if (exceedsNodeBudget(text)) {
    return {
      findings: [
        syntaxFinding(
          `${file} has more than ${MAX_DECLARATION_NODES} YAML entries; a declaration has a few hundred. Is the config pointing at the right file?`,
          { file, line: 1, column: 1 }
        )
      ]
    };
  }
  const doc = (0, import_yaml2.parseDocument)(text, { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: "error" });
  const lineStarts = lineStartsOf(text);
  const at = (offset, end) => toLocation(file, lineStarts, offset, end);
  const syntax = doc.errors.map(
    (error) => syntaxFinding(
      error.code === "DUPLICATE_KEY" ? `duplicate key ${quoteExcerpt(keyAt(text, error.pos[0]))}: each key may appear once in a mapping. Remove or merge the second one.` : `YAML syntax error: ${firstLine(error.message)}. Fix the YAML at this place (indentation, quotes, a missing ':').`,
      at(error.pos[0], error.pos[1])
    )
  );
  if (syntax.length > 0) return { findings: syntax };
  if (doc.contents === null || (0, import_yaml2.isScalar)(doc.contents) && doc.contents.value === null) {
    return {
      findings: [
        syntaxFinding(
          `${file} is empty. Declare version: 1, holder and apps (\`china-filing init\` writes a starter).`,
          { file, line: 1, column: 1 }
        )
      ]
    };
  }
  const complexKey = firstCollectionKey(doc.contents);
  if (complexKey) {
    return {
      findings: [
        syntaxFinding(
          "a mapping key here is a list or mapping; declaration keys are plain names (version, holder, apps, …). Write the key as a name.",
          at(complexKey[0], complexKey[1])
        )
      ]
    };
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return {
        findings: [
          syntaxFinding(
            `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT}). Write the values out instead of nesting aliases.`,
            { file, line: 1, column: 1 }
          )
        ]
      };
    }
    return {
      findings: [
        syntaxFinding(`YAML cannot be read: ${firstLine(error.message)}.`, {
          file,
          line: 1,
          column: 1
        })
      ]
    };
  }
  return { root: treeOf(doc.contents), value };
}
function firstCollectionKey(root) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml2.isMap)(node)) {
      for (const pair of node.items) {
        if (((0, import_yaml2.isMap)(pair.key) || (0, import_yaml2.isSeq)(pair.key)) && pair.key.range)
          return [pair.key.range[0], pair.key.range[1]];
        stack.push(pair.value);
      }
    } else if ((0, import_yaml2.isSeq)(node)) stack.push(...node.items);
  }
  return void 0;
}
function treeOf(node) {
  const start = node.range?.[0] ?? 0;
  const end = node.range?.[1] ?? start;
  if ((0, import_yaml2.isMap)(node)) {
    return {
      kind: "map",
      start,
      items: node.items.filter(import_yaml2.isPair).map((pair) => ({
        key: (0, import_yaml2.isScalar)(pair.key) ? treeOf(pair.key) : void 0,
        value: pair.value ? treeOf(pair.value) : void 0
      }))
    };
  }
  if ((0, import_yaml2.isSeq)(node)) return { kind: "seq", start, items: node.items.map((item) => treeOf(item)) };
  if ((0, import_yaml2.isScalar)(node)) return { kind: "scalar", start, end, value: node.value };
  return { kind: "other", start, end };
}
function keyAt(text, offset) {
  const end = text.indexOf("\n", offset);
  const line = text.slice(offset, Math.min(end === -1 ? text.length : end, offset + 200));
  const quoted = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(line);
  if (quoted) return quoted[1].slice(1, -1);
  const colon = line.search(/:(\s|$)/);
  return (colon === -1 ? line : line.slice(0, colon)).trim();
}
function firstLine(message) {
  return message.split("\n")[0].replace(/:?\s*"(?:[^"\\]|\\.)*"?/g, "").replace(/\.$/, "");
}
export {
  MAX_ALIAS_COUNT,
  readWithYamlLibrary,
  treeOf
};
