import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-LD2BKEBV.js";

// src/workspace.ts
import { lstat, readdir, realpath } from "node:fs/promises";
import path from "node:path";
function displayPath(workspace, absolute) {
  const relative = path.relative(workspace, absolute);
  const shown = relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join("/") || ".";
}
function isInside(workspace, absolute) {
  const relative = path.relative(workspace, absolute);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
function resolveInWorkspace(workspace, input, what) {
  const absolute = path.resolve(workspace, input);
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
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var MAX_WALK_ENTRIES = 2e5;
async function expandGlobs(workspace, patterns, options) {
  const files = /* @__PURE__ */ new Set();
  const unmatched = [];
  const { default: picomatch } = await import("./picomatch-6AJDSYGT.js");
  for (const pattern of patterns) {
    const trimmed = pattern.trim();
    if (!trimmed) continue;
    const absolutePattern = path.resolve(workspace, trimmed).split(path.sep).join("/");
    const scan = picomatch.scan(absolutePattern);
    const base = scan.isGlob ? scan.base || "/" : absolutePattern;
    if (options.confine && !isInside(workspace, path.resolve(base))) {
      throw new UsageError(
        `artifact path "${pattern}" is outside the workspace ${workspace}; use a path inside the repository`
      );
    }
    const matches = [];
    if (!scan.isGlob) {
      const info = await lstat(base).catch(() => void 0);
      if (info?.isFile() && (!options.confine || await realPathInWorkspace(workspace, base)))
        matches.push(path.resolve(base));
    } else {
      const isMatch = picomatch(absolutePattern, { dot: true });
      await walk(path.resolve(base), (file) => {
        if (isMatch(file.split(path.sep).join("/"))) matches.push(file);
      });
    }
    if (matches.length === 0) unmatched.push(pattern);
    matches.forEach((m) => files.add(m));
  }
  return { files: [...files].sort(), unmatched };
}
async function walk(dir, visit) {
  let seen = 0;
  const queue = [dir];
  while (queue.length > 0) {
    const current = queue.shift();
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (++seen > MAX_WALK_ENTRIES)
        throw new UsageError(`artifact globs match too much below ${dir}; narrow the pattern`);
      const full = path.join(current, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) queue.push(full);
      else if (entry.isFile()) visit(full);
    }
  }
}

export {
  displayPath,
  resolveInWorkspace,
  realPathInWorkspace,
  expandGlobs
};
