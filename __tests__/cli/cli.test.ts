/**
 * The CLI as users run it: commands, flags, output formats and exit codes (0 pass, 1 blocked,
 * 2 usage error). In-process through main(), with captured output.
 */
import { describe, it, expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFile, readdir, writeFile, cp, mkdir, symlink } from 'node:fs/promises'
import path from 'node:path'
import { createAjv } from '../helpers/ajv.js'
import { main } from '../../src/cli/main.js'
import { cli } from '../helpers/cli.js'
import { tempDir } from '../helpers/temp-dir.js'

const TODAY = ['--today', '2026-11-29']

describe('check', () => {
  it('passes the compliant example (exit 0)', async () => {
    const run = await cli(['check', '--config', 'examples/china-filing.yml', ...TODAY])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/✔ PASS {2}0 errors, 0 warnings, 2 notices \(fail-on: error\)/)
    expect(run.stdout).toContain('shop  示例商城  沪ICP备2023012345号-2A  PASS')
    // examples/ holds no app project: the report says the filed ids were not compared with sources.
    expect(run.stdout).toContain(
      'no source project was found in the source tree for these filed ids, so they were not compared with sources: Android (Gradle): shop; iOS (Xcode): shop; WeChat mini program: shop-wechat.',
    )
    expect(run.stdout).not.toContain('\u001b[')
  })

  it('blocks the non-compliant example (exit 1) with every rule of the declaration', async () => {
    const run = await cli([
      'check',
      '--config',
      'examples/non-compliant/china-filing.yml',
      '--format',
      'json',
      ...TODAY,
    ])
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout)
    const rules = new Set(report.findings.map((f: { rule: string }) => f.rule))
    for (const rule of [
      'filing-required',
      'filing-approved',
      'filing-number-format',
      'filing-holder',
      'filing-channel',
      'hosting-mainland',
      'waiver',
    ]) {
      expect(rules).toContain(rule)
    }
    const tagged = JSON.parse(
      (
        await cli([
          'check',
          '--config',
          'examples/non-compliant/china-filing.yml',
          '--tag',
          'shop-v1.9.0',
          '--format',
          'json',
          ...TODAY,
        ])
      ).stdout,
    )
    expect(tagged.findings.map((f: { rule: string }) => f.rule)).toContain('release-version')
    expect(tagged.mode).toBe('release')
  })

  it.each([
    ['examples/non-compliant/schema-error.yml', 'declaration-schema'],
    ['examples/non-compliant/syntax-error.yml', 'declaration-syntax'],
  ])('blocks %s with %s findings', async (config, rule) => {
    const run = await cli(['check', '--config', config, '--format', 'json', ...TODAY])
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout)
    expect(report.findings.length).toBeGreaterThan(0)
    expect(
      report.findings.every(
        (f: { rule: string; file: string; line: number }) =>
          f.rule === rule && f.file === config && f.line > 0,
      ),
    ).toBe(true)
  })

  it('prints JSON in the documented shape', async () => {
    const run = await cli(['check', '--config', 'examples/china-filing.yml', '--format', 'json', ...TODAY])
    const report = JSON.parse(run.stdout)
    expect(Object.keys(report)).toEqual([
      'verdict',
      'mode',
      'failOn',
      'blocking',
      'filingNumbers',
      'apps',
      'findings',
      // Added keys (DESIGN §6: add, never rename or drop).
      'enforced',
      'config',
      'tag',
      'version',
      'today',
      'toolVersion',
      'artifacts',
      'sources',
    ])
    expect(report).toMatchObject({
      verdict: 'pass',
      mode: 'audit',
      blocking: [],
      enforced: true,
      config: 'examples/china-filing.yml',
      tag: null,
      version: null,
      today: '2026-11-29',
      toolVersion: JSON.parse(await readFile('package.json', 'utf8')).version,
    })
    expect(report.apps).toEqual([
      { id: 'shop', inScope: true, filingNumber: '沪ICP备2023012345号-2A', verdict: 'pass', reason: null },
      {
        id: 'shop-wechat',
        inScope: true,
        filingNumber: '沪ICP备2023012345号-3X',
        verdict: 'pass',
        reason: null,
      },
      { id: 'shop-global', inScope: true, filingNumber: null, verdict: 'pass', reason: null },
    ])
    for (const finding of report.findings) {
      expect(Object.keys(finding).slice(0, 7)).toEqual([
        'rule',
        'severity',
        'app',
        'message',
        'file',
        'line',
        'column',
      ])
    }
  })

  it('prints SARIF 2.1.0 that validates against the schema', async () => {
    const run = await cli([
      'check',
      '--config',
      'examples/non-compliant/china-filing.yml',
      '--format',
      'sarif',
      ...TODAY,
    ])
    expect(run.code).toBe(1)
    const sarif = JSON.parse(run.stdout)
    const ajv = createAjv({ validateSchema: false })
    const validate = ajv.compile(
      JSON.parse(await readFile('__tests__/schemas/sarif-schema-2.1.0.json', 'utf8')),
    )
    expect(validate(sarif) ? [] : validate.errors).toEqual([])
    const [runResult] = sarif.runs
    expect(runResult.automationDetails.id).toBe('china-filing/audit/')
    expect(runResult.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('hosting-mainland')
    const hosting = runResult.results.find((r: { ruleId: string }) => r.ruleId === 'hosting-mainland')
    expect(hosting).toMatchObject({
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'examples/non-compliant/china-filing.yml' },
            region: { startLine: expect.any(Number) },
          },
        },
      ],
      partialFingerprints: { 'chinaFilingGate/v1': expect.stringMatching(/^[0-9a-f]{32}$/) },
    })
    expect(runResult.tool.driver.rules.every((r: { helpUri: string }) => r.helpUri.endsWith('.md'))).toBe(
      true,
    )
  })

  it('prints workflow commands with --format github', async () => {
    const run = await cli([
      'check',
      '--config',
      'examples/non-compliant/china-filing.yml',
      '--format',
      'github',
      ...TODAY,
    ])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^::error title=hosting-mainland \(shop\),file=examples\/non-compliant\/china-filing\.yml,line=\d+,endLine=\d+,col=\d+,endColumn=\d+::shop: aliyun cn-hongkong/m,
    )
  })

  it('judges only the apps asked for', async () => {
    const run = await cli([
      'check',
      '--config',
      'examples/non-compliant/china-filing.yml',
      '--apps',
      'beta',
      '--format',
      'json',
      '--mode',
      'pull-request',
      ...TODAY,
    ])
    const report = JSON.parse(run.stdout)
    expect(
      report.apps.filter((a: { inScope: boolean }) => a.inScope).map((a: { id: string }) => a.id),
    ).toEqual(['beta'])
  })

  const aliasBomb = (() => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n'
    for (let i = 0, previous = 'a'; i < 10; previous = `l${i}`, i++) {
      text += `l${i}: &l${i} [${Array(9).fill(`*${previous}`).join(', ')}]\n`
    }
    return text
  })()
  it.each([
    ['an empty file', '', /is empty/],
    [
      'binary garbage',
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0xff, 0xfe]),
      /is a binary file, not YAML/,
    ],
    [
      'a 10 MB file',
      `version: 1\n# ${'x'.repeat(10 * 1024 * 1024)}\n`,
      /a declaration is at most 1048576 bytes/,
    ],
    ['a YAML alias bomb', aliasBomb, /aliases expand too far/],
    [
      'a list where an object belongs',
      'version: 1\nholder: [a, b]\napps: []\n',
      /holder: expected a mapping/,
    ],
  ])('gives a clear finding and exit 1 for %s in release mode', async (_name, content, message) => {
    const dir = await tempDir('cfg-bad-')
    await writeFile(path.join(dir, 'china-filing.yml'), content)
    const run = await cli(['check', '--mode', 'release', '--format', 'json', ...TODAY], dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const report = JSON.parse(run.stdout)
    expect(report.verdict).toBe('fail')
    expect(report.findings[0].message).toMatch(message)
    expect(report.findings[0].file).toBe('china-filing.yml')
  })

  it('fails closed on a missing declaration (exit 1)', async () => {
    const run = await cli(['check', '--config', 'nope/china-filing.yml', ...TODAY])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('nope/china-filing.yml does not exist.')
  })

  it.each([
    [['check', '--mode', 'ship'], '--mode must be one of release, pull-request, audit, not "ship"'],
    [['check', '--bogus'], 'unknown option --bogus'],
    [['check', '--today', '2026-02-30'], 'today "2026-02-30" is not a date; write YYYY-MM-DD'],
    [
      ['check', '--config', 'examples/china-filing.yml', '--apps', 'shoop'],
      '--apps names unknown app "shoop"; did you mean "shop"? Declared apps: shop, shop-wechat, shop-global',
    ],
    [
      ['check', '--config', 'examples/china-filing.yml', '--stores', 'xiaomy'],
      '--stores names unknown store "xiaomy"; did you mean "xiaomi"?',
    ],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['explain', 'hosting-mainlnd'], 'unknown rule "hosting-mainlnd"; did you mean "hosting-mainland"?'],
    [['inspect'], 'inspect needs at least one file'],
  ])('usage error %j exits 2', async (args, message) => {
    const run = await cli(args)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('colours only a terminal, and never with NO_COLOR', async () => {
    let stdout = ''
    const io = (env: NodeJS.ProcessEnv) => ({
      stdout: { write: (t: string) => (stdout += t), isTTY: true },
      stderr: { write: () => true },
      env,
      cwd: process.cwd(),
    })
    await main(['check', '--config', 'examples/china-filing.yml', ...TODAY], io({}))
    expect(stdout).toContain('\u001b[32m✔ PASS')
    stdout = ''
    await main(['check', '--config', 'examples/china-filing.yml', ...TODAY], io({ NO_COLOR: '1' }))
    expect(stdout).not.toContain('\u001b[')
  })
})

