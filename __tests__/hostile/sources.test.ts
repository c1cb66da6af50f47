/**
 * Hostile source files (issue 12, items 4–8 for the source scan): each generator builds a small
 * file that used to exhaust time, memory or the stack, or to slip past a limit silently. Each must
 * give a clear finding (or the right identity) within a bounded time; the worst are also run in a
 * child `node --max-old-space-size=256 dist/cli.js check` so a heap blow-up fails the test.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCheck } from '../../src/check.js'
import type { Finding } from '../../src/findings.js'
import { readGradleProperties, SymbolTable } from '../../src/sources/gradle-symbols.js'
import { scanSources } from '../../src/sources/scan.js'
import { parseXcconfig } from '../../src/sources/xcconfig.js'
import { declarationYaml, appYaml } from '../helpers/declarations.js'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cfg-hostile-src-'))
  made.push(dir)
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
  return dir
}

const DECLARATION = declarationYaml([appYaml()])
const MD5 = 'FC66866CD3CAB411048C250AE8140348'
/** Android and iOS filed, so every detector is judged. */
const BOTH = declarationYaml([
  appYaml({
    platforms: `    platforms:\n      android:\n        package: com.example.shop\n        certificate:\n          md5: ${MD5}\n      ios:\n        bundleId: com.example.shop\n        certificate:\n          md5: ${MD5}`,
  }),
])

/** Every finding of the gate on the workspace `dir` (its china-filing.yml). */
async function findingsIn(dir: string, mode: 'audit' | 'release' = 'release'): Promise<Finding[]> {
  const result = await runCheck({
    workspace: dir,
    config: 'china-filing.yml',
    mode,
    failOn: 'error',
    today: '2026-11-29',
    confine: true,
  })
  return result.findings
}

async function check(
  files: Record<string, string>,
  mode: 'audit' | 'release' = 'release',
): Promise<{ findings: Finding[]; ms: number }> {
  const dir = await tree({ 'china-filing.yml': BOTH, ...files })
  const started = performance.now()
  const findings = await findingsIn(dir, mode)
  return {
    // Each case gives sources for one platform of BOTH: the notice that the other platform's id was
    // not compared is source-identity.test.ts's business, not these cases'.
    findings: sourceFindings(findings),
    ms: performance.now() - started,
  }
}

/**
 * The source-identity findings a case is about. Each case gives sources for one platform of BOTH (or
 * none): the notice that the other platform's id was not compared is source-identity.test.ts's.
 */
function sourceFindings(findings: Finding[]): Finding[] {
  return findings.filter(
    (f) => f.rule === 'source-identity' && !f.message.startsWith('no source project was found'),
  )
}

/** Generous on a loaded 2-core CI machine; the quadratic versions took minutes. */
const FAST_MS = 5_000

const gradleApp = (body: string) => `plugins { id("com.android.application") }\n${body}`

// ---------------------------------------------------------------------------------------------------
// Generators

function blankLines(count: number): string {
  return gradleApp(
    `${'\n'.repeat(count)}android {\n    defaultConfig {\n        applicationId = "com.example.wrong"\n    }\n}\n`,
  )
}

function nestedParentheses(depth: number): string {
  return gradleApp(
    `android {\n    defaultConfig {\n        applicationId${'('.repeat(depth)}"com.example.wrong"${')'.repeat(depth)}\n    }\n}\n`,
  )
}

function flavourBomb(dimensions: number, flavours: number): string {
  const names = Array.from({ length: dimensions }, (_, d) => `d${d}`)
  const blocks = names.flatMap((d) =>
    Array.from({ length: flavours }, (_, f) => `        ${d}f${f} { dimension "${d}" }`),
  )
  return `apply plugin: 'com.android.application'\nandroid {\n    defaultConfig { applicationId "com.example.shop" }\n    flavorDimensions ${names.map((n) => `"${n}"`).join(', ')}\n    productFlavors {\n${blocks.join('\n')}\n    }\n}\n`
}

