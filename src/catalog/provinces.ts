/**
 * The 31 provincial-level divisions of mainland China and the one-character abbreviation each uses
 * as the first character of an ICP filing number.
 *
 * Source: docs/sources.md Public-numbers (no official MIIT table was found). Real filing numbers use 蜀/黔/滇/陇 for
 * Sichuan/Guizhou/Yunnan/Gansu (many public examples, e.g. 蜀ICP备2026054850号-2A, 黔ICP备2025044274号-1X,
 * 滇ICP备2023001289号-1, 陇ICP备2024012699号-3), not 川/贵/云/甘.
 */

export interface Province {
  /** The character that starts the filing number. */
  abbr: string
  /** Pinyin name, lowercase, accepted in `holder.province`. */
  pinyin: string
  /** English name for messages. */
  english: string
}

export const PROVINCES: readonly Province[] = [
  { abbr: '京', pinyin: 'beijing', english: 'Beijing' },
  { abbr: '津', pinyin: 'tianjin', english: 'Tianjin' },
  { abbr: '冀', pinyin: 'hebei', english: 'Hebei' },
  { abbr: '晋', pinyin: 'shanxi', english: 'Shanxi' },
  { abbr: '蒙', pinyin: 'neimenggu', english: 'Inner Mongolia' },
  { abbr: '辽', pinyin: 'liaoning', english: 'Liaoning' },
  { abbr: '吉', pinyin: 'jilin', english: 'Jilin' },
  { abbr: '黑', pinyin: 'heilongjiang', english: 'Heilongjiang' },
  { abbr: '沪', pinyin: 'shanghai', english: 'Shanghai' },
  { abbr: '苏', pinyin: 'jiangsu', english: 'Jiangsu' },
  { abbr: '浙', pinyin: 'zhejiang', english: 'Zhejiang' },
  { abbr: '皖', pinyin: 'anhui', english: 'Anhui' },
  { abbr: '闽', pinyin: 'fujian', english: 'Fujian' },
  { abbr: '赣', pinyin: 'jiangxi', english: 'Jiangxi' },
  { abbr: '鲁', pinyin: 'shandong', english: 'Shandong' },
  { abbr: '豫', pinyin: 'henan', english: 'Henan' },
  { abbr: '鄂', pinyin: 'hubei', english: 'Hubei' },
  { abbr: '湘', pinyin: 'hunan', english: 'Hunan' },
  { abbr: '粤', pinyin: 'guangdong', english: 'Guangdong' },
  { abbr: '桂', pinyin: 'guangxi', english: 'Guangxi' },
  { abbr: '琼', pinyin: 'hainan', english: 'Hainan' },
  { abbr: '渝', pinyin: 'chongqing', english: 'Chongqing' },
  { abbr: '蜀', pinyin: 'sichuan', english: 'Sichuan' },
  { abbr: '黔', pinyin: 'guizhou', english: 'Guizhou' },
  { abbr: '滇', pinyin: 'yunnan', english: 'Yunnan' },
  { abbr: '藏', pinyin: 'xizang', english: 'Tibet' },
  { abbr: '陕', pinyin: 'shaanxi', english: 'Shaanxi' },
  { abbr: '陇', pinyin: 'gansu', english: 'Gansu' },
  { abbr: '青', pinyin: 'qinghai', english: 'Qinghai' },
  { abbr: '宁', pinyin: 'ningxia', english: 'Ningxia' },
  { abbr: '新', pinyin: 'xinjiang', english: 'Xinjiang' },
]

/**
 * Legacy characters still seen on old numbers with 8-digit serials (川ICP备09150084号, 甘ICP备16003251号-1):
 * accepted with a warning. Source: Public-numbers, old 川/甘 numbers (Medium).
 */
export const LEGACY_PROVINCE_ALIASES: Readonly<Record<string, string>> = { 川: '蜀', 甘: '陇' }

/** Other English / pinyin spellings people write for the same provinces. */
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  'inner mongolia': '蒙',
  'inner-mongolia': '蒙',
  innermongolia: '蒙',
  tibet: '藏',
  xizang: '藏',
}

export interface ProvinceMatch {
  province: Province
  /** Set when the input was a legacy character (川, 甘): the caller warns and names the current one. */
  legacyAlias?: string
}

/** The current one-character abbreviations, built on first use (every filing number asks). */
let abbreviations: ReadonlySet<string> | undefined

/** Whether `text` is a current province abbreviation (沪, 京, …), as filing numbers start with. */
export function isProvinceAbbreviation(text: string): boolean {
  return (abbreviations ??= new Set(PROVINCES.map((p) => p.abbr))).has(text)
}

/** Resolves a `holder.province` value: abbreviation, legacy alias, pinyin or English name. */
export function resolveProvince(input: string): ProvinceMatch | undefined {
  const text = input.trim()
  const byAbbr = PROVINCES.find((p) => p.abbr === text)
  if (byAbbr) return { province: byAbbr }
  // Own keys only, here and below: a province written `constructor` must not find Object.
  const current = Object.hasOwn(LEGACY_PROVINCE_ALIASES, text) ? LEGACY_PROVINCE_ALIASES[text] : undefined
  if (current) {
    const province = PROVINCES.find((p) => p.abbr === current)
    return province ? { province, legacyAlias: text } : undefined
  }
  const lower = text.toLowerCase()
  const extra = Object.hasOwn(EXTRA_NAMES, lower) ? EXTRA_NAMES[lower] : undefined
  const byName = PROVINCES.find(
    (p) => p.pinyin === lower || p.english.toLowerCase() === lower || p.abbr === extra,
  )
  return byName ? { province: byName } : undefined
}

/** Every value `holder.province` accepts, for "did you mean" suggestions and the JSON Schema. */
export function provinceSpellings(): string[] {
  return [...PROVINCES.flatMap((p) => [p.abbr, p.pinyin]), ...Object.keys(LEGACY_PROVINCE_ALIASES)]
}
