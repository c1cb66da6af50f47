/**
 * The release notes come from CHANGELOG.md (release.yml runs scripts/changelog-section.mjs): the version in
 * package.json must have a Keep a Changelog section with content, and a version without one must stop
 * the release.
 */
import { describe, it, expect } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
const changelog = readFileSync('CHANGELOG.md', 'utf8')

function section(v: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, ['scripts/changelog-section.mjs', v], (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  )
}

describe('CHANGELOG.md', () => {
  it('has a dated section for the package.json version, first after Unreleased, with a compare link', () => {
    const headings = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)]
    expect(headings.map((h) => h[1]).slice(0, 2)).toEqual(['Unreleased', version])
    expect(headings[1]![2]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(changelog).toContain(`\n[${version}]: https://github.com/china-filing-gate/china-filing-gate/`)
  })

  it('gives the release notes of that version, without its heading or the link references', async () => {
    const result = await section(version)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^### Added\n/)
    expect(result.stdout).not.toContain(`## [${version}]`)
    expect(result.stdout).not.toMatch(/^\[[^\]]+\]: /m)
    expect(result.stdout).not.toContain('## [0.1.0]')
  })

  it('refuses a version without a section, so a release never has empty notes', async () => {
    const result = await section('99.0.0')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('CHANGELOG.md has no "## [99.0.0]" section')
  })
})