function pbxproj(bundleId: string, extraSettings = ''): string {
  return `// !$*UTF8*$!
{
	objects = {
		T1 = { isa = PBXNativeTarget; buildConfigurationList = L1; name = App; productType = "com.apple.product-type.application"; };
		L1 = { isa = XCConfigurationList; buildConfigurations = (C1); };
		C1 = { isa = XCBuildConfiguration; buildSettings = { ${extraSettings}PRODUCT_BUNDLE_IDENTIFIER = "${bundleId}"; }; name = Release; };
		P1 = { isa = PBXProject; targets = (T1); };
	};
	rootObject = P1;
}
`
}

/** `A0 = $(A1)×16`, …, `A7 = $(A8)×16`, `A8 = x`: 16^8 (4G) characters if expanded naively. */
function expansionBomb(): string {
  const settings = Array.from({ length: 8 }, (_, k) => `A${k} = "${`$(A${k + 1})`.repeat(16)}"; `).join('')
  return pbxproj('$(A0)', `${settings}A8 = x; `)
}

function manyKeysPlist(count: number): string {
  const keys = '<key>CFBundleIdentifier</key><key>Other</key>\n'.repeat(count)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>\n${keys}</dict></plist>\n`
}

const XCODE_WITH_PLIST = (plist: string) => ({
  'App.xcodeproj/project.pbxproj': pbxproj('com.example.shop', 'INFOPLIST_FILE = App/Info.plist; '),
  'App/Info.plist': plist,
})

// ---------------------------------------------------------------------------------------------------

describe('hostile source files: linear time (issue 12.5)', () => {
  it('a build.gradle with a million blank lines is read in bounded time, and its wrong id is caught', async () => {
    const { findings, ms } = await check({ 'app/build.gradle.kts': blankLines(1_000_000) })
    expect(findings.map((f) => [f.severity, f.location?.line])).toEqual([['error', 1_000_004]])
    expect(ms).toBeLessThan(FAST_MS)
  })

  it('an applicationId wrapped in 100k parentheses is read in bounded time', async () => {
    const { findings, ms } = await check({ 'app/build.gradle.kts': nestedParentheses(100_000) })
    expect(findings.map((f) => f.severity)).toEqual(['error'])
    expect(findings[0]!.message).toContain('is com.example.wrong')
    expect(ms).toBeLessThan(FAST_MS)
  })

  it('a bundle id of 500k `$(` is unresolved, in bounded time', async () => {
    const { findings, ms } = await check({ 'App.xcodeproj/project.pbxproj': pbxproj('$('.repeat(500_000)) })
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['notice', expect.stringContaining('cannot be read without running the build')],
    ])
    expect(ms).toBeLessThan(FAST_MS)
  })

  it('a pbxproj string of 300k octal escapes is read in bounded time', async () => {
    const { findings, ms } = await check({
      'App.xcodeproj/project.pbxproj': pbxproj('com.example.shop', `NOTE = "${'\\0'.repeat(300_000)}"; `),
    })
    expect(findings).toEqual([])
    expect(ms).toBeLessThan(FAST_MS)
  })

  it('an Info.plist with 40k CFBundleIdentifier keys is scanned in bounded time', async () => {
    const { findings, ms } = await check(XCODE_WITH_PLIST(manyKeysPlist(40_000)))
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(ms).toBeLessThan(FAST_MS)
  })
})

describe('hostile source files: one long line does not make a pattern backtrack', () => {
  // Spaces inside a value: a lazy value group followed by optional blanks and `$` retried every
  // split of the run (3,000 spaces took about 8 s in an xcconfig, 100k about 17 s in gradle.properties).
  it('an xcconfig value with a long run of spaces inside, and one ending in blanks and `;`, is read in bounded time', () => {
    const RUN = ' '.repeat(3_000)
    const started = performance.now()
    const { entries } = parseXcconfig(
      'Release.xcconfig',
      `A = com.example.shop${RUN};${RUN}\nB = a${RUN}b\nC =${RUN}\nD${RUN}x`,
    )
    expect(performance.now() - started).toBeLessThan(FAST_MS)
    expect(
      entries.map((e) => e.kind === 'setting' && [e.key, e.setting.value, e.setting.location.column]),
    ).toEqual([
      ['A', 'com.example.shop', 5],
      ['B', `a${RUN}b`, 5],
      ['C', '', RUN.length + 4],
    ])
  })

  it('a gradle.properties value with a long run of spaces inside is read in bounded time', () => {
    const RUN = ' '.repeat(100_000)
    const table = new SymbolTable()
    const started = performance.now()
    readGradleProperties(
      'gradle.properties',
      `appId=com.example.shop${RUN}\r\nlong:a${RUN}b\nkey${RUN}`,
      table,
    )
    expect(performance.now() - started).toBeLessThan(FAST_MS)
    expect(table.lookup(['appId'])?.value).toBe('com.example.shop')
    expect(table.lookup(['long'])?.value).toBe(`a${RUN}b`)
    expect(table.lookup(['key'])).toBeUndefined()
  })

  it('a gradle.properties with CR line endings (which java.util.Properties accepts) is read line by line, in bounded time', () => {
    const table = new SymbolTable()
    const started = performance.now()
    readGradleProperties(
      'gradle.properties',
      `appId=com.example.shop \rversion=1\r${'a=b\r'.repeat(250_000)}`,
      table,
    )
    expect(performance.now() - started).toBeLessThan(FAST_MS)
    expect(table.lookup(['appId'])?.value).toBe('com.example.shop')
    expect(table.lookup(['version'])?.value).toBe('1')
    expect(table.lookup(['a'])?.value).toBe('b')
  })
})

describe('hostile source files: bounded expansion (issue 12.4)', () => {
  it('10 flavour dimensions × 6 flavours is a finding naming the file and the limit (error in release)', async () => {
    const { findings, ms } = await check({ 'app/build.gradle': flavourBomb(10, 6) })
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        expect.stringMatching(
          /^app\/build\.gradle declares 60466176 product-flavour combinations, over the limit of 2000 variants/,
        ),
      ],
    ])
    expect(ms).toBeLessThan(FAST_MS)
    const audit = await check({ 'app/build.gradle': flavourBomb(10, 6) }, 'audit')
    expect(audit.findings.map((f) => f.severity)).toEqual(['warning'])
  })

  it('past the limit, the variant named under sources.android.variant is still judged, alone', async () => {
    const bomb = flavourBomb(10, 6).replace(
      'd0f5 { dimension "d0" }',
      'd0f5 { dimension "d0"; applicationIdSuffix ".cn" }',
    )
    const named = (variant: string) =>
      BOTH.replace(
        '    stores:',
        `    sources:\n      android: { path: app, variant: ${variant} }\n    stores:`,
      )
    const shipped = `d0f5${Array.from({ length: 9 }, (_, d) => `D${d + 1}f0`).join('')}Release`
    const dir = await tree({ 'china-filing.yml': named(shipped), 'app/build.gradle': bomb })
    const started = performance.now()
    const findings = sourceFindings(await findingsIn(dir))
    expect(performance.now() - started).toBeLessThan(FAST_MS)
    expect(findings.map((f) => [f.severity, f.message.split(', but')[0]])).toEqual([
      [
        'error',
        expect.stringMatching(
          new RegExp(
            `^app/build\\.gradle: applicationId \\(${shipped}\\) is com\\.example\\.shop\\.cn \\(applicationId com\\.example\\.shop at app/build\\.gradle:\\d+ \\+ applicationIdSuffix \\.cn at app/build\\.gradle:\\d+\\)$`,
          ),
        ),
      ],
    ])
  })

  it('a named variant that matches no variant, among flavours that are prefixes of one another, is not searched exponentially', async () => {
    // 10 dimensions of 10 flavours named by runs of 4 to 13 `a`s, the case of the first four telling
    // the dimension (flavour names are unique): lower-cased, a long run of `a`s splits into them in
    // millions of ways, and none ends in a build type.
    const names = Array.from({ length: 10 }, (_, d) =>
      Array.from({ length: 10 }, (_, k) => {
        const head = [...'aaaa'].map((c, bit) => ((d >> bit) & 1 ? c.toUpperCase() : c)).join('')
        return head + 'a'.repeat(k)
      }),
    )
    const blocks = names.flatMap((group, d) => group.map((n) => `        ${n} { dimension "d${d}" }`))
    const script = `apply plugin: 'com.android.application'\nandroid {\n    defaultConfig { applicationId "com.example.shop" }\n    flavorDimensions ${names.map((_, d) => `"d${d}"`).join(', ')}\n    productFlavors {\n${blocks.join('\n')}\n    }\n}\n`
    const variant = `${'a'.repeat(80)}x`
    const dir = await tree({
      'china-filing.yml': BOTH.replace(
        '    stores:',
        `    sources:\n      android: { path: app, variant: ${variant} }\n    stores:`,
      ),
      'app/build.gradle': script,
    })
    const started = performance.now()
    const findings = sourceFindings(await findingsIn(dir))
    expect(performance.now() - started).toBeLessThan(FAST_MS)
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/over the limit of 2000 variants/)])
    // The declaration already names a variant: the fix is that name, not naming one.
    expect(findings[0]!.message).toContain(
      `sources.android.variant "${variant}" is none of its release variants`,
    )
  })

  it('the limit counts release build types too: 1,500 flavours × 40 types made initWith release', async () => {
    const buildTypes = Array.from({ length: 39 }, (_, k) => `        store${k} { initWith release }`)
    const flavours = Array.from({ length: 1_500 }, (_, k) => `        f${k} { }`)
    const script = `apply plugin: 'com.android.application'\nandroid {\n    defaultConfig { applicationId "com.example.shop" }\n    buildTypes {\n        release { }\n${buildTypes.join('\n')}\n    }\n    productFlavors {\n${flavours.join('\n')}\n    }\n}\n`
    const { findings, ms } = await check({ 'app/build.gradle': script })
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        expect.stringMatching(
          /^app\/build\.gradle declares 1500 product-flavour combinations × 40 release build types \(60000 variants\), over the limit of 2000 variants/,
        ),
      ],
    ])
    expect(ms).toBeLessThan(FAST_MS)
  })

  it('a $(A0) that expands 16-fold over 8 levels is unresolved, never expanded', async () => {
    const { findings, ms } = await check({ 'App.xcodeproj/project.pbxproj': expansionBomb() })
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['notice', expect.stringContaining('expands past 4096 characters')],
    ])
    expect(ms).toBeLessThan(FAST_MS)
  })
})

describe('hostile source files: one bad file does not abort the run (issue 12.7)', () => {
  const deep = 300_000
  const cases: { name: string; files: Record<string, string>; file: string }[] = [
    {
      name: 'project.config.json nested 300k deep',
      files: { 'project.config.json': `{"appid": ${'['.repeat(deep)}${']'.repeat(deep)}}` },
      file: 'project.config.json',
    },
    {
      name: 'AppScope/app.json5 nested 300k deep',
      files: { 'AppScope/app.json5': `{ app: { bundleName: ${'{a:'.repeat(deep)}1${'}'.repeat(deep)} } }` },
      file: 'AppScope/app.json5',
    },
    {
      name: 'project.pbxproj nested 300k deep',
      files: { 'App.xcodeproj/project.pbxproj': `{ objects = ${'('.repeat(deep)}${')'.repeat(deep)}; }` },
      file: 'App.xcodeproj/project.pbxproj',
    },
    {
      name: 'build.gradle nested 300k blocks deep',
      files: {
        'app/build.gradle': `apply plugin: 'com.android.application'\n${'a {\n'.repeat(deep)}${'}\n'.repeat(deep)}`,
      },
      file: 'app/build.gradle',
    },
  ]
  it.each(cases)('$name is a parse finding naming the file, not a crash', async ({ files, file }) => {
    const { findings } = await check({
      ...files,
      'android/app/build.gradle.kts': gradleApp(
        'android { defaultConfig { applicationId = "com.example.shop" } }\n',
      ),
    })
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        expect.stringMatching(
          new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+:\\d+: .*nested more than \\d+ levels deep`),
        ),
      ],
    ])
  })

  it('&#x110000; in an AndroidManifest.xml does not abort the run', async () => {
    const manifest =
      '<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.&#x110000;"/>\n'
    const { findings } = await check({
      'app/build.gradle': "apply plugin: 'com.android.application'\nandroid { }\n",
      'app/src/main/AndroidManifest.xml': manifest,
    })
    expect(findings.map((f) => f.severity)).toEqual(['error'])
    expect(findings[0]!.message).toContain('com.example.&#x110000;')
  })
})