describe('schema', () => {
  it('prints the committed JSON Schema', async () => {
    const run = await cli(['schema'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(await readFile('schema/china-filing.schema.json', 'utf8'))
  })

  it('accepts the examples and rejects a wrong store', async () => {
    const { parse } = await import('yaml')
    const ajv = createAjv()
    const validate = ajv.compile(JSON.parse((await cli(['schema'])).stdout))
    expect(
      validate(parse(await readFile('examples/china-filing.yml', 'utf8'))) ? [] : validate.errors,
    ).toEqual([])
    const bad = parse(await readFile('examples/china-filing.yml', 'utf8'))
    bad.apps[0].stores = ['xiaomy']
    expect(validate(bad)).toBe(false)
  })
})

describe('explain', () => {
  it('prints the rule’s docs page', async () => {
    const run = await cli(['explain', 'hosting-mainland'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(await readFile('docs/rules/hosting-mainland.md', 'utf8'))
  })
})

describe('init', () => {
  it('writes a starter from the identities in the tree, which the gate rejects until filled in', async () => {
    const dir = await tempDir('cfg-init-')
    await cp('__tests__/fixtures/sources/flutter-app', dir, { recursive: true })
    const run = await cli(['init'], dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Wrote china-filing\.yml, with the identities found:/)
    const text = await readFile(path.join(dir, 'china-filing.yml'), 'utf8')
    expect(text).toMatch(/package: com\.example\.\S+ # from android\/app\/build\.gradle/)
    expect(text).toMatch(/bundleId: \S+ # from ios\//)
    const check = await cli(['check', ...TODAY], dir)
    expect(check.code).toBe(1)
    expect((await cli(['init'], dir)).code).toBe(2)
    expect((await cli(['init', '--force'], dir)).code).toBe(0)
  })

  it('writes no repository text that could add YAML, and prints none raw', async () => {
    const dir = await tempDir('cfg-init-')
    // A module folder whose name carries a line of YAML, and a mini program whose appid does.
    const module = path.join(dir, 'shop\n    injected: true\u001b[2J', 'app')
    await mkdir(module, { recursive: true })
    await writeFile(
      path.join(module, 'build.gradle'),
      "apply plugin: 'com.android.application'\nandroid {\n    defaultConfig {\n        applicationId 'com.example.shop'\n    }\n}\n",
    )
    await writeFile(
      path.join(dir, 'project.config.json'),
      JSON.stringify({ appid: 'wx1234567890abcdef\n    injected: true', projectname: 'mini' }),
    )
    const run = await cli(['init'], dir)
    expect(run.code).toBe(0)
    const text = await readFile(path.join(dir, 'china-filing.yml'), 'utf8')
    expect(text).not.toMatch(/^\s*injected/m)
    expect(text).toMatch(
      /package: com\.example\.shop # from shop\\u000a {4}injected: true\\u001b\[2J\/app\/build\.gradle:4/,
    )
    expect(text).not.toContain('wx1234567890abcdef')
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(run.stdout).toMatch(
      /Left out:\n {2}wechat wx1234567890abcdef\\u000a {4}injected: true \(project\.config\.json:1\): not a valid id: a WeChat AppID is "wx" followed by 16 hex digits/,
    )
    // The starter is still a declaration the gate reads: its findings are the TODOs, not syntax.
    const check = await cli(['check', '--format', 'json', ...TODAY], dir)
    expect(check.code).toBe(1)
    expect(JSON.parse(check.stdout).findings.map((f: { rule: string }) => f.rule)).not.toContain(
      'yaml-syntax',
    )
  })

  it('writes a TODO app when the tree has no identity', async () => {
    const dir = await tempDir('cfg-init-')
    await writeFile(path.join(dir, 'README.md'), 'nothing here')
    expect((await cli(['init'], dir)).code).toBe(0)
    expect(await readFile(path.join(dir, 'china-filing.yml'), 'utf8')).toContain(
      'no app identity was found in this tree',
    )
  })
})

describe('a CLI that helps (issue 7.7, 7.8)', () => {
  it.each([['check'], ['inspect'], ['init'], ['schema'], ['explain']])(
    '%s --help, -h and help %s print the command usage on stdout (exit 0)',
    async (command) => {
      const outputs = []
      for (const args of [
        [command, '--help'],
        [command, '-h'],
        ['help', command],
      ]) {
        const run = await cli(args)
        expect(run.code).toBe(0)
        expect(run.stderr).toBe('')
        expect(run.stdout).toMatch(new RegExp(`^Usage: china-filing ${command}`))
        outputs.push(run.stdout)
      }
      expect(new Set(outputs).size).toBe(1)
    },
  )

  it('check --help lists every flag with its short form', async () => {
    const { stdout } = await cli(['check', '--help'])
    for (const flag of [
      '--config',
      '--mode',
      '--apps',
      '--stores',
      '--tag',
      '--version',
      '--artifact',
      '--fail-on',
      '--today',
      '--format',
      '--output',
      '--help',
    ])
      expect(stdout).toContain(flag)
    for (const short of ['-c, --config', '-f, --format', '-o, --output', '-h, --help'])
      expect(stdout).toContain(short)
  })

  it('--version and -V print the version from package.json', async () => {
    const { version } = JSON.parse(await readFile('package.json', 'utf8'))
    for (const flag of ['--version', '-V']) {
      const run = await cli([flag])
      expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    }
  })

  it('no command prints the usage on stderr (exit 2)', async () => {
    const run = await cli([])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^Usage: china-filing <command>/)
  })

  it.each([
    [['chek'], 'unknown command "chek"; did you mean "check"?'],
    [['check', '--mdoe', 'audit'], 'unknown option --mdoe; did you mean --mode?'],
    [['check', '--mode', 'pull_request'], 'did you mean "pull-request"?'],
    [
      ['check', '--config', 'examples/china-filing.yml', '--apps', 'shp'],
      '--apps names unknown app "shp"; did you mean "shop"?',
    ],
    [['check', '--config', 'examples/china-filing.yml', '--stores', 'xiaomy'], 'did you mean "xiaomi"?'],
    [['check', '--version', 'banana'], '--version "banana" is not a semver version'],
    [['check', '--version', '1.2.0', '--mode', 'audit'], '--version applies to a release'],
    [['check', '--today', '2026-02-30'], '--today "2026-02-30" is not a date'],
    [['schema', 'extra'], 'schema takes no arguments (got "extra")'],
    [['check', '--config'], '--config needs a value'],
  ])('%j is a usage error on stderr naming the flag (exit 2)', async (args, message) => {
    const run = await cli(args)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(message)
    expect(run.stderr).not.toContain('internal error')
  })

  it('check --version X without a tag judges a release of X', async () => {
    const run = await cli([
      'check',
      '--config',
      'examples/china-filing.yml',
      '--version',
      '1.2.0',
      '--format',
      'json',
      ...TODAY,
    ])
    expect(JSON.parse(run.stdout)).toMatchObject({ mode: 'release', version: '1.2.0' })
  })

  it('--output never writes through a symbolic link, nor into .git (exit 2, the target untouched)', async () => {
    const dir = await tempDir('cfg-out-')
    const victim = path.join(dir, 'victim.txt')
    await writeFile(victim, 'keep me\n')
    await symlink(victim, path.join(dir, 'report.json'))
    await mkdir(path.join(dir, '.git'))
    await symlink('.git', path.join(dir, 'linked-git'))
    const config = path.resolve('examples/china-filing.yml')
    const through = await cli(['check', '--config', config, '-f', 'json', '-o', 'report.json', ...TODAY], dir)
    expect(through.code).toBe(2)
    expect(through.stderr).toContain(
      '--output report.json is a symbolic link; the gate does not write through links',
    )
    for (const name of ['.git/config', 'linked-git/config']) {
      const run = await cli(['check', '--config', config, '-o', name, ...TODAY], dir)
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(`--output ${name} is inside a .git folder`)
    }
    expect(await readFile(victim, 'utf8')).toBe('keep me\n')
    expect(await readdir(path.join(dir, '.git'))).toEqual([])
  })

  it('--output /dev/stdout is written through; a planted link to /dev/null is not followed', async () => {
    const dir = await tempDir('cfg-out-')
    await symlink('/dev/null', path.join(dir, 'china-filing-junit.xml'))
    const config = path.resolve('examples/china-filing.yml')
    const planted = await cli(
      ['check', '--config', config, '-f', 'junit', '-o', 'china-filing-junit.xml', ...TODAY],
      dir,
    )
    expect(planted.code).toBe(2)
    expect(planted.stderr).toContain('--output china-filing-junit.xml is a symbolic link')
    const run = spawnSync(
      process.execPath,
      [path.resolve('dist/cli.js'), 'check', '--config', config, '-f', 'json', '-o', '/dev/stdout', ...TODAY],
      { cwd: dir, encoding: 'utf8' },
    )
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).verdict).toBe('pass')
  })

  it('an --output in a missing folder names the path and the fix (exit 2)', async () => {
    const dir = await tempDir('cfg-out-')
    const run = await cli(
      ['check', '--config', path.resolve('examples/china-filing.yml'), '--output', 'missing-dir/r.txt'],
      dir,
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--output missing-dir/r.txt cannot be written')
    expect(run.stderr).toContain('create the folder first')
    expect(run.stderr).not.toContain('internal error')
  })

  it('a missing china-filing.yml beside a china-filing.yaml says so', async () => {
    const dir = await tempDir('cfg-yaml-')
    await writeFile(path.join(dir, 'china-filing.yaml'), await readFile('examples/china-filing.yml'))
    const run = await cli(['check', ...TODAY], dir)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('china-filing.yml does not exist, but china-filing.yaml does beside it')
  })

  it('--fail-on never exits 0 and still reports the failing apps', async () => {
    const run = await cli([
      'check',
      '--config',
      'examples/non-compliant/china-filing.yml',
      '--fail-on',
      'never',
      ...TODAY,
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^legacy .* FAIL$/m)
    expect(run.stdout).toContain('The gate is not enforced (fail-on: never)')
  })

  it("--apps beta blocks only beta; another app's broken waiver blocks nothing", async () => {
    const run = await cli([
      'check',
      '--config',
      'examples/non-compliant/china-filing.yml',
      '--apps',
      'beta',
      '--format',
      'json',
      ...TODAY,
    ])
    const report = JSON.parse(run.stdout)
    expect(run.code).toBe(1)
    expect(report.blocking).toEqual(['beta'])
    expect(report.apps.find((a: { id: string }) => a.id === 'shop')).toMatchObject({ verdict: 'skipped' })
    expect(
      report.findings.some((f: { rule: string; app: string }) => f.rule === 'waiver' && f.app === 'shop'),
    ).toBe(true)
    const legacy = JSON.parse(
      (
        await cli([
          'check',
          '--config',
          'examples/non-compliant/china-filing.yml',
          '--apps',
          'pay',
          '--format',
          'json',
          ...TODAY,
        ])
      ).stdout,
    )
    expect(legacy.blocking).not.toContain('shop')
  })
})

describe('artifacts are judged for the app they carry, and only for it', () => {
  it('an APK of an app this run does not judge never fails the mini program that is judged', async () => {
    const run = await cli([
      'check',
      '--config',
      'examples/china-filing.yml',
      '--apps',
      'shop-wechat',
      '--artifact',
      '__tests__/fixtures/android/rsa-v2.apk',
      '--tag',
      'v1.0.0',
      '--format',
      'json',
      ...TODAY,
    ])
    const report = JSON.parse(run.stdout)
    expect(run.code).toBe(0)
    expect(report.apps.find((a: { id: string }) => a.id === 'shop-wechat').verdict).toBe('pass')
    expect(report.artifacts).toMatchObject([{ file: '__tests__/fixtures/android/rsa-v2.apk', app: 'shop' }])
  })

  it('an unreadable artifact is listed once under "Artifacts", and blocks the release\'s apps', async () => {
    const run = await cli([
      'check',
      '--config',
      'examples/china-filing.yml',
      '--artifact',
      '__tests__/fixtures/android/not-a-zip.apk',
      '--tag',
      'v2.3.0',
      ...TODAY,
    ])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /\nArtifacts\n {2}artifact __tests__\/fixtures\/android\/not-a-zip\.apk: unreadable\n {2}✖ error {4}artifact-identity {2}__tests__\/fixtures\/android\/not-a-zip\.apk\n/,
    )
    expect(run.stdout.match(/cannot be read/g)).toHaveLength(1)
    // The tagged app's row fails without a finding of its own, and says why (fail closed).
    expect(run.stdout).toContain(
      'shop  示例商城  沪ICP备2023012345号-2A  FAIL\n  stores: huawei-appgallery, xiaomi, oppo, vivo, app-store-cn, google-play · hosting: aliyun cn-shanghai, tencent ap-guangzhou\n  blocked with this release: a finding about the run above (Declaration, Artifacts) leaves what it ships unverified\n\n',
    )
    expect(run.stdout).toMatch(/ SKIPPED$/m)
    expect(run.stdout).not.toContain('complete?.')
  })
})
