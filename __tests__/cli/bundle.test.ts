/**
 * The committed bundle (dist/cli.js), run as users and acceptance checks run it: on every fixture,
 * however corrupt, it exits 0, 1 or 2 and never prints a stack trace; its fingerprints are the ones
 * apksigner recorded.
 */
import { describe, it, expect } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { apksignerSigners, section } from '../artifacts/android-records.js'

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, ['dist/cli.js', ...args], { timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    ),
  )
}

/** `check` of the shipped example as a release of shop 2.3.0, with these builds. */
function releaseCheck(artifacts: string[], ...flags: string[]) {
  return cli([
    'check',
    '--config',
    'examples/china-filing.yml',
    '--tag',
    'shop-v2.3.0',
    ...artifacts.flatMap((a) => ['--artifact', a]),
    ...flags,
  ])
}

const ARTIFACT = /\.(apk|aab|ipa|hap|app|apks)$/
const fixtures = ['android', 'ios', 'harmony'].flatMap((dir) =>
  readdirSync(path.join('__tests__/fixtures', dir))
    .filter((f) => ARTIFACT.test(f))
    .map((f) => path.join('__tests__/fixtures', dir, f)),
)

describe('dist/cli.js on every fixture', () => {
  it('has fixtures of every kind', () => {
    expect(fixtures.filter((f) => f.endsWith('.apk')).length).toBeGreaterThan(10)
    expect(fixtures.filter((f) => f.endsWith('.ipa')).length).toBeGreaterThan(5)
    expect(fixtures.filter((f) => f.endsWith('.hap')).length).toBeGreaterThan(3)
  })

  it('inspects each with exit 0 or 1, a JSON entry per file and no stack trace', async () => {
    const run = await cli(['inspect', ...fixtures, '--format', 'json'])
    expect([0, 1]).toContain(run.code)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    const entries = JSON.parse(run.stdout) as { file: string; error?: string }[]
    expect(entries.map((e) => e.file)).toEqual(fixtures)
    for (const entry of entries.filter((e) => e.error))
      expect(entry.error).not.toMatch(/undefined|TypeError|RangeError/)
  })

  it.each(fixtures)('check --artifact %s exits 0, 1 or 2 without a stack trace', async (fixture) => {
    const run = await releaseCheck([fixture], '--format', 'json')
    expect([0, 1]).toContain(run.code)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    JSON.parse(run.stdout)
  })

  it.each(['rsa-v123', 'ec-v123', 'rsa-v23', 'rotated'])(
    'prints the fingerprints apksigner printed for %s.apk',
    async (name) => {
      const run = await cli(['inspect', `__tests__/fixtures/android/${name}.apk`, '--format', 'json'])
      expect(run.code).toBe(0)
      const [entry] = JSON.parse(run.stdout) as {
        signers: { md5: string; sha1: string; sha256: string; filed: boolean }[]
      }[]
      const filed = entry!.signers.find((s) => s.filed)!
      const verify = section(
        `${name}.txt`,
        (c) => c.startsWith('apksigner verify') && !c.includes('--max-sdk-version'),
      )!
      const [expected] = apksignerSigners(verify.output)
      expect({ md5: filed.md5, sha1: filed.sha1, sha256: filed.sha256 }).toEqual({
        md5: expected!.md5,
        sha1: expected!.sha1,
        sha256: expected!.sha256,
      })
    },
  )

  it('passes the shipped example with its signed builds, and blocks a build signed by another key', async () => {
    const ok = await releaseCheck([
      '__tests__/fixtures/android/rsa-v123.apk',
      '__tests__/fixtures/ios/appstore.ipa',
    ])
    expect(ok.code).toBe(0)
    const other = await releaseCheck(['__tests__/fixtures/android/ec-v123.apk'])
    expect(other.code).toBe(1)
  })
})