describe('hostile source files: a limit is never silence (issue 12.6)', () => {
  it('an identity file past the size cap is an error in release mode naming the file and the limit', async () => {
    const padded = gradleApp(
      `android { defaultConfig { applicationId = "com.example.wrong" } }\n${'//'.padEnd(3 * 1024 * 1024, 'x')}\n`,
    )
    const { findings } = await check({ 'app/build.gradle.kts': padded })
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        expect.stringMatching(
          /^app\/build\.gradle\.kts is 3\.0 MiB, over the 2 MiB limit for identity files/,
        ),
      ],
    ])
  })

  it('the walk past its entry limit says where it stopped', async () => {
    const files: Record<string, string> = {}
    for (let k = 0; k < 30; k++) files[`a/f${String(k).padStart(2, '0')}.txt`] = ''
    files['z/app/build.gradle.kts'] = gradleApp(
      'android { defaultConfig { applicationId = "com.example.wrong" } }\n',
    )
    const dir = await tree(files)
    const scan = await scanSources(dir, {}, { maxEntries: 20 })
    expect(scan.identities).toEqual([])
    expect(scan.notes).toEqual([
      expect.objectContaining({
        kind: 'too-large',
        message: expect.stringContaining('more than 20 entries'),
      }),
    ])
  })

  it('the walk does not follow a symbolic link out of the workspace, and says so', async () => {
    const outside = await tree({
      'app/build.gradle.kts': gradleApp(
        'android { defaultConfig { applicationId = "com.example.outside" } }\n',
      ),
    })
    const dir = await tree({ 'china-filing.yml': DECLARATION })
    await symlink(outside, path.join(dir, 'linked'))
    const findings = sourceFindings(await findingsIn(dir))
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['notice', 'linked is a symbolic link to outside the workspace; the source scan does not follow it'],
    ])
  })
})

