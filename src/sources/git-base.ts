/**
 * Reading files as they were at a pull request's base commit, through git (never a shell). A checkout
 * made by actions/checkout is shallow by default, so the base commit may need one fetch; if that
 * fails the caller reports why, and the PR check goes on without the comparison.
 */
import { execFile } from 'node:child_process'

const SHA = /^[0-9a-f]{40}$/

function git(
  root: string,
  args: string[],
  timeout = 20_000,
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-C', root, ...args],
      { timeout, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ ok: !error, stdout, stderr }),
    )
  })
}

/** Makes sure `sha` is present; returns a problem sentence when it is not and cannot be fetched. */
export async function ensureCommit(root: string, sha: string): Promise<string | undefined> {
  if (!SHA.test(sha)) return `the base "${sha}" is not a commit SHA`
  if ((await git(root, ['rev-parse', '--is-inside-work-tree'])).stdout.trim() !== 'true')
    return 'the workspace is not a git checkout'
  if ((await git(root, ['cat-file', '-e', `${sha}^{commit}`])).ok) return undefined
  await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', sha], 60_000)
  if ((await git(root, ['cat-file', '-e', `${sha}^{commit}`])).ok) return undefined
  return `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched; use actions/checkout with fetch-depth: 0`
}

/** The file's text at `sha`, or undefined when it did not exist there. `relPath` is workspace-relative. */
export async function readFileAtCommit(
  root: string,
  sha: string,
  relPath: string,
): Promise<string | undefined> {
  if (!SHA.test(sha) || relPath.startsWith('-') || relPath.split('/').includes('..')) return undefined
  const result = await git(root, ['show', `${sha}:./${relPath}`])
  return result.ok ? result.stdout : undefined
}
