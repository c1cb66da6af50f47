// src/declaration/load.ts, src/declaration/valid.ts, src/declaration/shape.ts, src/declaration/plain-yaml.ts, src/declaration/yaml-scalars.ts, from ../../index.js
import { __cfg21_ALIPAY_APP_ID, __cfg21_APP_ID, __cfg21_APP_KINDS, __cfg21_DOUYIN_APP_ID, __cfg21_FILING_STATUSES, __cfg21_GRADLE_VARIANT, __cfg21_MAX_DECLARATION_NODES, __cfg21_WECHAT_APP_ID, __cfg21_bundleId, __cfg21_certificateProblem, __cfg21_creditCodeIssue, __cfg21_dateProblem, __cfg21_duplicateIdProblems, __cfg21_fingerprintProblem, __cfg21_hostingProblems, __cfg21_lineStartsOf, __cfg21_loadDeclaration, __cfg21_locator, __cfg21_packageName, __cfg21_parseDeclaration, __cfg21_platformProblems, __cfg21_provinceProblem, __cfg21_publicKeyProblem, __cfg21_rangeProblem, __cfg21_storeProblem, __cfg21_syntaxFinding, __cfg21_toLocation } from "../../index.js";

// cfg-builtin:node:path, from ../../index.js
import { __cfg22_basename, __cfg22_join, __cfg22_node_path_default, __cfg22_sep } from "../../index.js";

// src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts, from ../../index.js
import { __cfg23_LEGACY_PROVINCE_ALIASES, __cfg23_MINI_PROGRAM_PLATFORMS, __cfg23_PROVINCES, __cfg23_STORES, __cfg23_STORE_IDS, __cfg23_closestMatch, __cfg23_editDistance, __cfg23_findStore, __cfg23_provinceSpellings, __cfg23_resolveProvince } from "../../index.js";

// src/excerpt.ts, from ../../index.js
import { __cfg24_boundMessage, __cfg24_escapeControls, __cfg24_quoteExcerpt, __cfg24_reportJson, __cfg24_truncate } from "../../index.js";

// src/sources/drift.ts, src/sources/git-base.ts
import {
  detectIdentities
} from "./chunk-57ZKJDX7.js";

// src/sources/file-types.ts, from ../../index.js
import { __cfg26_FILE_TYPE_PLATFORM, __cfg26_identityFileType } from "../../index.js";

// src/promised-fs.ts, cfg-builtin:node:fs, cfg-builtin:node:util, from ../../index.js
import { __cfg31_access, __cfg31_appendFile, __cfg31_appendFileSync, __cfg31_constants, __cfg31_existsSync, __cfg31_lstat, __cfg31_mkdir, __cfg31_mkdtemp, __cfg31_open, __cfg31_readFile, __cfg31_readFileSync, __cfg31_readdir, __cfg31_realpath, __cfg31_rm, __cfg31_stat } from "../../index.js";

// src/china-time.ts, from ../../index.js
import { __cfg32_chinaDateOf, __cfg32_daysBetween, __cfg32_daysInMonth, __cfg32_isoTimestamp } from "../../index.js";

// src/stdio.ts, src/action/stdout.ts, from ../../index.js
import { __cfg33___commonJS, __cfg33___require, __cfg33___toESM, __cfg33_actionStdout, __cfg33_init_stdout } from "../../index.js";

// src/sources/drift.ts, src/sources/git-base.ts
__cfg33_init_stdout();
__cfg33_init_stdout();
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
    GIT_DIR: __cfg22_node_path_default.join(root, ".git"),
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
  const info = await __cfg31_lstat(__cfg22_node_path_default.join(root, ".git")).catch(() => void 0);
  if (!info) return "the workspace is not a git checkout (no .git at its root)";
  if (info.isSymbolicLink()) return "the workspace .git is a symbolic link; git is not run on it";
  if (!info.isDirectory() && !info.isFile()) return "the workspace .git is neither a folder nor a file";
  return void 0;
}
async function locateCheckout(workspace, folder) {
  const top = __cfg22_node_path_default.resolve(workspace);
  let current = __cfg22_node_path_default.resolve(folder);
  const relative = __cfg22_node_path_default.relative(top, current);
  if (relative.startsWith("..") || __cfg22_node_path_default.isAbsolute(relative)) current = top;
  for (; ; ) {
    const entry = await __cfg31_lstat(__cfg22_node_path_default.join(current, ".git")).catch(() => void 0);
    if (entry || current === top) break;
    current = __cfg22_node_path_default.dirname(current);
  }
  return { root: current, prefix: __cfg22_node_path_default.relative(current, __cfg22_node_path_default.resolve(folder)).split(__cfg22_node_path_default.sep).join("/") };
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
  if (!COMMIT_SHA.test(sha) || relPath === "" || __cfg22_node_path_default.isAbsolute(relPath) || segments.includes(".."))
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
    changes.push(...diffDetections(file, detectIdentities(file, baseText), detectIdentities(file, text)));
  }
  const baseDeclarationText = await readFileAtCommit(root, baseSha, inRepository(declaration.file));
  const baseDeclaration = baseDeclarationText === void 0 ? void 0 : (await __cfg21_parseDeclaration(baseDeclarationText, declaration.file)).declaration;
  if (baseDeclaration) changes.push(...diffDeclarations(baseDeclaration, declaration.loaded));
  return { changes };
}
export {
  diffDeclarations,
  diffDetections,
  pullRequestChanges
};
//# sourceMappingURL=drift-SWS4COMI.js.map