describe('an app id that names a property of every object', () => {
  // `constructor` is a valid app id. Looked up in a plain object of scans by app id, it found Object
  // itself: the app counted as declaring sources, its auto-detected module went unjudged, and the run
  // passed (or died of a TypeError), whatever the module built.
  const WRONG_MODULE = gradleApp('android { defaultConfig { applicationId = "com.example.wrong" } }\n')
  const OTHER = appYaml({
    id: 'other',
    platforms: `    platforms:\n      android:\n        package: com.example.other\n        certificate:\n          md5: ${MD5}`,
    release: '    sources:\n      android: other/build.gradle',
  })
  const OTHER_MODULE =
    "apply plugin: 'com.android.application'\nandroid { defaultConfig { applicationId 'com.example.other' } }\n"

  it.each([
    ['alone', { 'china-filing.yml': declarationYaml([appYaml({ id: 'constructor' })]) }],
    [
      'beside an app that names its own sources',
      {
        'china-filing.yml': declarationYaml([appYaml({ id: 'constructor' }), OTHER]),
        'other/build.gradle': OTHER_MODULE,
      },
    ],
  ])('is judged on the module it builds (%s)', async (_, files) => {
    const dir = await tree({ ...files, 'app/build.gradle.kts': WRONG_MODULE })
    const findings = sourceFindings(await findingsIn(dir))
    expect(findings.map((f) => [f.severity, f.app, f.message])).toEqual([
      ['error', 'constructor', expect.stringContaining('is com.example.wrong')],
    ])
  })
})

