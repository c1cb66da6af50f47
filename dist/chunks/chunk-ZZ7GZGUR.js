import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-EIG6KT7N.js";
import {
  detectIdentities,
  scanSources
} from "./chunk-ABDACKZP.js";
import {
  assertRealPathInside,
  displayPath,
  expandGlobs,
  resolveInWorkspace
} from "./chunk-I4N57K7O.js";
import {
  declarationSchema
} from "./chunk-PDUCMNJ7.js";
import {
  UsageError
} from "./chunk-4UZYQDOS.js";
import {
  decideVerdict
} from "./chunk-2I3YNUC5.js";
import {
  STORES,
  certificateMismatches,
  filedIdentity,
  findStore,
  normalizeFingerprint,
  runRules,
  tagGlobs,
  tagMatches,
  waiverInForce
} from "./chunk-4TEFK2S4.js";
import {
  closestMatch
} from "./chunk-42QK5KWP.js";
import {
  basename,
  node_path_default,
  sep
} from "./chunk-ASNEJFEB.js";
import {
  ArtifactError
} from "./chunk-BZAF4T2R.js";
import {
  lstat,
  open,
  readFile,
  realpath,
  stat
} from "./chunk-EPIRVGSI.js";
import {
  constants
} from "./chunk-LQBQYNPS.js";
import {
  compareFindings,
  findingPlace
} from "./chunk-ER3XPBH3.js";
import {
  __toESM
} from "./chunk-VFAWLHXG.js";

// src/scope.ts
var MODES = ["release", "pull-request", "audit"];
function resolveScope(declaration, options) {
  const ids = declaration.apps.map((a) => a.id);
  for (const id of options.apps ?? []) {
    if (!ids.includes(id)) {
      const near = closestMatch(id, ids);
      throw new UsageError(
        `{input} names unknown app "${id}"${near ? `; did you mean "${near}"?` : ""} Declared apps: ${ids.join(", ")}`,
        "apps"
      );
    }
  }
  for (const id of options.stores ?? []) {
    if (!findStore(id)) {
      const near = closestMatch(
        id,
        STORES.map((s) => s.id)
      );
      throw new UsageError(
        `{input} names unknown store "${id}"${near ? `; did you mean "${near}"?` : ""} See the stores table in the README.`,
        "stores"
      );
    }
  }
  return declaration.apps.map((app, index) => {
    const stores = options.stores ? options.stores.filter((id) => findStore(id)?.kinds.includes(app.kind)) : [...app.stores];
    const mainlandStores = stores.filter((id) => findStore(id)?.mainland);
    const base = { app, index, stores, mainlandStores };
    if (options.apps && options.apps.length > 0) {
      return options.apps.includes(app.id) ? { ...base, inScope: true } : { ...base, inScope: false, reason: "not among the apps selected (--apps / the apps input)" };
    }
    if (options.mode === "release" && options.tag !== void 0) {
      const globs = tagGlobs(app.release?.tags);
      return tagMatches(options.tag, globs) ? { ...base, inScope: true } : {
        ...base,
        inScope: false,
        reason: `tag ${options.tag} does not match release.tags (${globs.join(", ")})`
      };
    }
    return { ...base, inScope: true };
  });
}

// src/declaration/load.ts
var import_yaml2 = __toESM(require_dist(), 1);

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

// src/declaration/complexity.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_DECLARATION_NODES = 1e5;
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

