import {
  declarationSchema
} from "./chunk-7PKQXTN4.js";
import "./chunk-3TR47OQD.js";
import {
  locator
} from "./chunk-VAKUZPGT.js";
import "./chunk-UIIEGSOT.js";
import "./chunk-GFVRO5IM.js";
import "./chunk-XAPV4J6G.js";
import "./chunk-FLB3LZ3Q.js";
import "./chunk-XX43KU6O.js";
import {
  quoteExcerpt
} from "./chunk-YA34C2UJ.js";
import {
  closestMatch
} from "./chunk-RS45BQ7I.js";
import "./chunk-G5IBDK4M.js";
import "./chunk-ZZLBI4GZ.js";
import "./chunk-ERADHNRU.js";

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

// src/declaration/diagnose.ts
var MAX_SCHEMA_FINDINGS = 50;
function diagnoseDeclaration({ root, value: raw }, text, file) {
  const locate = locator(root, text, file);
  const result = declarationSchema.safeParse(raw);
  if (result.success) return { declaration: { file, data: result.data, locate }, findings: [] };
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
export {
  diagnoseDeclaration
};
