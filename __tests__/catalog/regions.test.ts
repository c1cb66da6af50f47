import { describe, it, expect } from '@jest/globals'
import {
  CLOUD_PROVIDERS,
  lookupRegion,
  regionsOf,
  resolveProvider,
  suggestMainlandRegions,
} from '../../src/catalog/regions.js'
import { MAINLAND_REGIONS, NOT_MAINLAND_REGIONS } from '../helpers/region-vectors.js'

// domain.md "Test vectors": Regions, mainland (PASS).
describe('lookupRegion: mainland regions', () => {
  it.each(MAINLAND_REGIONS)('%s:%s is mainland', (provider, region) => {
    const entry = lookupRegion(provider, region)
    expect(entry).toMatchObject({ provider, region, mainland: true })
    expect(entry?.confidence).not.toBe('low')
  })
})

// domain.md "Test vectors": Regions, NOT mainland (FAIL), with the place a message names.
describe('lookupRegion: regions outside mainland China', () => {
  it.each([...NOT_MAINLAND_REGIONS, ['aws', 'ap-east-1', 'Hong Kong']])(
    '%s:%s is %s, not mainland',
    (provider, region, place) => {
      const entry = lookupRegion(provider, region)
      expect(entry).toMatchObject({ provider, region, mainland: false })
      expect(entry?.name).toContain(place)
    },
  )
})

// domain.md "Test vectors": ambiguity traps, decided by the (provider, region) pair.
describe('lookupRegion: the pair decides, not the id', () => {
  it.each([
    ['aws', 'cn-north-1', true, 'Beijing'],
    ['huawei', 'cn-north-1', true, '北京'],
    ['aliyun', 'ap-southeast-1', false, 'Singapore'],
    ['huawei', 'ap-southeast-1', false, 'Hong Kong'],
    ['volcengine', 'ap-southeast-1', false, 'Johor'],
    ['aliyun', 'cn-hongkong', false, 'Hong Kong'],
    ['volcengine', 'cn-hongkong', false, 'Hong Kong'],
  ])('%s:%s → mainland %s (%s)', (provider, region, mainland, place) => {
    const entry = lookupRegion(provider, region)
    expect(entry?.mainland).toBe(mainland)
    expect(entry?.name).toContain(place)
  })

  it.each([
    ['huawei', 'cn-south-9'], // domain.md: unknown id → default-deny
    ['tencent', 'ap-shenzhen'], // Tencent edge ids: Low, default-deny
    ['tencent', 'ap-wuhan-ec'],
    ['tencent', 'ap-shanghai-adc'],
    ['volcengine', 'cn-north-1'], // a legacy Volcano API value, not a hosting region
    ['aws', 'ap-southeast-1'], // not in the catalogue: unknown, denied all the same
    ['gcp', 'cn-beijing'],
    ['azure', 'chinaeast4'],
    ['nowhere', 'cn-hangzhou'],
    ['aliyun', ''],
  ])('%s:%s is unknown', (provider, region) => {
    expect(lookupRegion(provider, region)).toBeUndefined()
  })

  it('matches region ids case-insensitively and ignores surrounding spaces', () => {
    expect(lookupRegion('aliyun', ' CN-Shanghai ')).toMatchObject({ region: 'cn-shanghai', mainland: true })
  })
})

describe('lookupRegion: confidence', () => {
  // Ids in Huawei SDKs with unconfirmed names: kept as mainland with low confidence, so the rule warns.
  it.each([
    ['huawei', 'cn-south-2'],
    ['huawei', 'cn-south-4'],
    ['huawei', 'cn-north-2'],
    ['huawei', 'cn-north-11'],
    ['huawei', 'cn-north-12'],
    ['huawei', 'cn-southwest-3'],
    ['baidu', 'hb-fsg'],
  ])('%s:%s is mainland with low confidence', (provider, region) => {
    expect(lookupRegion(provider, region)).toMatchObject({ mainland: true, confidence: 'low' })
  })

  it.each([
    ['huawei', 'cn-east-4', 'medium'],
    ['aws', 'cn-north-1-pkx-1a', 'medium'],
    ['volcengine', 'cn-shanghai', 'medium'],
    ['baidu', 'yq', 'medium'],
    ['aliyun', 'cn-hangzhou-finance', 'medium'],
    ['aliyun', 'cn-north-2-gov-1', 'high'],
    ['azure', 'chinaeast3', 'high'],
  ])('%s:%s is mainland with %s confidence', (provider, region, confidence) => {
    expect(lookupRegion(provider, region)).toMatchObject({ mainland: true, confidence })
  })
})

describe('resolveProvider', () => {
  it.each([
    ['aliyun', 'aliyun'],
    ['Alibaba', 'aliyun'],
    ['alibaba-cloud', 'aliyun'],
    ['alicloud', 'aliyun'],
    ['tencent-cloud', 'tencent'],
    ['QCloud', 'tencent'],
    ['huaweicloud', 'huawei'],
    ['azure-china', 'azure'],
    ['21vianet', 'azure'],
    ['volcano', 'volcengine'],
    ['volcano-engine', 'volcengine'],
    ['bytedance', 'volcengine'],
    ['google', 'gcp'],
    ['google-cloud', 'gcp'],
    ['amazon', 'aws'],
    ['aws-cn', 'aws'],
    ['baidu-cloud', 'baidu'],
    ['bce', 'baidu'],
    [' AWS ', 'aws'],
  ])('%s → %s', (input, id) => {
    expect(resolveProvider(input)).toBe(id)
  })

  it.each(['digitalocean', 'self-hosted', 'ali', ''])('%j is not a known provider', (input) => {
    expect(resolveProvider(input)).toBeUndefined()
  })

  // resolveProvider looks names up in an index; the catalogue's order is what decides.
  it('answers for every id and alias as the first catalogue entry naming it', () => {
    for (const provider of CLOUD_PROVIDERS)
      for (const name of [provider.id, ...provider.aliases]) {
        const first = CLOUD_PROVIDERS.find((p) => p.id === name || p.aliases.includes(name))!.id
        for (const written of [name, name.toUpperCase(), ` ${name}\t`])
          expect(resolveProvider(written)).toBe(first)
      }
  })
})

