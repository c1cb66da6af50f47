/**
 * What a review of the merged issues found, pinned: YAML and JUnit output cannot start a workflow
 * command, channel-packages findings sit at the APK, the CLI reports the tag's version, and `init`
 * never writes through a symbolic link.
 */
import { describe, it, expect } from '@jest/globals'
import { copyFile, lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { cli } from '../helpers/cli.js'
import { startsCommand } from '../../src/report/stdout-guard.js'
import { tempDir } from '../helpers/temp-dir.js'

const HOSTILE_NAME = 'a\n::warning::pwned\n.apk'

describe('no output format lets a file name start a workflow command', () => {
  it('inspect --format yaml', async () => {
    const dir = await tempDir('cfg-review-')
    await copyFile('__tests__/fixtures/android/rsa-v123.apk', path.join(dir, HOSTILE_NAME))
    const run = await cli(['inspect', '--format', 'yaml', HOSTILE_NAME], dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('pwned')
    expect(run.stdout.split('\n').filter(startsCommand)).toEqual([])
    // Guarded by how values are written, not by editing lines: the YAML reads back as the JSON report.
    const json = await cli(['inspect', '--format', 'json', HOSTILE_NAME], dir)
    expect(parseYaml(run.stdout)).toEqual(JSON.parse(json.stdout))
    expect(parseYaml(run.stdout)[0].file).toBe(HOSTILE_NAME)
  })

  it('check --format junit', async () => {
    const dir = await tempDir('cfg-review-')
    await copyFile('examples/china-filing.yml', path.join(dir, 'china-filing.yml'))
    await mkdir(path.join(dir, 'build'))
    // Signed by another key than the example files: the finding names the file.
    await copyFile('__tests__/fixtures/android/ec-v123.apk', path.join(dir, 'build', HOSTILE_NAME))
    const run = await cli(
      [
        'check',
        '--tag',
        'shop-v2.3.0',
        '--artifact',
        'build/*',
        '--format',
        'junit',
        '--today',
        '2026-11-29',
      ],
      dir,
    )
    expect(run.stdout).toContain('pwned')
    expect(run.stdout.split('\n').filter(startsCommand)).toEqual([])
    // The file name reads back whole from the failure's attribute and text (line breaks are &#10;).
    const failure = /<failure type="error" message="([^"]*)">([^<]*)<\/failure>/.exec(
      run.stdout.split('\n').find((line) => line.includes('pwned'))!,
    )!
    const text = (xml: string) =>
      xml
        .replace(/&#10;/g, '\n')
        .replace(/&#13;/g, '\r')
        .replace(/&quot;/g, '"')
    expect(text(failure[1]!)).toContain(`build/${HOSTILE_NAME}`)
    expect(text(failure[2]!)).toContain(`build/${HOSTILE_NAME}`)
  })
})

describe('check on a tag', () => {
  it('reports the version the tag names, as the action does', async () => {
    const run = await cli(
      [
        'check',
        '--config',
        'examples/china-filing.yml',
        '--tag',
        'shop-v2.3.0',
        '-f',
        'json',
        '--today',
        '2026-11-29',
      ],
      process.cwd(),
    )
    expect(JSON.parse(run.stdout)).toMatchObject({ tag: 'shop-v2.3.0', version: '2.3.0' })
  })

  it('places channel-packages findings at the odd channel APK', async () => {
    const run = await cli(
      [
        'check',
        '--config',
        'examples/china-filing.yml',
        '--tag',
        'shop-v2.3.0',
        '--artifact',
        '__tests__/fixtures/android/channels/*.apk',
        '-f',
        'json',
        '--today',
        '2026-11-29',
      ],
      process.cwd(),
    )
    const channel = JSON.parse(run.stdout).findings.filter(
      (f: { rule: string }) => f.rule === 'channel-packages',
    )
    // Every finding has a place: the APK it is about, or the declaration line (release.channels / stores).
    for (const finding of channel) expect(finding.artifact ?? finding.file).not.toBeNull()
    const atApks = channel.filter((f: { artifact: string | null }) => f.artifact !== null)
    expect(atApks.length).toBeGreaterThan(0)
    for (const finding of atApks)
      expect(finding.artifact).toMatch(/^__tests__\/fixtures\/android\/channels\/.+\.apk$/)
  })
})

describe('init', () => {
  it('refuses a china-filing.yml that is a symbolic link, even a dangling one, and writes nothing through it', async () => {
    const dir = await tempDir('cfg-review-')
    const victim = path.join(dir, 'outside', 'victim.txt')
    await symlink(victim, path.join(dir, 'china-filing.yml'))
    const run = await cli(['init'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('china-filing.yml already exists; pass --force to overwrite it')
    const forced = await cli(['init', '--force'], dir)
    expect(forced.code).not.toBe(0)
    await expect(lstat(victim)).rejects.toThrow()
  })

  it('still writes a starter declaration in an empty folder', async () => {
    const dir = await tempDir('cfg-review-')
    await writeFile(path.join(dir, 'README.md'), '# empty\n')
    const run = await cli(['init'], dir)
    expect(run.code).toBe(0)
    expect(await readFile(path.join(dir, 'china-filing.yml'), 'utf8')).toContain('version: 1')
  })
})
