/**
 * Paths from inputs (the config, artifact globs, declared source files) are resolved inside the
 * workspace and never leave it: `..` escapes, absolute paths elsewhere and symlinks pointing out are
 * refused, so a pull request cannot make the gate read files outside the checkout.
 */
import { constants } from 'node:fs'
import { lstat, mkdir, open, readdir, realpath, stat } from './promised-fs.js'
import path from 'node:path'
import type picomatchType from 'picomatch'
import { UsageError } from './usage-error.js'

/**
 * Whether a path made by path.relative leads out of its base: `..` as its first segment, or another
 * drive. A name that only starts with two dots (`..report.json`) is inside.
 */
export function leadsOutside(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
}

/** The path as users see it in reports: relative to the workspace, forward slashes. */
export function displayPath(workspace: string, absolute: string): string {
  const relative = path.relative(workspace, absolute)
  // A file the CLI user named outside the workspace is shown by its absolute path.
  const shown = leadsOutside(relative) ? absolute : relative
  return shown.split(path.sep).join('/') || '.'
}

export function isInside(workspace: string, absolute: string): boolean {
  return !leadsOutside(path.relative(workspace, absolute))
}

/** Resolves `input` against the workspace; throws a UsageError naming `what` when it escapes. */
export function resolveInWorkspace(workspace: string, input: string, what: string): string {
  const absolute = path.resolve(workspace, input)
  if (!isInside(workspace, absolute)) {
    throw new UsageError(
      `${what} "${input}" is outside the workspace ${workspace}; use a path inside the repository`,
    )
  }
  return absolute
}

/** Like resolveInWorkspace, and also refuses a path whose real location (after symlinks) is outside. */
export async function realPathInWorkspace(workspace: string, absolute: string): Promise<boolean> {
  try {
    return isInside(await realpath(workspace), await realpath(absolute))
  } catch {
    // A path that does not exist has no real location to escape to; the caller reports it missing.
    return true
  }
}

/**
 * True when the path lies in a `.git` folder. Git's own files are never read or written: `.git/config`
 * can hold the checkout's credential (http.extraheader), and a symlink in the tree can point at it.
 */
export function isInGitDirectory(absolute: string): boolean {
  return absolute.split(path.sep).includes('.git')
}

/**
 * Throws a UsageError when `absolute` (named `input` by the user, as the `what` input/flag) resolves
 * through symlinks to outside the workspace. A missing path passes: the caller reports it missing.
 */
export async function assertRealPathInside(
  workspace: string,
  absolute: string,
  what: string,
  input: string,
): Promise<void> {
  const real = await realpath(absolute).catch(() => undefined)
  if (real !== undefined && !isInside(await realpath(workspace), real)) {
    throw new UsageError(
      `${what} "${input}" is a symbolic link to outside the workspace; name a file inside the repository`,
    )
  }
}

/**
 * Throws a UsageError when `absolute` is, or resolves through symlinks to, a path inside a `.git`
 * folder; with `confine`, also when it resolves to outside the workspace.
 */
export async function assertReadable(
  workspace: string,
  absolute: string,
  what: string,
  input: string,
  confine: boolean,
): Promise<void> {
  const real = await realpath(absolute).catch(() => undefined)
  if (real === undefined) return
  if (isInGitDirectory(path.resolve(absolute)) || isInGitDirectory(real)) {
    throw new UsageError(
      `${what} "${input}" is inside a .git folder${real !== path.resolve(absolute) ? ' (through a symbolic link)' : ''}; the gate never reads git's own files. Name a file in the repository tree`,
    )
  }
  if (confine) await assertRealPathInside(workspace, absolute, what, input)
}

/**
 * Writes a report file the user named, so that neither a symlinked folder nor a symlinked file can
 * redirect the write: the nearest existing folder is resolved before any folder is created, the
 * final folder is resolved again, and the file is opened with O_NOFOLLOW. With `confine`, every
 * real location must be inside the workspace. Files inside `.git` are never written.
 */
export async function writeFileSafely(
  workspace: string,
  absolute: string,
  content: string,
  what: string,
  input: string,
  confine: boolean,
): Promise<void> {
  const realWorkspace = await realpath(workspace)
  const outside = () =>
    new UsageError(
      `${what} "${input}" leads outside the workspace through a symbolic link; write it to a folder inside the repository`,
    )
  const intoGit = () =>
    new UsageError(`${what} "${input}" is inside a .git folder; the gate never writes git's own files`)
  const cannotWrite = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code
    // mkdir -p reports a file standing where a folder must go as EEXIST, open as ENOTDIR or EISDIR.
    const why =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'a file is in the way of its folder'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (code ?? String(error))
    return new UsageError(`${what} "${input}" cannot be written (${why}); name a file in a writable folder`)
  }
  if (isInGitDirectory(absolute)) throw intoGit()
  let existing = path.dirname(absolute)
  while (!(await lstat(existing).catch(() => undefined))) existing = path.dirname(existing)
  // A dangling symlink has no real location to check, so it is refused like one leading out.
  const realExisting = await realpath(existing).catch(() => undefined)
  if (realExisting === undefined || (confine && !isInside(realWorkspace, realExisting))) throw outside()
  if (isInGitDirectory(realExisting)) throw intoGit()
  const folder = await mkdir(path.dirname(absolute), { recursive: true })
    .then(() => realpath(path.dirname(absolute)))
    .catch((error: unknown) => {
      throw cannotWrite(error)
    })
  if (isInGitDirectory(folder)) throw intoGit()
  if (confine && !isInside(realWorkspace, folder)) throw outside()
  let handle
  try {
    handle = await open(
      path.join(folder, path.basename(absolute)),
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644,
    )
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw new UsageError(
        `${what} "${input}" is a symbolic link; the gate does not write through links. Remove the link or name another file`,
      )
    throw cannotWrite(error)
  }
  try {
    await handle.writeFile(content)
  } finally {
    await handle.close()
  }
}

