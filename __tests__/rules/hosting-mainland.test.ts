import { describe, it, expect } from '@jest/globals'
import { appYaml, declarationYaml, findingsOf, gate, positionOf } from '../helpers/declarations.js'
import { MAINLAND_REGIONS, NOT_MAINLAND_REGIONS } from '../helpers/region-vectors.js'

const hosted = (provider: string, region: string) =>
  `    hosting:\n      - provider: ${provider}\n        region: ${region}`

describe('hosting-mainland', () => {
  it.each([...MAINLAND_REGIONS, ['huawei', 'cn-north-1'], ['alibaba-cloud', 'cn-shanghai']])(
    'passes %s %s (mainland)',
    (provider, region) => {
      const result = gate(declarationYaml([appYaml({ hosting: hosted(provider, region), via: provider })]))
      expect(findingsOf(result, 'hosting-mainland')).toEqual([])
    },
  )

  it.each(NOT_MAINLAND_REGIONS)(
    'fails %s %s (outside mainland: %s) at the region',
    (provider, region, place) => {
      const text = declarationYaml([appYaml({ hosting: hosted(provider, region), via: provider })])
      const [finding, ...rest] = findingsOf(gate(text), 'hosting-mainland')
      expect(rest).toEqual([])
      expect(finding).toMatchObject({
        severity: 'error',
        app: 'shop',
        line: positionOf(text, `region: ${region}`).line,
      })
      expect(finding!.column).toBe(positionOf(text, `region: ${region}`).column + 'region: '.length)
      expect(finding!.message).toMatch(
        new RegExp(
          `^shop: ${provider} ${region} is .*${place}.*outside mainland China\\. A filing goes through an access provider with servers in mainland China; servers outside it carry no ICP filing\\.`,
        ),
      )
    },
  )

  it('denies an unknown region and suggests mainland ones', () => {
    const text = declarationYaml([appYaml({ hosting: hosted('huawei', 'cn-south-9'), via: 'huawei' })])
    const [finding] = findingsOf(gate(text), 'hosting-mainland')
    expect(finding!.severity).toBe('error')
    expect(finding!.message).toMatch(
      /^shop: region "cn-south-9" is not a known huawei region, so it cannot be shown to be in mainland China\. Mainland huawei regions include cn-south-1/,
    )
  })

  it.each([
    ['aws', 'eu-west-1', 'AWS runs mainland China only in its separate China partition'],
    ['azure', 'eastus', 'global Azure regions are outside mainland China'],
    ['gcp', 'us-central1', 'Google Cloud has no region in mainland China'],
  ])(
    'says %s %s is outside mainland China: the provider’s mainland regions are all known',
    (provider, region, why) => {
      const text = declarationYaml([appYaml({ hosting: hosted(provider, region), via: provider })])
      const [finding, ...rest] = findingsOf(gate(text), 'hosting-mainland')
      expect(rest).toEqual([])
      expect(finding!.severity).toBe('error')
      expect(finding!.message).toContain(`shop: ${provider} "${region}" is not a mainland region: `)
      expect(finding!.message).toContain(why)
      expect(finding!.message).not.toMatch(/new mainland region|not a known/)
    },
  )

  it('warns on a mainland region no official list confirms, and fails a release on it', () => {
    const text = declarationYaml([appYaml({ hosting: hosted('baidu', 'hb-fsg'), via: 'baidu' })])
    const audit = findingsOf(gate(text), 'hosting-mainland')
    expect(audit).toMatchObject([
      {
        severity: 'warning',
        message:
          'shop: baidu hb-fsg (Du Xiaoman (度小满)) is believed to be in mainland China, but no official region list confirms it. Confirm with baidu; a release fails on it until it is confirmed and this finding is waived with the confirmation as its reason.',
      },
    ])
    const release = gate(text, { mode: 'release' })
    expect(findingsOf(release, 'hosting-mainland')).toMatchObject([
      {
        severity: 'error',
        message: expect.stringContaining(
          'Confirm with baidu: a release cannot go out on an unconfirmed region. Once confirmed, waive this finding with the confirmation as its reason, or host in a confirmed region.',
        ),
      },
    ])
    expect(release.verdict).toBe('fail')
  })

  it('asks for a human review of an app filed via a mainland store and hosted outside: a warning, in a release an error', async () => {
    const text = declarationYaml([
      appYaml({
        via: 'xiaomi',
        hosting: `    hosting:\n      - provider: aliyun\n        region: cn-hongkong\n      - provider: aws\n        region: eu-west-1\n      - provider: self-hosted\n        location: Singapore\n        mainland: false`,
      }),
    ])
    const review =
      'It was filed via the distribution platform xiaomi, not a cloud access provider, which needs a human review: confirm with xiaomi that it files an app hosted there and waive this finding with that as its reason, or host in mainland China.'
    const audit = findingsOf(gate(text), 'hosting-mainland')
    expect(audit.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning'])
    for (const f of audit) expect(f.message).toContain(review)
    const release = gate(text, { mode: 'release' })
    expect(findingsOf(release, 'hosting-mainland').map((f) => f.severity)).toEqual([
      'error',
      'error',
      'error',
    ])
    expect(release.verdict).toBe('fail')
    // Not every store is such a platform: one that does not distribute apps, or the holder's own website.
    for (const via of ['wechat', 'direct-download-cn', 'aliyun'])
      for (const f of findingsOf(gate(text.replace('via: xiaomi', `via: ${via}`)), 'hosting-mainland')) {
        expect(f.severity).toBe('error')
        expect(f.message).not.toContain('human review')
      }
  })

  it('denies an unknown provider with a suggestion', () => {
    const text = declarationYaml([appYaml({ hosting: hosted('alyun', 'cn-shanghai') })])
    const [finding] = findingsOf(gate(text), 'hosting-mainland')
    expect(finding!.message).toMatch(/^shop: unknown hosting provider "alyun" \(did you mean "aliyun"\?\)/)
    expect(finding!.line).toBe(positionOf(text, 'provider: alyun').line)
  })

  it('requires hosting for an app', () => {
    const [finding] = findingsOf(gate(declarationYaml([appYaml({ hosting: '' })])), 'hosting-mainland')
    expect(finding).toMatchObject({ severity: 'error', app: 'shop' })
    expect(finding!.message).toMatch(/^shop: no hosting declared\./)
  })

  it('does not ask a mini program for hosting', () => {
    const text = declarationYaml([
      appYaml({
        kind: 'mini-program',
        number: '沪ICP备2023012345号-3X',
        via: 'wechat',
        hosting: '',
        stores: '[wechat]',
        platforms: '    platforms:\n      wechat: { appId: wx0123456789abcdef }',
      }),
    ])
    expect(findingsOf(gate(text), 'hosting-mainland')).toEqual([])
  })

  it('reports self-hosting: mainland is a notice, elsewhere an error', () => {
    const inChina = declarationYaml([
      appYaml({
        hosting: '    hosting:\n      - { provider: self-hosted, location: Hangzhou, mainland: true }',
      }),
    ])
    expect(findingsOf(gate(inChina), 'hosting-mainland')).toMatchObject([{ severity: 'notice' }])
    const abroad = declarationYaml([
      appYaml({
        hosting: '    hosting:\n      - { provider: self-hosted, location: Frankfurt, mainland: false }',
      }),
    ])
    expect(findingsOf(gate(abroad), 'hosting-mainland')).toMatchObject([{ severity: 'error' }])
  })

  it('skips apps that are not bound for a mainland store', () => {
    const text = declarationYaml([appYaml({ hosting: hosted('aws', 'us-east-1'), stores: '[google-play]' })])
    expect(findingsOf(gate(text), 'hosting-mainland')).toEqual([])
  })

  it('a waiver in force turns the finding into a notice that says so', () => {
    const text = declarationYaml(
      [appYaml({ hosting: hosted('aliyun', 'cn-hongkong') })],
      'waivers:\n  - { rule: hosting-mainland, app: shop, reason: moving to cn-shenzhen OPS-123, expires: 2026-12-31 }\n',
    )
    const result = gate(text)
    const [finding] = findingsOf(result, 'hosting-mainland')
    expect(finding!.severity).toBe('notice')
    expect(finding!.message).toMatch(
      /^Waived until 2026-12-31 \(moving to cn-shenzhen OPS-123\): shop: aliyun cn-hongkong/,
    )
    expect(result.verdict).toBe('pass')
  })
})
