/**
 * Paths from inputs and from the tree stay inside the workspace, through symlinks too, and git's own
 * files are never read or written. Also: artifact inputs as GitHub users write them (one glob a
 * line, braces, `!` exclusions, a folder named without a glob).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCheck, type CheckOptions } from '../../src/check.js'
import { readInputs } from '../../src/action/inputs.js'
import { list } from '../../src/cli/options.js'
import { expandGlobs, writeFileSafely } from '../../src/workspace.js'
import { UsageError } from '../../src/usage-error.js'
import { appYaml, declarationYaml } from '../helpers/declarations.js'
import { runAction } from '../helpers/run-action.js'

const SECRET = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA=='
const created: string[] = []
afterAll(async () => {
  await Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function folder(prefix = 'cfg-paths-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  created.push(dir)
  return dir
}

async function write(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }
}

/** A checkout as actions/checkout leaves it: .git/config holding the credential. */
async function checkout(): Promise<string> {
  const root = await folder()
  await write(root, {
    '.git/config': `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = ${SECRET}\n`,
    '.git/HEAD': 'ref: refs/heads/main\n',
  })
  return root
}

const check = (workspace: string, options: Partial<CheckOptions> = {}) =>
  runCheck({
    workspace,
    config: 'china-filing.yml',
    mode: 'audit',
    failOn: 'error',
    today: '2026-11-29',
    confine: true,
    sources: false,
    ...options,
  })

async function usageError(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(UsageError)
  return (error as Error).message
}

describe('the declaration through symlinks', () => {
  it('refuses a config symlinked to a file outside the workspace, without quoting it', async () => {
    const root = await checkout()
    const outside = await folder()
    await write(outside, { passwd: `root:x:0:0:${SECRET}:/root:/bin/sh\n` })
    await symlink(path.join(outside, 'passwd'), path.join(root, 'china-filing.yml'))
    const message = await usageError(check(root))
    expect(message).toBe(
      'config "china-filing.yml" is a symbolic link to outside the workspace; name a file inside the repository',
    )
  })

  it('refuses a config symlinked into .git, naming the file and never echoing its text', async () => {
    const root = await checkout()
    await symlink('.git/config', path.join(root, 'china-filing.yml'))
    for (const confine of [true, false]) {
      const result = await check(root, { confine })
      expect(result.verdict).toBe('fail')
      expect(result.findings).toEqual([
        {
          rule: 'declaration-syntax',
          severity: 'error',
          message:
            "china-filing.yml is inside a .git folder (through a symbolic link); the gate never reads git's own files. Point --config / the config input at china-filing.yml in the repository tree.",
          location: { file: 'china-filing.yml', line: 1, column: 1 },
        },
      ])
      expect(JSON.stringify(result)).not.toContain('extraheader')
    }
  })

  it('refuses a config named inside .git directly', async () => {
    const root = await checkout()
    const result = await check(root, { config: '.git/config' })
    expect(result.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^\.git\/config is inside a \.git folder; the gate never reads git's own files/),
    ])
    expect(JSON.stringify(result)).not.toContain(SECRET)
  })

  it('still reads a config symlinked to another file inside the workspace', async () => {
    const root = await checkout()
    await write(root, { 'mobile/china-filing.yml': declarationYaml([appYaml()]) })
    await symlink('mobile/china-filing.yml', path.join(root, 'china-filing.yml'))
    const result = await check(root)
    expect(result.findings.filter((f) => f.rule.startsWith('declaration'))).toEqual([])
  })
})

