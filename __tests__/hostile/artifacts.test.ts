/**
 * Hostile artifacts (issue 12 items 4, 5, 7) against the BUNDLED CLI, as a user runs it, in a child
 * process with a 256 MB heap and a time limit: each gives a clear error naming the file (or reads,
 * for files that are odd but valid), and none crashes (exit 134, "internal error", a stack trace).
 * Run `npm run package` first: dist/cli.js is what is tested.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CASES } from './generators/cases.js'

const CLI = path.resolve('dist/cli.js')
/** Seconds any one run may take on this 2-core machine; the slow cases took 88 s before the fixes. */
const LIMIT_S = 20

interface Run {
  code: number | null
  signal: string | null
  stdout: string
  stderr: string
  seconds: number
}

function cli(args: string[], cwd: string): Promise<Run> {
  const started = process.hrtime.bigint()
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--max-old-space-size=256', CLI, ...args],
      { cwd, timeout: LIMIT_S * 1000 * 2, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? ((error as { code?: number }).code ?? null) : 0,
          signal: error ? ((error as { signal?: string }).signal ?? null) : null,
          stdout,
          stderr,
          seconds: Number(process.hrtime.bigint() - started) / 1e9,
        }),
    )
  })
}

function expectNoCrash(run: Run): void {
  expect(run.signal).toBeNull()
  expect(run.code).not.toBe(134)
  expect(run.stderr).not.toMatch(/internal error/)
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
  expect(run.seconds).toBeLessThan(LIMIT_S)
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'china-filing-hostile-'))
  for (const c of CASES) await c.write(dir)
  await copyFile('examples/china-filing.yml', path.join(dir, 'china-filing.yml'))
  await copyFile('__tests__/fixtures/android/rsa-v2.apk', path.join(dir, 'good.apk'))
}, 120_000)
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe.each(CASES)('$name', (c) => {
  it('inspect: a clear result naming the file, no crash, bounded time', async () => {
    const run = await cli(['inspect', c.file, '--format', 'json'], dir)
    expectNoCrash(run)
    const [entry] = JSON.parse(run.stdout) as {
      file: string
      error?: string
      signers?: { subject: string }[]
    }[]
    expect(entry!.file).toBe(c.file)
    if (c.error) {
      expect(run.code).toBe(1)
      expect(entry!.error).toMatch(c.error)
      expect(entry!.error!.length).toBeLessThan(2100)
      expect(run.stderr).toContain(`china-filing: ${c.file}: `)
    } else {
      expect(run.code).toBe(0)
      const text = await cli(['inspect', c.file], dir)
      expectNoCrash(text)
      expect(text.stdout).toMatch(c.prints!)
    }
  }, 60_000)

  if (c.error) {
    it('check --artifact: the error is a finding about the file', async () => {
      const run = await cli(
        [
          'check',
          '--config',
          'china-filing.yml',
          '--tag',
          'shop-v2.3.0',
          '--artifact',
          c.file,
          '--format',
          'json',
        ],
        dir,
      )
      expectNoCrash(run)
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(c.file)
      expect(run.stdout).toMatch(c.error!)
    }, 60_000)
  }
})

it('inspect with several files: a hostile one prints its error and the others still print', async () => {
  const run = await cli(['inspect', 'dag.ipa', 'good.apk', 'shared.apk'], dir)
  expectNoCrash(run)
  expect(run.code).toBe(1)
  expect(run.stdout).toMatch(/^dag\.ipa\n {2}cannot be read: .*more than 200000 objects/m)
  expect(run.stdout).toMatch(/^good\.apk {2}\(APK\)\n {2}package: /m)
  expect(run.stdout).toMatch(/^shared\.apk\n {2}cannot be read: .*never share bytes/m)
}, 60_000)
