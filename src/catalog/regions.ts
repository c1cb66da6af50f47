/**
 * Cloud regions by (provider, region id), and whether each is in mainland China.
 *
 * The pair decides, never the id alone: ap-southeast-1 is Singapore on Alibaba, Hong Kong on Huawei and
 * Johor on Volcano Engine; cn-hongkong starts with cn- but is Hong Kong (docs/sources.md: Aliyun-regions, Huawei-regions, Volcengine-regions).
 * An id missing here is unknown, and the hosting rule denies it rather than guessing.
 *
 * `confidence` is how sure the sources (docs/sources.md, "Cloud regions") are of the mainland / not-mainland fact: 'high' (vendor doc), 'medium'
 * (one vendor or secondary source), 'low' (the id exists, its location is inferred). A mainland entry
 * with 'low' confidence lets the rule warn instead of pass.
 *
 * Names: where a vendor source gives a name (华东5 南京-本地地域, 中国香港, …) it is used; otherwise the
 * name is the city the id spells, not a vendor name from elsewhere.
 */

import { editDistance } from '../declaration/suggest.js'

export interface RegionEntry {
  provider: string
  region: string
  mainland: boolean
  name: string
  confidence: 'high' | 'medium' | 'low'
  source: string
}

export const CLOUD_PROVIDERS: readonly { id: string; name: string; aliases: string[] }[] = [
  { id: 'aliyun', name: 'Alibaba Cloud', aliases: ['alibaba', 'alibaba-cloud', 'alibabacloud', 'alicloud'] },
  { id: 'tencent', name: 'Tencent Cloud', aliases: ['tencent-cloud', 'tencentcloud', 'qcloud'] },
  { id: 'huawei', name: 'Huawei Cloud', aliases: ['huaweicloud', 'huawei-cloud'] },
  { id: 'aws', name: 'Amazon Web Services (China)', aliases: ['amazon', 'aws-cn'] },
  { id: 'azure', name: 'Azure operated by 21Vianet', aliases: ['azure-china', '21vianet'] },
  { id: 'baidu', name: 'Baidu AI Cloud', aliases: ['baidu-cloud', 'baiducloud', 'bce'] },
  { id: 'volcengine', name: 'Volcano Engine', aliases: ['volcano', 'volcano-engine', 'bytedance'] },
  { id: 'gcp', name: 'Google Cloud', aliases: ['google', 'google-cloud'] },
]

type Confidence = RegionEntry['confidence']

/** One group of regions: same provider, source, confidence and side of the border. */
function group(
  provider: string,
  mainland: boolean,
  confidence: Confidence,
  source: string,
  regions: readonly (readonly [region: string, name: string])[],
): RegionEntry[] {
  return regions.map(([region, name]) => ({ provider, region, mainland, name, confidence, source }))
}

const MAINLAND = true
const NOT_MAINLAND = false