describe('artifacts through symlinks and .git', () => {
  it('refuses a glob whose folder is a symlink to outside the workspace', async () => {
    const root = await checkout()
    const outside = await folder()
    await copyFile('__tests__/fixtures/android/rsa-v123.apk', path.join(outside, 'app.apk'))
    await symlink(outside, path.join(root, 'build'))
    await write(root, { 'china-filing.yml': declarationYaml([appYaml()]) })
    expect(await usageError(check(root, { artifacts: ['build/*.apk'] }))).toBe(
      'artifact path "build/*.apk" is a symbolic link to outside the workspace; name a file inside the repository',
    )
    expect(await usageError(check(root, { artifacts: ['build/app.apk'] }))).toBe(
      'artifact path "build/app.apk" is a symbolic link to outside the workspace; name a file inside the repository',
    )
  })

  it('checks a symlinked file a glob matches: followed inside the workspace, refused when it leads out', async () => {
    const root = await checkout()
    const outside = await folder()
    await write(root, { 'out/app.apk': 'x' })
    await write(outside, { 'evil.apk': 'x' })
    await mkdir(path.join(root, 'build'))
    await symlink(path.join(root, 'out/app.apk'), path.join(root, 'build/app.apk'))
    const inside = await expandGlobs(root, ['build/*.apk'], { confine: true })
    expect(inside.files.map((f) => path.relative(root, f))).toEqual([path.join('build', 'app.apk')])
    await symlink(path.join(outside, 'evil.apk'), path.join(root, 'build/evil.apk'))
    expect(await usageError(expandGlobs(root, ['build/*.apk'], { confine: true }))).toBe(
      'artifact path "build/evil.apk" is a symbolic link to outside the workspace; name a file inside the repository',
    )
  })

  it('never reads an artifact inside .git', async () => {
    const root = await checkout()
    await copyFile('__tests__/fixtures/android/rsa-v123.apk', path.join(root, '.git/app.apk'))
    await write(root, { 'china-filing.yml': declarationYaml([appYaml()]) })
    expect(await usageError(check(root, { artifacts: ['.git/*.apk'] }))).toMatch(
      /^artifact path "\.git\/\*\.apk" is inside a \.git folder; the gate never reads git's own files/,
    )
    await symlink('.git', path.join(root, 'dist'))
    expect(await usageError(check(root, { artifacts: ['dist/app.apk'], confine: false }))).toMatch(
      /^artifact path "dist\/app\.apk" is inside a \.git folder \(through a symbolic link\)/,
    )
  })
})

describe('artifact inputs as GitHub users write them', () => {
  let root: string
  beforeAll(async () => {
    root = await folder()
    await write(root, {
      'build/app-release.apk': 'x',
      'build/app-release.aab': 'x',
      'build/app-debug.apk': 'x',
      'build/mapping.txt': 'x',
      'ios/Shop.ipa': 'x',
    })
  })
  const shown = (files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join('/'))

  it('splits the artifacts input on newlines only, keeping brace lists whole', () => {
    const inputs = readInputs((name) =>
      name === 'artifacts' ? 'build/*.{apk,aab}\n# a comment\n!build/*-debug.*\n' : '',
    )
    expect(inputs.artifacts).toEqual(['build/*.{apk,aab}', '!build/*-debug.*'])
    expect(list(['build/*.{apk,aab}'], /\n/)).toEqual(['build/*.{apk,aab}'])
    expect(readInputs((name) => (name === 'apps' ? 'shop, beta' : '')).apps).toEqual(['shop', 'beta'])
  })

  it('expands braces and applies ! exclusions, later patterns winning', async () => {
    const braces = await expandGlobs(root, ['build/*.{apk,aab}', '!build/*-debug.*'], { confine: true })
    expect(shown(braces.files)).toEqual(['build/app-release.aab', 'build/app-release.apk'])
    expect(braces.unmatched).toEqual([])
    const reincluded = await expandGlobs(root, ['**/*.apk', '!build/**', 'build/app-debug.apk'], {
      confine: true,
    })
    expect(shown(reincluded.files)).toEqual(['build/app-debug.apk'])
    const allExcluded = await expandGlobs(root, ['ios/*.ipa', '!**/*.ipa'], { confine: true })
    expect(allExcluded).toEqual({ files: [], unmatched: ['ios/*.ipa'] })
  })

  it('says a folder needs a glob', async () => {
    expect(await usageError(expandGlobs(root, ['build'], { confine: true }))).toBe(
      'artifact path "build" is a directory; give a glob such as build/*.apk (or build/**/*.{apk,aab,ipa,hap})',
    )
    expect(await usageError(expandGlobs(root, ['build/'], { confine: false }))).toMatch(
      /^artifact path "build\/" is a directory; give a glob such as build\/\*\.apk/,
    )
  })
})

