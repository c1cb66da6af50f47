import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  compareFindings
} from "./chunk-N5BCNBEB.js";
import {
  require_dist
} from "./chunk-BTZA2BK2.js";
import {
  detectIdentities,
  scanSources
} from "./chunk-XZLMYQJ4.js";
import {
  displayPath,
  expandGlobs,
  resolveInWorkspace
} from "./chunk-BXP65GJQ.js";
import {
  declarationSchema
} from "./chunk-44PZNB5P.js";
import {
  closestMatch,
  findStore,
  runRules,
  tagGlobs,
  tagMatches,
  waiverInForce
} from "./chunk-VVA4USSH.js";
import {
  UsageError
} from "./chunk-LD2BKEBV.js";
import {
  ArtifactError
} from "./chunk-WKUZGEHA.js";
import {
  __toESM
} from "./chunk-EBUTKOES.js";

// src/scope.ts
var MODES = ["release", "pull-request", "audit"];
function resolveScope(declaration, options) {
  const ids = declaration.apps.map((a) => a.id);
  for (const id of options.apps ?? []) {
    if (!ids.includes(id))
      throw new UsageError(`unknown app "${id}" in apps; declared apps: ${ids.join(", ")}`);
  }
  for (const id of options.stores ?? []) {
    if (!findStore(id))
      throw new UsageError(`unknown store "${id}" in stores; see the stores table in the README`);
  }
  return declaration.apps.map((app, index) => {
    const stores = options.stores ? options.stores.filter((id) => findStore(id)?.kinds.includes(app.kind)) : [...app.stores];
    const mainlandStores = stores.filter((id) => findStore(id)?.mainland);
    const base = { app, index, stores, mainlandStores };
    if (options.apps && options.apps.length > 0) {
      return options.apps.includes(app.id) ? { ...base, inScope: true } : { ...base, inScope: false, reason: "not in the apps input" };
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

// src/verdict.ts
var FAIL_ON_LEVELS = ["error", "warning", "never"];
function isBlocking(finding2, failOn) {
  if (failOn === "never") return false;
  return finding2.severity === "error" || failOn === "warning" && finding2.severity === "warning";
}
function decideVerdict(findings, failOn, appsInScope) {
  const blockingFindings = findings.filter((f) => isBlocking(f, failOn));
  const blocked = /* @__PURE__ */ new Set();
  for (const finding2 of blockingFindings) {
    if (finding2.app === void 0) appsInScope.forEach((id) => blocked.add(id));
    else blocked.add(finding2.app);
  }
  return {
    verdict: blockingFindings.length > 0 ? "fail" : "pass",
    blocking: appsInScope.filter((id) => blocked.has(id)).concat([...blocked].filter((id) => !appsInScope.includes(id))),
    blockingFindings: blockingFindings.length
  };
}

// src/check.ts
import path from "node:path";
import { readFile as readFile2 } from "node:fs/promises";

// src/declaration/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile, stat } from "node:fs/promises";

// src/declaration/errors.ts
function formatKeyPath(path2) {
  return path2.map(
    (segment, i) => typeof segment === "number" ? `[${segment}]` : i === 0 ? String(segment) : `.${String(segment)}`
  ).join("");
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `"${value}"`;
  return `${typeof value} ${String(value)}`;
}
var EXPECTED_WORDS = {
  object: "a mapping (key: value lines)",
  array: 'a list (lines starting with "- ")',
  string: "text",
  boolean: "true or false",
  number: "a number"
};
function valueAt(root, path2) {
  let node = root;
  for (const segment of path2) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function allowedKeysAt(path2) {
  let schema = declarationSchema;
  const unwrap = (s) => {
    let current = s;
    while (current?.def && (current.def.type === "optional" || current.def.type === "nullable" || current.def.type === "default")) {
      current = current.def.innerType;
    }
    return current;
  };
  for (const segment of path2) {
    const current = unwrap(schema);
    if (current?.def?.type === "object" && typeof segment === "string") schema = current.def.shape?.[segment];
    else if (current?.def?.type === "array" && typeof segment === "number") schema = current.def.element;
    else return [];
  }
  const target = unwrap(schema);
  return target?.def?.type === "object" ? Object.keys(target.def.shape ?? {}) : [];
}
function appIdFor(root, path2) {
  if (path2[0] !== "apps" || typeof path2[1] !== "number") return void 0;
  const id = valueAt(root, ["apps", path2[1], "id"]);
  return typeof id === "string" ? id : void 0;
}
function finding(message, location, app) {
  return { rule: "declaration-schema", severity: "error", ...app ? { app } : {}, message, location };
}
function missingKey(path2, expected, app, locate) {
  const key = String(path2[path2.length - 1]);
  const parent = path2.slice(0, -1);
  return finding(
    `${parent.length ? formatKeyPath(parent) : "top level"}: missing required key "${key}". Add ${key}: ${expected}.`,
    locate(parent, "key"),
    app
  );
}
function schemaIssueToFinding(issue, root, file, locate) {
  const path2 = issue.path.filter((p) => typeof p !== "symbol");
  const app = appIdFor(root, path2);
  const where = path2.length ? formatKeyPath(path2) : file;
  const actual = valueAt(root, path2);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const near = closestMatch(key, allowedKeysAt(path2));
        const allowed = allowedKeysAt(path2);
        const hint = near ? `Did you mean "${near}"?` : allowed.length ? `Allowed keys: ${allowed.join(", ")}.` : "Remove it.";
        return finding(
          `${path2.length ? where : "top level"}: unknown key "${key}". ${hint}`,
          locate([...path2, key], "key"),
          app
        );
      });
    case "invalid_type": {
      if (actual === void 0)
        return [missingKey(path2, `${EXPECTED_WORDS[issue.expected] ?? issue.expected}`, app, locate)];
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      const quoteHint = issue.expected === "string" && (typeof actual === "number" || typeof actual === "boolean") ? ` YAML read it as ${typeof actual}: put it in quotes, e.g. "${String(actual)}".` : "";
      return [
        finding(
          `${where}: expected ${expected}, found ${describeValue(actual)}.${quoteHint}`,
          locate(path2),
          app
        )
      ];
    }
    case "invalid_value": {
      const options = issue.values.map(String);
      if (actual === void 0)
        return [
          missingKey(path2, options.length === 1 ? options[0] : `one of ${options.join(", ")}`, app, locate)
        ];
      const near = typeof actual === "string" ? closestMatch(actual, options) : void 0;
      const list = options.length === 1 ? options[0] : `one of ${options.join(", ")}`;
      return [
        finding(
          `${where}: ${describeValue(actual)} is not allowed; write ${list}.${near ? ` Did you mean "${near}"?` : ""}`,
          locate(path2),
          app
        )
      ];
    }
    case "too_small":
      return [
        finding(
          issue.origin === "array" ? `${where}: the list is empty; list at least ${String(issue.minimum)} item.` : `${where}: must not be empty.`,
          locate(path2),
          app
        )
      ];
    case "invalid_format":
      return [
        finding(`${where}: ${describeValue(actual)} is malformed: ${issue.message}.`, locate(path2), app)
      ];
    case "invalid_union":
      return [
        finding(
          `${where}: ${describeValue(actual)} is not valid here: expected a glob or a list of globs.`,
          locate(path2),
          app
        )
      ];
    case "custom": {
      const hint = issue.params?.hint;
      const fix = hint ? ` ${hint.charAt(0).toUpperCase()}${hint.slice(1)}${/[.?!]$/.test(hint) ? "" : "."}` : "";
      return [finding(`${where}: ${issue.message}.${fix}`, locate(path2), app)];
    }
    default:
      return [finding(`${where}: ${issue.message}.`, locate(path2), app)];
  }
}

// src/declaration/load.ts
var MAX_DECLARATION_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
var MAX_SCHEMA_FINDINGS = 50;
function syntaxFinding(message, location) {
  return { rule: "declaration-syntax", severity: "error", message, ...location ? { location } : {} };
}
async function loadDeclaration(path2, displayPath2) {
  const start = { file: displayPath2, line: 1, column: 1 };
  let size;
  try {
    const info = await stat(path2);
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
    size = info.size;
  } catch (error) {
    const code = error.code;
    const message = code === "ENOENT" ? `${displayPath2} does not exist. Create it (\`china-filing init\` writes a starter) or set the config input / --config to its path.` : `${displayPath2} cannot be read (${code ?? String(error)}). Check the path and its permissions.`;
    return { findings: [syntaxFinding(message, start)] };
  }
  if (size > MAX_DECLARATION_BYTES) {
    return {
      findings: [
        syntaxFinding(
          `${displayPath2} is ${size} bytes; a declaration is at most ${MAX_DECLARATION_BYTES} bytes. Is --config pointing at the right file?`,
          start
        )
      ]
    };
  }
  let bytes;
  try {
    bytes = await readFile(path2);
  } catch (error) {
    return {
      findings: [syntaxFinding(`${displayPath2} cannot be read (${error.message}).`, start)]
    };
  }
  return parseDeclarationBytes(bytes, displayPath2);
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
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset, end) => toLocation(file, lineCounter, offset, end);
  const syntax = doc.errors.map(
    (error) => syntaxFinding(
      error.code === "DUPLICATE_KEY" ? `duplicate key: each key may appear once in a mapping. Remove or merge the second one.` : `YAML syntax error: ${firstLine(error.message)}. Fix the YAML at this place (indentation, quotes, a missing ':').`,
      at(error.pos[0], error.pos[1])
    )
  );
  if (syntax.length > 0) return { findings: syntax };
  if (doc.contents === null || (0, import_yaml.isScalar)(doc.contents) && doc.contents.value === null) {
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
  const locate = (path2, part = "value") => locateNode(doc, path2, part, at);
  const result = declarationSchema.safeParse(raw);
  if (!result.success) {
    const findings = result.error.issues.flatMap((issue) => schemaIssueToFinding(issue, raw, file, locate));
    if (findings.length > MAX_SCHEMA_FINDINGS) {
      const more = findings.length - MAX_SCHEMA_FINDINGS;
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
  return message.split("\n")[0].replace(/\.$/, "");
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
function locateNode(doc, path2, part, at) {
  let node = doc.contents;
  let best = (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node) ? node : void 0;
  let bestKey;
  for (let i = 0; i < path2.length; i++) {
    const segment = path2[i];
    const last = i === path2.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find(
        (p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(segment)
      );
      if (!pair) break;
      const key = pair.key;
      if (last && part === "key") return rangeOf(key, at);
      bestKey = key;
      node = pair.value;
      best = (0, import_yaml.isMap)(pair.value) || (0, import_yaml.isSeq)(pair.value) || !pair.value ? key : pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
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
  const end = (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node) ? void 0 : range[1];
  return at(range[0], end);
}

// src/sources/git-base.ts
import { execFile } from "node:child_process";
var SHA = /^[0-9a-f]{40}$/;
function git(root, args, timeout = 2e4) {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["-C", root, ...args],
      { timeout, maxBuffer: 4 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => resolve({ ok: !error, stdout, stderr })
    );
  });
}
async function ensureCommit(root, sha) {
  if (!SHA.test(sha)) return `the base "${sha}" is not a commit SHA`;
  if ((await git(root, ["rev-parse", "--is-inside-work-tree"])).stdout.trim() !== "true")
    return "the workspace is not a git checkout";
  if ((await git(root, ["cat-file", "-e", `${sha}^{commit}`])).ok) return void 0;
  await git(root, ["fetch", "--no-tags", "--depth=1", "origin", sha], 6e4);
  if ((await git(root, ["cat-file", "-e", `${sha}^{commit}`])).ok) return void 0;
  return `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched; use actions/checkout with fetch-depth: 0`;
}
async function readFileAtCommit(root, sha, relPath) {
  if (!SHA.test(sha) || relPath.startsWith("-") || relPath.split("/").includes("..")) return void 0;
  const result = await git(root, ["show", `${sha}:./${relPath}`]);
  return result.ok ? result.stdout : void 0;
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
async function pullRequestChanges(root, baseSha, headFiles, declaration) {
  const problem = await ensureCommit(root, baseSha);
  if (problem) return { changes: [], problem };
  const changes = [];
  for (const { file, text } of headFiles) {
    const baseText = await readFileAtCommit(root, baseSha, file);
    if (baseText === void 0) continue;
    changes.push(...diffDetections(file, detectIdentities(file, baseText), detectIdentities(file, text)));
  }
  const baseDeclarationText = await readFileAtCommit(root, baseSha, declaration.file);
  const baseDeclaration = baseDeclarationText === void 0 ? void 0 : parseDeclarationText(baseDeclarationText, declaration.file).declaration;
  if (baseDeclaration) changes.push(...diffDeclarations(baseDeclaration, declaration.loaded));
  return { changes };
}

// src/gate.ts
function runGate(input) {
  const declaration = input.load.declaration;
  const config = declaration?.file ?? input.load.findings[0]?.location?.file ?? "china-filing.yml";
  if (!declaration) {
    const verdict2 = decideVerdict(input.load.findings, input.failOn, []);
    return {
      ...header(input, config),
      verdict: verdict2.verdict,
      apps: [],
      findings: [...input.load.findings].sort(compareFindings),
      blocking: verdict2.blocking,
      filingNumbers: {}
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
    ...input.sources ? { sources: input.sources } : {}
  });
  const findings = applyWaivers(raw, declaration.data, input.today).sort(compareFindings);
  const inScope = scope.filter((s) => s.inScope).map((s) => s.app.id);
  const verdict = decideVerdict(findings, input.failOn, inScope);
  const apps = scope.map((s) => appResult(s, verdict.blocking));
  return {
    ...header(input, config),
    verdict: verdict.verdict,
    apps,
    findings,
    blocking: verdict.blocking,
    filingNumbers: Object.fromEntries(
      apps.filter((a) => a.inScope && a.filingNumber).map((a) => [a.id, a.filingNumber])
    )
  };
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
  const workspace = path.resolve(options.workspace);
  const configPath = options.confine ? resolveInWorkspace(workspace, options.config, "config") : path.resolve(workspace, options.config);
  const load = await loadDeclaration(configPath, displayPath(workspace, configPath));
  const artifacts = options.artifacts?.length ? await collectArtifacts(workspace, options.artifacts, options.confine) : void 0;
  const sources = load.declaration && options.sources !== false ? await collectSourceFacts(
    path.dirname(configPath),
    load.declaration,
    configPath,
    options.mode === "pull-request" ? options.baseSha : void 0
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
    ...sources ? { sources } : {}
  });
}
async function collectSourceFacts(root, declaration, configPath, baseSha) {
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
      text: await readFile2(path.join(root, file), "utf8").catch(() => "")
    }))
  );
  const text = await readFile2(configPath, "utf8");
  const { changes, problem } = await pullRequestChanges(root, baseSha, headFiles, {
    file: path.relative(root, configPath).split(path.sep).join("/"),
    text,
    loaded: declaration
  });
  return { ...facts, changes, ...problem ? { baseProblem: problem } : {} };
}
async function collectArtifacts(workspace, patterns, confine) {
  const { files, unmatched } = await expandGlobs(workspace, patterns, { confine });
  const { readArtifact } = await import("./read-EQPHI3FK.js");
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
    throw new UsageError(`today "${input}" is not a date; write YYYY-MM-DD`);
  }
  return value;
}

export {
  MODES,
  FAIL_ON_LEVELS,
  runCheck,
  todayInChina,
  parseToday
};