const ALIYUN: RegionEntry[] = [
  // Alibaba "Regions and zones", mainland heading (alibabacloud.com/help/ja/doc-detail/188196.htm). High.
  ...group('aliyun', MAINLAND, 'high', 'alibabacloud.com/help/ja/doc-detail/188196.htm', [
    ['cn-qingdao', 'Qingdao (青岛)'],
    ['cn-beijing', 'Beijing (北京)'],
    ['cn-zhangjiakou', 'Zhangjiakou (张家口)'],
    ['cn-huhehaote', 'Hohhot (呼和浩特)'],
    ['cn-wulanchabu', 'Ulanqab (乌兰察布)'],
    ['cn-hangzhou', 'Hangzhou (杭州)'],
    ['cn-shanghai', 'Shanghai (上海)'],
    ['cn-shenzhen', 'Shenzhen (深圳)'],
    ['cn-heyuan', 'Heyuan (河源)'],
    ['cn-guangzhou', 'Guangzhou (广州)'],
    ['cn-chengdu', 'Chengdu (成都)'],
  ]),
  // Local regions; a later Alibaba page marks Nanjing and Fuzhou "关停中" (closing), still mainland. High.
  ...group('aliyun', MAINLAND, 'high', 'help.aliyun.com/document_detail/2254821.html (ALB endpoints)', [
    ['cn-nanjing', '华东5 南京-本地地域 (Nanjing local region, closing)'],
    ['cn-fuzhou', '华东6 福州-本地地域 (Fuzhou local region, closing)'],
  ]),
  ...group('aliyun', MAINLAND, 'high', 'alibabacloud.com/help/doc-detail/181099.htm (ECI endpoints)', [
    ['cn-wuhan-lr', '华中1 武汉-本地地域 (Wuhan local region)'],
  ]),
  ...group(
    'aliyun',
    MAINLAND,
    'high',
    'alibabacloud.com/help/tr/nas/developer-reference/api-nas-2017-06-26-endpoint',
    [['cn-zhongwei', '西北2 中卫 (Zhongwei)']],
  ),
  ...group('aliyun', MAINLAND, 'high', 'Alibaba ECS/ECI/ESS endpoint tables', [
    ['cn-zhengzhou-jva', '郑州 联通合营 (Zhengzhou, China Unicom joint venture)'],
  ]),
  // Finance and government clouds: listed in the CSG supported-regions page (High). The sources rate the
  // finance group "High/Medium"; cn-hangzhou-finance is taken as the SDK-endpoint-map-only one (Medium).
  ...group('aliyun', MAINLAND, 'high', 'help.aliyun.com/zh/csg/product-overview/supported-regions', [
    ['cn-shanghai-finance-1', 'Shanghai Finance Cloud (上海金融云)'],
    ['cn-shenzhen-finance-1', 'Shenzhen Finance Cloud (深圳金融云)'],
    ['cn-beijing-finance-1', 'Beijing Finance Cloud (北京金融云, invitation only / 邀测)'],
    ['cn-north-2-gov-1', '华北2 政务云 (North China 2 government cloud)'],
  ]),
  ...group('aliyun', MAINLAND, 'medium', 'Alibaba SDK endpoint maps', [
    ['cn-hangzhou-finance', 'Hangzhou Finance Cloud (杭州金融云)'],
  ]),
  // Not mainland, same Alibaba region pages. High.
  ...group('aliyun', NOT_MAINLAND, 'high', 'alibabacloud.com/help/ja/doc-detail/188196.htm', [
    ['cn-hongkong', 'Hong Kong (中国香港)'],
    ['ap-southeast-1', 'Singapore'],
    ['ap-southeast-2', 'Sydney (closed)'],
    ['ap-southeast-3', 'Kuala Lumpur'],
    ['ap-southeast-5', 'Jakarta'],
    ['ap-southeast-6', 'Manila'],
    ['ap-southeast-7', 'Bangkok'],
    ['ap-southeast-8', 'Johor'],
    ['ap-northeast-1', 'Tokyo'],
    ['ap-northeast-2', 'Seoul'],
    ['ap-south-1', 'Mumbai'],
    ['us-west-1', 'United States (us-west-1)'],
    ['us-east-1', 'United States (us-east-1)'],
    ['eu-central-1', 'Europe (eu-central-1)'],
    ['eu-west-1', 'Europe (eu-west-1)'],
    ['me-east-1', 'Dubai'],
    ['me-central-1', 'Riyadh'],
  ]),
]