const SKIPPED_DIRS = new Set(['node_modules', '.git'])
const MAX_WALK_ENTRIES = 200_000

export interface GlobResult {
  /** Absolute paths of matching files, sorted. */
  files: string[]
  /** Patterns that matched nothing (after exclusions). */
  unmatched: string[]
}

/**
 * Expands globs (relative to the workspace) to files, walking only below each pattern's fixed prefix.
 * The syntax is what GitHub users write for @actions/glob and actions/upload-artifact: one pattern a
 * line, `*`, `**`, `?`, `[...]`, braces (`*.{apk,aab}`), and `!pattern` to exclude; as there, later
 * patterns win, so `!**\/debug/**` after `build/**\/*.apk` drops the debug builds. A folder named
 * without a glob is a usage error saying which glob to give. With `confine`, a pattern or a symbolic
 * link reaching outside the workspace is a usage error; nothing inside a `.git` folder is read.
 */
export async function expandGlobs(
  workspace: string,
  patterns: readonly string[],
  options: { confine: boolean },
): Promise<GlobResult> {
  // Loaded here, not at the top: `inspect` and runs without artifacts only need displayPath (issue 10).
  const { default: picomatch } = await import('picomatch')
  const rules = patterns
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const exclude = p.startsWith('!')
      const absolute = toPosix(path.resolve(workspace, exclude ? p.slice(1).trim() : p))
      return { pattern: p, exclude, isMatch: picomatch(absolute, { dot: true }) }
    })
  const included = (file: string) => {
    let keep = false
    for (const rule of rules) if (rule.isMatch(toPosix(file))) keep = !rule.exclude
    return keep
  }
  const files = new Set<string>()
  const unmatched: string[] = []
  for (const rule of rules.filter((r) => !r.exclude)) {
    const matches = (await matchPattern(picomatch, workspace, rule.pattern, options.confine)).filter(included)
    if (matches.length === 0) unmatched.push(rule.pattern)
    matches.forEach((m) => files.add(m))
  }
  return { files: [...files].sort(), unmatched }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

/** The files one include pattern names, before exclusions. */
async function matchPattern(
  picomatch: typeof picomatchType,
  workspace: string,
  pattern: string,
  confine: boolean,
): Promise<string[]> {
  const absolutePattern = toPosix(path.resolve(workspace, pattern))
  const scan = picomatch.scan(absolutePattern)
  const base = path.resolve(scan.isGlob ? scan.base || '/' : absolutePattern)
  if (confine && !isInside(workspace, base)) {
    throw new UsageError(
      `artifact path "${pattern}" is outside the workspace ${workspace}; use a path inside the repository`,
    )
  }
  const info = await stat(base).catch(() => undefined)
  if (!info) return []
  await assertReadable(workspace, base, 'artifact path', pattern, confine)
  if (!scan.isGlob) {
    if (info.isDirectory()) {
      const folder = displayPath(workspace, base)
      throw new UsageError(
        `artifact path "${pattern}" is a directory; give a glob such as ${folder}/*.apk (or ${folder}/**/*.{apk,aab,ipa,hap})`,
      )
    }
    return info.isFile() ? [base] : []
  }
  const isMatch = picomatch(absolutePattern, { dot: true })
  const matches: string[] = []
  const links: string[] = []
  await walk(base, (file, isLink) => {
    if (isMatch(toPosix(file))) (isLink ? links : matches).push(file)
  })
  // A matched symlink is what an upload step would ship, so it is checked, not skipped: followed
  // when it leads to a file inside the workspace, a usage error when it leads outside or into .git.
  for (const link of links) {
    await assertReadable(workspace, link, 'artifact path', displayPath(workspace, link), confine)
    if ((await stat(link).catch(() => undefined))?.isFile()) matches.push(link)
  }
  return matches
}

async function walk(dir: string, visit: (file: string, isLink: boolean) => void): Promise<void> {
  let seen = 0
  const queue = [dir]
  // Walked by index: queue.shift() may copy a long queue on every call.
  for (let next = 0; next < queue.length; next++) {
    const current = queue[next]!
    const entries = await readdir(current, { withFileTypes: true }).catch((error: unknown) => {
      // A folder the glob cannot list may hold what the release ships: say so, never skip it.
      throw new UsageError(
        `artifact globs cannot list ${current} (${(error as NodeJS.ErrnoException).code ?? String(error)}); fix its permissions or narrow the pattern`,
      )
    })
    for (const entry of entries) {
      if (++seen > MAX_WALK_ENTRIES)
        throw new UsageError(`artifact globs match too much below ${dir}; narrow the pattern`)
      const full = path.join(current, entry.name)
      // Symlinked folders are not entered (they could point outside, or loop); symlinked files are
      // handed to the caller, which checks where they lead.
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) queue.push(full)
      else if (entry.isFile()) visit(full, false)
      else if (entry.isSymbolicLink()) visit(full, true)
    }
  }
}
