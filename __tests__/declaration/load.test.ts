import { describe, it, expect } from '@jest/globals'
import { writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { loadDeclaration, parseDeclaration, parseDeclarationBytes } from '../../src/declaration/load.js'
import { checkDeclaration, parseDeclarationText } from '../../src/declaration/parse-text.js'
import { diagnoseDeclaration } from '../../src/declaration/diagnose.js'
import { readPlainYaml } from '../../src/declaration/plain-yaml.js'
import { readWithYamlLibrary } from '../../src/declaration/yaml-library.js'
import { appYaml, declarationYaml, positionOf } from '../helpers/declarations.js'
import { tempDir } from '../helpers/temp-dir.js'

const FILE = 'china-filing.yml'

function findingsOf(text: string) {
  const { findings } = parseDeclarationText(text, FILE)
  // The plain-YAML reader is only a fast path: the yaml library alone finds exactly the same.
  const library = readWithYamlLibrary(text, FILE)
  expect(checkDeclaration(library, text, FILE).findings).toEqual(findings)
  // valid.ts is only a fast path too: the zod schema alone finds exactly the same.
  const read = readPlainYaml(text, 100_000) ?? library
  if (!('findings' in read)) expect(diagnoseDeclaration(read, text, FILE).findings).toEqual(findings)
  return findings
}

describe('declaration-syntax', () => {
  it('accepts a valid declaration', () => {
    const result = parseDeclarationText(declarationYaml([appYaml()]), FILE)
    expect(result.findings).toEqual([])
    expect(result.declaration?.data.apps[0]?.id).toBe('shop')
  })

  it('reports a duplicate key at the second key', () => {
    const text = 'version: 1\nholder:\n  name: x\n  province: 沪\n  province: 京\napps: []\n'
    const [finding] = findingsOf(text)
    expect(finding).toMatchObject({
      rule: 'declaration-syntax',
      severity: 'error',
      location: { file: FILE, line: 5, column: 3 },
    })
    expect(finding!.message).toMatch(/duplicate key/)
  })

  it.each([
    ['an explicit key', 'version: 1\n? [a, b]\n: x\nholder: {name: x, province: 沪}\napps: []\n', 2, 3],
    ['a flow key', 'version: 1\nholder: {[a]: 1, name: x}\napps: []\n', 2, 10],
    ['a nested key', 'version: 1\nholder:\n  {a: b}: 1\napps: []\n', 3, 3],
  ])(
    'reports a list or mapping used as a key (%s) at the key, with no warning on stderr',
    async (_name, text, line, column) => {
      const warnings: string[] = []
      const listen = (warning: Error) => warnings.push(warning.message)
      process.on('warning', listen)
      try {
        const findings = findingsOf(text)
        expect(findings.map((f) => [f.rule, f.location?.line, f.location?.column])).toEqual([
          ['declaration-syntax', line, column],
        ])
        expect(findings[0]!.message).toMatch(
          /^a mapping key here is a list or mapping; declaration keys are plain names/,
        )
        // process.emitWarning delivers on a later tick.
        await new Promise((resolve) => setImmediate(resolve))
      } finally {
        process.off('warning', listen)
      }
      expect(warnings).toEqual([])
    },
  )

  it('reports broken YAML with its place', () => {
    const [finding] = findingsOf('version: 1\nholder: [unclosed\n')
    expect(finding).toMatchObject({ rule: 'declaration-syntax', location: { file: FILE } })
    expect(finding!.message).toMatch(/^YAML syntax error: .*Fix the YAML/)
  })

  it('reports an empty file', () => {
    const [finding] = findingsOf('')
    expect(finding).toMatchObject({ rule: 'declaration-syntax', location: { line: 1, column: 1 } })
    expect(finding!.message).toBe(
      'china-filing.yml is empty. Declare version: 1, holder and apps (`china-filing init` writes a starter).',
    )
  })

  it('reports a comment-only file as empty', () => {
    expect(findingsOf('# nothing here\n')[0]!.message).toMatch(/is empty/)
  })

  it('refuses an alias bomb', () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n'
    let previous = 'a'
    for (let i = 0; i < 10; i++) {
      text += `l${i}: &l${i} [${Array(9).fill(`*${previous}`).join(', ')}]\n`
      previous = `l${i}`
    }
    const [finding] = findingsOf(text)
    expect(finding).toMatchObject({ rule: 'declaration-syntax' })
    expect(finding!.message).toMatch(/aliases expand too far/)
  })

  it('refuses binary garbage', async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00, 0x13])
    const [finding] = (await parseDeclarationBytes(bytes, FILE)).findings
    expect(finding!.message).toBe(
      'china-filing.yml is a binary file, not YAML. Point the config at china-filing.yml.',
    )
  })

  it('refuses text that is not UTF-8', async () => {
    const [finding] = (await parseDeclarationBytes(Buffer.from([0x76, 0x3a, 0x20, 0xc3, 0x28]), FILE))
      .findings
    expect(finding!.message).toMatch(/is not UTF-8 text/)
  })

  it('accepts a UTF-8 byte-order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(declarationYaml([appYaml()]))])
    expect((await parseDeclarationBytes(bytes, FILE)).findings).toEqual([])
  })

  // The file is read from its bytes (readPlainYamlBytes) and decoded only for positions: what a user
  // sees must be what reading the decoded text gives, byte order marks and all (TextDecoder dropped one
  // and the loader a second; a third the yaml library drops).
  it.each([0, 1, 2, 3])('reads %i byte-order marks as the decoded text reads', async (marks) => {
    const yaml = declarationYaml([
      appYaml({ hosting: `    hosting:\n      - { provider: aliyun, region: "cn-北京's" }` }).replace(
        'name: 示例商城',
        "name: '示例应用 😀 ''引号'''",
      ),
    ])
    const bytes = Buffer.concat([...Array(marks).fill(Buffer.from([0xef, 0xbb, 0xbf])), Buffer.from(yaml)])
    const fromBytes = await parseDeclarationBytes(bytes, FILE)
    const fromText = await parseDeclaration('\ufeff'.repeat(Math.max(0, marks - 2)) + yaml, FILE)
    expect(fromBytes.findings).toEqual(fromText.findings)
    expect(fromBytes.declaration?.data).toEqual(fromText.declaration?.data)
    if (marks < 3) {
      expect(fromBytes.declaration?.data.apps[0]?.name).toBe("示例应用 😀 '引号'")
      expect(fromBytes.declaration?.data.apps[0]?.hosting?.[0]?.region).toBe("cn-北京's")
    }
    for (const keys of [['apps', 0, 'name'], ['apps', 0, 'hosting', 0, 'region'], ['holder']] as const)
      expect(fromBytes.declaration?.locate([...keys])).toEqual(fromText.declaration?.locate([...keys]))
  })

  it('reads a text that starts with a byte order mark as the yaml library does: without it', async () => {
    // A base commit's declaration (pull-request drift) is read from git as text, its mark kept.
    const yaml = declarationYaml([appYaml()])
    const marked = await parseDeclaration(`\ufeff${yaml}`, FILE)
    expect(marked.findings).toEqual([])
    expect(marked.declaration?.data).toEqual((await parseDeclaration(yaml, FILE)).declaration?.data)
    const thrice = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]),
      Buffer.from(yaml),
    ])
    expect((await parseDeclarationBytes(thrice, FILE)).findings).toEqual([])
  })

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence at the end', [0xe4, 0xb8]],
    ['a lone continuation byte', [0x80]],
  ])('refuses %s as not UTF-8', async (_, tail) => {
    const bytes = Buffer.concat([Buffer.from('version: 1\nholder: '), Buffer.from(tail)])
    const [finding] = (await parseDeclarationBytes(bytes, FILE)).findings
    expect(finding!.message).toMatch(/is not UTF-8 text/)
  })

  describe('files', () => {
    it('reports a missing file with how to create one', async () => {
      const dir = await tempDir('cfg-')
      const { findings } = await loadDeclaration(path.join(dir, FILE), FILE)
      expect(findings).toEqual([
        {
          rule: 'declaration-syntax',
          severity: 'error',
          message:
            'china-filing.yml does not exist. Create it (`china-filing init` writes a starter) or set the config input / --config to its path.',
          location: { file: 'china-filing.yml', line: 1, column: 1 },
        },
      ])
    })

    it('refuses a directory', async () => {
      const dir = await tempDir('cfg-')
      await mkdir(path.join(dir, FILE))
      const { findings } = await loadDeclaration(path.join(dir, FILE), FILE)
      expect(findings[0]!.message).toMatch(/is not a file/)
    })

    it('refuses a 10 MB file without parsing it', async () => {
      const dir = await tempDir('cfg-')
      await writeFile(path.join(dir, FILE), `version: 1\n# ${'x'.repeat(10 * 1024 * 1024)}\n`)
      const { findings } = await loadDeclaration(path.join(dir, FILE), FILE)
      expect(findings).toHaveLength(1)
      expect(findings[0]!.message).toMatch(/is 1048\d+ bytes; a declaration is at most 1048576 bytes/)
    })
  })
})