describe('report files through symlinks (the action)', () => {
  async function actionWorkspace() {
    const root = await checkout()
    await write(root, { 'china-filing.yml': declarationYaml([appYaml()]) })
    return root
  }

  it('refuses report-file through a symlinked folder and sarif-file through a symlinked file', async () => {
    const root = await actionWorkspace()
    const outside = await folder()
    await symlink(outside, path.join(root, 'out'))
    const viaFolder = await runAction({ workspace: root, inputs: { 'report-file': 'out/new/report.json' } })
    expect(viaFolder.code).toBe(1)
    expect(viaFolder.stdout).toContain(
      'report-file "out/new/report.json" leads outside the workspace through a symbolic link; write it to a folder inside the repository',
    )
    expect(existsSync(path.join(outside, 'new'))).toBe(false)

    await write(outside, { 'victim.sarif': 'untouched' })
    await symlink(path.join(outside, 'victim.sarif'), path.join(root, 'results.sarif'))
    const viaFile = await runAction({ workspace: root, inputs: { 'sarif-file': 'results.sarif' } })
    expect(viaFile.code).toBe(1)
    expect(viaFile.stdout).toContain(
      'sarif-file "results.sarif" is a symbolic link; the gate does not write through links',
    )
    expect(await readFile(path.join(outside, 'victim.sarif'), 'utf8')).toBe('untouched')
  })

  // Only a `..` segment leads out: `..report.json` is a file of the workspace like any other.
  it('reads and writes names that start with two dots inside the workspace', async () => {
    const root = await actionWorkspace()
    await copyFile(path.join(root, 'china-filing.yml'), path.join(root, '..china-filing.yml'))
    const run = await runAction({
      workspace: root,
      inputs: {
        config: '..china-filing.yml',
        'report-file': '..report.json',
        'sarif-file': '..out/gate.sarif',
      },
    })
    expect(run.stdout).not.toContain('outside the workspace')
    expect(run.outputs['report-file']).toBe(path.join(root, '..report.json'))
    expect(JSON.parse(await readFile(path.join(root, '..report.json'), 'utf8'))).toMatchObject({
      config: '..china-filing.yml',
    })
    expect(existsSync(path.join(root, '..out/gate.sarif'))).toBe(true)
  })

  it('never writes a report into .git', async () => {
    const root = await actionWorkspace()
    const run = await runAction({ workspace: root, inputs: { 'report-file': '.git/hooks/post-checkout' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `report-file ".git/hooks/post-checkout" is inside a .git folder; the gate never writes git's own files`,
    )
    expect(existsSync(path.join(root, '.git/hooks/post-checkout'))).toBe(false)
  })

  it('names the file when it cannot be written, and refuses a dangling symlinked folder', async () => {
    const root = await actionWorkspace()
    await mkdir(path.join(root, '.github'))
    const write = (input: string) =>
      writeFileSafely(root, path.join(root, input), '{}', 'report-file', input, true)
    expect(await usageError(write('china-filing.yml/report.json'))).toBe(
      'report-file "china-filing.yml/report.json" cannot be written (a file is in the way of its folder); name a file in a writable folder',
    )
    expect(await usageError(write('.github'))).toBe(
      'report-file ".github" cannot be written (it is a folder); name a file in a writable folder',
    )
    await symlink(path.join(root, 'gone'), path.join(root, 'dangling'))
    expect(await usageError(write('dangling/new/report.json'))).toBe(
      'report-file "dangling/new/report.json" leads outside the workspace through a symbolic link; write it to a folder inside the repository',
    )
    expect(existsSync(path.join(root, 'gone'))).toBe(false)
  })

  it('writes report files into an ordinary folder it creates', async () => {
    const root = await actionWorkspace()
    const run = await runAction({
      workspace: root,
      inputs: { 'report-file': 'reports/cfg.json', 'sarif-file': 'reports/cfg.sarif' },
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(await readFile(path.join(root, 'reports/cfg.json'), 'utf8'))).toMatchObject({
      verdict: 'pass',
    })
    expect(existsSync(path.join(root, 'reports/cfg.sarif'))).toBe(true)
  })
})
