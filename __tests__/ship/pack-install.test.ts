/**
 * The CLI as an npm user gets it: `npm pack`, then `npm install --offline` of the tarball into an empty
 * folder must give working `china-filing` and `china-filing-gate` commands with no other package
 * installed (the bundles in dist/ hold every dependency), and `npx china-filing-gate` must run the same.
 * Uses the committed dist/ (CI checks that it is current).
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) =>
    execFile(
      command,
      args,
      { cwd, timeout: 180_000, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  )
}

const repo = process.cwd()
const version = (JSON.parse(await readFile('package.json', 'utf8')) as { version: string }).version
let work: string
let app: string
let tarball: string
let files: string[]
// An empty npm cache: --offline then proves nothing was needed from the registry.
const npmEnv = () => ({ npm_config_cache: path.join(work, 'npm-cache'), npm_config_update_notifier: 'false' })

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cfg-pack-'))
  const pack = await run('npm', ['pack', '--json', '--pack-destination', work], repo, npmEnv())
  if (pack.code !== 0) throw new Error(`npm pack failed: ${pack.stderr}`)
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[]
  tarball = path.join(work, info!.filename)
  files = info!.files.map((f) => f.path)
  app = path.join(work, 'app')
  await cp('examples', path.join(app, 'examples'), { recursive: true })
  await writeFile(path.join(app, 'package.json'), '{ "name": "probe", "private": true }\n')
  const install = await run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', tarball],
    app,
    npmEnv(),
  )
  if (install.code !== 0) throw new Error(`npm install --offline failed: ${install.stderr}`)
}, 300_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

const bin = (name: string) => path.join(app, 'node_modules', '.bin', name)

describe('npm pack → npm install --offline', () => {
  it('packs the bundles, licences, action, schema and docs, and no sources or tests', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'action.yml',
        'dist/cli.js',
        'dist/index.js',
        'dist/licenses.txt',
        'schema/china-filing.schema.json',
        'docs/rules/hosting-mainland.md',
      ]),
    )
    expect(files.filter((f) => /^(src|__tests__|scripts|examples|\.github)\//.test(f))).toEqual([])
  })

  it('installs no package but itself: zero runtime dependencies', async () => {
    const installed = (await readdir(path.join(app, 'node_modules'))).filter((e) => !e.startsWith('.'))
    expect(installed).toEqual(['china-filing-gate'])
    const manifest = JSON.parse(
      await readFile(path.join(app, 'node_modules/china-filing-gate/package.json'), 'utf8'),
    ) as { dependencies?: object }
    expect(manifest.dependencies ?? {}).toEqual({})
  })

  it.each(['china-filing', 'china-filing-gate'])('%s --version prints package.json version', async (name) => {
    const result = await run(bin(name), ['--version'], app)
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` })
  })

  it('check passes the compliant example and blocks the non-compliant one', async () => {
    const pass = await run(
      bin('china-filing'),
      ['check', '--config', 'examples/china-filing.yml', '--today', '2026-11-29'],
      app,
    )
    expect(pass.stderr).toBe('')
    expect(pass.code).toBe(0)
    const fail = await run(
      bin('china-filing'),
      ['check', '--config', 'examples/non-compliant/china-filing.yml', '--format', 'json'],
      app,
    )
    expect(fail.code).toBe(1)
    expect(JSON.parse(fail.stdout)).toMatchObject({
      verdict: 'fail',
      blocking: expect.arrayContaining(['shop']),
    })
  })

  it('npx china-filing-gate check works the same, offline', async () => {
    const result = await run(
      'npx',
      [
        '--offline',
        '--no',
        'china-filing-gate',
        'check',
        '--config',
        'examples/china-filing.yml',
        '--today',
        '2026-11-29',
      ],
      app,
      npmEnv(),
    )
    const direct = await run(
      bin('china-filing'),
      ['check', '--config', 'examples/china-filing.yml', '--today', '2026-11-29'],
      app,
    )
    expect(result).toEqual(direct)
    expect(result.code).toBe(0)
  })

  it('explain reads the rule pages shipped in the package', async () => {
    const result = await run(bin('china-filing'), ['explain', 'hosting-mainland'], app)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^# hosting-mainland/)
  })
})