// src/declaration/load.ts
var MAX_DECLARATION_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
var MAX_SCHEMA_FINDINGS = 50;
function syntaxFinding(message, location) {
  return { rule: "declaration-syntax", severity: "error", message, ...location ? { location } : {} };
}
async function loadDeclaration(path, displayPath2) {
  const start = { file: displayPath2, line: 1, column: 1 };
  const cannotRead = async (error) => {
    const code = error.code;
    const sibling = code === "ENOENT" ? await otherExtension(path) : void 0;
    const message = code === "ENOENT" ? sibling ? `${displayPath2} does not exist, but ${sibling} does beside it. Rename it to ${basename(path)}, or point the config input / --config at it.` : `${displayPath2} does not exist. Create it (\`china-filing init\` writes a starter) or set the config input / --config to its path.` : `${displayPath2} cannot be read (${code ?? String(error)}). Check the path and its permissions.`;
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
          `${displayPath2} is inside a .git folder${real !== path ? " (through a symbolic link)" : ""}; the gate never reads git's own files. Point --config / the config input at china-filing.yml in the repository tree.`,
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
            `${displayPath2} is not a file. Point --config / the config input at china-filing.yml.`,
            start
          )
        ]
      };
    }
    if (info.size > MAX_DECLARATION_BYTES) {
      return {
        findings: [
          syntaxFinding(
            `${displayPath2} is ${info.size} bytes; a declaration is at most ${MAX_DECLARATION_BYTES} bytes. Is --config pointing at the right file?`,
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
        findings: [syntaxFinding(`${displayPath2} cannot be read (${error.message}).`, start)]
      };
    }
    return parseDeclarationBytes(bytes, displayPath2);
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
function keyAt(text, offset) {
  const end = text.indexOf("\n", offset);
  const line = text.slice(offset, Math.min(end === -1 ? text.length : end, offset + 200));
  const quoted = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(line);
  if (quoted) return quoted[1].slice(1, -1);
  const colon = line.search(/:(\s|$)/);
  return (colon === -1 ? line : line.slice(0, colon)).trim();
}
function parseDeclarationBytes(bytes, file) {
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
  return parseDeclarationText(text.replace(/^\uFEFF/, ""), file);
}
function parseDeclarationText(text, file) {
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
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset, end) => toLocation(file, lineCounter, offset, end);
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
  let raw;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
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
  const locate = (path, part = "value") => locateNode(doc, path, part, at);
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
function firstLine(message) {
  return message.split("\n")[0].replace(/:?\s*"(?:[^"\\]|\\.)*"?/g, "").replace(/\.$/, "");
}
function toLocation(file, lineCounter, offset, end) {
  const startPos = lineCounter.linePos(offset);
  const location = { file, line: startPos.line, column: startPos.col };
  if (end !== void 0 && end > offset) {
    const endPos = lineCounter.linePos(end);
    location.endLine = endPos.line;
    location.endColumn = endPos.col;
  }
  return location;
}
function locateNode(doc, path, part, at) {
  let node = doc.contents;
  let best = (0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node) ? node : void 0;
  let bestKey;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if ((0, import_yaml2.isMap)(node)) {
      const pair = node.items.find(
        (p) => (0, import_yaml2.isPair)(p) && (0, import_yaml2.isScalar)(p.key) && String(p.key.value) === String(segment)
      );
      if (!pair) break;
      const key = pair.key;
      if (last && part === "key") return rangeOf(key, at);
      bestKey = key;
      node = pair.value;
      best = (0, import_yaml2.isMap)(pair.value) || (0, import_yaml2.isSeq)(pair.value) || !pair.value ? key : pair.value;
    } else if ((0, import_yaml2.isSeq)(node) && typeof segment === "number") {
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
  const range = node.range;
  if (!range) return at(0);
  const end = (0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node) ? void 0 : range[1];
  return at(range[0], end);
}

// src/sources/git-base.ts
var COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var MAX_BLOB_BYTES = 4 * 1024 * 1024;
var HARDENING_CONFIG = [
  "safe.bareRepository=explicit",
  "core.fsmonitor=false",
  "core.hooksPath=/dev/null",
  "core.sshCommand=false",
  "core.gitProxy=",
  "core.askPass=",
  // An empty value empties the list of credential helpers (each a program). The fetch authenticates
  // with the http.extraheader actions/checkout stores, which needs no helper.
  "credential.helper=",
  "core.pager=cat",
  "core.alternateRefsCommand=",
  "diff.external=",
  "protocol.allow=never",
  "protocol.https.allow=always",
  "protocol.ext.allow=never",
  "protocol.file.allow=never",
  "submodule.recurse=false",
  "fetch.recurseSubmodules=false",
  "gc.auto=0",
  "maintenance.auto=false"
];
function gitEnvironment(root, inherited = process.env) {
  const env = {};
  for (const [key, value] of Object.entries(inherited)) {
    const kept = !key.startsWith("GIT_") || key.startsWith("GIT_SSL_") || key.startsWith("GIT_HTTP_");
    if (kept && key !== "SSH_ASKPASS" && key !== "PAGER") env[key] = value;
  }
  return {
    ...env,
    GIT_DIR: node_path_default.join(root, ".git"),
    GIT_WORK_TREE: root,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    GIT_NO_REPLACE_OBJECTS: "1",
    GIT_OPTIONAL_LOCKS: "0",
    GIT_PROTOCOL_FROM_USER: "0"
  };
}
async function git(root, args, timeout = 2e4) {
  const config = HARDENING_CONFIG.flatMap((setting) => ["-c", setting]);
  const { execFile } = await import("node:child_process");
  return new Promise((resolve) => {
    execFile(
      "git",
      ["--no-pager", ...config, ...args],
      { cwd: root, env: gitEnvironment(root), timeout, maxBuffer: MAX_BLOB_BYTES, encoding: "utf8" },
      (error, stdout, stderr) => resolve({ ok: !error, stdout, stderr })
    );
  });
}
async function repositoryProblem(root) {
  const info = await lstat(node_path_default.join(root, ".git")).catch(() => void 0);
  if (!info) return "the workspace is not a git checkout (no .git at its root)";
  if (info.isSymbolicLink()) return "the workspace .git is a symbolic link; git is not run on it";
  if (!info.isDirectory() && !info.isFile()) return "the workspace .git is neither a folder nor a file";
  return void 0;
}
async function locateCheckout(workspace, folder) {
  const top = node_path_default.resolve(workspace);
  let current = node_path_default.resolve(folder);
  const relative = node_path_default.relative(top, current);
  if (relative.startsWith("..") || node_path_default.isAbsolute(relative)) current = top;
  for (; ; ) {
    const entry = await lstat(node_path_default.join(current, ".git")).catch(() => void 0);
    if (entry || current === top) break;
    current = node_path_default.dirname(current);
  }
  return { root: current, prefix: node_path_default.relative(current, node_path_default.resolve(folder)).split(node_path_default.sep).join("/") };
}
async function ensureCommit(root, sha) {
  if (!COMMIT_SHA.test(sha)) return `the base "${sha.slice(0, 80)}" is not a commit SHA`;
  const problem = await repositoryProblem(root);
  if (problem) return problem;
  const present = () => git(root, ["cat-file", "-e", "--end-of-options", `${sha}^{commit}`]);
  if ((await present()).ok) return void 0;
  const fetch = await git(
    root,
    ["fetch", "--no-tags", "--no-write-fetch-head", "--depth=1", "--end-of-options", "origin", sha],
    6e4
  );
  if ((await present()).ok) return void 0;
  const why = firstLine2(fetch.stderr);
  return `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched${why ? ` (${why})` : ""}; use actions/checkout with fetch-depth: 0`;
}
async function readFileAtCommit(root, sha, relPath) {
  const segments = relPath.split("/");
  if (!COMMIT_SHA.test(sha) || relPath === "" || node_path_default.isAbsolute(relPath) || segments.includes(".."))
    return void 0;
  const result = await git(root, ["cat-file", "blob", "--end-of-options", `${sha}:${relPath}`]);
  return result.ok ? result.stdout : void 0;
}
function firstLine2(text) {
  const line = text.split("\n").map((l) => l.trim()).find(Boolean) ?? "";
  return line.replace(/\/\/[^/@\s]*@/g, "//***@").slice(0, 200);
}

// src/sources/drift.ts
var identityKey = (i) => [i.platform, i.key, i.variant ?? "", i.target ?? ""].join("\0");
function diffDetections(file, base, head) {
  const changes = [];
  const baseIds = new Map(base.identities.filter((i) => i.release).map((i) => [identityKey(i), i]));
  for (const now of head.identities.filter((i) => i.release)) {
    const before = baseIds.get(identityKey(now));
    if (before && before.value !== now.value) {
      changes.push({
        file,
        platform: now.platform,
        key: now.key,
        ...now.variant ? { variant: now.variant } : {},
        before: before.value,
        after: now.value,
        location: now.location,
        kind: "identity"
      });
    }
  }
  const baseSigning = new Map(
    base.signing.map((s) => [
      identityKey({
        platform: s.platform,
        key: s.key ?? s.description,
        ...s.variant ? { variant: s.variant } : {}
      }),
      s
    ])
  );
  for (const now of head.signing) {
    const before = baseSigning.get(
      identityKey({
        platform: now.platform,
        key: now.key ?? now.description,
        ...now.variant ? { variant: now.variant } : {}
      })
    );
    if (before && before.value !== now.value) {
      changes.push({
        file,
        platform: now.platform,
        key: now.key ?? "signing",
        ...now.variant ? { variant: now.variant } : {},
        ...before.value !== void 0 ? { before: before.value } : {},
        ...now.value !== void 0 ? { after: now.value } : {},
        location: now.location,
        kind: "signing"
      });
    }
  }
  return changes;
}
function filedValues(app) {
  const values = /* @__PURE__ */ new Map();
  if (app.filing.number) values.set("filing.number", app.filing.number);
  for (const [platform, entry] of Object.entries(app.platforms)) {
    if (!entry) continue;
    for (const [key, value] of Object.entries(entry)) {
      if (typeof value === "string") values.set(`platforms.${platform}.${key}`, value);
      else if (value && typeof value === "object") {
        for (const [field, fingerprint] of Object.entries(value))
          values.set(`platforms.${platform}.${key}.${field}`, fingerprint);
      }
    }
  }
  return values;
}
function diffDeclarations(base, head) {
  const changes = [];
  head.data.apps.forEach((app, index) => {
    const before = base.data.apps.find((a) => a.id === app.id);
    if (!before) return;
    const old = filedValues(before);
    for (const [key, value] of filedValues(app)) {
      const previous = old.get(key);
      if (previous !== void 0 && previous.replace(/[\s:]/g, "").toUpperCase() !== value.replace(/[\s:]/g, "").toUpperCase()) {
        changes.push({
          file: head.file,
          platform: key.split(".")[1] ?? "filing",
          key: `${app.id} ${key}`,
          before: previous,
          after: value,
          location: head.locate(["apps", index, ...key.split(".")]),
          kind: "declaration",
          app: app.id
        });
      }
    }
  });
  return changes;
}
async function pullRequestChanges(tree, baseSha, headFiles, declaration) {
  const { root, prefix } = await locateCheckout(tree.workspace, tree.folder);
  const inRepository = (file) => prefix ? `${prefix}/${file}` : file;
  const problem = await ensureCommit(root, baseSha);
  if (problem) return { changes: [], problem };
  const changes = [];
  for (const { file, text } of headFiles) {
    const baseText = await readFileAtCommit(root, baseSha, inRepository(file));
    if (baseText === void 0) continue;
    changes.push(...diffDetections(file, detectIdentities(file, baseText), detectIdentities(file, text)));
  }
  const baseDeclarationText = await readFileAtCommit(root, baseSha, inRepository(declaration.file));
  const baseDeclaration = baseDeclarationText === void 0 ? void 0 : parseDeclarationText(baseDeclarationText, declaration.file).declaration;
  if (baseDeclaration) changes.push(...diffDeclarations(baseDeclaration, declaration.loaded));
  return { changes };
}

// src/sources/facts.ts
function rebaseSourceFacts(facts, prefix) {
  if (prefix === "" || prefix === ".") return facts;
  const file = (f) => `${prefix}/${f}`;
  const at = (item) => ({
    ...item,
    location: { ...item.location, file: file(item.location.file) }
  });
  const part = (item) => ({
    ...item,
    ...item.parts ? { parts: item.parts.map(at) } : {},
    ...item.base ? { base: at(item.base) } : {}
  });
  const scan = (s) => ({
    ...s,
    identities: s.identities.map((i) => part(at({ ...i, ...i.module ? { module: file(i.module) } : {} }))),
    signing: s.signing.map(at),
    files: s.files.map(file),
    ...s.unresolved ? {
      unresolved: s.unresolved.map(
        (u) => part(at({ ...u, ...u.module ? { module: file(u.module) } : {} }))
      )
    } : {},
    ...s.notes ? {
      notes: s.notes.map(
        (n) => n.kind === "invalid-path" ? n : {
          ...n,
          file: n.file === "." ? prefix : file(n.file),
          // Messages start with the file they are about: name it from the workspace too.
          message: n.message.startsWith(n.file) ? file(n.file) + n.message.slice(n.file.length) : n.message
        }
      )
    } : {}
  });
  return {
    ...facts,
    declared: Object.fromEntries(Object.entries(facts.declared).map(([id, s]) => [id, scan(s)])),
    ...facts.detected ? { detected: scan(facts.detected) } : {},
    changes: facts.changes.map((c) => ({
      ...c,
      file: file(c.file),
      ...c.location ? { location: { ...c.location, file: file(c.location.file) } } : {}
    }))
  };
}

// src/report/evidence.ts
function collectEvidence(input) {
  return {
    artifacts: (input.artifacts?.results ?? []).map((result) => {
      const identity = result.identity;
      if (!identity) {
        return {
          file: result.file,
          app: null,
          type: null,
          platform: null,
          id: null,
          version: null,
          build: null,
          signers: [],
          error: result.error ?? "cannot be read"
        };
      }
      const owner = input.apps.find((s) => filedIdentity(s.app, identity.platform) === identity.id);
      const certificate = owner?.app.platforms[identity.platform]?.certificate;
      const declared = {};
      for (const key of ["sha256", "sha1", "md5"]) {
        const value = certificate?.[key];
        if (value !== void 0) declared[key] = normalizeFingerprint(value);
      }
      return {
        file: result.file,
        app: owner?.app.id ?? null,
        type: identity.type,
        platform: identity.platform,
        id: identity.id,
        version: identity.version,
        build: identity.build,
        signers: identity.signers.map((signer, index) => ({
          subject: signer.subject,
          sha256: signer.sha256,
          sha1: signer.sha1,
          md5: signer.md5,
          schemes: signer.schemes,
          effective: index === identity.effectiveSigner,
          matchesFiling: certificate ? certificateMismatches(certificate, signer).length === 0 : null,
          declared
        }))
      };
    }),
    sources: sourceEvidence(input.sources)
  };
}
function sourceEvidence(facts) {
  if (!facts) return [];
  const scans = [
    ...Object.entries(facts.declared).map(([app, scan]) => ({ app, scan })),
    ...facts.detected ? [{ app: null, scan: facts.detected }] : []
  ];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const { app, scan } of scans) {
    for (const identity of scan.identities) {
      const entry = {
        file: identity.location.file,
        line: identity.location.line,
        column: identity.location.column,
        platform: identity.platform,
        key: identity.key,
        variant: identity.variant ?? null,
        value: identity.value,
        release: identity.release,
        app
      };
      const key = JSON.stringify(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(entry);
    }
  }
  return out;
}

// src/gate.ts
function runGate(input) {
  const declaration = input.load.declaration;
  const config = declaration?.file ?? input.load.findings[0]?.location?.file ?? "china-filing.yml";
  if (!declaration) {
    const findings2 = finalizeFindings(input.load.findings);
    const verdict2 = decideVerdict(findings2, input.failOn, { judged: [] });
    return {
      ...header(input, config),
      verdict: verdict2.verdict,
      enforced: verdict2.enforced,
      apps: [],
      findings: findings2,
      blocking: verdict2.blocking,
      filingNumbers: {},
      evidence: collectEvidence({ artifacts: input.artifacts, sources: input.sources, apps: [] })
    };
  }
  const scope = resolveScope(declaration.data, {
    mode: input.mode,
    apps: input.apps,
    stores: input.stores,
    tag: input.tag
  });
  const raw = runRules({
    declaration,
    mode: input.mode,
    today: input.today,
    apps: scope,
    judged: scope.filter((s) => s.inScope && s.mainlandStores.length > 0),
    ...input.tag !== void 0 ? { tag: input.tag } : {},
    ...input.version !== void 0 ? { version: input.version } : {},
    ...input.artifacts ? { artifacts: input.artifacts } : {},
    ...input.certificateExpiryDays !== void 0 ? { certificateExpiryDays: input.certificateExpiryDays } : {},
    ...input.sources ? { sources: input.sources } : {}
  });
  const findings = finalizeFindings(applyWaivers(raw, declaration.data, input.today));
  const verdict = decideVerdict(findings, input.failOn, {
    judged: scope.filter((s) => s.inScope).map((s) => s.app.id),
    notJudged: scope.filter((s) => !s.inScope).map((s) => s.app.id)
  });
  const apps = scope.map((s) => appResult(s, verdict.blocking));
  return {
    ...header(input, config),
    verdict: verdict.verdict,
    enforced: verdict.enforced,
    apps,
    findings,
    blocking: verdict.blocking,
    evidence: collectEvidence({ artifacts: input.artifacts, sources: input.sources, apps: scope }),
    filingNumbers: Object.fromEntries(
      apps.filter((a) => a.inScope && a.filingNumber).map((a) => [a.id, a.filingNumber])
    )
  };
}
function finalizeFindings(findings) {
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const finding2 of findings) {
    const bounded = { ...finding2, message: boundMessage(finding2.message) };
    const place = findingPlace(bounded);
    const key = JSON.stringify([
      bounded.rule,
      bounded.severity,
      bounded.app ?? null,
      bounded.message,
      place ? [place.file, place.line, place.column] : null
    ]);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(bounded);
  }
  return unique.sort(compareFindings);
}
function header(input, config) {
  return {
    mode: input.mode,
    failOn: input.failOn,
    today: input.today,
    config,
    ...input.tag !== void 0 ? { tag: input.tag } : {},
    ...input.version !== void 0 ? { version: input.version } : {}
  };
}
function appResult(scope, blocking) {
  const { app } = scope;
  return {
    id: app.id,
    name: app.name,
    kind: app.kind,
    inScope: scope.inScope,
    ...scope.reason ? { reason: scope.reason } : {},
    filingNumber: app.filing.number ?? null,
    filingStatus: app.filing.status,
    stores: scope.stores,
    mainlandStores: scope.mainlandStores,
    hosting: (app.hosting ?? []).map(
      (h) => h.provider === "self-hosted" ? `self-hosted ${h.location}` : `${h.provider} ${h.region}`
    ),
    verdict: !scope.inScope ? "skipped" : blocking.includes(app.id) ? "fail" : "pass"
  };
}
function applyWaivers(findings, declaration, today) {
  const waivers = (declaration.waivers ?? []).filter((w) => waiverInForce(w, today));
  return findings.map((finding2) => {
    const waiver = waivers.find(
      (w) => w.rule === finding2.rule && (w.app === void 0 || w.app === finding2.app)
    );
    if (!waiver || finding2.severity === "notice") return finding2;
    return {
      ...finding2,
      severity: "notice",
      message: `Waived until ${waiver.expires} (${waiver.reason.trim()}): ${finding2.message}`,
      waived: { reason: waiver.reason.trim(), expires: waiver.expires }
    };
  });
}

// src/check.ts
async function runCheck(options) {
  const workspace = node_path_default.resolve(options.workspace);
  const configPath = options.confine ? resolveInWorkspace(workspace, options.config, "config") : node_path_default.resolve(workspace, options.config);
  if (options.confine) await assertRealPathInside(workspace, configPath, "config", options.config);
  const load = await loadDeclaration(configPath, displayPath(workspace, configPath));
  const artifacts = options.artifacts?.length ? await collectArtifacts(workspace, options.artifacts, options.confine) : void 0;
  const prefix = scanPrefix(workspace, node_path_default.dirname(configPath));
  const sources = load.declaration && options.sources !== false ? rebaseSourceFacts(
    await collectSourceFacts(
      workspace,
      node_path_default.dirname(configPath),
      load.declaration,
      configPath,
      options.mode === "pull-request" ? options.baseSha : void 0
    ),
    prefix.startsWith("..") ? "" : prefix
  ) : void 0;
  return runGate({
    load,
    mode: options.mode,
    failOn: options.failOn,
    today: options.today,
    ...options.apps?.length ? { apps: options.apps } : {},
    ...options.stores?.length ? { stores: options.stores } : {},
    ...options.tag !== void 0 ? { tag: options.tag } : {},
    ...options.version !== void 0 ? { version: options.version } : {},
    ...artifacts ? { artifacts } : {},
    ...options.certificateExpiryDays !== void 0 ? { certificateExpiryDays: options.certificateExpiryDays } : {},
    ...sources ? { sources } : {}
  });
}
async function collectSourceFacts(workspace, root, declaration, configPath, baseSha) {
  const declared = {};
  for (const app of declaration.data.apps) {
    if (app.sources && Object.keys(app.sources).length > 0)
      declared[app.id] = await scanSources(root, app.sources);
  }
  const needsDetection = declaration.data.apps.some((a) => !declared[a.id]);
  const detected = needsDetection ? await scanSources(root, {}) : void 0;
  const facts = { declared, ...detected ? { detected } : {}, changes: [] };
  if (!baseSha) return facts;
  const files = [.../* @__PURE__ */ new Set([...detected?.files ?? [], ...Object.values(declared).flatMap((s) => s.files)])];
  const headFiles = await Promise.all(
    files.map(async (file) => ({
      file,
      text: await readFile(node_path_default.join(root, file), "utf8").catch(() => "")
    }))
  );
  const text = await readFile(configPath, "utf8");
  const { changes, problem } = await pullRequestChanges({ workspace, folder: root }, baseSha, headFiles, {
    file: node_path_default.relative(root, configPath).split(node_path_default.sep).join("/"),
    text,
    loaded: declaration
  });
  return { ...facts, changes, ...problem ? { baseProblem: problem } : {} };
}
function scanPrefix(workspace, root) {
  return node_path_default.relative(workspace, root).split(node_path_default.sep).join("/");
}
async function collectArtifacts(workspace, patterns, confine) {
  const { files, unmatched } = await expandGlobs(workspace, patterns, { confine });
  const { readArtifact } = await import("./read-EGB4I7TG.js");
  const results = [];
  for (const file of files) {
    const shown = displayPath(workspace, file);
    try {
      results.push({ file: shown, identity: await readArtifact(file, shown) });
    } catch (error) {
      if (error instanceof ArtifactError) results.push({ file: shown, error: error.message });
      else if (error instanceof UsageError) throw error;
      else results.push({ file: shown, error: `cannot be read: ${error.message}` });
    }
  }
  return { patterns: [...patterns], unmatched, results };
}
var CHINA_OFFSET_MS = 8 * 60 * 60 * 1e3;
function todayInChina(now = /* @__PURE__ */ new Date()) {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
function parseToday(input) {
  const value = input.trim();
  const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`{input} "${input}" is not a date; write YYYY-MM-DD`, "today");
  }
  return value;
}
function parseExpiryDays(what, value) {
  const days = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || days > 3650) {
    throw new UsageError(`${what} must be a whole number of days from 0 to 3650, not "${value}"`);
  }
  return days;
}

export {
  MODES,
  runCheck,
  todayInChina,
  parseToday,
  parseExpiryDays
};
