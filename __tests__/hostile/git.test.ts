/**
 * Git cannot be made to run a pull request's code. A PR controls every file of the tree, so it can
 * make the declaration's folder look like a bare repository whose config runs a program
 * (core.fsmonitor, core.sshCommand); the gate must never run git there, and must neutralise such
 * settings even where git does run (the workspace root).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCheck } from '../../src/check.js'
import {
  COMMIT_SHA,
  ensureCommit,
  gitEnvironment,
  HARDENING_CONFIG,
  locateCheckout,
  readFileAtCommit,
} from '../../src/sources/git-base.js'
import { appYaml, declarationYaml } from '../helpers/declarations.js'
import { runAction } from '../helpers/run-action.js'

const created: string[] = []
afterAll(async () => {
  await Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true })))
})

function gradle(applicationId: string): string {
  return `plugins {
    id("com.android.application")
}

android {
    namespace = "com.example.shop"
    defaultConfig {
        applicationId = "${applicationId}"
        versionName = "2.3.0"
    }
}
`
}

function git(dir: string, ...args: string[]): string {
  // The developer's own git settings stay out: a global commit.gpgsign would stop every commit here.
  const config = ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false']
  return execFileSync('git', ['-C', dir, ...config, ...args], {
    encoding: 'utf8',
  }).trim()
}

async function write(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }
}

/** Config that makes git run `touch <marker>` on any operation that consults the setting. */
function commandConfig(marker: string, extra = ''): string {
  return `[core]
\trepositoryformatversion = 0
\tbare = false
\tworktree = ..
\tfsmonitor = "touch '${marker}'; false"
\tsshCommand = "touch '${marker}'; false"
\thooksPath = hooks
[remote "origin"]
\turl = ssh://git.invalid/octo/shop.git
\tfetch = +refs/heads/*:refs/remotes/origin/*
${extra}`
}

/**
 * A repository whose base commit has the declaration in `mobile/`, and whose head (the working tree,
 * as actions/checkout leaves it on a PR) changes the applicationId and turns `mobile/` into a bare
 * repository that runs a program.
 */
async function hostilePullRequest() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cfg-git-'))
  created.push(root)
  const marker = path.join(root, 'PWNED')
  await write(root, {
    'mobile/china-filing.yml': declarationYaml([appYaml()]),
    'mobile/android/app/build.gradle.kts': gradle('com.example.shop'),
  })
  git(root, 'init', '-q')
  git(root, 'add', '-A')
  git(root, 'commit', '-qm', 'base')
  const baseSha = git(root, 'rev-parse', 'HEAD')
  await write(root, {
    'mobile/android/app/build.gradle.kts': gradle('com.example.shop2'),
    'mobile/HEAD': 'ref: refs/heads/main\n',
    'mobile/config': commandConfig(marker),
    'mobile/objects/info/.keep': '',
    'mobile/refs/heads/.keep': '',
    'mobile/hooks/post-checkout': `#!/bin/sh\ntouch '${marker}'\n`,
  })
  git(root, 'add', '-A')
  git(root, 'commit', '-qm', 'head')
  return { root, marker, baseSha }
}

const check = (root: string, baseSha: string) =>
  runCheck({
    workspace: root,
    config: 'mobile/china-filing.yml',
    mode: 'pull-request',
    failOn: 'error',
    today: '2026-11-29',
    confine: true,
    baseSha,
  })

