/**
 * Hostile text in files cannot reach a workflow log as a command, nor leak a file's contents, nor
 * exhaust the machine (issue 12.2, 12.3, 12.8). Every field a file controls carries a payload that
 * would start a workflow command if it reached the start of a log line.
 */
import { describe, it, expect, beforeAll, jest } from '@jest/globals'
import { copyFile, mkdir, writeFile, symlink } from 'node:fs/promises'
import path from 'node:path'
import { cli } from '../helpers/cli.js'
import { runCheck } from '../../src/check.js'
import { emitAnnotations } from '../../src/report/github.js'
import { parseDeclarationText } from '../../src/declaration/parse-text.js'
import { MAX_MESSAGE } from '../../src/excerpt.js'
import { compareFindings } from '../../src/findings.js'
import { tempDir } from '../helpers/temp-dir.js'
import { appYaml, declarationYaml, gate } from '../helpers/declarations.js'
import { parse as parseYaml } from 'yaml'
import { renderSummary } from '../../src/report/summary.js'
import { releaseNotesSection } from '../../src/report/github-release-notes.js'
import { guardLines, startsCommand } from '../../src/report/stdout-guard.js'
import fc from 'fast-check'

// The last is the runner's legacy form, which it obeys anywhere in a line that is not a `::` command.
const PAYLOADS = [
  '\n::warning::pwned',
  '\r\n::add-mask::secret',
  '\n  ::stop-commands::tok',
  'x##[add-mask]secret',
]

/**
 * Lines the runner would obey, other than the annotations our reporters write: ours are
 * `::error <properties>::<data>` with every ':' of the properties escaped (%3A).
 */
function foreignCommands(stdout: string): string[] {
  const ours = (line: string) =>
    /^::(error|warning|notice) [^:]*::/.test(line) || /^::(group|endgroup)::/.test(line)
  return stdout
    .split(/\r\n|\r|\n/)
    .filter((line) => (/^\s*::/.test(line) || line.includes('##[')) && !ours(line))
}

/** What the action's annotations write to stdout (workflow commands and the step-log group). */
function annotationsOf(result: Parameters<typeof emitAnnotations>[0]): string {
  const written: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    written.push(String(chunk))
    return true
  })
  try {
    emitAnnotations(result)
  } finally {
    spy.mockRestore()
  }
  return written.join('')
}

/** A workspace whose declaration, artifact names and source files all carry a payload. */
async function hostileWorkspace(payload: string): Promise<string> {
  const dir = await tempDir('cfg-hostile-')
  const q = JSON.stringify // YAML double-quoted strings accept JSON escapes
  await writeFile(
    path.join(dir, 'china-filing.yml'),
    `version: 1
holder:
  name: ${q(`上海示例网络科技有限公司${payload}`)}
  province: 沪
  mainNumber: 沪ICP备2023012345号
apps:
  - id: shop
    name: ${q(`示例商城${payload}`)}
    kind: app
    filing:
      number: ${q(`沪ICP备2023012345号-2A${payload}`)}
      status: approved
      via: aliyun
    hosting:
      - provider: aliyun
        region: ${q(`cn-shanghai${payload}`)}
    platforms:
      android:
        package: com.example.shop
        certificate:
          md5: FC66866CD3CAB411048C250AE8140348
    stores: [xiaomi]
  - id: mini
    name: 小程序
    kind: mini-program
    filing:
      number: 沪ICP备2023012345号-3X
      status: approved
    platforms:
      wechat:
        appId: wx1234567890abcdef
    stores: [wechat]
waivers:
  - rule: ${q(`hosting-mainland${payload}`)}
    app: shop
    reason: ${q(`because${payload}`)}
    expires: 2020-01-01
`,
  )
  await mkdir(path.join(dir, 'dist'))
  await writeFile(path.join(dir, 'dist', `app${payload.replace(/\r/g, '')}.apk`), 'not a zip at all')
  await writeFile(
    path.join(dir, 'project.config.json'),
    JSON.stringify({ appid: `wx${payload}`, projectname: 'mini' }),
  )
  return dir
}

/** The gate's release run on a hostile workspace, with its artifacts. */
function checkRelease(dir: string) {
  return runCheck({
    workspace: dir,
    config: 'china-filing.yml',
    mode: 'release',
    failOn: 'error',
    today: '2026-11-29',
    artifacts: ['dist/*.apk'],
    confine: true,
  })
}