/** A declaration with one schema error, the text it is found at, and the message. */
interface SchemaCase {
  name: string
  text: string
  needle: string
  message: string | RegExp
  /** Which line holding the needle (1: the first), when more than one does. */
  occurrence?: number
  /** Characters into the needle where the finding points. */
  offset?: number
}

describe('declaration-schema', () => {
  it.each<SchemaCase>([
    {
      name: 'unknown key with a suggestion, at the key',
      text: declarationYaml([
        appYaml({ hosting: '    hostng:\n      - provider: aliyun\n        region: cn-shanghai' }),
      ]),
      needle: 'hostng',
      message: 'apps[0]: unknown key "hostng". Did you mean "hosting"?',
    },
    {
      name: 'wrong enum value with a suggestion',
      text: declarationYaml([appYaml({ status: 'aproved' })]),
      needle: 'aproved',
      message:
        'apps[0].filing.status: "aproved" is not allowed; write one of approved, pending, not-filed. Did you mean "approved"?',
    },
    {
      name: 'a list where a mapping belongs',
      text: declarationYaml([appYaml({ platforms: '    platforms:\n      - android' })]),
      needle: 'platforms:',
      message: 'apps[0].platforms: expected a mapping (key: value lines), found a list.',
    },
    {
      name: 'a number where text belongs, with the quoting fix',
      text: declarationYaml([
        appYaml({
          platforms:
            '    platforms:\n      android:\n        package: com.example.shop\n        certificate:\n          md5: 12345678901234567890123456789012',
        }),
      ]),
      needle: '12345678901234567890123456789012',
      // The fix quotes what was written: YAML's number for it is 1.2345678901234568e+31.
      message:
        /^apps\[0\]\.platforms\.android\.certificate\.md5: expected text, found number .*put it in quotes, e\.g\. "12345678901234567890123456789012"\.$/,
    },
    ...[
      ['a leading zero', '0123456'],
      ['hex', '0x1F2E'],
      ['a trailing zero after the point', '2.10'],
      ['an exponent', '1e5'],
    ].map(([what, written]) => ({
      name: `a number with ${what} where text belongs: the fix quotes it as written`,
      text: declarationYaml([
        appYaml({
          kind: 'mini-program',
          platforms: `    platforms:\n      baidu:\n        appKey: ${written}`,
        }),
      ]),
      needle: written!,
      message: new RegExp(
        `^apps\\[0\\]\\.platforms\\.baidu\\.appKey: expected text, found number .*put it in quotes, e\\.g\\. "${written!.replace('.', '\\.')}"\\.$`,
      ),
    })),
    {
      name: 'a tagged number where text belongs: the fix quotes the value, not the tag',
      text: declarationYaml([
        appYaml({
          kind: 'mini-program',
          platforms: '    platforms:\n      baidu:\n        appKey: !!int "0123"',
        }),
      ]),
      needle: '"0123"',
      message:
        /^apps\[0\]\.platforms\.baidu\.appKey: expected text, found number 123\. .*put it in quotes, e\.g\. "123"\.$/,
    },
    {
      name: 'unknown store with a suggestion',
      text: declarationYaml([appYaml({ stores: '[xiaomi, huawai-appgallery]' })]),
      needle: 'huawai-appgallery',
      message: 'apps[0].stores[1]: unknown store "huawai-appgallery". Did you mean "huawei-appgallery"?',
    },
    {
      name: 'a short fingerprint',
      text: declarationYaml([
        appYaml({
          platforms:
            '    platforms:\n      android:\n        package: com.example.shop\n        certificate:\n          md5: FC66866CD3CAB411',
        }),
      ]),
      needle: 'FC66866CD3CAB411',
      message:
        'apps[0].platforms.android.certificate.md5: MD5 has 16 hex digits; an MD5 fingerprint has 32. Check you copied the whole MD5 value (run `china-filing inspect <artifact>` to print it).',
    },
    {
      name: 'a platform the kind cannot have',
      text: declarationYaml([
        appYaml({
          kind: 'mini-program',
          number: '沪ICP备2023012345号-3X',
          via: 'wechat',
          hosting: '',
          stores: '[wechat]',
        }),
      ]),
      needle: 'android:',
      message:
        'apps[0].platforms.android: a mini-program cannot declare platform android. Platforms of a mini-program: wechat, alipay, baidu, douyin.',
    },
    {
      name: 'an unknown province',
      text: declarationYaml([appYaml()]).replace('province: 沪', 'province: shanghia'),
      needle: 'shanghia',
      message: 'holder.province: unknown province "shanghia". Did you mean "shanghai"?',
    },
    {
      name: 'a bad date',
      text: declarationYaml([appYaml({ launchedOn: '2021-02-30' })]),
      needle: '2021-02-30',
      message: 'apps[0].launchedOn: "2021-02-30" is not a date. Write dates as YYYY-MM-DD, e.g. 2024-03-31.',
    },
    {
      name: 'a duplicate app id',
      text: declarationYaml([
        appYaml(),
        appYaml({
          platforms:
            '    platforms:\n      ios:\n        bundleId: com.example.shop\n        certificate: { sha1: CF47C401AB6A1B9F7BF0BA404A6FF069D8778E33 }',
        }),
      ]),
      needle: 'id: shop',
      occurrence: 2,
      offset: 4,
      message: 'apps[1].id: app id "shop" is also used by apps[0]. Give every app a unique id.',
    },
    {
      name: 'a wrong credit code check character',
      text: declarationYaml([appYaml()]).replace(
        '  province: 沪',
        '  province: 沪\n  creditCode: 91310115MA1H7G2X9X',
      ),
      needle: '91310115MA1H7G2X9X',
      message: /creditCode check character is "X" but the first 17 characters give "W": a typo\?/,
    },
    {
      // A channel APK is judged for its channel's store, the filing rules by the app's stores: a
      // mainland store only a channel names would escape them.
      name: "a channel mapped to a store the app's stores do not list",
      text: declarationYaml([
        appYaml({ release: '    release:\n      channels: { mi: xiaomi, vivo: vivo }' }),
      ]),
      needle: 'vivo }',
      message:
        'apps[0].release.channels.vivo: channel "vivo" maps to "vivo", which is not in this app\'s stores. Add vivo to stores, or map the channel to one of: xiaomi, huawei-appgallery.',
    },
    {
      name: 'a bad semver range',
      text: declarationYaml([appYaml({ release: "    release:\n      versions: 'two and up'" })]),
      needle: "'two and up'",
      message:
        'apps[0].release.versions: "two and up" is not a semver range. Write a range like ">=2.0.0" or "^2.3.0 || ^3.0.0".',
    },
  ])('$name', ({ text, needle, message, occurrence, offset }) => {
    const findings = findingsOf(text)
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding!.rule).toBe('declaration-schema')
    expect(finding!.severity).toBe('error')
    if (typeof message === 'string') expect(finding!.message).toBe(message)
    else expect(finding!.message).toMatch(message)
    const position = positionOf(text, needle, occurrence)
    expect(finding!.location).toMatchObject({
      file: FILE,
      line: position.line,
      column: position.column + (offset ?? 0),
    })
  })

  it('reports a missing required key at its parent', () => {
    const text = declarationYaml([appYaml()]).replace('      status: approved\n', '')
    const findings = findingsOf(text)
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toBe(
      'apps[0].filing: missing required key "status". Add status: one of approved, pending, not-filed.',
    )
    expect(findings[0]!.location).toMatchObject(positionOf(text, 'filing:'))
    expect(findings[0]!.app).toBe('shop')
  })

  it('never leaks zod wording like "Invalid input"', () => {
    const findings = findingsOf('version: 2\nholder: 3\napps: {}\nextra: true\n')
    expect(findings.length).toBeGreaterThanOrEqual(3)
    for (const f of findings) expect(f.message).not.toMatch(/Invalid input|ZodError/)
  })
})