describe("git's own files are never read (they can hold the checkout's credential)", () => {
  // actions/checkout keeps the token in .git/config as http.<url>.extraheader.
  const GIT_CONFIG = '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n'
  const SECRET = 'c2VjcmV0LXRva2Vu'

  function xcodeWithXcconfig(): string {
    return pbxproj('$(extraheader)')
      .replace(
        'C1 = { isa = XCBuildConfiguration; ',
        'C1 = { isa = XCBuildConfiguration; baseConfigurationReference = X1; ',
      )
      .replace(
        'P1 = {',
        'X1 = { isa = PBXFileReference; path = Config/Release.xcconfig; sourceTree = "<group>"; };\n\t\tP1 = {',
      )
  }

  it('an xcconfig that includes ../.git/config: the credential is not read, and the scan says why', async () => {
    const dir = await tree({
      'china-filing.yml': BOTH,
      '.git/config': GIT_CONFIG,
      'App.xcodeproj/project.pbxproj': xcodeWithXcconfig(),
      'Config/Release.xcconfig': '#include "../.git/config"\n',
    })
    const findings = await findingsIn(dir)
    expect(JSON.stringify(findings)).not.toContain(SECRET)
    expect(findings.map((f) => f.message)).toContainEqual(
      expect.stringContaining(
        ".git/config is inside a .git folder; the source scan never reads git's own files",
      ),
    )
  })

  it('a gradle.properties that is a symbolic link to .git/config: the credential is not read', async () => {
    const dir = await tree({
      'china-filing.yml': BOTH,
      '.git/config': GIT_CONFIG,
      'app/build.gradle.kts': gradleApp(
        'android { defaultConfig { applicationId = "${project.property("extraheader")}" } }\n',
      ),
      'settings.gradle.kts': '',
    })
    await symlink('.git/config', path.join(dir, 'gradle.properties'))
    const findings = await findingsIn(dir)
    expect(JSON.stringify(findings)).not.toContain(SECRET)
    expect(findings.map((f) => f.message)).toContainEqual(
      expect.stringContaining(
        "gradle.properties is inside a .git folder; the source scan never reads git's own files",
      ),
    )
  })
})

