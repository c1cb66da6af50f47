"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// merged-entry:merged-entry:dist/chunks/check/drift-JO65H56G.js
var drift_JO65H56G_exports = {};
__export(drift_JO65H56G_exports, {
  diffDeclarations: () => diffDeclarations,
  diffDetections: () => diffDetections,
  pullRequestChanges: () => pullRequestChanges
});
module.exports = __toCommonJS(drift_JO65H56G_exports);

// src/usage-error.ts, src/workspace.ts, from ../cli-check.js
var import_cli_check = require("../cli-check.js");

// src/declaration/shape.ts, src/declaration/valid.ts, src/declaration/yaml-scalars.ts, src/declaration/plain-yaml.ts, src/declaration/load.ts, from ../cli-check.js
var import_cli_check2 = require("../cli-check.js");

// cfg-builtin:node:path, cfg-builtin:node:util, src/promised-fs.ts, from ../cli-check.js
var import_cli_check3 = require("../cli-check.js");

// src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts, from ../cli-check.js
var import_cli_check4 = require("../cli-check.js");

// src/sources/git-base.ts, src/sources/drift.ts
var import_chunk_QJUGKUW5 = require("./chunk-QJUGKUW5.js");

// src/sources/file-types.ts, from ../cli-check.js
var import_cli_check5 = require("../cli-check.js");

// src/sources/application-id.ts, from ../cli-check.js
var import_cli_check6 = require("../cli-check.js");

// cfg-builtin:node:fs, cfg-builtin:node:buffer, from ../cli-check.js
var import_cli_check7 = require("../cli-check.js");

// src/china-time.ts, from ../cli-check.js
var import_cli_check8 = require("../cli-check.js");

// src/excerpt.ts, from ../cli-check.js
var import_cli_check9 = require("../cli-check.js");

// src/artifacts/bounded-text.ts, from ../cli-check.js
var import_cli_check10 = require("../cli-check.js");

// esbuild's helpers, from ../cli-check.js
var import_cli_check11 = require("../cli-check.js");

// src/sources/git-base.ts, src/sources/drift.ts
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
    GIT_DIR: import_cli_check3.__cfg25_node_path_default.join(root, ".git"),
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
  const { execFile } = await Promise.resolve().then(() => __toESM(require("node:child_process")));
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
  const info = await (0, import_cli_check3.__cfg25_lstat)(import_cli_check3.__cfg25_node_path_default.join(root, ".git")).catch(() => void 0);
  if (!info) return "the workspace is not a git checkout (no .git at its root)";
  if (info.isSymbolicLink()) return "the workspace .git is a symbolic link; git is not run on it";
  if (!info.isDirectory() && !info.isFile()) return "the workspace .git is neither a folder nor a file";
  return void 0;
}
async function locateCheckout(workspace, folder) {
  const top = import_cli_check3.__cfg25_node_path_default.resolve(workspace);
  let current = import_cli_check3.__cfg25_node_path_default.resolve(folder);
  const relative = import_cli_check3.__cfg25_node_path_default.relative(top, current);
  if ((0, import_cli_check.__cfg23_leadsOutside)(relative)) current = top;
  for (; ; ) {
    const entry = await (0, import_cli_check3.__cfg25_lstat)(import_cli_check3.__cfg25_node_path_default.join(current, ".git")).catch(() => void 0);
    if (entry || current === top) break;
    current = import_cli_check3.__cfg25_node_path_default.dirname(current);
  }
  return { root: current, prefix: import_cli_check3.__cfg25_node_path_default.relative(current, import_cli_check3.__cfg25_node_path_default.resolve(folder)).split(import_cli_check3.__cfg25_node_path_default.sep).join("/") };
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
  const why = firstLine(fetch.stderr);
  return `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched${why ? ` (${why})` : ""}; use actions/checkout with fetch-depth: 0`;
}
async function readFileAtCommit(root, sha, relPath) {
  const segments = relPath.split("/");
  if (!COMMIT_SHA.test(sha) || relPath === "" || import_cli_check3.__cfg25_node_path_default.isAbsolute(relPath) || segments.includes(".."))
    return void 0;
  const result = await git(root, ["cat-file", "blob", "--end-of-options", `${sha}:${relPath}`]);
  return result.ok ? result.stdout : void 0;
}
function firstLine(text) {
  const line = text.split("\n").map((l) => l.trim()).find(Boolean) ?? "";
  return line.replace(/\/\/[^/@\s]*@/g, "//***@").slice(0, 200);
}
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
    changes.push(...diffDetections(file, (0, import_chunk_QJUGKUW5.detectIdentities)(file, baseText), (0, import_chunk_QJUGKUW5.detectIdentities)(file, text)));
  }
  const baseDeclarationText = await readFileAtCommit(root, baseSha, inRepository(declaration.file));
  const baseDeclaration = baseDeclarationText === void 0 ? void 0 : (await (0, import_cli_check2.__cfg24_parseDeclaration)(baseDeclarationText, declaration.file)).declaration;
  if (baseDeclaration) changes.push(...diffDeclarations(baseDeclaration, declaration.loaded));
  return { changes };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  diffDeclarations,
  diffDetections,
  pullRequestChanges
});
//# sourceMappingURL=drift-JO65H56G.js.map
