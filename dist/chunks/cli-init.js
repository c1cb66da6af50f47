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

// merged-entry:merged-entry:dist/chunks/cli-init.js
var cli_init_exports = {};
__export(cli_init_exports, {
  __cfg3_FILE_TYPE_PLATFORM: () => FILE_TYPE_PLATFORM,
  __cfg3_identityFileType: () => identityFileType,
  __cfg4___commonJS: () => __commonJS,
  __cfg4___require: () => __require,
  main: () => main
});
module.exports = __toCommonJS(cli_init_exports);

// src/sources/file-types.ts
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

// esbuild's helpers
var __getOwnPropNames2 = Object.getOwnPropertyNames;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// cfg-builtin:node:fs, cfg-builtin:node:util, src/promised-fs.ts, cfg-builtin:node:path, src/excerpt.ts, src/catalog/stores.ts, src/declaration/suggest.ts, src/china-time.ts, src/declaration/shape.ts, src/declaration/yaml-scalars.ts, src/report/yaml-snippet.ts, src/usage-error.ts, src/workspace.ts, src/findings.ts, src/sources/scan.ts, src/sources/module-roles.ts, src/sources/types.ts, src/version.ts, src/cli/commands.ts, src/cli/fs-errors.ts, src/rules/docs.ts, src/settle.ts, src/cli/program.ts, src/cli/init.ts, src/cli/programs/init.ts
var builtin = __require("node:fs");
var node_fs_default = builtin;
var fstatSync = builtin.fstatSync;
var writeSync = builtin.writeSync;
var constants = builtin.constants;
var readFileSync = builtin.readFileSync;
var statSync = builtin.statSync;
var closeSync = builtin.closeSync;
var openSync = builtin.openSync;
var readSync = builtin.readSync;
var existsSync = builtin.existsSync;
var appendFileSync = builtin.appendFileSync;
var builtin2 = __require("node:util");
var promisify = builtin2.promisify;
var parseArgs = builtin2.parseArgs;
var access = promisify(node_fs_default.access);
var appendFile = promisify(node_fs_default.appendFile);
var lstat = promisify(node_fs_default.lstat);
var mkdir = promisify(node_fs_default.mkdir);
var mkdtemp = promisify(node_fs_default.mkdtemp);
var readdir = promisify(node_fs_default.readdir);
var readFile = promisify(node_fs_default.readFile);
var realpath = promisify(node_fs_default.realpath.native);
var rm = promisify(node_fs_default.rm);
var stat = promisify(node_fs_default.stat);
var openDescriptor = promisify(node_fs_default.open);
var closeDescriptor = promisify(node_fs_default.close);
var fstat = promisify(node_fs_default.fstat);
var readDescriptor = promisify(node_fs_default.read);
var writeDescriptor = promisify(node_fs_default.write);
var writeWholeFile = promisify(node_fs_default.writeFile);
var OpenFile = class {
  /** @param path what the descriptor was opened from, for an error that names the file. */
  constructor(fd, path) {
    this.fd = fd;
    this.path = path;
  }
  fd;
  path;
  closing;
  /** Calls still running: close() waits for them, as FileHandle's does. */
  pending = /* @__PURE__ */ new Set();
  /** Runs a call on the descriptor, refused once close() has begun (the number may be reused). */
  use(call) {
    if (this.closing) return Promise.reject(Object.assign(new Error("file closed"), { code: "EBADF" }));
    const running = call();
    this.pending.add(running);
    const done = () => this.pending.delete(running);
    running.then(done, done);
    return running;
  }
  /** Reads up to `length` bytes at `position` into `buffer` at `offset`. */
  read(buffer, offset, length, position) {
    return this.use(() => readDescriptor(this.fd, buffer, offset, length, position));
  }
  /** Reads from the current position to the end. */
  readFile() {
    return this.use(() => readFile(this.fd));
  }
  /**
   * Writes all of `data` at the current position: a short write is continued, not dropped, and each
   * part goes through use(), so a write after close() is refused and close() waits for a running one.
   */
  async write(data) {
    for (let done = 0; done < data.length; ) {
      const { bytesWritten } = await this.use(() => writeDescriptor(this.fd, data, done, data.length - done));
      if (bytesWritten === 0)
        throw Object.assign(new Error(`ENOSPC: no bytes written, write '${this.path}'`), {
          code: "ENOSPC",
          syscall: "write",
          path: this.path
        });
      done += bytesWritten;
    }
  }
  /** Writes all of `data` at the current position. */
  writeFile(data) {
    return this.use(() => writeWholeFile(this.fd, data));
  }
  stat() {
    return this.use(() => fstat(this.fd));
  }
  /** Closes the descriptor once the calls still running have finished; later calls share that close. */
  close() {
    this.closing ??= Promise.allSettled([...this.pending]).then(() => closeDescriptor(this.fd));
    return this.closing;
  }
};
async function open(path, flags, mode) {
  return new OpenFile(await openDescriptor(path, flags, mode), path);
}
var builtin3 = __require("node:path");
var node_path_default = builtin3;
var join = builtin3.join;
var basename = builtin3.basename;
var sep = builtin3.sep;
var MAX_MESSAGE = 1e3;
var LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;
function truncate(text, max) {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max * 2 + 2));
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
var CARRIAGE_RETURNS = /\r\n?/g;
function escapeControls(text) {
  return text.replace(CONTROLS, unicodeEscape);
}
var unicodeEscape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
var CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
function escapeControlsButLineBreaks(text) {
  return text.replace(CARRIAGE_RETURNS, "\n").replace(CONTROLS_BUT_LINE_BREAKS, unicodeEscape);
}
var STORES = [
  // Android stores in mainland China. Xiaomi matches package name and signature against the filing
  // (Xiaomi-备案申诉); Huawei: "先备案后上架" (HW-KB doc_0117). Others: Store-secondary (not confirmed per store).
  {
    id: "huawei-appgallery",
    name: "Huawei AppGallery",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "HW-KB doc_0117; Huawei-FASP"
  },
  {
    id: "honor",
    name: "Honor App Market",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Store-secondary"
  },
  {
    id: "xiaomi",
    name: "Xiaomi GetApps",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Xiaomi-备案申诉"
  },
  {
    id: "oppo",
    name: "OPPO App Market",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Store-secondary"
  },
  {
    id: "vivo",
    name: "vivo App Store",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Store-secondary"
  },
  {
    id: "tencent-myapp",
    name: "Tencent MyApp (应用宝)",
    mainland: true,
    kinds: ["app"],
    source: "Store-secondary"
  },
  {
    id: "baidu-app",
    name: "Baidu Mobile Assistant",
    mainland: true,
    kinds: ["app"],
    source: "Store-secondary"
  },
  {
    id: "360",
    name: "360 Mobile Assistant",
    mainland: true,
    kinds: ["app"],
    source: "Store-secondary"
  },
  {
    id: "quick-app-alliance",
    name: "Quick App Alliance (快应用联盟)",
    mainland: true,
    kinds: ["quick-app"],
    source: "HW-KB doc_0115 (K suffix); Store-secondary"
  },
  // Apple: ICP number required for new apps in the China mainland storefront from 2023-09-29 (Apple-ICP).
  {
    id: "app-store-cn",
    name: "App Store (China mainland)",
    mainland: true,
    kinds: ["app"],
    source: "Apple-ICP"
  },
  // Mini-program platforms file their mini programs themselves (MIIT-解读; 登记表).
  {
    id: "wechat",
    name: "WeChat Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "wechat",
    source: "WeChat-备案"
  },
  {
    id: "alipay",
    name: "Alipay Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "alipay",
    source: "Store-secondary"
  },
  {
    id: "baidu",
    name: "Baidu Smart Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "baidu",
    source: "Store-secondary"
  },
  {
    id: "douyin",
    name: "Douyin Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "douyin",
    source: "Douyin-备案"
  },
  // Outside mainland China: no filing needed to distribute there.
  {
    id: "google-play",
    name: "Google Play",
    mainland: false,
    kinds: ["app"],
    source: "not available in mainland China"
  },
  {
    id: "app-store",
    name: "App Store (outside China mainland)",
    mainland: false,
    kinds: ["app"],
    source: "non-CN storefronts"
  },
  {
    id: "galaxy-store",
    name: "Samsung Galaxy Store (outside China)",
    mainland: false,
    kinds: ["app"],
    source: "non-CN storefront"
  },
  {
    id: "amazon-appstore",
    name: "Amazon Appstore",
    mainland: false,
    kinds: ["app"],
    source: "not offered in mainland China"
  },
  {
    id: "huawei-appgallery-global",
    name: "Huawei AppGallery (outside China)",
    mainland: false,
    kinds: ["app"],
    source: "non-CN storefront"
  },
  {
    id: "direct-download-global",
    name: "Direct download outside China",
    mainland: false,
    kinds: ["app"],
    source: "self-distribution abroad"
  },
  // Self-distribution to users in mainland China is distribution all the same.
  {
    id: "direct-download-cn",
    name: "Direct download in mainland China (own website)",
    mainland: true,
    kinds: ["app"],
    source: "MIIT-解读 (legal basis)"
  }
];
var STORE_IDS = STORES.map((s) => s.id);
function editDistance(a, b) {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
function closestMatch(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return void 0;
  const limit = Math.max(1, Math.ceil(Math.max(needle.length, best.candidate.length) / 3));
  return best.distance <= limit ? best.candidate : void 0;
}
var CHINA_OFFSET_MS = 8 * 60 * 60 * 1e3;
var DAY_MS = 24 * 60 * 60 * 1e3;
var packageName = (what) => ({
  pattern: /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_][A-Za-z0-9_]*)+$/,
  message: `${what} must be dot-separated identifiers like com.example.shop`
});
var bundleId = (what) => ({
  pattern: /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/,
  message: `${what} must be a reverse-DNS id like com.example.shop`
});
var WECHAT_APP_ID = {
  pattern: /^wx[0-9a-f]{16}$/,
  message: 'a WeChat AppID is "wx" followed by 16 hex digits'
};
var ALIPAY_APP_ID = { pattern: /^\d{16}$/, message: "an Alipay AppID is 16 digits" };
var PLAIN_VERSION = "(?:0|[1-9]\\d{0,14})\\.(?:0|[1-9]\\d{0,14})\\.(?:0|[1-9]\\d{0,14})";
var PLAIN_COMPARATOR = `(?:>=|<=|>|<|=|\\^|~)?${PLAIN_VERSION}`;
var PLAIN_SET = `${PLAIN_COMPARATOR}(?: ${PLAIN_COMPARATOR})*`;
var PLAIN_RANGE = new RegExp(`^${PLAIN_SET}(?: \\|\\| ${PLAIN_SET})*$`);
var NULL = /^(?:~|null|Null|NULL)$/;
var TRUE = /^(?:true|True|TRUE)$/;
var FALSE = /^(?:false|False|FALSE)$/;
var DECIMAL = /^[-+]?[0-9]+$/;
var OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
function plainIsString(source) {
  return ![NULL, TRUE, FALSE, DECIMAL, OTHER_NUMBER].some((pattern) => pattern.test(source));
}
var SAFE_PLAIN = /^[A-Za-z0-9._/+=-]+$/;
function yamlScalar(value) {
  if (SAFE_PLAIN.test(value) && value !== "-" && plainIsString(value)) return value;
  return JSON.stringify(value);
}
var UsageError = class extends Error {
  constructor(message, setting) {
    super(setting ? message.replace(/\{input\}/g, `input ${setting}`) : message);
    this.setting = setting;
    this.name = "UsageError";
    this.template = message;
  }
  setting;
  template;
  /** The message as the CLI (`flag`) or the action (`input`) should say it. */
  describe(style) {
    if (!this.setting) return this.message;
    return this.template.replace(
      /\{input\}/g,
      style === "flag" ? `--${this.setting}` : `input ${this.setting}`
    );
  }
};
function leadsOutside(relative) {
  return relative === ".." || relative.startsWith(`..${node_path_default.sep}`) || node_path_default.isAbsolute(relative);
}
function isInside(workspace, absolute) {
  return !leadsOutside(node_path_default.relative(workspace, absolute));
}
async function realPathInWorkspace(workspace, absolute) {
  try {
    return isInside(await realpath(workspace), await realpath(absolute));
  } catch {
    return true;
  }
}
function isInGitDirectory(absolute) {
  return absolute.split(node_path_default.sep).includes(".git");
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var detectors = () => Promise.resolve().then(() => __toESM(require("./init/detectors-VHTGT35A.js")));
var MAX_SOURCE_FILE_BYTES = 2 * 1024 * 1024;
var MAX_WALK_DEPTH = 6;
var MAX_WALK_ENTRIES = 1e5;
var MAX_SYMLINK_NOTES = 5;
var WALK_PREFETCH = 32;
var MAX_BUILD_LOGIC_FILES = 500;
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  "build",
  "Build",
  // Carthage/Build, Xcode
  "xcuserdata",
  "Pods",
  "dist",
  "DerivedData",
  "unpackage",
  // uni-app build output
  "miniprogram_npm",
  // WeChat npm build output
  "oh_modules",
  // HarmonyOS ohpm dependencies
  // uni-app plugins (DCloud's plugin market), dependencies as node_modules are: uni-ui's uni-scss
  // ships a manifest.json with an empty mp-weixin.appid that read as the app's (yudao-mall-uniapp).
  "uni_modules",
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
  add(detected, file, listed = false, module2) {
    if (module2 !== void 0) {
      for (const identity of detected.identities) identity.module ??= module2;
      for (const unresolved of detected.unresolved) unresolved.module ??= module2;
    }
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
var toPosix = (p) => p.split(node_path_default.sep).join("/");
async function scanSources(workspace, hints = {}, limits = {}) {
  const root = node_path_default.resolve(workspace);
  const result = new ScanResult();
  const reader = new SourceReader(root, result);
  const hinted = PLATFORMS.filter((p) => hints[p] !== void 0);
  if (hinted.length > 0) {
    for (const platform of hinted) {
      const hint = hints[platform];
      const input = typeof hint === "string" ? hint : hint.path;
      const variant = typeof hint === "string" ? void 0 : hint.variant;
      for (const rel of await reader.resolveDeclared(platform, input))
        await scanFile(reader, result, rel, platform, true, variant);
    }
  } else {
    for (const { rel, type } of await findIdentityFiles(
      root,
      result,
      limits.maxEntries ?? MAX_WALK_ENTRIES
    )) {
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
  /** The root's real path, resolved once for every file the scan reads. */
  realRoot;
  resolvedRoot() {
    return this.realRoot ??= realpath(this.root).catch(() => this.root);
  }
  /**
   * A declared path, validated and resolved to the identity file(s) it names (a folder may hold
   * several Android application modules); empty after a note.
   */
  async resolveDeclared(platform, input) {
    const invalid = (message) => {
      this.result.note({ kind: "invalid-path", file: input, platform, message });
      return [];
    };
    if (input.trim() === "")
      return invalid(`sources.${platform} is empty; name the ${EXPECTED_FILES[platform]} file`);
    const absolute = node_path_default.resolve(this.root, input);
    const relative = node_path_default.relative(this.root, absolute);
    if (leadsOutside(relative)) {
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
      return [];
    }
    let rel = toPosix(relative);
    if (info.isDirectory()) {
      if (platform === "android") {
        const modules = await this.applicationModules(rel);
        if (modules.length > 0) return modules;
      }
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
    return [rel];
  }
  /**
   * The Android application module(s) in a declared folder: `android` is a Gradle root whose
   * `build.gradle` only configures plugins; the app is `android/app` (or any module applying
   * com.android.application within two levels).
   */
  async applicationModules(dir) {
    const { detectGradle } = await detectors();
    const found = [];
    const visit = async (folder, depth) => {
      for (const name of ["build.gradle.kts", "build.gradle"]) {
        const rel = [folder, name].filter((p) => p !== "").join("/");
        if (!await this.isFile(rel)) continue;
        const text = await this.read(rel, "android", false);
        if (text !== void 0 && isApplicationScript(detectGradle(rel, text))) found.push(rel);
        break;
      }
      if (depth >= 2) return;
      const entries = await readdir(node_path_default.join(this.root, folder), { withFileTypes: true }).catch(() => []);
      entries.sort((a, b) => compareText(a.name, b.name));
      for (const entry of entries) {
        if (!entry.isDirectory() || entry.name.startsWith(".") || SKIPPED_DIRS.has(entry.name)) continue;
        await visit([folder, entry.name].filter((p) => p !== "").join("/"), depth + 1);
      }
    };
    await visit(dir, 0);
    return found;
  }
  symbolCache = /* @__PURE__ */ new Map();
  /**
   * The constants a module's script may use from outside it: gradle.properties of the module and of
   * the Gradle root, and `const val` / enum properties of the build logic (buildSrc, build-logic,
   * every `includeBuild`). Read once per Gradle root.
   */
  async gradleSymbols(moduleRel) {
    const { SymbolTable, readGradleProperties, readKotlinConstants, readScriptConstants } = await detectors();
    const moduleDir = node_path_default.posix.dirname(moduleRel);
    const gradleRoot = await this.gradleRoot(moduleDir);
    const key = `${gradleRoot}\0${moduleDir}`;
    const cached = this.symbolCache.get(key);
    if (cached) return cached;
    const table = new SymbolTable();
    const join2 = (...parts) => node_path_default.posix.join(...parts.filter((p) => p !== "" && p !== ".")) || ".";
    for (const dir of [.../* @__PURE__ */ new Set([moduleDir, gradleRoot])]) {
      const file = join2(dir, "gradle.properties");
      const text = await this.read(file, "android", false);
      if (text !== void 0) readGradleProperties(file, text, table);
    }
    if (gradleRoot !== moduleDir) {
      for (const name of ["build.gradle.kts", "build.gradle"]) {
        const file = join2(gradleRoot, name);
        const text = await this.read(file, "android", false);
        if (text === void 0) continue;
        readScriptConstants(file, text, table);
        break;
      }
    }
    const logicDirs = /* @__PURE__ */ new Set([join2(gradleRoot, "buildSrc"), join2(gradleRoot, "build-logic")]);
    for (const name of ["settings.gradle.kts", "settings.gradle"]) {
      const text = await this.read(join2(gradleRoot, name), "android", false);
      if (text === void 0) continue;
      for (const match of text.matchAll(/includeBuild\s*\(?\s*["']([^"'$]+)["']/g)) {
        const dir = join2(gradleRoot, match[1]);
        if (dir !== ".." && !dir.startsWith("../")) logicDirs.add(dir);
      }
      break;
    }
    for (const dir of logicDirs) {
      for (const file of await this.kotlinFiles(dir)) {
        const text = await this.read(file, "android", false);
        if (text !== void 0) readKotlinConstants(file, text, table);
      }
    }
    this.symbolCache.set(key, table.lookup);
    return table.lookup;
  }
  /** The nearest folder at or above a module holding settings.gradle(.kts), within the workspace. */
  async gradleRoot(moduleDir) {
    for (let dir = moduleDir; ; dir = node_path_default.posix.dirname(dir)) {
      for (const name of ["settings.gradle.kts", "settings.gradle"]) {
        if (await this.isFile(dir === "." ? name : `${dir}/${name}`)) return dir;
      }
      if (dir === "." || dir === "") return moduleDir;
    }
  }
  /** Kotlin sources of build logic: bounded, so a huge included build cannot stall the scan. */
  async kotlinFiles(dir) {
    const files = [];
    const queue = [dir];
    let entriesSeen = 0;
    while (queue.length > 0 && files.length < MAX_BUILD_LOGIC_FILES && entriesSeen < MAX_WALK_ENTRIES) {
      const folder = queue.shift();
      const entries = await readdir(node_path_default.join(this.root, folder), { withFileTypes: true }).catch(() => []);
      entries.sort((a, b) => compareText(a.name, b.name));
      for (const entry of entries) {
        entriesSeen++;
        const rel = `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!entry.name.startsWith(".") && !SKIPPED_DIRS.has(entry.name)) queue.push(rel);
        } else if (entry.isFile() && entry.name.endsWith(".kt")) files.push(rel);
      }
    }
    return files.slice(0, MAX_BUILD_LOGIC_FILES);
  }
  async fileInDirectory(platform, dir) {
    const join2 = (...parts) => [dir, ...parts].filter((p) => p !== "").join("/");
    const candidates = {
      android: ["build.gradle.kts", "build.gradle", "app/build.gradle.kts", "app/build.gradle"],
      ios: ["project.pbxproj"],
      wechat: ["project.config.json"],
      alipay: ["mini.project.json"],
      harmony: ["AppScope/app.json5"]
    };
    for (const candidate of candidates[platform]) {
      if (await this.isFile(join2(candidate))) return join2(candidate);
    }
    if (platform === "ios") {
      const entries = await readdir(node_path_default.join(this.root, dir), { withFileTypes: true }).catch(() => []);
      const projects = entries.filter(
        (e) => e.isDirectory() && e.name.endsWith(".xcodeproj") && e.name !== "Pods.xcodeproj"
      );
      if (projects.length === 1 && await this.isFile(join2(projects[0].name, "project.pbxproj"))) {
        return join2(projects[0].name, "project.pbxproj");
      }
    }
    return void 0;
  }
  async isFile(rel) {
    return (await stat(node_path_default.join(this.root, rel)).catch(() => void 0))?.isFile() ?? false;
  }
  /**
   * The text of a workspace file. `required` files that are missing get a note; companions that
   * are missing are normal (most modules have no manifest package, most apps no private config).
   */
  async read(rel, platform, required) {
    const absolute = node_path_default.join(this.root, rel);
    const real = await realpath(absolute).catch(() => void 0);
    const realRoot = await this.resolvedRoot();
    if (isInGitDirectory(node_path_default.relative(this.root, absolute)) || real !== void 0 && isInGitDirectory(node_path_default.relative(realRoot, real))) {
      this.result.note({
        kind: "invalid-path",
        file: rel,
        platform,
        message: `${rel} is inside a .git folder; the source scan never reads git's own files`
      });
      return void 0;
    }
    if (real !== void 0 && !isInside(realRoot, real)) {
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
async function scanFile(reader, result, rel, platform, declared, variant) {
  const { detectIdentities } = await detectors();
  const text = await reader.read(rel, platform, true);
  if (text === void 0) return;
  if (declared) result.add(empty(), rel, true);
  const type = identityFileType(rel);
  if (type === "gradle") return scanGradleModule(reader, result, rel, text, declared, variant);
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
  result.add(detected, rel, false, moduleOf(rel));
}
function moduleOf(rel) {
  const dir = node_path_default.posix.dirname(rel);
  if (rel.endsWith(".xcodeproj/project.pbxproj")) return dir;
  if (/(^|\/)AppScope$/.test(dir)) return node_path_default.posix.dirname(dir);
  return dir;
}
function isApplicationScript({ model, identities, unresolved }) {
  return model !== void 0 && (model.appliesApplicationPlugin || identities.length + unresolved.length > 0);
}
function needsManifestPackage(model) {
  if (model.defaultConfig.applicationId) return false;
  return model.flavors.size === 0 || [...model.flavors.values()].some((f) => !f.applicationId);
}
async function scanGradleModule(reader, result, rel, text, declared, variant) {
  const { detectAndroidManifest, detectGradle, readManifestPackage } = await detectors();
  const options = {
    ...variant ? { variant } : {},
    ...declared ? { applicationModule: true } : {}
  };
  let { model, ...detected } = detectGradle(rel, text, options);
  const isAppModule = model !== void 0 && (model.appliesApplicationPlugin || detected.identities.length + detected.unresolved.length > 0);
  if (!declared && !isAppModule && detected.notes.length === 0) return;
  if (detected.unresolved.length > 0) {
    options.symbols = await reader.gradleSymbols(rel);
    ({ model, ...detected } = detectGradle(rel, text, options));
  }
  const namespaceGaveId = model?.namespace !== void 0 && detected.identities.length + detected.unresolved.length > 0;
  if (model && needsManifestPackage(model) && !namespaceGaveId) {
    const manifestRel = node_path_default.posix.join(node_path_default.posix.dirname(rel), "src/main/AndroidManifest.xml");
    const manifestText = await reader.read(manifestRel, "android", false);
    const manifestPackage = manifestText === void 0 ? void 0 : readManifestPackage(manifestRel, manifestText);
    if (manifestPackage && !/\$\{/.test(manifestPackage.value)) {
      ;
      ({ model, ...detected } = detectGradle(rel, text, { ...options, manifestPackage }));
      result.add(empty(), manifestRel, true);
    } else if (manifestText !== void 0) {
      result.add(
        manifestPackage ? detectAndroidManifest(manifestRel, manifestText) : empty(),
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
  result.add(detected, rel, false, moduleOf(rel));
}
async function scanXcodeProject(reader, result, rel, text) {
  const { detectInfoPlist, detectXcodeProject } = await detectors();
  const srcRoot = node_path_default.posix.dirname(node_path_default.posix.dirname(rel));
  let { infoPlists, xcconfigs, ...detected } = detectXcodeProject(rel, text);
  if (xcconfigs.length > 0) {
    const loaded = /* @__PURE__ */ new Map();
    for (const reference of xcconfigs) {
      const fileRel = node_path_default.posix.normalize(node_path_default.posix.join(srcRoot, reference));
      if (fileRel.startsWith("../")) continue;
      loaded.set(reference, await readXcconfigSettings(reader, result, fileRel));
    }
    ;
    ({ infoPlists, xcconfigs, ...detected } = detectXcodeProject(rel, text, (p) => loaded.get(p)));
  }
  const module2 = moduleOf(rel);
  result.add(detected, rel, false, module2);
  const seen = /* @__PURE__ */ new Set();
  for (const reference of infoPlists) {
    const plistRel = node_path_default.posix.normalize(node_path_default.posix.join(srcRoot, reference.path));
    if (plistRel.startsWith("../") || node_path_default.posix.isAbsolute(plistRel)) continue;
    if (seen.has(`${reference.target}\0${plistRel}`)) continue;
    seen.add(`${reference.target}\0${plistRel}`);
    const plistText = await reader.read(plistRel, "ios", true);
    if (plistText === void 0) continue;
    const context = { target: reference.target, variant: reference.variant };
    result.add(detectInfoPlist(plistRel, plistText, context), plistRel, true, module2);
  }
}
var MAX_XCCONFIG_INCLUDES = 8;
async function readXcconfigSettings(reader, result, fileRel, depth = 0, seen = /* @__PURE__ */ new Set()) {
  const { parseXcconfig } = await detectors();
  const settings = /* @__PURE__ */ new Map();
  if (depth > MAX_XCCONFIG_INCLUDES || seen.has(fileRel)) return settings;
  seen.add(fileRel);
  const text = await reader.read(fileRel, "ios", false);
  if (text === void 0) return settings;
  result.add(empty(), fileRel, true);
  for (const entry of parseXcconfig(fileRel, text).entries) {
    if (entry.kind === "setting") settings.set(entry.key, entry.setting);
    else {
      const included = node_path_default.posix.normalize(node_path_default.posix.join(node_path_default.posix.dirname(fileRel), entry.path));
      if (included.startsWith("../") || node_path_default.posix.isAbsolute(included)) continue;
      for (const [key, value] of await readXcconfigSettings(reader, result, included, depth + 1, seen))
        settings.set(key, value);
    }
  }
  return settings;
}
async function scanWeChatProject(reader, result, rel, text) {
  const { detectIdentities } = await detectors();
  const shared = detectIdentities(rel, text);
  if (!rel.endsWith("project.private.config.json")) {
    const privateRel = node_path_default.posix.join(node_path_default.posix.dirname(rel), "project.private.config.json");
    const privateText = await reader.read(privateRel, "wechat", false);
    if (privateText !== void 0) {
      const overrides = detectIdentities(privateRel, privateText);
      if (overrides.identities.length + overrides.unresolved.length > 0) {
        for (const identity of shared.identities) identity.release = false;
        for (const unresolved of shared.unresolved) unresolved.release = false;
      }
      result.add(shared, rel, false, moduleOf(rel));
      result.add(overrides, privateRel, true, moduleOf(rel));
      return;
    }
  }
  result.add(shared, rel, false, moduleOf(rel));
}
async function scanHarmonyApp(reader, result, rel, text) {
  const { detectIdentities, everyProductSetsBundleName } = await detectors();
  const module2 = moduleOf(rel);
  const app = detectIdentities(rel, text);
  if (!rel.endsWith("app.json5")) {
    result.add(app, rel, false, module2);
    return;
  }
  const projectDir = node_path_default.posix.dirname(node_path_default.posix.dirname(rel));
  const profileRel = projectDir === "." ? "build-profile.json5" : `${projectDir}/build-profile.json5`;
  const profileText = await reader.read(profileRel, "harmony", false);
  const profile = profileText === void 0 ? void 0 : detectIdentities(profileRel, profileText);
  if (profileText !== void 0 && everyProductSetsBundleName(profileRel, profileText))
    app.identities = app.identities.map((identity) => ({ ...identity, release: false }));
  result.add(app, rel, false, module2);
  if (profile) result.add(profile, profileRel, true, module2);
}
function empty() {
  return { identities: [], signing: [], unresolved: [], notes: [] };
}
async function findIdentityFiles(root, result, maxEntries) {
  let symlinkNotes = 0;
  const found = [];
  const queue = [{ dir: "", depth: 0 }];
  const listDirectory = (dir) => readdir(node_path_default.join(root, dir), { withFileTypes: true }).catch(() => []);
  const prefetch = (from) => {
    for (let k = from; k < Math.min(queue.length, from + WALK_PREFETCH); k++)
      queue[k].entries ??= listDirectory(queue[k].dir);
  };
  let seen = 0;
  for (let head = 0; head < queue.length; head++) {
    prefetch(head);
    const { dir, depth } = queue[head];
    const entries = await queue[head].entries;
    queue[head].entries = void 0;
    entries.sort((a, b) => compareText(a.name, b.name));
    for (const entry of entries) {
      if (++seen > maxEntries) {
        result.note({
          kind: "too-large",
          file: ".",
          message: `the workspace has more than ${maxEntries} entries within depth ${MAX_WALK_DEPTH} (outside ${[...SKIPPED_DIRS].slice(0, 4).join(", ")}, …); auto-detection stopped at ${dir || "."}, so identity files after it were not checked: name them under sources:`
        });
        return found;
      }
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        if (symlinkNotes < MAX_SYMLINK_NOTES && !await realPathInWorkspace(root, node_path_default.join(root, rel))) {
          symlinkNotes++;
          result.note({
            kind: "symlink",
            file: rel,
            message: `${rel} is a symbolic link to outside the workspace; the source scan does not follow it`
          });
        }
        continue;
      }
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
var SECONDARY_MODULE_WORDS = /* @__PURE__ */ new Set([
  "sample",
  "samples",
  "catalog",
  "demo",
  "demos",
  "example",
  "examples",
  "benchmark",
  "benchmarks",
  "baselineprofile",
  "playground",
  "showcase",
  "testapp",
  "test",
  "tests",
  "sandbox"
]);
var pathSegments = (p) => p.split("/").filter((s) => s !== "" && s !== ".");
function isSecondaryModule(module2) {
  if (!module2) return false;
  return pathSegments(module2).some(
    (segment) => segment.split(/[-_.]|(?<=[a-z])(?=[A-Z])/).some((word) => SECONDARY_MODULE_WORDS.has(word.toLowerCase()))
  );
}
var PLATFORM_FOLDERS = /^(android|ios|app|harmony|ohos|entry|AppScope|miniprogram|.*\.xcodeproj)$/;
function appRootOf(module2) {
  const segments = pathSegments(module2);
  while (segments.length > 0 && PLATFORM_FOLDERS.test(segments[segments.length - 1])) segments.pop();
  return segments.join("/");
}
var WECHAT_TOURIST_APPID = "touristappid";
function isUnsetIdentity(identity) {
  return identity.value.trim() === "" || identity.platform === "wechat" && identity.value === WECHAT_TOURIST_APPID;
}
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();
var COMMANDS = [
  {
    name: "check",
    summary: "Judge china-filing.yml (and built artifacts) against the filing rules",
    flags: [
      {
        name: "config",
        short: "c",
        value: "FILE",
        description: "the declaration (default china-filing.yml)"
      },
      {
        name: "mode",
        value: "release|pull-request|audit",
        description: "what the run is (default: release with --tag or --version, else audit)"
      },
      { name: "apps", value: "a,b", description: "judge only these declared apps", repeatable: true },
      { name: "stores", value: "s,t", description: "the stores this run uploads to", repeatable: true },
      { name: "tag", value: "TAG", description: "the release tag (implies --mode release)" },
      {
        name: "version",
        value: "SEMVER",
        description: "the release version (default: from --tag; implies --mode release)"
      },
      {
        name: "artifact",
        value: "GLOB",
        description: "built APK/AAB/IPA/HAP files to verify",
        repeatable: true
      },
      {
        name: "fail-on",
        value: "error|warning|never",
        description: "what blocks (never: report only, exit 0)"
      },
      { name: "today", value: "YYYY-MM-DD", description: "the date to judge on (default: today in China)" },
      {
        name: "certificate-expiry-days",
        value: "N",
        description: "warn when an iOS/HarmonyOS signing certificate expires within N days (default 30)"
      },
      {
        name: "format",
        short: "f",
        value: "text|json|sarif|github|junit|codequality",
        description: "the report format (default text)"
      },
      {
        name: "output",
        short: "o",
        value: "FILE",
        description: "write the report to FILE instead of stdout"
      },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: [
      "china-filing check",
      'china-filing check --tag v1.4.0 --artifact "build/*.apk"',
      "china-filing check --format sarif -o china-filing.sarif"
    ]
  },
  {
    name: "inspect",
    summary: "Print what the filing form asks for from built APK/AAB/IPA/HAP files",
    args: "FILE...",
    flags: [
      {
        name: "format",
        short: "f",
        value: "text|json|yaml",
        description: "the output format (default text)"
      },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: ["china-filing inspect app-release.apk", "china-filing inspect --format yaml App.ipa"]
  },
  {
    name: "init",
    summary: "Detect identities in the source tree and write a starter china-filing.yml",
    flags: [
      { name: "config", short: "c", value: "FILE", description: "where to write (default china-filing.yml)" },
      { name: "force", description: "overwrite an existing file" },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: ["china-filing init", "china-filing init --config mobile/china-filing.yml"]
  },
  {
    name: "schema",
    summary: "Print the JSON Schema of china-filing.yml (for editors)",
    flags: [{ name: "help", short: "h", description: "show this help" }],
    examples: ["china-filing schema > china-filing.schema.json"]
  },
  {
    name: "explain",
    summary: "Print a rule's documentation",
    args: "RULE",
    flags: [{ name: "help", short: "h", description: "show this help" }],
    examples: ["china-filing explain artifact-identity"]
  },
  {
    name: "help",
    summary: "Show the help of a command",
    args: "[COMMAND]",
    flags: [],
    examples: ["china-filing help check"]
  }
];
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}
function flagLabel(flag) {
  const long = `--${flag.name}${flag.value ? ` ${flag.value}` : ""}`;
  return flag.short ? `-${flag.short}, ${long}` : `    ${long}`;
}
function commandUsage(command) {
  const lines = [
    `Usage: china-filing ${command.name}${command.args ? ` ${command.args}` : ""}${command.flags.length ? " [options]" : ""}`,
    "",
    command.summary
  ];
  if (command.flags.length) {
    lines.push("", "Options:");
    const labels = command.flags.map(flagLabel);
    const width = Math.max(...labels.map((l) => l.length));
    command.flags.forEach(
      (flag, i) => lines.push(
        `  ${labels[i].padEnd(width)}  ${flag.description}${flag.repeatable ? " (repeatable)" : ""}`
      )
    );
  }
  lines.push("", "Examples:", ...command.examples.map((e) => `  ${e}`));
  lines.push("", "Exit codes: 0 pass, 1 blocked, 2 usage error.");
  return `${lines.join("\n")}
`;
}
function generalUsage() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: china-filing <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help     show help (also: china-filing COMMAND --help, china-filing help COMMAND)
  -V, --version  print the version of china-filing-gate

Exit codes: 0 pass, 1 blocked, 2 usage error.
`;
}
var REASONS = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EEXIST: "it already exists",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long"
};
var FIXES = {
  ENOENT: "create the folder first, or choose a path in an existing folder",
  ENOTDIR: "choose a path whose folders are folders",
  EISDIR: "give a file name inside the folder",
  EACCES: "check the permissions, or choose another path",
  EPERM: "check the permissions, or choose another path",
  EROFS: "choose a writable path",
  ENOSPC: "free some space, or choose another path",
  EEXIST: "remove it, or choose another path",
  ELOOP: "point at the real file",
  ENAMETOOLONG: "choose a shorter path"
};
function fileSystemProblem(error) {
  const e = error;
  if (!e || typeof e !== "object" || typeof e.code !== "string" || !(e.code in REASONS)) return void 0;
  const target = e.path ? `${e.path}: ` : "";
  return `${target}${REASONS[e.code]} (${e.code}${e.syscall ? ` on ${e.syscall}` : ""}); ${FIXES[e.code]}.`;
}
var PROJECT_URL = "https://github.com/china-filing-gate/china-filing-gate";
var REPORT_WITH = {
  "china-filing": "the command you ran",
  "china-filing-gate": "the step's log"
};
var ISSUES = `${PROJECT_URL}/issues`;
function internalErrorMessage(program, error) {
  const head = "internal error: ";
  const tail = `. The gate could not decide, so it blocks. Please report this at ${ISSUES} with ${REPORT_WITH[program]}.`;
  return `${head}${errorLine(error, MAX_MESSAGE - head.length - tail.length)}${tail}`;
}
function errorLine(error, max = 300) {
  return truncate(escapeControlsButLineBreaks(describeError(error).split(LINE_BREAKS, 1)[0]), max);
}
function describeError(error) {
  try {
    const { message, name } = error ?? {};
    if (typeof message === "string" && message !== "") return message;
    if (error instanceof Error) return typeof name === "string" && name !== "" ? name : "Error";
    return String(error);
  } catch {
    return "a thrown value that cannot be printed";
  }
}
var EXIT = { pass: 0, blocked: 1, usage: 2 };
function describeParseError(message, known) {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) {
    const flag = unknown[1];
    const near = flag.startsWith("--") ? closestMatch(flag.slice(2), known) : void 0;
    return `unknown option ${flag}${near ? `; did you mean --${near}?` : ""}`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  const noValue = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (noValue) return `${noValue[1]} takes no value`;
  return message.split(". ")[0];
}
function parse(args, commandName) {
  const command = findCommand(commandName);
  if (!command) throw new Error(`no command ${commandName} in commands.ts`);
  const options = {};
  for (const flag of command.flags) {
    if (flag.name === "help") continue;
    options[flag.name] = {
      type: flag.value !== void 0 ? "string" : "boolean",
      ...flag.short !== void 0 ? { short: flag.short } : {},
      ...flag.repeatable ? { multiple: true } : {}
    };
  }
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error.message, Object.keys(options)));
  }
}
function asksForHelp(args) {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === "-h" || a === "--help");
}
async function runCli(argv, io, runners) {
  const [command, ...rest] = argv;
  try {
    const known = command !== void 0 ? findCommand(command) : void 0;
    if (known && known.name !== "help" && asksForHelp(rest)) {
      io.stdout.write(commandUsage(known));
      return EXIT.pass;
    }
    switch (command) {
      case "check":
      case "inspect":
      case "init":
      case "schema":
      case "explain": {
        const runner = runners[command];
        if (!runner)
          throw new Error(`this program cannot run ${command} (src/cli/routes.ts routes it elsewhere)`);
        return await runner(rest, io);
      }
      case "help":
        return helpCommand(rest, io);
      case "-h":
      case "--help":
        io.stdout.write(generalUsage());
        return EXIT.pass;
      case "--version":
      case "-V":
      case "-v":
        io.stdout.write(`${TOOL_VERSION}
`);
        return EXIT.pass;
      case void 0:
        io.stderr.write(generalUsage());
        return EXIT.usage;
      default: {
        const near = closestMatch(
          command,
          COMMANDS.map((c) => c.name)
        );
        throw new UsageError(
          `unknown command "${command}"${near ? `; did you mean "${near}"?` : ""} Commands: ${COMMANDS.map((c) => c.name).join(", ")}`
        );
      }
    }
  } catch (error) {
    const known = command !== void 0 ? findCommand(command) : void 0;
    if (error instanceof UsageError) {
      const help = known ? `Run: china-filing ${known.name} --help` : "Run: china-filing --help";
      io.stderr.write(`china-filing: ${error.describe("flag")}
${help}
`);
      return EXIT.usage;
    }
    const fsProblem = fileSystemProblem(error);
    if (fsProblem) {
      io.stderr.write(`china-filing: ${fsProblem}
`);
      return EXIT.usage;
    }
    io.stderr.write(`china-filing: ${internalErrorMessage("china-filing", error)}
`);
    return EXIT.blocked;
  }
}
function helpCommand(args, io) {
  const { positionals } = parse(args, "help");
  if (positionals.length > 1) throw new UsageError("help takes one command: help check");
  const name = positionals[0];
  if (name === void 0) {
    io.stdout.write(generalUsage());
    return EXIT.pass;
  }
  const command = findCommand(name);
  if (!command) {
    const near = closestMatch(
      name,
      COMMANDS.map((c) => c.name)
    );
    throw new UsageError(`unknown command "${name}"${near ? `; did you mean "${near}"?` : ""}`);
  }
  io.stdout.write(commandUsage(command));
  return EXIT.pass;
}
var SHIPPED_VARIANT = /(^|[^a-z])(prod|production|store|china|cn|release)/i;
var NOT_SHIPPED_VARIANT = /dev|debug|staging|beta|alpha|test|internal|qa|nightly|snapshot/i;
var IDENTITY_SHAPES = {
  android: packageName("an Android package name"),
  ios: bundleId("an iOS bundle id"),
  harmony: packageName("a HarmonyOS bundle name"),
  wechat: WECHAT_APP_ID,
  alipay: ALIPAY_APP_ID
};
function foundAt(i, separator, close = "") {
  const variant = i.variant ? `${i.target ? `${i.target} ` : ""}${i.variant}` : void 0;
  return escapeControls(
    `${i.location.file}:${i.location.line}${variant ? `${separator}${variant}${close}` : ""}`
  );
}
function variantRank(identity) {
  const name = `${identity.variant ?? ""}`;
  const flavour = name.replace(/Release$/, "");
  let rank = identity.release ? 0 : 100;
  if (NOT_SHIPPED_VARIANT.test(flavour)) rank += 10;
  if (flavour === "" || SHIPPED_VARIANT.test(flavour)) rank -= 5;
  return rank;
}
function selectApps(identities) {
  const leftOut = [];
  const byRoot = /* @__PURE__ */ new Map();
  for (const identity of identities) {
    const module2 = identity.module ?? identity.location.file;
    if (isSecondaryModule(module2)) {
      leftOut.push({ identity, reason: "a sample, catalog or benchmark module, not the shipped app" });
      continue;
    }
    if (isUnsetIdentity(identity)) {
      const reason = identity.value === WECHAT_TOURIST_APPID ? "WeChat DevTools' placeholder for a project without an AppID (not set)" : "the value is empty (not set)";
      leftOut.push({ identity, reason });
      continue;
    }
    const root = appRootOf(module2);
    byRoot.set(root, [...byRoot.get(root) ?? [], identity]);
  }
  const apps = [];
  for (const [root, found] of [...byRoot.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const app = { root, identities: {} };
    for (const platform of ["android", "ios", "harmony", "wechat", "alipay"]) {
      const candidates = found.filter((i) => i.platform === platform);
      const shape = IDENTITY_SHAPES[platform];
      const invalid = (i) => shape.pattern.test(i.value) ? 0 : 1;
      const ranked = [...candidates].sort(
        (a, b) => variantRank(a) - variantRank(b) || invalid(a) - invalid(b) || a.value.length - b.value.length
      );
      const chosen = ranked.find((i) => i.release) ?? ranked.find((i) => i.target === void 0);
      if (!chosen) {
        for (const other of candidates)
          leftOut.push({
            identity: other,
            reason: "an embedded target (extension, widget, watch app) with its own id"
          });
        continue;
      }
      const valid = invalid(chosen) === 0;
      if (valid) app.identities[platform] = chosen;
      else leftOut.push({ identity: chosen, reason: `not a valid id: ${shape.message}` });
      const shipped = chosen.variant ?? "the release build";
      for (const other of candidates) {
        if (other === chosen || valid && other.value === chosen.value) continue;
        leftOut.push({
          identity: other,
          reason: other.target && !other.release ? "an embedded target (extension, widget, watch app) with its own id" : valid ? `another variant of the same app; ${shipped} was written` : `another variant of the same app; ${shipped}, the one that ships, has no valid id, so none was written`
        });
      }
    }
    if (Object.keys(app.identities).length > 0) apps.push(app);
  }
  return { apps, leftOut };
}
function slug(text) {
  return text.split(".").pop().toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "app";
}
function starterDeclaration(apps) {
  const from = (i) => `# from ${foundAt(i, " (", ")")}`;
  const certificate = "          md5: TODO # run `china-filing inspect <release build>` and paste its values";
  const lines = [
    "# yaml-language-server: $schema=https://github.com/china-filing-gate/china-filing-gate/raw/main/schema/china-filing.schema.json",
    "# Starter written by `china-filing init`. Fill in every TODO: the gate rejects them until you do.",
    "version: 1",
    "",
    "holder:",
    "  name: TODO # the holder (主办者) exactly as filed",
    "  province: TODO # one-character abbreviation of the filing province, e.g. 沪",
    "",
    "apps:"
  ];
  const ids = /* @__PURE__ */ new Set();
  const uniqueId = (base) => {
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    return id;
  };
  for (const app of apps) {
    const { android, ios, harmony, wechat, alipay } = app.identities;
    const nativeId = android ?? ios ?? harmony;
    if (nativeId) {
      lines.push(
        `  - id: ${uniqueId(slug(nativeId.value))}`,
        "    name: TODO # the app name as filed",
        "    kind: app",
        "    filing:",
        "      number: TODO # e.g. 沪ICP备2023012345号-2A",
        "      status: approved # approved | pending | not-filed",
        "      via: TODO # the access provider that filed it, e.g. aliyun",
        "    hosting:",
        "      - provider: TODO # aliyun, tencent, huawei, aws, azure, baidu, volcengine",
        "        region: TODO # a mainland region, e.g. cn-shanghai",
        "    platforms:"
      );
      if (android)
        lines.push(
          "      android:",
          `        package: ${yamlScalar(android.value)} ${from(android)}`,
          "        certificate:",
          certificate
        );
      if (ios)
        lines.push(
          "      ios:",
          `        bundleId: ${yamlScalar(ios.value)} ${from(ios)}`,
          "        certificate:",
          certificate.replace("md5", "sha1")
        );
      if (harmony)
        lines.push(
          "      harmony:",
          `        bundleName: ${yamlScalar(harmony.value)} ${from(harmony)}`,
          "        certificate:",
          certificate.replace("md5", "sha256")
        );
      lines.push("    stores: [TODO] # e.g. huawei-appgallery, xiaomi, app-store-cn");
    }
    for (const mini of [wechat, alipay].filter((m) => m !== void 0)) {
      lines.push(
        `  - id: ${uniqueId(`${app.root ? `${slug(app.root.replace(/\//g, "."))}-` : ""}${mini.platform}-mini-program`)}`,
        "    name: TODO # the mini program name as filed",
        "    kind: mini-program",
        "    filing:",
        "      number: TODO # a mini program number ends in X, e.g. 沪ICP备2023012345号-3X",
        "      status: approved",
        `      via: ${mini.platform}`,
        "    platforms:",
        `      ${mini.platform}:`,
        `        appId: '${mini.value}' ${from(mini)}`,
        `    stores: [${mini.platform}]`
      );
    }
  }
  if (apps.length === 0) {
    lines.push(
      "  - id: TODO # no app identity was found in this tree; describe the app by hand",
      "    name: TODO",
      "    kind: app",
      "    filing: { number: TODO, status: approved, via: TODO }",
      "    hosting: [{ provider: TODO, region: TODO }]",
      "    platforms:",
      "      android: { package: TODO, certificate: { md5: TODO } }",
      "    stores: [TODO]"
    );
  }
  return `${lines.join("\n")}
`;
}
async function initCommand(args, io) {
  const { values, positionals } = parse(args, "init");
  if (positionals.length) throw new UsageError(`init takes no positional arguments (got "${positionals[0]}")`);
  const target = node_path_default.resolve(io.cwd, values.config ?? "china-filing.yml");
  const shown = node_path_default.relative(io.cwd, target) || target;
  const alreadyExists = () => new UsageError(`${shown} already exists; pass --force to overwrite it`);
  const exists = await lstat(target).then(
    () => true,
    () => false
  );
  if (exists && !values.force) throw alreadyExists();
  const scan = await scanSources(node_path_default.dirname(target), {});
  const { apps, leftOut } = selectApps(scan.identities);
  const handle = await open(
    target,
    constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (values.force ? constants.O_TRUNC : constants.O_EXCL),
    420
  ).catch((error) => {
    const code = error.code;
    if (code === "EEXIST") throw alreadyExists();
    if (code === "ELOOP")
      throw new UsageError(
        `${shown} is a symbolic link; init does not write through links. Remove the link first`
      );
    throw error;
  });
  try {
    await handle.writeFile(starterDeclaration(apps));
  } finally {
    await handle.close();
  }
  const describe = (i) => `${i.platform} ${escapeControls(i.value)} (${foundAt(i, ", ")})`;
  const written = apps.flatMap((app) => Object.values(app.identities).map((i) => `  ${describe(i)}`));
  const left = leftOut.map(({ identity, reason }) => `  ${describe(identity)}: ${reason}`);
  const unread = (scan.unresolved ?? []).filter((u) => u.release).map(
    (u) => escapeControls(`  ${u.platform} ${u.key} at ${u.location.file}:${u.location.line}: ${u.reason}`)
  );
  io.stdout.write(
    [
      written.length ? `Wrote ${shown}, with the identities found: ${apps.length} app(s), from
${written.join("\n")}` : `Wrote ${shown}; no app identity was found in the source tree`,
      ...left.length ? [`Left out:
${left.join("\n")}`] : [],
      ...unread.length ? [`Not readable without the build (check these by hand):
${unread.join("\n")}`] : [],
      `Fill in the TODOs, then run: china-filing check --config ${shown}`
    ].join("\n") + "\n"
  );
  return EXIT.pass;
}
function main(argv, io) {
  return runCli(argv, io, { init: initCommand });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __cfg3_FILE_TYPE_PLATFORM,
  __cfg3_identityFileType,
  __cfg4___commonJS,
  __cfg4___require,
  main
});
//# sourceMappingURL=cli-init.js.map
