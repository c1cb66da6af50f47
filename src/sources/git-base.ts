/**
 * Reading files as they were at a pull request's base commit, through git (never a shell). A checkout
 * made by actions/checkout is shallow by default, so the base commit may need one fetch; if that
 * fails the caller reports why, and the PR check goes on without the comparison.
 *
 * Git is a program that runs other programs when its configuration says so (core.fsmonitor,
 * core.sshCommand, hooks, pagers, external diffs, ext:: remotes). A pull request controls every file of
 * the tree, and a folder holding `HEAD`, `config`, `objects/` and `refs/` is a bare repository to
 * git's discovery: `git -C <subfolder> fetch` would run that folder's core.fsmonitor with the action's
 * token in its environment. So git runs only at the checkout's root (the workspace root, or the
 * folder actions/checkout's `path:` put it in), with GIT_DIR and GIT_WORK_TREE explicit (no discovery), the system config skipped, and every command-running setting overridden on
 * the command line (command-line `-c` wins over every config file). The local .git/config is kept:
 * actions/checkout writes it (not the tree; git refuses to check out a path named `.git`), and it
 * holds the credential (http.extraheader, or since checkout v6 an includeIf to a file in RUNNER_TEMP)
 * the fetch needs. The global config is kept too (GIT_CONFIG_GLOBAL is not /dev/null): the workflow,
 * not the pull request, writes it, and container jobs need its safe.directory and proxies. Credential
 * helpers are switched off all the same: the extraheader needs none, and a helper is a program.
 */
import { lstat } from '../promised-fs.js'
import path from 'node:path'
import { leadsOutside } from '../workspace.js'

/** A commit id: SHA-1 (40 hex) or SHA-256 (64 hex) repositories. Lower case, as GitHub sends it. */
export const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** `git cat-file blob` output is held in memory; identity files and declarations are far smaller. */
const MAX_BLOB_BYTES = 4 * 1024 * 1024

/**
 * Settings that would make git run a program, each set to a value that does not. Protocols: only
 * https is allowed, so ssh (core.sshCommand, GIT_SSH), git:// (core.gitProxy), ext:: and file remotes
 * (which run upload-pack from a path) are never used.
 */
export const HARDENING_CONFIG: readonly string[] = [
  'safe.bareRepository=explicit',
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.sshCommand=false',
  'core.gitProxy=',
  'core.askPass=',
  // An empty value empties the list of credential helpers (each a program). The fetch authenticates
  // with the http.extraheader actions/checkout stores, which needs no helper.
  'credential.helper=',
  'core.pager=cat',
  'core.alternateRefsCommand=',
  'diff.external=',
  'protocol.allow=never',
  'protocol.https.allow=always',
  'protocol.ext.allow=never',
  'protocol.file.allow=never',
  'submodule.recurse=false',
  'fetch.recurseSubmodules=false',
  'gc.auto=0',
  'maintenance.auto=false',
]

/**
 * The environment git runs with: the caller's, minus every GIT_* variable that could point git at
 * another repository or program (GIT_DIR, GIT_SSH_COMMAND, GIT_EXTERNAL_DIFF, GIT_CONFIG_*…), plus
 * ours. TLS and proxy settings (GIT_SSL_*, GIT_HTTP_*, *_proxy) pass through: a self-hosted runner
 * may need them to reach its GitHub.
 */
export function gitEnvironment(root: string, inherited: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(inherited)) {
    const kept = !key.startsWith('GIT_') || key.startsWith('GIT_SSL_') || key.startsWith('GIT_HTTP_')
    if (kept && key !== 'SSH_ASKPASS' && key !== 'PAGER') env[key] = value
  }
  return {
    ...env,
    GIT_DIR: path.join(root, '.git'),
    GIT_WORK_TREE: root,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PROTOCOL_FROM_USER: '0',
  }
}

interface GitResult {
  ok: boolean
  stdout: string
  stderr: string
}