describe('catalogue shape', () => {
  it('has regions for every provider, and every provider but gcp has a mainland one', () => {
    for (const { id } of CLOUD_PROVIDERS) {
      expect(regionsOf(id).length).toBeGreaterThan(0)
      expect(regionsOf(id).some((r) => r.mainland)).toBe(id !== 'gcp')
    }
  })

  it('lists gcp with only its Hong Kong and Taiwan regions, neither mainland', () => {
    expect(regionsOf('gcp').map((r) => [r.region, r.mainland])).toEqual([
      ['asia-east2', false],
      ['asia-east1', false],
    ])
  })

  it('has each (provider, region) pair once, in lowercase, with a name and a source', () => {
    const all = CLOUD_PROVIDERS.flatMap((p) => regionsOf(p.id))
    expect(new Set(all.map((r) => `${r.provider}:${r.region}`)).size).toBe(all.length)
    for (const r of all) {
      expect(r.region).toBe(r.region.toLowerCase())
      expect(r.name).not.toBe('')
      expect(r.source).not.toBe('')
    }
  })

  it('has no alias shared by two providers', () => {
    const names = CLOUD_PROVIDERS.flatMap((p) => [p.id, ...p.aliases])
    expect(new Set(names).size).toBe(names.length)
  })
})

describe('suggestMainlandRegions', () => {
  it.each([
    ['aliyun', 'cn-hongkong', ['cn-hangzhou', 'cn-zhongwei', 'cn-qingdao']],
    ['aliyun', 'cn-shangai', ['cn-shanghai', 'cn-chengdu', 'cn-zhongwei']],
    ['huawei', 'ap-southeast-1', ['cn-northeast-1', 'cn-southwest-2', 'cn-south-1']],
    ['huawei', 'cn-south-9', ['cn-south-1', 'cn-north-9', 'cn-north-1']],
    ['tencent', 'ap-hongkong', ['ap-chongqing', 'ap-nanjing', 'ap-shanghai']],
    ['aws', 'us-east-1', ['cn-north-1', 'cn-northwest-1', 'cn-north-1-pkx-1a']],
    ['azure', 'eastasia', ['chinaeast', 'chinaeast2', 'chinanorth']],
    ['aliyun', 'cn-north-1', ['cn-qingdao', 'cn-beijing', 'cn-hangzhou']],
    ['tencent', 'ap-shenzhen', ['ap-shanghai', 'ap-chengdu', 'ap-guangzhou']],
    ['baidu', 'hkg', ['bj', 'gz', 'su']],
    ['volcengine', 'cn-north-1', ['cn-datong', 'cn-beijing', 'cn-shanghai']],
  ])('%s:%s → %j', (provider, region, expected) => {
    expect(suggestMainlandRegions(provider, region)).toEqual(expected)
  })

  it.each([
    ['huawei', 'cn-south-2'],
    ['huawei', 'cn-north-11'],
    ['aliyun', 'cn-nanjin'],
    ['aliyun', 'cn-fuzhou'],
  ])('%s:%s → only confirmed mainland regions, never low-confidence or closing ones', (provider, region) => {
    const suggestions = suggestMainlandRegions(provider, region)
    expect(suggestions).toHaveLength(3)
    expect(suggestions).not.toContain(region)
    for (const id of suggestions) {
      expect(lookupRegion(provider, id)).toMatchObject({ mainland: true })
      expect(lookupRegion(provider, id)?.confidence).not.toBe('low')
      expect(lookupRegion(provider, id)?.name).not.toContain('closing')
    }
  })

  it('never suggests a region only finance, government or invited customers may use', () => {
    const restricted = CLOUD_PROVIDERS.flatMap((p) =>
      regionsOf(p.id).filter((r) => r.mainland && /financ|金融|gov|政务|restricted|邀测/i.test(r.name)),
    )
    expect(restricted.map((r) => `${r.provider}:${r.region}`)).toEqual(
      expect.arrayContaining([
        'aliyun:cn-north-2-gov-1',
        'tencent:ap-shenzhen-fsi',
        'azure:chinaeast3',
        'baidu:fwh',
      ]),
    )
    for (const entry of restricted) {
      // Asked with the restricted id itself and with every other id of its provider: none offers it.
      for (const asked of regionsOf(entry.provider))
        expect(suggestMainlandRegions(entry.provider, asked.region)).not.toContain(entry.region)
    }
  })

  it.each([
    ['gcp', 'asia-east2'],
    ['nowhere', 'cn-hangzhou'],
  ])('has nothing for %s', (provider, region) => {
    expect(suggestMainlandRegions(provider, region)).toEqual([])
  })
})