// Tencent edge and special ids seen only in public code (ap-shenzhen, ap-tianjin, ap-qingyuan,
// ap-guangzhou-open, ap-*-ec, ap-shanghai-adc) are deliberately absent: only public code shows them (Low), and
// says "default-deny or allow explicitly by config". A waiver is the explicit allowance.
const TENCENT: RegionEntry[] = [
  ...group('tencent', MAINLAND, 'high', 'tencentcloud.com/document/product/628/33133 ("China" table)', [
    ['ap-guangzhou', 'Guangzhou (广州)'],
    ['ap-shanghai', 'Shanghai (上海)'],
    ['ap-nanjing', 'Nanjing (南京)'],
    ['ap-beijing', 'Beijing (北京)'],
    ['ap-chengdu', 'Chengdu (成都)'],
    ['ap-chongqing', 'Chongqing (重庆)'],
  ]),
  // Finance zones: "仅限金融机构…申请开通" (financial institutions only), still mainland.
  ...group('tencent', MAINLAND, 'high', 'tencentcloud.com/zh/document/product/239/4106', [
    ['ap-shanghai-fsi', '华东上海金融 (Shanghai finance)'],
    ['ap-shenzhen-fsi', '华南深圳金融 (Shenzhen finance)'],
    ['ap-beijing-fsi', '华北北京金融 (Beijing finance)'],
  ]),
  ...group('tencent', NOT_MAINLAND, 'high', 'tencentcloud.com/document/product/628/33133', [
    ['ap-hongkong', 'Hong Kong (港澳台地区(中国香港))'],
    ['ap-singapore', 'Singapore'],
    ['ap-seoul', 'Seoul'],
    ['ap-tokyo', 'Tokyo'],
    ['ap-bangkok', 'Bangkok'],
    ['ap-mumbai', 'Mumbai'],
    ['ap-jakarta', 'Jakarta'],
    ['na-siliconvalley', 'Silicon Valley'],
    ['na-ashburn', 'Ashburn'],
    ['na-toronto', 'Toronto'],
    ['eu-frankfurt', 'Frankfurt'],
    ['sa-saopaulo', 'São Paulo'],
  ]),
  ...group('tencent', NOT_MAINLAND, 'medium', 'public code; Tencent CLI DescribeRegions output', [
    ['ap-taipei', 'Taipei (Taiwan)'],
  ]),
]

const HUAWEI: RegionEntry[] = [
  ...group('huawei', MAINLAND, 'high', 'support.huaweicloud.com/api-vas/vas_03_1121.html (VAS endpoints)', [
    ['cn-north-1', '华北-北京一 (Beijing 1)'],
    ['cn-north-4', '华北-北京四 (Beijing 4)'],
    ['cn-east-2', '华东-上海二 (Shanghai 2)'],
    ['cn-east-3', '华东-上海一 (Shanghai 1)'],
    ['cn-south-1', '华南-广州 (Guangzhou)'],
  ]),
  ...group('huawei', MAINLAND, 'high', 'support.huaweicloud.com/api-workspace/workspace_09_0004.html', [
    ['cn-southwest-2', '西南-贵阳一 (Guiyang 1)'],
    ['cn-north-9', '华北-乌兰察布一 (Ulanqab 1)'],
    ['cn-east-5', '华东-青岛 (Qingdao)'],
  ]),
  ...group('huawei', MAINLAND, 'high', 'Huawei CodeArts Pipeline endpoint snippet', [
    ['cn-northeast-1', '东北-大连 (Dalian)'],
  ]),
  ...group(
    'huawei',
    MAINLAND,
    'medium',
    'Huawei SDK region maps; "CN East2 (CN-East-Wuhu)" in Huawei CC docs',
    [['cn-east-4', '华东二 (CN East2, Wuhu)']],
  ),
  // Ids in huaweicloud-sdk-go-v3 region files whose names are unconfirmed (Huawei-regions: Low–Medium).
  // Huawei's Hong Kong region is ap-southeast-1, so its cn- prefix does mean mainland; they are kept as
  // mainland with 'low' confidence so the rule warns ("confirm with Huawei") rather than denies outright.
  ...group('huawei', MAINLAND, 'low', 'third-party code mapping only', [
    ['cn-north-12', 'CN North3 (华北三)'],
  ]),
  ...group('huawei', MAINLAND, 'low', 'huaweicloud-sdk-go-v3 region files; name not confirmed', [
    ['cn-south-2', 'name not confirmed (Shenzhen?)'],
    ['cn-south-4', 'name not confirmed (广州-友好用户环境?)'],
    ['cn-north-2', 'name not confirmed'],
    ['cn-north-11', 'name not confirmed'],
    ['cn-southwest-3', 'name not confirmed'],
  ]),
  // [HW-KB] faq/备案条件咨询.md: non-mainland regions such as 中国-香港 need no (and allow no) ICP filing.
  ...group('huawei', NOT_MAINLAND, 'high', 'VAS endpoint page; Huawei CC supported regions', [
    ['ap-southeast-1', 'Hong Kong (中国-香港)'],
    ['ap-southeast-2', 'Bangkok'],
    ['ap-southeast-3', 'Singapore'],
  ]),
  ...group('huawei', NOT_MAINLAND, 'medium', 'Huawei CC supported regions; SDK region files', [
    ['ap-southeast-4', 'Jakarta'],
    ['ap-southeast-5', 'Manila'],
    ['my-kualalumpur-1', 'Kuala Lumpur'],
    ['af-south-1', 'Johannesburg'],
    ['af-north-1', 'Cairo'],
    ['me-east-1', 'Riyadh'],
    ['tr-west-1', 'Istanbul'],
    ['la-south-2', 'Santiago'],
    ['sa-brazil-1', 'São Paulo'],
    ['na-mexico-1', 'Mexico'],
    ['la-north-2', 'Mexico City'],
    ['eu-west-0', 'Paris'],
    ['eu-west-101', 'Dublin'],
    ['ru-moscow-1', 'Moscow'],
    ['ru-northwest-2', 'Russia (ru-northwest-2)'],
  ]),
]

