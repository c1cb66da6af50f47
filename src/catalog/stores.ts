/**
 * Distribution channels an app can be bound for, and whether each distributes in mainland China.
 * Mainland channels must not distribute unfiled apps: "不得为未履行备案手续的APP提供网络接入、分发、预置等服务"
 * (MIIT-解读 2023-08-04; keys in docs/sources.md). Per-store enforcement dates are mostly unconfirmed (Store-secondary),
 * so the gate treats every mainland channel as requiring the filing.
 */

export type AppKind = 'app' | 'mini-program' | 'quick-app'

export interface Store {
  id: string
  name: string
  mainland: boolean
  kinds: readonly AppKind[]
  /** For mini-program platforms: the `platforms` key and `filing.via` value of that platform. */
  platform?: string
  source: string
}

export const STORES: readonly Store[] = [
  // Android stores in mainland China. Xiaomi matches package name and signature against the filing
  // (Xiaomi-备案申诉); Huawei: "先备案后上架" (HW-KB doc_0117). Others: Store-secondary (not confirmed per store).
  {
    id: 'huawei-appgallery',
    name: 'Huawei AppGallery',
    mainland: true,
    kinds: ['app', 'quick-app'],
    source: 'HW-KB doc_0117; Huawei-FASP',
  },
  {
    id: 'honor',
    name: 'Honor App Market',
    mainland: true,
    kinds: ['app', 'quick-app'],
    source: 'Store-secondary',
  },
  {
    id: 'xiaomi',
    name: 'Xiaomi GetApps',
    mainland: true,
    kinds: ['app', 'quick-app'],
    source: 'Xiaomi-备案申诉',
  },
  {
    id: 'oppo',
    name: 'OPPO App Market',
    mainland: true,
    kinds: ['app', 'quick-app'],
    source: 'Store-secondary',
  },
  {
    id: 'vivo',
    name: 'vivo App Store',
    mainland: true,
    kinds: ['app', 'quick-app'],
    source: 'Store-secondary',
  },
  {
    id: 'tencent-myapp',
    name: 'Tencent MyApp (应用宝)',
    mainland: true,
    kinds: ['app'],
    source: 'Store-secondary',
  },
  {
    id: 'baidu-app',
    name: 'Baidu Mobile Assistant',
    mainland: true,
    kinds: ['app'],
    source: 'Store-secondary',
  },
  {
    id: '360',
    name: '360 Mobile Assistant',
    mainland: true,
    kinds: ['app'],
    source: 'Store-secondary',
  },
  {
    id: 'quick-app-alliance',
    name: 'Quick App Alliance (快应用联盟)',
    mainland: true,
    kinds: ['quick-app'],
    source: 'HW-KB doc_0115 (K suffix); Store-secondary',
  },
  // Apple: ICP number required for new apps in the China mainland storefront from 2023-09-29 (Apple-ICP).
  {
    id: 'app-store-cn',
    name: 'App Store (China mainland)',
    mainland: true,
    kinds: ['app'],
    source: 'Apple-ICP',
  },
  // Mini-program platforms file their mini programs themselves (MIIT-解读; 登记表).
  {
    id: 'wechat',
    name: 'WeChat Mini Programs',
    mainland: true,
    kinds: ['mini-program'],
    platform: 'wechat',
    source: 'WeChat-备案',
  },
  {
    id: 'alipay',
    name: 'Alipay Mini Programs',
    mainland: true,
    kinds: ['mini-program'],
    platform: 'alipay',
    source: 'Store-secondary',
  },
  {
    id: 'baidu',
    name: 'Baidu Smart Mini Programs',
    mainland: true,
    kinds: ['mini-program'],
    platform: 'baidu',
    source: 'Store-secondary',
  },
  {
    id: 'douyin',
    name: 'Douyin Mini Programs',
    mainland: true,
    kinds: ['mini-program'],
    platform: 'douyin',
    source: 'Douyin-备案',
  },
  // Outside mainland China: no filing needed to distribute there.
  {
    id: 'google-play',
    name: 'Google Play',
    mainland: false,
    kinds: ['app'],
    source: 'not available in mainland China',
  },
  {
    id: 'app-store',
    name: 'App Store (outside China mainland)',
    mainland: false,
    kinds: ['app'],
    source: 'non-CN storefronts',
  },
  {
    id: 'galaxy-store',
    name: 'Samsung Galaxy Store (outside China)',
    mainland: false,
    kinds: ['app'],
    source: 'non-CN storefront',
  },
  {
    id: 'amazon-appstore',
    name: 'Amazon Appstore',
    mainland: false,
    kinds: ['app'],
    source: 'not offered in mainland China',
  },
  {
    id: 'huawei-appgallery-global',
    name: 'Huawei AppGallery (outside China)',
    mainland: false,
    kinds: ['app'],
    source: 'non-CN storefront',
  },
  {
    id: 'direct-download-global',
    name: 'Direct download outside China',
    mainland: false,
    kinds: ['app'],
    source: 'self-distribution abroad',
  },
  // Self-distribution to users in mainland China is distribution all the same.
  {
    id: 'direct-download-cn',
    name: 'Direct download in mainland China (own website)',
    mainland: true,
    kinds: ['app'],
    source: 'MIIT-解读 (legal basis)',
  },
]

export const STORE_IDS: readonly string[] = STORES.map((s) => s.id)

/**
 * STORES by id (each id is there once: a catalogue test), built on the first lookup: scopes and rules
 * ask about every store of every app.
 */
let storeIndex: Map<string, Store> | undefined

export function findStore(id: string): Store | undefined {
  storeIndex ??= new Map(STORES.map((store) => [store.id, store]))
  return storeIndex.get(id)
}

/**
 * The store `filing.via` names, read as providers are (case and surrounding spaces do not count):
 * `via` is free text, where `stores:` entries are checked against the ids by the schema.
 */
export function storeNamedBy(via: string): Store | undefined {
  return findStore(via) ?? findStore(via.trim().toLowerCase())
}

/** Mini-program platforms: the `platforms` key each one owns and the store id that distributes it. */
export const MINI_PROGRAM_PLATFORMS = ['wechat', 'alipay', 'baidu', 'douyin'] as const
export type MiniProgramPlatform = (typeof MINI_PROGRAM_PLATFORMS)[number]
