import {
  isInGitDirectory,
  isInside,
  realPathInWorkspace
} from "./chunk-UPXCFUPC.js";
import {
  node_path_default
} from "./chunk-FLB3LZ3Q.js";
import {
  FILE_TYPE_PLATFORM,
  identityFileType
} from "./chunk-MAWWGKHS.js";
import {
  readFile,
  readdir,
  realpath,
  stat
} from "./chunk-G5IBDK4M.js";

// src/sources/scan.ts
var detectors = () => import("./detectors-YRA24UM2.js");
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
  add(detected, file, listed = false, module) {
    if (module !== void 0) {
      for (const identity of detected.identities) identity.module ??= module;
      for (const unresolved of detected.unresolved) unresolved.module ??= module;
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
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
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
    if (relative.startsWith("..") || node_path_default.isAbsolute(relative)) {
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
    const join = (...parts) => node_path_default.posix.join(...parts.filter((p) => p !== "" && p !== ".")) || ".";
    for (const dir of [.../* @__PURE__ */ new Set([moduleDir, gradleRoot])]) {
      const file = join(dir, "gradle.properties");
      const text = await this.read(file, "android", false);
      if (text !== void 0) readGradleProperties(file, text, table);
    }
    if (gradleRoot !== moduleDir) {
      for (const name of ["build.gradle.kts", "build.gradle"]) {
        const file = join(gradleRoot, name);
        const text = await this.read(file, "android", false);
        if (text === void 0) continue;
        readScriptConstants(file, text, table);
        break;
      }
    }
    const logicDirs = /* @__PURE__ */ new Set([join(gradleRoot, "buildSrc"), join(gradleRoot, "build-logic")]);
    for (const name of ["settings.gradle.kts", "settings.gradle"]) {
      const text = await this.read(join(gradleRoot, name), "android", false);
      if (text === void 0) continue;
      for (const match of text.matchAll(/includeBuild\s*\(?\s*["']([^"'$]+)["']/g)) {
        const dir = join(gradleRoot, match[1]);
        if (!dir.startsWith("..")) logicDirs.add(dir);
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
    const join = (...parts) => [dir, ...parts].filter((p) => p !== "").join("/");
    const candidates = {
      android: ["build.gradle.kts", "build.gradle", "app/build.gradle.kts", "app/build.gradle"],
      ios: ["project.pbxproj"],
      wechat: ["project.config.json"],
      alipay: ["mini.project.json"],
      harmony: ["AppScope/app.json5"]
    };
    for (const candidate of candidates[platform]) {
      if (await this.isFile(join(candidate))) return join(candidate);
    }
    if (platform === "ios") {
      const entries = await readdir(node_path_default.join(this.root, dir), { withFileTypes: true }).catch(() => []);
      const projects = entries.filter(
        (e) => e.isDirectory() && e.name.endsWith(".xcodeproj") && e.name !== "Pods.xcodeproj"
      );
      if (projects.length === 1 && await this.isFile(join(projects[0].name, "project.pbxproj"))) {
        return join(projects[0].name, "project.pbxproj");
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
  const module = moduleOf(rel);
  result.add(detected, rel, false, module);
  const seen = /* @__PURE__ */ new Set();
  for (const reference of infoPlists) {
    const plistRel = node_path_default.posix.normalize(node_path_default.posix.join(srcRoot, reference.path));
    if (plistRel.startsWith("../") || node_path_default.posix.isAbsolute(plistRel)) continue;
    if (seen.has(`${reference.target}\0${plistRel}`)) continue;
    seen.add(`${reference.target}\0${plistRel}`);
    const plistText = await reader.read(plistRel, "ios", true);
    if (plistText === void 0) continue;
    const context = { target: reference.target, variant: reference.variant };
    result.add(detectInfoPlist(plistRel, plistText, context), plistRel, true, module);
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
  const { detectIdentities } = await detectors();
  const module = moduleOf(rel);
  result.add(detectIdentities(rel, text), rel, false, module);
  if (!rel.endsWith("app.json5")) return;
  const projectDir = node_path_default.posix.dirname(node_path_default.posix.dirname(rel));
  const profileRel = projectDir === "." ? "build-profile.json5" : `${projectDir}/build-profile.json5`;
  const profileText = await reader.read(profileRel, "harmony", false);
  if (profileText !== void 0)
    result.add(detectIdentities(profileRel, profileText), profileRel, true, module);
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

export {
  scanSources
};