describe('workflow-command injection (issue 12.2)', () => {
  it.each(PAYLOADS)('schema messages quoting keys and values escape them: %j', async (payload) => {
    const dir = await tempDir('cfg-hostile-')
    const q = JSON.stringify
    await writeFile(
      path.join(dir, 'china-filing.yml'),
      `version: 1\nholder:\n  name: x\n  province: ${q(`沪${payload}`)}\n  ${q(`mainNumber${payload}`)}: 1\napps: []\n`,
    )
    for (const format of ['text', 'github']) {
      const run = await cli(['check', '--format', format, '--today', '2026-11-29'], dir)
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/pwned|add-mask|stop-commands/)
      expect({ format, foreign: foreignCommands(run.stdout) }).toEqual({ format, foreign: [] })
    }
  })

  it.each(PAYLOADS)('no value from a file starts a workflow command: %j', async (payload) => {
    const dir = await hostileWorkspace(payload)
    for (const format of ['text', 'github']) {
      const run = await cli(
        ['check', '--format', format, '--artifact', 'dist/*.apk', '--today', '2026-11-29'],
        dir,
      )
      expect(run.code).toBe(1)
      // The payloads were read: they appear (escaped) in the output.
      expect(run.stdout).toMatch(/pwned|add-mask|stop-commands/)
      expect({ format, foreign: foreignCommands(run.stdout) }).toEqual({ format, foreign: [] })
    }
  })

  it('the findings past the annotation cap, listed in the step log, carry no command either', () => {
    const findings = PAYLOADS.flatMap((payload) =>
      Array.from({ length: 12 }, (_, i) => ({
        rule: 'hosting-mainland',
        severity: 'error' as const,
        app: 'shop',
        message: `shop: region "cn-x${i}${payload}" is not a known aliyun region`,
        location: { file: 'china-filing.yml', line: i + 1, column: 5 },
      })),
    )
    const result = { ...gate(declarationYaml([appYaml()])), findings }
    const log = annotationsOf(result)
    expect(log).toContain('::group::Findings not shown as annotations')
    expect(log).toMatch(/add-mask|stop-commands|pwned/)
    expect(foreignCommands(log)).toEqual([])
  })

  it('the action annotations escape every payload too', async () => {
    const dir = await hostileWorkspace(PAYLOADS[0]!)
    const result = await checkRelease(dir)
    const log = annotationsOf(result)
    expect(log).toContain('pwned')
    expect(foreignCommands(log)).toEqual([])
  })
})

describe('terminal control characters from a file never reach the output as themselves', () => {
  // An OSC 8 hyperlink, a screen clear and a C1 CSI: what a crafted value would use to disguise a
  // finding in a terminal or a log viewer.
  const CONTROLS = '\u001b]8;;evil.example\u0007click\u001b]8;;\u0007\u001b[2J\u009b31m'
  // eslint-disable-next-line no-control-regex
  const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

  it.each(['text', 'github', 'json', 'sarif', 'junit', 'codequality'])(
    '%s output escapes them wherever a value is quoted',
    async (format) => {
      const dir = await hostileWorkspace(CONTROLS)
      const run = await cli(
        ['check', '--format', format, '--artifact', 'dist/*.apk', '--today', '2026-11-29'],
        dir,
      )
      expect(run.code).toBe(1)
      // The values were read and reported (escaped).
      expect(run.stdout).toMatch(/evil\.example/)
      expect(run.stdout).not.toMatch(RAW_CONTROL)
      expect(run.stderr).not.toMatch(RAW_CONTROL)
    },
  )

  it('the job summary and the release notes escape them', async () => {
    const dir = await hostileWorkspace(CONTROLS)
    const result = await checkRelease(dir)
    const summary = renderSummary(result)
    expect(summary).toMatch(/evil\.example/)
    expect(summary).not.toMatch(RAW_CONTROL)
    const notes = releaseNotesSection({ ...result, verdict: 'pass' })
    expect(notes).toMatch(/evil\.example/)
    expect(notes).not.toMatch(RAW_CONTROL)
  })

  it.each(['yaml', 'text', 'json'])('inspect --format %s escapes them in a file name', async (format) => {
    const dir = await tempDir('cfg-hostile-')
    const name = `app${CONTROLS}\u2028\u0085.apk`
    await copyFile('__tests__/fixtures/android/rsa-v123.apk', path.join(dir, name))
    const run = await cli(['inspect', '--format', format, name], dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/evil\.example/)
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/)
    if (format === 'yaml') expect(parseYaml(run.stdout)[0].file).toBe(name)
  })
})

