import { describe, it, expect } from '@jest/globals'
import { appYaml, declarationYaml, findingsOf, gate, positionOf } from '../helpers/declarations.js'

const withRelease = declarationYaml([
  appYaml({ release: "    release:\n      tags: 'shop-v*'\n      versions: '>=2.0.0'" }),
])

describe('release-version', () => {
  it.each(['shop-v2.3.0', 'shop-v2.3.0-rc.1'])('passes %s inside the range', (tag) => {
    const result = gate(withRelease, { mode: 'release', tag })
    expect(findingsOf(result, 'release-version')).toEqual([])
    expect(result.verdict).toBe('pass')
  })

  it('fails a version outside release.versions at that line', () => {
    expect(findingsOf(gate(withRelease, { mode: 'release', tag: 'shop-v1.9.0' }), 'release-version')).toEqual(
      [
        {
          severity: 'error',
          app: 'shop',
          message:
            'shop: version 1.9.0 is outside release.versions >=2.0.0, the versions this declaration says the filing covers. Release a version inside the range, or, once you have confirmed the filing covers this version (a change of identity needs a 变更备案), widen release.versions.',
          ...positionOf(withRelease, "'>=2.0.0'"),
        },
      ],
    )
  })

  it('fails a tag without a semver version', () => {
    const [finding] = findingsOf(gate(withRelease, { mode: 'release', tag: 'shop-v2.3' }), 'release-version')
    expect(finding!.message).toMatch(/^shop: release tag shop-v2\.3 carries no semver version/)
  })

  it('fails a tag that matches no app', () => {
    const result = gate(withRelease, { mode: 'release', tag: 'v2.3.0' })
    expect(findingsOf(result, 'release-version')[0]!.message).toMatch(
      /^tag v2\.3\.0 matches no app's release\.tags \(shop-v\*\)/,
    )
    expect(result.verdict).toBe('fail')
  })

  it.each([
    ['v2.3.0', '2.3.0'],
    ['shop@2.3.0', '2.3.0'],
  ])('reads the version of %s', (tag) => {
    const text = declarationYaml([
      appYaml({ release: "    release:\n      tags: ['v*', 'shop@*']\n      versions: '^2.0.0'" }),
    ])
    expect(gate(text, { mode: 'release', tag }).verdict).toBe('pass')
  })

  it('judges only the apps whose tags match', () => {
    const text = declarationYaml([
      appYaml({ id: 'shop', release: "    release:\n      tags: 'shop-v*'" }),
      appYaml({
        id: 'pay',
        number: null,
        status: 'not-filed',
        release: "    release:\n      tags: 'pay-v*'",
        platforms:
          '    platforms:\n      ios: { bundleId: com.example.pay, certificate: { sha1: CF47C401AB6A1B9F7BF0BA404A6FF069D8778E33 } }',
      }),
    ])
    const result = gate(text, { mode: 'release', tag: 'shop-v2.3.0' })
    expect(result.verdict).toBe('pass')
    expect(result.apps.map((a) => [a.id, a.verdict])).toEqual([
      ['shop', 'pass'],
      ['pay', 'skipped'],
    ])
    expect(gate(text, { mode: 'release', tag: 'pay-v1.0.0' }).blocking).toEqual(['pay'])
  })
})

describe('waiver', () => {
  const waived = (waiver: string) =>
    declarationYaml(
      [appYaml({ hosting: '    hosting:\n      - { provider: aliyun, region: cn-hongkong }' })],
      `waivers:\n  - ${waiver}\n`,
    )

  it.each([
    [
      '{ rule: hosting-mainland, app: shop, reason: OPS-1, expires: 2026-11-01 }',
      'expired on 2026-11-01, so it no longer applies',
    ],
    ['{ rule: hosting-mainland, app: shop, expires: 2027-01-01 }', 'a waiver needs a reason'],
    ['{ rule: hosting-mainland, app: shop, reason: OPS-1 }', 'a waiver needs an expiry date'],
    [
      '{ rule: hosting-mainlnd, app: shop, reason: OPS-1, expires: 2027-01-01 }',
      'unknown rule "hosting-mainlnd". Did you mean "hosting-mainland"?',
    ],
    [
      '{ rule: hosting-mainland, app: shp, reason: OPS-1, expires: 2027-01-01 }',
      'unknown app "shp". Did you mean "shop"?',
    ],
    [
      '{ rule: declaration-schema, reason: OPS-1, expires: 2027-01-01 }',
      'declaration-schema cannot be waived',
    ],
  ])('%s → error', (waiver, message) => {
    const result = gate(waived(waiver))
    const findings = findingsOf(result, 'waiver')
    expect(findings.some((f) => f.severity === 'error' && f.message.includes(message))).toBe(true)
    // The finding it meant to waive stands.
    expect(findingsOf(result, 'hosting-mainland')[0]!.severity).toBe('error')
  })

  it('reminds two weeks before expiry', () => {
    const findings = findingsOf(
      gate(waived('{ rule: hosting-mainland, app: shop, reason: OPS-1, expires: 2026-12-05 }')),
      'waiver',
    )
    expect(findings).toMatchObject([
      {
        severity: 'notice',
        message: 'waivers[0] (hosting-mainland for shop): expires in 6 days (2026-12-05).',
      },
    ])
  })
})
