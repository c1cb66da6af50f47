/**
 * One version source: package.json's `version` is what `--version` prints (from src and from the
 * bundle) and what SARIF's `driver.version` says.
 */
import { describe, it, expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { main } from '../../src/cli/main.js'

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version

async function cli(args: string[]) {
  let stdout = ''
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: () => undefined },
    env: {},
    cwd: process.cwd(),
  })
  return { code, stdout }
}

describe('the version', () => {
  it('is a semver release version', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('--version prints it, from the sources and from dist/cli.js', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n` })
    expect(execFileSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' })).toBe(
      `${version}\n`,
    )
  })

  it('is the SARIF driver version', async () => {
    const { stdout } = await cli(['check', '--config', 'examples/china-filing.yml', '--format', 'sarif'])
    const driver = JSON.parse(stdout).runs[0].tool.driver
    expect([driver.version, driver.semanticVersion]).toEqual([version, version])
  })
})