describe('locations when the declaration is in a subfolder (issue 12.8)', () => {
  it('config: mobile/china-filing.yml reports mobile/android/app/build.gradle.kts', async () => {
    const dir = await tree({
      'mobile/china-filing.yml': DECLARATION,
      'mobile/android/app/build.gradle.kts': gradleApp(
        'android {\n    defaultConfig {\n        applicationId = "com.example.wrong"\n    }\n}\n',
      ),
    })
    const result = await runCheck({
      workspace: dir,
      config: 'mobile/china-filing.yml',
      mode: 'release',
      failOn: 'error',
      today: '2026-11-29',
      confine: true,
    })
    const findings = result.findings.filter((f) => f.rule === 'source-identity')
    expect(findings.map((f) => [f.location?.file, f.location?.line, f.message.split(':')[0]])).toEqual([
      ['mobile/android/app/build.gradle.kts', 4, 'mobile/android/app/build.gradle.kts'],
    ])
  })
})

describe('hostile source files under a 256 MB heap (dist/cli.js)', () => {
  const cli = path.resolve('dist/cli.js')
  it('the flavour bomb, the expansion bomb and 300k nesting give findings, not a crash', async () => {
    const dir = await tree({
      'china-filing.yml': DECLARATION,
      'app/build.gradle': flavourBomb(10, 6),
      'ios/App.xcodeproj/project.pbxproj': expansionBomb(),
      'mp/project.config.json': `{"appid": ${'['.repeat(300_000)}${']'.repeat(300_000)}}`,
    })
    const run = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=256',
        cli,
        'check',
        '--mode',
        'release',
        '--format',
        'json',
        '--today',
        '2026-11-29',
      ],
      { cwd: dir, encoding: 'utf8', timeout: 30_000 },
    )
    expect(run.signal).toBeNull()
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as {
      findings: { rule: string; severity: string; message: string }[]
    }
    const messages = report.findings.filter((f) => f.rule === 'source-identity').map((f) => f.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('product-flavour combinations, over the limit'),
        expect.stringContaining('nested more than'),
      ]),
    )
  })
})
