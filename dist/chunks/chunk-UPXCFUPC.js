import {
  UsageError
} from "./chunk-RFFF4SD4.js";
import {
  constants
} from "./chunk-XAPV4J6G.js";
import {
  node_path_default
} from "./chunk-FLB3LZ3Q.js";
import {
  lstat,
  mkdir,
  open,
  readdir,
  realpath,
  stat
} from "./chunk-G5IBDK4M.js";

// src/workspace.ts
function displayPath(workspace, absolute) {
  const relative = node_path_default.relative(workspace, absolute);
  const shown = relative.startsWith("..") || node_path_default.isAbsolute(relative) ? absolute : relative;
  return shown.split(node_path_default.sep).join("/") || ".";
}
function isInside(workspace, absolute) {
  const relative = node_path_default.relative(workspace, absolute);
  return relative === "" || !relative.startsWith("..") && !node_path_default.isAbsolute(relative);
}
function resolveInWorkspace(workspace, input, what) {
  const absolute = node_path_default.resolve(workspace, input);
  if (!isInside(workspace, absolute)) {
    throw new UsageError(
      `${what} "${input}" is outside the workspace ${workspace}; use a path inside the repository`
    );
  }
  return absolute;
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
async function assertRealPathInside(workspace, absolute, what, input) {
  const real = await realpath(absolute).catch(() => void 0);
  if (real !== void 0 && !isInside(await realpath(workspace), real)) {
    throw new UsageError(
      `${what} "${input}" is a symbolic link to outside the workspace; name a file inside the repository`
    );
  }
}
async function assertReadable(workspace, absolute, what, input, confine) {
  const real = await realpath(absolute).catch(() => void 0);
  if (real === void 0) return;
  if (isInGitDirectory(node_path_default.resolve(absolute)) || isInGitDirectory(real)) {
    throw new UsageError(
      `${what} "${input}" is inside a .git folder${real !== node_path_default.resolve(absolute) ? " (through a symbolic link)" : ""}; the gate never reads git's own files. Name a file in the repository tree`
    );
  }
  if (confine) await assertRealPathInside(workspace, absolute, what, input);
}
async function writeFileSafely(workspace, absolute, content, what, input, confine) {
  const realWorkspace = await realpath(workspace);
  const outside = () => new UsageError(
    `${what} "${input}" leads outside the workspace through a symbolic link; write it to a folder inside the repository`
  );
  const intoGit = () => new UsageError(`${what} "${input}" is inside a .git folder; the gate never writes git's own files`);
  const cannotWrite = (error) => {
    const code = error.code;
    const why = code === "EEXIST" || code === "ENOTDIR" ? "a file is in the way of its folder" : code === "EISDIR" ? "it is a folder" : code === "EACCES" || code === "EPERM" ? "permission denied" : code ?? String(error);
    return new UsageError(`${what} "${input}" cannot be written (${why}); name a file in a writable folder`);
  };
  if (isInGitDirectory(absolute)) throw intoGit();
  let existing = node_path_default.dirname(absolute);
  while (!await lstat(existing).catch(() => void 0)) existing = node_path_default.dirname(existing);
  const realExisting = await realpath(existing).catch(() => void 0);
  if (realExisting === void 0 || confine && !isInside(realWorkspace, realExisting)) throw outside();
  if (isInGitDirectory(realExisting)) throw intoGit();
  const folder = await mkdir(node_path_default.dirname(absolute), { recursive: true }).then(() => realpath(node_path_default.dirname(absolute))).catch((error) => {
    throw cannotWrite(error);
  });
  if (isInGitDirectory(folder)) throw intoGit();
  if (confine && !isInside(realWorkspace, folder)) throw outside();
  let handle;
  try {
    handle = await open(
      node_path_default.join(folder, node_path_default.basename(absolute)),
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      420
    );
  } catch (error) {
    if (error.code === "ELOOP")
      throw new UsageError(
        `${what} "${input}" is a symbolic link; the gate does not write through links. Remove the link or name another file`
      );
    throw cannotWrite(error);
  }
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var MAX_WALK_ENTRIES = 2e5;
async function expandGlobs(workspace, patterns, options) {
  const { default: picomatch } = await import("./picomatch-SGFFR7GK.js");
  const rules = patterns.map((p) => p.trim()).filter(Boolean).map((p) => {
    const exclude = p.startsWith("!");
    const absolute = toPosix(node_path_default.resolve(workspace, exclude ? p.slice(1).trim() : p));
    return { pattern: p, exclude, isMatch: picomatch(absolute, { dot: true }) };
  });
  const included = (file) => {
    let keep = false;
    for (const rule of rules) if (rule.isMatch(toPosix(file))) keep = !rule.exclude;
    return keep;
  };
  const files = /* @__PURE__ */ new Set();
  const unmatched = [];
  for (const rule of rules.filter((r) => !r.exclude)) {
    const matches = (await matchPattern(picomatch, workspace, rule.pattern, options.confine)).filter(included);
    if (matches.length === 0) unmatched.push(rule.pattern);
    matches.forEach((m) => files.add(m));
  }
  return { files: [...files].sort(), unmatched };
}
function toPosix(file) {
  return file.split(node_path_default.sep).join("/");
}
async function matchPattern(picomatch, workspace, pattern, confine) {
  const absolutePattern = toPosix(node_path_default.resolve(workspace, pattern));
  const scan = picomatch.scan(absolutePattern);
  const base = node_path_default.resolve(scan.isGlob ? scan.base || "/" : absolutePattern);
  if (confine && !isInside(workspace, base)) {
    throw new UsageError(
      `artifact path "${pattern}" is outside the workspace ${workspace}; use a path inside the repository`
    );
  }
  const info = await stat(base).catch(() => void 0);
  if (!info) return [];
  await assertReadable(workspace, base, "artifact path", pattern, confine);
  if (!scan.isGlob) {
    if (info.isDirectory()) {
      const folder = displayPath(workspace, base);
      throw new UsageError(
        `artifact path "${pattern}" is a directory; give a glob such as ${folder}/*.apk (or ${folder}/**/*.{apk,aab,ipa,hap})`
      );
    }
    return info.isFile() ? [base] : [];
  }
  const isMatch = picomatch(absolutePattern, { dot: true });
  const matches = [];
  const links = [];
  await walk(base, (file, isLink) => {
    if (isMatch(toPosix(file))) (isLink ? links : matches).push(file);
  });
  for (const link of links) {
    await assertReadable(workspace, link, "artifact path", displayPath(workspace, link), confine);
    if ((await stat(link).catch(() => void 0))?.isFile()) matches.push(link);
  }
  return matches;
}
async function walk(dir, visit) {
  let seen = 0;
  const queue = [dir];
  for (let next = 0; next < queue.length; next++) {
    const current = queue[next];
    const entries = await readdir(current, { withFileTypes: true }).catch((error) => {
      throw new UsageError(
        `artifact globs cannot list ${current} (${error.code ?? String(error)}); fix its permissions or narrow the pattern`
      );
    });
    for (const entry of entries) {
      if (++seen > MAX_WALK_ENTRIES)
        throw new UsageError(`artifact globs match too much below ${dir}; narrow the pattern`);
      const full = node_path_default.join(current, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) queue.push(full);
      else if (entry.isFile()) visit(full, false);
      else if (entry.isSymbolicLink()) visit(full, true);
    }
  }
}

export {
  displayPath,
  isInside,
  resolveInWorkspace,
  realPathInWorkspace,
  isInGitDirectory,
  assertRealPathInside,
  writeFileSafely,
  expandGlobs
};