// AWS China is its own partition (aws-cn, amazonaws.com.cn) with separate accounts; "everything else is
// not mainland" (AWS-China). Only the global ids the sources name are listed; other global ids are
// unknown here and denied all the same.
const AWS: RegionEntry[] = [
  ...group(
    'aws',
    MAINLAND,
    'high',
    'docs.amazonaws.cn/en_us/aws/latest/userguide/ARNs.html, general-info.html',
    [
      ['cn-north-1', 'China (Beijing)'],
      ['cn-northwest-1', 'China (Ningxia)'],
    ],
  ),
  ...group('aws', MAINLAND, 'medium', 'docs.amazonaws.cn (AWS-China; Beijing Local Zone)', [
    ['cn-north-1-pkx-1a', 'China (Beijing) Local Zone'],
  ]),
  // ap-east-1 being Hong Kong is not confirmed by the sources read, hence medium.
  ...group('aws', NOT_MAINLAND, 'medium', "AWS's public region list", [['ap-east-1', 'Hong Kong']]),
  ...group('aws', NOT_MAINLAND, 'high', 'docs.amazonaws.cn ARNs: only the aws-cn partition is mainland', [
    ['us-east-1', 'a global AWS region in the United States'],
  ]),
]

const AZURE: RegionEntry[] = [
  ...group(
    'azure',
    MAINLAND,
    'high',
    'docs.azure.cn/en-us/reliability/regions-list; learn.microsoft.com/en-us/azure/china/overview-regions',
    [
      ['chinaeast', 'China East'],
      ['chinaeast2', 'China East 2'],
      ['chinaeast3', 'China East 3 (access restricted)'],
      ['chinanorth', 'China North'],
      ['chinanorth2', 'China North 2'],
      ['chinanorth3', 'China North 3'],
    ],
  ),
  // Global Azure is not operated in mainland China; eastasia being Hong Kong is not verified (Azure-China).
  ...group(
    'azure',
    NOT_MAINLAND,
    'high',
    'docs.azure.cn regions list: global Azure regions are not mainland',
    [['eastasia', 'global Azure East Asia']],
  ),
]