describe('git in pull-request mode', () => {
  it('proves the hostile folder does run a program when git is pointed at it (the attack is real)', async () => {
    const { root, marker } = await hostilePullRequest()
    try {
      execFileSync('git', ['-C', path.join(root, 'mobile'), 'fetch', 'origin', 'main'], { stdio: 'ignore' })
    } catch {
      // The fetch fails (no such host); what matters is that git ran the folder's command first.
    }
    expect(existsSync(marker)).toBe(true)
  })

  it('never runs the bare repository planted in the declaration folder, and still compares from the root', async () => {
    const { root, marker, baseSha } = await hostilePullRequest()
    const result = await check(root, baseSha)
    expect(existsSync(marker)).toBe(false)
    const messages = result.findings.filter((f) => f.rule === 'source-identity').map((f) => f.message)
    expect(messages).toEqual([
      expect.stringMatching(
        /^this PR changes applicationId \(release\) from com\.example\.shop to com\.example\.shop2/,
      ),
    ])
    expect(result.verdict).toBe('fail')
  })

  it('holds through the action on a pull_request_target event, with the token in the environment', async () => {
    const { root, marker, baseSha } = await hostilePullRequest()
    const run = await runAction({
      workspace: root,
      eventName: 'pull_request_target',
      event: { pull_request: { number: 7, base: { sha: baseSha, ref: 'main' }, head: { sha: baseSha } } },
      inputs: { config: 'mobile/china-filing.yml', today: '2026-11-29' },
    })
    expect(existsSync(marker)).toBe(false)
    expect(run.code).toBe(1)
    expect(run.annotations.map((a) => a.message)).toContainEqual(
      expect.stringMatching(
        /^this PR changes applicationId \(release\) from com\.example\.shop to com\.example\.shop2/,
      ),
    )
  })

  it('overrides command-running settings of the root repository too, and says why the base is missing', async () => {
    const { root, marker } = await hostilePullRequest()
    // The root's own config turned hostile (e.g. by an earlier step); the base commit is not present,
    // so the gate must fetch, over an ssh remote whose sshCommand would run a program.
    await appendFile(
      path.join(root, '.git/config'),
      `[core]\n\tfsmonitor = "touch '${marker}'; false"\n\tsshCommand = "touch '${marker}'; false"\n\tpager = "touch '${marker}'; cat"\n[remote "origin"]\n\turl = ssh://git.invalid/octo/shop.git\n`,
    )
    const missing = 'a'.repeat(40)
    const result = await check(root, missing)
    expect(existsSync(marker)).toBe(false)
    const notice = result.findings.find((f) =>
      f.message.startsWith("cannot compare with the pull request's base"),
    )
    expect(notice?.severity).toBe('notice')
    expect(notice?.message).toMatch(
      /the base commit aaaaaaaaaaaa is not in the checkout and could not be fetched \(.*ssh.*not allowed.*\); use actions\/checkout with fetch-depth: 0/,
    )
  })

  it('switches off credential helpers configured in the repository (each is a program)', async () => {
    const { root, marker } = await hostilePullRequest()
    await appendFile(path.join(root, '.git/config'), `[credential]\n\thelper = "!touch '${marker}'; false"\n`)
    const fill = (config: readonly string[]) =>
      execFileSync('git', [...config.flatMap((c) => ['-c', c]), 'credential', 'fill'], {
        cwd: root,
        env: gitEnvironment(root),
        input: 'protocol=https\nhost=github.com\n\n',
        stdio: ['pipe', 'ignore', 'ignore'],
      })
    expect(() => fill(HARDENING_CONFIG)).toThrow()
    expect(existsSync(marker)).toBe(false)
    // Without the hardening the same repository runs its helper: the check above can fail.
    expect(() => fill([])).toThrow()
    expect(existsSync(marker)).toBe(true)
  })

  it('ignores GIT_DIR and GIT_SSH_COMMAND inherited from the environment', async () => {
    const { root, marker, baseSha } = await hostilePullRequest()
    const env = gitEnvironment(root, {
      PATH: '/usr/bin',
      GIT_DIR: path.join(root, 'mobile'),
      GIT_SSH_COMMAND: `touch '${marker}'`,
      GIT_EXTERNAL_DIFF: `touch '${marker}'`,
      GIT_CONFIG_GLOBAL: path.join(root, 'mobile/config'),
      GIT_SSL_CAINFO: '/etc/ssl/ca.pem',
    })
    expect(env).toMatchObject({
      PATH: '/usr/bin',
      GIT_DIR: path.join(root, '.git'),
      GIT_WORK_TREE: root,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
      GIT_SSL_CAINFO: '/etc/ssl/ca.pem',
    })
    expect(env.GIT_SSH_COMMAND).toBeUndefined()
    expect(env.GIT_EXTERNAL_DIFF).toBeUndefined()
    expect(env.GIT_CONFIG_GLOBAL).toBeUndefined()
    expect(await readFileAtCommit(root, baseSha, 'mobile/android/app/build.gradle.kts')).toContain(
      'applicationId = "com.example.shop"',
    )
  })

  it('refuses base SHAs and paths that could be read as options or leave the tree', async () => {
    const { root, marker, baseSha } = await hostilePullRequest()
    for (const bad of [
      '--upload-pack=touch PWNED',
      '-c',
      'HEAD',
      'main',
      baseSha.toUpperCase(),
      `${baseSha}0`,
    ])
      expect(await ensureCommit(root, bad)).toMatch(/is not a commit SHA$/)
    expect(COMMIT_SHA.test('b'.repeat(64))).toBe(true)
    for (const bad of ['../outside.txt', '/etc/passwd', '', 'mobile/../../x'])
      expect(await readFileAtCommit(root, baseSha, bad)).toBeUndefined()
    expect(existsSync(marker)).toBe(false)
  })

  it("finds a repository checked out into a subfolder (actions/checkout's path:) by its .git, not by discovery", async () => {
    const { root: repository, baseSha } = await hostilePullRequest()
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'cfg-git-'))
    created.push(workspace)
    execFileSync('mv', [repository, path.join(workspace, 'app')])
    expect(await locateCheckout(workspace, path.join(workspace, 'app/mobile'))).toEqual({
      root: path.join(workspace, 'app'),
      prefix: 'mobile',
    })
    const result = await runCheck({
      workspace,
      config: 'app/mobile/china-filing.yml',
      mode: 'pull-request',
      failOn: 'error',
      today: '2026-11-29',
      confine: true,
      baseSha,
    })
    expect(existsSync(path.join(workspace, 'app/PWNED'))).toBe(false)
    expect(result.findings.map((f) => f.message)).toContainEqual(
      expect.stringMatching(
        /^this PR changes applicationId \(release\) from com\.example\.shop to com\.example\.shop2/,
      ),
    )
  })

  it('does not run git when the workspace .git is a symbolic link', async () => {
    const { root, baseSha } = await hostilePullRequest()
    const other = await mkdtemp(path.join(os.tmpdir(), 'cfg-git-'))
    created.push(other)
    execFileSync('mv', [path.join(root, '.git'), path.join(other, '.git')])
    execFileSync('ln', ['-s', path.join(other, '.git'), path.join(root, '.git')])
    expect(await ensureCommit(root, baseSha)).toBe(
      'the workspace .git is a symbolic link; git is not run on it',
    )
  })
})