async function git(root: string, args: string[], timeout = 20_000): Promise<GitResult> {
  const config = HARDENING_CONFIG.flatMap((setting) => ['-c', setting])
  // Loaded on the first git call: most runs never diff against a base, and node:child_process costs
  // ~15 ms at start-up (issue 10).
  const { execFile } = await import('node:child_process')
  return new Promise((resolve) => {
    execFile(
      'git',
      ['--no-pager', ...config, ...args],
      { cwd: root, env: gitEnvironment(root), timeout, maxBuffer: MAX_BLOB_BYTES, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ ok: !error, stdout, stderr }),
    )
  })
}

/**
 * A `.git` as actions/checkout makes it: a folder (or, for a worktree or submodule checkout, a
 * `gitdir:` file). A symlink is refused: it could lead git to a repository the workflow did not check
 * out. Returns the problem, or undefined when `root/.git` is usable.
 */
async function repositoryProblem(root: string): Promise<string | undefined> {
  const info = await lstat(path.join(root, '.git')).catch(() => undefined)
  if (!info) return 'the workspace is not a git checkout (no .git at its root)'
  if (info.isSymbolicLink()) return 'the workspace .git is a symbolic link; git is not run on it'
  if (!info.isDirectory() && !info.isFile()) return 'the workspace .git is neither a folder nor a file'
  return undefined
}

/**
 * The checkout that holds `folder`: the nearest folder from `folder` up to the workspace root that
 * has a `.git` entry, so a repository checked out with actions/checkout's `path:` into a subfolder
 * is found too. Only an entry named `.git` counts, never a folder that merely looks like a bare
 * repository: git refuses to check out a path named `.git`, so a pull request cannot plant one,
 * while any folder of the tree can hold `HEAD`, `config` and `objects/`. Returns the repository root
 * and `folder` relative to it (forward slashes, '' for the root itself).
 */
export async function locateCheckout(
  workspace: string,
  folder: string,
): Promise<{ root: string; prefix: string }> {
  const top = path.resolve(workspace)
  let current = path.resolve(folder)
  const relative = path.relative(top, current)
  // A declaration outside the workspace (the CLI allows it) is compared from the workspace root.
  if (leadsOutside(relative)) current = top
  for (;;) {
    const entry = await lstat(path.join(current, '.git')).catch(() => undefined)
    if (entry || current === top) break
    current = path.dirname(current)
  }
  return { root: current, prefix: path.relative(current, path.resolve(folder)).split(path.sep).join('/') }
}

/**
 * Makes sure `sha` is present in the repository at `root` (a checkout's root, see locateCheckout);
 * returns a problem sentence when it is not and cannot be fetched.
 */
export async function ensureCommit(root: string, sha: string): Promise<string | undefined> {
  if (!COMMIT_SHA.test(sha)) return `the base "${sha.slice(0, 80)}" is not a commit SHA`
  const problem = await repositoryProblem(root)
  if (problem) return problem
  const present = () => git(root, ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`])
  if ((await present()).ok) return undefined
  const fetch = await git(
    root,
    ['fetch', '--no-tags', '--no-write-fetch-head', '--depth=1', '--end-of-options', 'origin', sha],
    60_000,
  )
  if ((await present()).ok) return undefined
  const why = firstLine(fetch.stderr)
  return `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched${why ? ` (${why})` : ''}; use actions/checkout with fetch-depth: 0`
}

/**
 * The file's text at `sha`, or undefined when it did not exist there. `relPath` is relative to the
 * workspace root. `cat-file blob` prints the stored bytes: no textconv filter or pager runs.
 */
export async function readFileAtCommit(
  root: string,
  sha: string,
  relPath: string,
): Promise<string | undefined> {
  const segments = relPath.split('/')
  if (!COMMIT_SHA.test(sha) || relPath === '' || path.isAbsolute(relPath) || segments.includes('..'))
    return undefined
  const result = await git(root, ['cat-file', 'blob', '--end-of-options', `${sha}:${relPath}`])
  return result.ok ? result.stdout : undefined
}

/** Git's first complaint, with any credential in a URL (`https://user:token@host`) blanked out. */
function firstLine(text: string): string {
  const line =
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  return line.replace(/\/\/[^/@\s]*@/g, '//***@').slice(0, 200)
}
