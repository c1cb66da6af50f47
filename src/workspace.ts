/**
 * Paths from inputs (the config, artifact globs, declared source files) are resolved inside the
 * workspace and never leave it: `..` escapes, absolute paths elsewhere and symlinks pointing out are
 * refused, so a pull request cannot make the gate read files outside the checkout.
 */
import { lstat, readdir, realpath } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from './usage-error.js'

/** The path as users see it in reports: relative to the workspace, forward slashes. */
export function displayPath(workspace: string, absolute: string): string {
  const relative = path.relative(workspace, absolute)
  // A file the CLI user named outside the workspace is shown by its absolute path.
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative
  return shown.split(path.sep).join('/') || '.'
}

function isInside(workspace: string, absolute: string): boolean {
  const relative = path.relative(workspace, absolute)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
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

const SKIPPED_DIRS = new Set(['node_modules', '.git'])
const MAX_WALK_ENTRIES = 200_000

export interface GlobResult {
  /** Absolute paths of matching files, sorted. */
  files: string[]
  /** Patterns that matched nothing. */
  unmatched: string[]
}

/**
 * Expands globs (picomatch syntax, relative to the workspace) to files, walking only below each
 * pattern's fixed prefix. With `confine`, a pattern reaching outside the workspace is a usage error.
 */
export async function expandGlobs(
  workspace: string,
  patterns: readonly string[],
  options: { confine: boolean },
): Promise<GlobResult> {
  const files = new Set<string>()
  const unmatched: string[] = []
  // Loaded here, not at the top: `inspect` and runs without artifacts only need displayPath (issue 10).
  const { default: picomatch } = await import('picomatch')
  for (const pattern of patterns) {
    const trimmed = pattern.trim()
    if (!trimmed) continue
    const absolutePattern = path.resolve(workspace, trimmed).split(path.sep).join('/')
    const scan = picomatch.scan(absolutePattern)
    const base = scan.isGlob ? scan.base || '/' : absolutePattern
    if (options.confine && !isInside(workspace, path.resolve(base))) {
      throw new UsageError(
        `artifact path "${pattern}" is outside the workspace ${workspace}; use a path inside the repository`,
      )
    }
    const matches: string[] = []
    if (!scan.isGlob) {
      const info = await lstat(base).catch(() => undefined)
      if (info?.isFile() && (!options.confine || (await realPathInWorkspace(workspace, base))))
        matches.push(path.resolve(base))
    } else {
      const isMatch = picomatch(absolutePattern, { dot: true })
      await walk(path.resolve(base), (file) => {
        if (isMatch(file.split(path.sep).join('/'))) matches.push(file)
      })
    }
    if (matches.length === 0) unmatched.push(pattern)
    matches.forEach((m) => files.add(m))
  }
  return { files: [...files].sort(), unmatched }
}

async function walk(dir: string, visit: (file: string) => void): Promise<void> {
  let seen = 0
  const queue = [dir]
  while (queue.length > 0) {
    const current = queue.shift()!
    const entries = await readdir(current, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (++seen > MAX_WALK_ENTRIES)
        throw new UsageError(`artifact globs match too much below ${dir}; narrow the pattern`)
      const full = path.join(current, entry.name)
      // Symlinks are not followed: they could point outside the workspace.
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) queue.push(full)
      else if (entry.isFile()) visit(full)
    }
  }
}