const BAIDU: RegionEntry[] = [
  ...group(
    'baidu',
    MAINLAND,
    'high',
    'cloud.baidu.com/doc/BLS/s/4k8qysj2z; cloud.baidu.com/doc/BLB/s/cjwvxnzix',
    [
      ['bj', '华北-北京 (Beijing)'],
      ['gz', '华南-广州 (Guangzhou)'],
      ['su', '华东-苏州 (Suzhou)'],
      ['bd', '华北-保定 (Baoding)'],
      ['fwh', '金融华中-武汉 (Wuhan finance)'],
    ],
  ),
  ...group('baidu', MAINLAND, 'medium', 'Baidu BLS/BLB endpoints; cloud.baidu.com/doc/BMR/s/vjwvxvvqt-en', [
    ['yq', '华北-阳泉 (Yangquan)'],
    ['nj', '华北-南京 (Nanjing)'],
    ['cd', '西南-成都 (Chengdu)'],
    ['fsh', 'Shanghai finance (BMR)'],
  ]),
  // "probably mainland but not confirmed" (Baidu-regions): kept so the rule warns rather than denies.
  ...group('baidu', MAINLAND, 'low', 'cloud.baidu.com/doc/BMR/s/vjwvxvvqt-en', [
    ['hb-fsg', 'Du Xiaoman (度小满)'],
  ]),
  ...group('baidu', NOT_MAINLAND, 'high', 'Baidu BLS/BLB endpoints', [
    ['hkg', 'Hong Kong (中国香港)'],
    ['sin', 'Singapore (新加坡)'],
  ]),
]

// No official volcengine.com region page was found: everything here is Medium. cn-north-1 is absent on
// purpose: Volcano uses it only as a legacy API region value (visual/OCR), not a region to host in, so a
// declaration naming it is denied and pointed at cn-beijing and the others.
const VOLCENGINE: RegionEntry[] = [
  ...group(
    'volcengine',
    MAINLAND,
    'medium',
    'Volcano Engine API doc Region list (copy in public code); TOS endpoints',
    [
      ['cn-beijing', '华北2 北京 (Beijing)'],
      ['cn-shanghai', '华东2 上海 (Shanghai)'],
      ['cn-guangzhou', '华南1 广州 (Guangzhou)'],
      ['cn-beijing2', '华北3 北京 (Beijing)'],
      ['cn-datong', '华北4 大同 (Datong)'],
      ['cn-wulanchabu', '华北5 乌兰察布 (Ulanqab)'],
    ],
  ),
  // One code file calls ap-southeast-3 曼谷 (Bangkok); either way it is not mainland.
  ...group('volcengine', NOT_MAINLAND, 'medium', 'Volcano Engine API doc Region list (copy in public code)', [
    ['cn-hongkong', 'Hong Kong (中国香港)'],
    ['ap-southeast-1', 'Johor (亚太东南 柔佛)'],
    ['ap-southeast-3', 'Jakarta (亚太东南 雅加达)'],
  ]),
]

// Google Cloud has no mainland region; these are the closest.
const GCP: RegionEntry[] = group(
  'gcp',
  NOT_MAINLAND,
  'high',
  'docs.cloud.google.com/infrastructure-manager/docs/locations',
  [
    ['asia-east2', 'Hong Kong'],
    ['asia-east1', 'Taiwan'],
  ],
)

export const REGIONS: readonly RegionEntry[] = [
  ...ALIYUN,
  ...TENCENT,
  ...HUAWEI,
  ...AWS,
  ...AZURE,
  ...BAIDU,
  ...VOLCENGINE,
  ...GCP,
]

/** Canonical provider id by id and by alias, built on the first lookup (each hosting entry asks). */
let providerIndex: Map<string, string> | undefined

/** How a provider or region is looked up: case and surrounding spaces do not count. */
const normalised = (id: string): string => id.trim().toLowerCase()

/** The canonical provider id for an id or alias, case-insensitive; undefined when unknown. */
export function resolveProvider(input: string): string | undefined {
  if (!providerIndex) {
    providerIndex = new Map()
    // Reversed, so that where an alias were also an earlier provider's id, the earlier entry wins, as find() did.
    for (const provider of [...CLOUD_PROVIDERS].reverse()) {
      for (const alias of provider.aliases) providerIndex.set(normalised(alias), provider.id)
      providerIndex.set(normalised(provider.id), provider.id)
    }
  }
  // The keys are normalised, so an input found as written is found normalised too; most inputs are
  // written as the catalogue writes them, and need no lower-cased copy (issue 10).
  return providerIndex.get(input) ?? providerIndex.get(normalised(input))
}

/** REGIONS by provider, then by region (each pair is there once: a catalogue test), built on the first lookup. */
let regionIndex: Map<string, Map<string, RegionEntry>> | undefined