describe('messages quote short excerpts and are bounded (issue 12.3)', () => {
  it('a declaration that is really another file does not echo its contents', () => {
    const secret = 'AUTHORIZATION: basic c2VjcmV0LXRva2VuLXRoYXQtbXVzdC1ub3QtbGVhaw=='
    const passwd = `root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n${secret}\n`
    const gitConfig = `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = ${secret}\n`
    for (const text of [
      passwd,
      gitConfig,
      `version: 1\nholder: ${JSON.stringify('x'.repeat(5000) + secret)}\n`,
    ]) {
      const { findings } = parseDeclarationText(text, 'china-filing.yml')
      expect(findings.length).toBeGreaterThan(0)
      for (const f of findings) {
        expect(f.message).not.toContain('c2VjcmV0')
        expect(f.message.length).toBeLessThanOrEqual(MAX_MESSAGE)
      }
    }
  })

  it('every message the gate reports is at most MAX_MESSAGE characters', async () => {
    const dir = await tempDir('cfg-long-')
    await copyFile('examples/china-filing.yml', path.join(dir, 'china-filing.yml'))
    const result = await runCheck({
      workspace: dir,
      config: 'china-filing.yml',
      mode: 'release',
      failOn: 'error',
      today: '2026-11-29',
      artifacts: [`${'nothing/'.repeat(400)}*.apk`],
      sources: false,
      confine: true,
    })
    const unmatched = result.findings.find((f) => f.message.startsWith('artifact pattern'))
    expect(unmatched?.message).toMatch(/^artifact pattern "(nothing\/){24}nothing…" matched no file/)
    for (const f of result.findings) expect(f.message.length).toBeLessThanOrEqual(MAX_MESSAGE)
  })

  it('a config symlinked outside the workspace is not quoted', async () => {
    const dir = await tempDir('cfg-link-')
    const outside = path.join(dir, 'outside.txt')
    await writeFile(outside, 'token: ghp_secretsecretsecretsecretsecret\n')
    await mkdir(path.join(dir, 'ws'))
    await symlink(outside, path.join(dir, 'ws', 'china-filing.yml'))
    const run = await cli(['check', '--format', 'json', '--today', '2026-11-29'], path.join(dir, 'ws'))
    expect(run.code).toBe(1)
    expect(run.stdout).not.toContain('ghp_secret')
  })
})

describe('a huge schema-invalid declaration stops early (issue 12.8)', () => {
  let text = ''
  beforeAll(() => {
    text = `version: 1\nholder: {name: x, province: 沪, mainNumber: 沪ICP备2023012345号}\napps: [${Array(230_000).fill('{}').join(',')}]\n`
  })

  it('a 700 KB apps: [{}, {}, …] is refused within 2 s with one clear finding', () => {
    expect(text.length).toBeGreaterThan(680_000)
    const started = process.hrtime.bigint()
    const { findings, declaration } = parseDeclarationText(text, 'china-filing.yml')
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    expect(declaration).toBeUndefined()
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toMatch(/more than 100000 YAML entries/)
    expect(ms).toBeLessThan(2000)
  })

  it('many schema errors under the entry budget are cut at 50 with a count of the rest', () => {
    const apps = Array(3000).fill('{}').join(',')
    const started = process.hrtime.bigint()
    const { findings } = parseDeclarationText(
      `version: 1\nholder: {name: x, province: 沪, mainNumber: 沪ICP备2023012345号}\napps: [${apps}]\n`,
      'china-filing.yml',
    )
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    expect(findings).toHaveLength(51)
    expect(findings[50]!.message).toMatch(/^and \d+ more schema errors not shown\./)
    expect(ms).toBeLessThan(2000)
    // The count sorts after the errors it follows, in every report: it stands at the last of them.
    const sorted = [...findings].sort(compareFindings)
    expect(sorted.at(-1)).toBe(findings[50])
    expect(findings[50]!.location!.line).toBeGreaterThan(1)
    // The schema reports issues in its own order, not the file's: a bad holder at the end of the file.
    const holderLast = parseDeclarationText(
      `version: 1\napps: [${apps}]\nholder: {name: x, province: 沪, mainNumber: 1}\n`,
      'china-filing.yml',
    ).findings
    expect([...holderLast].sort(compareFindings).at(-1)!.message).toMatch(/^and \d+ more schema errors/)
  })
})

describe('guardLines', () => {
  /** The rule as first written: split at line feeds, prefix each line that starts a command. */
  const lineByLine = (text: string) =>
    text
      .split('\n')
      .map((line) => (startsCommand(line) ? `› ${line}` : line))
      .join('\n')

  it('prefixes exactly the lines that would start a workflow command', () => {
    const pieces = fc.constantFrom('\n', '\r', '\r\n', '\u2028', ' ', '\t', ':', '::', 'x', '›', '\u00a0')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const text = parts.join('')
        expect(guardLines(text)).toBe(lineByLine(text))
      }),
      { numRuns: 2000 },
    )
    expect(guardLines('ok\n  ::warning::x\n::a\nb::')).toBe('ok\n›   ::warning::x\n› ::a\nb::')
  })
})
