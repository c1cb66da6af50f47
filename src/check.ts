/**
 * `check` as the CLI and the action both run it: the I/O at the edge (read the declaration, expand
 * artifact globs and read the artifacts, scan the source tree), then the pure gate.
 */
import { chinaDateOf, ISO_DATE } from './china-time.js'
import path from 'node:path'
import { readFile } from './promised-fs.js'
import { loadDeclaration, type LoadedDeclaration } from './declaration/load.js'
import { scanSources } from './sources/scan.js'
import { loadSemver, loadTagMatcher } from './release/version.js'
import { rebaseSourceFacts, type SourceFacts } from './sources/facts.js'
import type { SourceScan } from './sources/types.js'
import { runGate, type GateResult } from './gate.js'
import type { Mode } from './scope.js'
import type { FailOn } from './verdict.js'
import type { ArtifactFacts, ArtifactResult } from './artifacts/facts.js'
import { ArtifactError } from './artifacts/types.js'
import {
  assertRealPathInside,
  displayPath,
  expandGlobs,
  leadsOutside,
  resolveInWorkspace,
} from './workspace.js'
import { UsageError } from './usage-error.js'

export interface CheckOptions {
  /** Absolute path of the repository checkout; every other path stays inside it. */
  workspace: string
  config: string
  mode: Mode
  failOn: FailOn
  today: string
  apps?: readonly string[]
  stores?: readonly string[]
  tag?: string
  version?: string
  /** Workspace-relative globs of built artifacts to verify. */
  artifacts?: readonly string[]
  /** Days before a signing certificate's expiry to warn (default 30). */
  certificateExpiryDays?: number
  /**
   * Keep every path inside the workspace (the action: inputs and the declaration come from the repo).
   * The CLI passes false: its operator names files explicitly and may point outside the current folder.
   */
  confine: boolean
  /** Scan the source tree beside the declaration for identities (default true). */
  sources?: boolean
  /** Pull-request mode: the base commit to compare the identity files and the declaration with. */
  baseSha?: string
}

export async function runCheck(options: CheckOptions): Promise<GateResult> {
  const workspace = path.resolve(options.workspace)
  const configPath = options.confine
    ? resolveInWorkspace(workspace, options.config, 'config')
    : path.resolve(workspace, options.config)
  // The lexical check above cannot see symlinks: a tracked china-filing.yml may link to /etc/passwd.
  if (options.confine) await assertRealPathInside(workspace, configPath, 'config', options.config)
  const load = await loadDeclaration(configPath, displayPath(workspace, configPath))
  const artifacts = options.artifacts?.length
    ? await collectArtifacts(workspace, options.artifacts, options.confine)
    : undefined
  const prefix = scanPrefix(workspace, path.dirname(configPath))
  const sources =
    load.declaration && options.sources !== false
      ? rebaseSourceFacts(
          await collectSourceFacts(
            workspace,
            path.dirname(configPath),
            load.declaration,
            configPath,
            options.mode === 'pull-request' ? options.baseSha : undefined,
          ),
          leadsOutside(path.relative(workspace, path.dirname(configPath))) ? '' : prefix,
        )
      : undefined
  if (options.tag !== undefined) await loadTagMatcher()
  // Versions are compared (semver) for a tag, a release version and an artifact's version.
  if (options.tag !== undefined || options.version !== undefined || options.artifacts?.length)
    await loadSemver()
  return runGate({
    load,
    mode: options.mode,
    failOn: options.failOn,
    today: options.today,
    ...(options.apps?.length ? { apps: options.apps } : {}),
    ...(options.stores?.length ? { stores: options.stores } : {}),
    ...(options.tag !== undefined ? { tag: options.tag } : {}),
    ...(options.version !== undefined ? { version: options.version } : {}),
    ...(artifacts ? { artifacts } : {}),
    ...(options.certificateExpiryDays !== undefined
      ? { certificateExpiryDays: options.certificateExpiryDays }
      : {}),
    ...(sources ? { sources } : {}),
  })
}

/**
 * Scans the tree beside the declaration: each app's declared `sources:` files, and one auto-detected
 * scan for the apps without them. In pull-request mode, also what changed since the base commit.
 */
async function collectSourceFacts(
  workspace: string,
  root: string,
  declaration: LoadedDeclaration,
  configPath: string,
  baseSha: string | undefined,
): Promise<SourceFacts> {
  // Keyed by app id, so without a prototype: `constructor` is a valid id (see declaredScanOf).
  const declared: Record<string, SourceScan> = Object.create(null)
  for (const app of declaration.data.apps) {
    if (app.sources && Object.keys(app.sources).length > 0)
      declared[app.id] = await scanSources(root, app.sources)
  }
  const needsDetection = declaration.data.apps.some((a) => !Object.hasOwn(declared, a.id))
  const detected = needsDetection ? await scanSources(root, {}) : undefined
  const facts: SourceFacts = { declared, ...(detected ? { detected } : {}), changes: [] }
  if (!baseSha) return facts

  const files = [...new Set([...(detected?.files ?? []), ...Object.values(declared).flatMap((s) => s.files)])]
  const headFiles = await Promise.all(
    files.map(async (file) => ({
      file,
      text: await readFile(path.join(root, file), 'utf8').catch(() => ''),
    })),
  )
  const text = await readFile(configPath, 'utf8')
  // Only pull requests compare with a base commit: the git plumbing loads then (issue 10).
  const { pullRequestChanges } = await import('./sources/drift.js')
  const { changes, problem } = await pullRequestChanges({ workspace, folder: root }, baseSha, headFiles, {
    file: path.relative(root, configPath).split(path.sep).join('/'),
    text,
    loaded: declaration,
  })
  return { ...facts, changes, ...(problem ? { baseProblem: problem } : {}) }
}

/** The scanned folder relative to the workspace, for rebaseSourceFacts ('' when it is the workspace). */
function scanPrefix(workspace: string, root: string): string {
  return path.relative(workspace, root).split(path.sep).join('/')
}

async function collectArtifacts(
  workspace: string,
  patterns: readonly string[],
  confine: boolean,
): Promise<ArtifactFacts> {
  const { files, unmatched } = await expandGlobs(workspace, patterns, { confine })
  // The binary readers load only when a run asks for artifacts.
  const { readArtifact } = await import('./artifacts/read.js')
  const results: ArtifactResult[] = []
  for (const file of files) {
    const shown = displayPath(workspace, file)
    try {
      results.push({ file: shown, identity: await readArtifact(file, shown) })
    } catch (error) {
      if (error instanceof ArtifactError) results.push({ file: shown, error: error.message })
      else if (error instanceof UsageError) throw error
      else results.push({ file: shown, error: `cannot be read: ${(error as Error).message}` })
    }
  }
  return { patterns: [...patterns], unmatched, results }
}

/** Today's date in China Standard Time: the regulation's deadlines are Beijing dates. */
export function todayInChina(now: Date = new Date()): string {
  return chinaDateOf(now.getTime())
}

/** Validates a `today` override. */
export function parseToday(input: string): string {
  const value = input.trim()
  const date = new Date(`${value}T00:00:00Z`)
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`{input} "${input}" is not a date; write YYYY-MM-DD`, 'today')
  }
  return value
}

/** A whole number of days, 0–3650 (an Apple certificate lasts a year; ten years bounds a typo). */
export function parseExpiryDays(what: string, value: string): number {
  const days = Number(value.trim())
  if (!/^\d+$/.test(value.trim()) || days > 3650) {
    throw new UsageError(`${what} must be a whole number of days from 0 to 3650, not "${value}"`)
  }
  return days
}