/** The entry for a canonical provider id and a region id (case-insensitive); undefined when unknown. */
export function lookupRegion(provider: string, region: string): RegionEntry | undefined {
  if (!regionIndex) {
    regionIndex = new Map()
    for (const entry of REGIONS) {
      let regions = regionIndex.get(entry.provider)
      if (!regions) regionIndex.set(entry.provider, (regions = new Map()))
      regions.set(normalised(entry.region), entry)
    }
  }
  // A map per provider rather than `provider:region` keys: no key string is built per lookup.
  const regions = regionIndex.get(provider)
  return regions && (regions.get(region) ?? regions.get(normalised(region)))
}

export function regionsOf(provider: string): RegionEntry[] {
  return REGIONS.filter((r) => r.provider === provider)
}

/** Mainland, but closing ("关停中", Aliyun-regions): never offered as somewhere to move to. */
const CLOSING: ReadonlySet<string> = new Set(['aliyun:cn-nanjing', 'aliyun:cn-fuzhou'])

/**
 * Mainland, but open only to some customers: finance clouds ("仅限金融机构…申请开通", Tencent; Alibaba's
 * and Baidu's finance regions), a government cloud, an invitation-only region (邀测) and Azure's "access
 * restricted" China East 3 (docs/sources.md, "Cloud regions"). A declared one is judged like any other;
 * it is only never offered as somewhere to move to.
 */
const RESTRICTED: ReadonlySet<string> = new Set([
  'aliyun:cn-shanghai-finance-1',
  'aliyun:cn-shenzhen-finance-1',
  'aliyun:cn-beijing-finance-1',
  'aliyun:cn-hangzhou-finance',
  'aliyun:cn-north-2-gov-1',
  'tencent:ap-shanghai-fsi',
  'tencent:ap-shenzhen-fsi',
  'tencent:ap-beijing-fsi',
  'azure:chinaeast3',
  'baidu:fwh',
  'baidu:fsh',
])

/**
 * Providers whose mainland regions the catalogue lists in full, so that a region it does not know is
 * outside mainland China rather than possibly a new mainland one: AWS runs the mainland only in its
 * separate China partition ("Everything else is not mainland"), Azure's mainland regions are 21Vianet's
 * (global Azure regions are not), and Google Cloud has none (docs/sources.md, "Cloud regions").
 */
const MAINLAND_REGIONS_LISTED_IN_FULL: Readonly<Record<string, string>> = {
  aws: 'AWS runs mainland China only in its separate China partition (cn-north-1 Beijing, cn-northwest-1 Ningxia); every other AWS region is outside mainland China',
  azure:
    'the mainland Azure regions are those operated by 21Vianet (chinaeast, chinaeast2, chinanorth, chinanorth2, chinanorth3, and the restricted chinaeast3); global Azure regions are outside mainland China',
  gcp: 'Google Cloud has no region in mainland China',
}

/**
 * Why a region the catalogue does not know is outside mainland China, for a provider whose mainland
 * regions are all listed; undefined for a provider that may open new ones (the region is then unknown).
 */
export function outsideMainlandWhenUnknown(provider: string): string | undefined {
  return MAINLAND_REGIONS_LISTED_IN_FULL[provider]
}

/**
 * Up to three mainland region ids of the provider, nearest to `region` by edit distance (catalogue order
 * breaks ties), for "use one of these instead". Low-confidence, closing and restricted regions are never
 * suggested: we should not steer anyone to a region whose location is unconfirmed, that is shutting
 * down, or that only finance, government or invited customers may use.
 */
export function suggestMainlandRegions(provider: string, region: string): string[] {
  const needle = region.trim().toLowerCase()
  return regionsOf(provider)
    .filter((r) => r.mainland && r.confidence !== 'low' && !avoided(`${r.provider}:${r.region}`))
    .map((r, order) => ({ id: r.region, order, distance: editDistance(needle, r.region) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, 3)
    .map((r) => r.id)
}

function avoided(key: string): boolean {
  return CLOSING.has(key) || RESTRICTED.has(key)
}
