/**
 * MIIT filing numbers (APP备案号): parse a service number (`京ICP备2023012345号-1A`) or a main (subject)
 * number (`京ICP备2023012345号`) into its parts, or say exactly what is wrong and how to write it.
 *
 * Shape (derived from real numbers, docs/sources.md Public-numbers; not an official spec):
 *   <province> ( ICP备<8|10 digits>号 | ICP证<6 digits>号 | B2-<8 digits> ) -<seq><A|X|K>
 * The parser walks the string left to right rather than matching one regex, so that a failure can
 * name the first part that is wrong.
 */

import { isProvinceAbbreviation, LEGACY_PROVINCE_ALIASES, PROVINCES } from '../catalog/provinces.js'

export type FilingShape = 'icp-filing' | 'icp-licence' | 'b2'
export type ServiceType = 'A' | 'X' | 'K'

/** Type letters after the sequence: "App为-2A，小程序为-3X，快应用为-4K" (HW-KB doc_0115). */
export const SERVICE_TYPE_KINDS: Record<ServiceType, 'app' | 'mini-program' | 'quick-app'> = {
  A: 'app',
  X: 'mini-program',
  K: 'quick-app',
}

export interface FilingNumber {
  /** The input, trimmed. */
  raw: string
  /** The first character as written. */
  province: string
  /** The current character for that province: 蜀 for a legacy 川. */
  currentProvince: string
  /** True when `province` is a legacy character (川, 甘): valid but worth a warning. */
  legacyProvince: boolean
  /** The subject's number: 沪ICP备2023012345号, 京ICP证030173号 or 粤B2-20090059. */
  mainNumber: string
  shape: FilingShape
  /** The digits of the main number. */
  serial: string
  /** YYYY of a 10-digit serial; 19YY/20YY of an 8-digit one (heuristic); null for licence and B2 numbers. */
  serialYear: number | null
  /** The service sequence after the hyphen; null for a main number. */
  sequence: number | null
  /** null for a website number (and a main number). */
  type: ServiceType | null
}

export type ParseResult = { ok: true; number: FilingNumber } | { ok: false; problem: string; hint: string }

const EXAMPLE = '京ICP备2023012345号-1A'
const TYPE_LETTERS = 'A = app, X = mini program, K = quick app'

/**
 * Serial widths of `ICP备<serial>号`: 8 digits (YY + 6, older) or 10 (YYYY + 6, in use by 2018).
 * ICP证 licences: 6 digits seen (Baidu 京ICP证030173号; the width is not confirmed; Public-numbers).
 * B2 licences: 8 digits (粤B2-20090059).
 */
const SERIAL_WIDTHS: Record<FilingShape, readonly number[]> = {
  'icp-filing': [8, 10],
  'icp-licence': [6],
  b2: [8],
}

/**
 * Hong Kong, Macau and Taiwan have no ICP filing: no 港/澳/台 number was found, and Huawei Cloud says
 * servers in 中国-香港 need no filing (HW-KB 备案条件咨询, Medium).
 */
const NOT_MAINLAND: Readonly<Record<string, string>> = { 港: 'Hong Kong', 澳: 'Macau', 台: 'Taiwan' }

/**
 * 贵 and 云 appear only in placeholder or fake strings (贵ICP备00000000号, 云ICP备20241208号); real
 * Guizhou and Yunnan numbers start with 黔 and 滇 (Public-numbers, Low–Medium).
 */
const NOT_USED: Readonly<Record<string, string>> = { 贵: '黔', 云: '滇' }

/** Full-width forms people paste from Chinese web pages; stores compare the exact half-width string. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/g

type Step<T> = { ok: true; value: T; rest: string } | { ok: false; problem: string; hint: string }

interface MainParts {
  province: string
  currentProvince: string
  legacyProvince: boolean
  mainNumber: string
  shape: FilingShape
  serial: string
}

function fail(problem: string, hint: string): { ok: false; problem: string; hint: string } {
  return { ok: false, problem, hint }
}

/** Trim, then refuse full-width characters and inner whitespace, showing the fixed string. */
function normalise(raw: string): Step<string> {
  const text = raw.trim()
  if (text === '')
    return fail('the filing number is empty', `Write the number from the filing notice, e.g. ${EXAMPLE}.`)
  const fullWidth = text.match(FULL_WIDTH)
  if (fullWidth) {
    const halfWidth = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    return fail(
      `contains full-width characters (${[...new Set(fullWidth)].join(' ')})`,
      `Stores match the exact half-width string: write ${halfWidth.replace(/\s+/g, '')}.`,
    )
  }
  const space = /\s/.exec(text)
  if (space) {
    return fail(
      `contains whitespace at character ${space.index + 1}`,
      `A filing number has no spaces: write ${text.replace(/\s+/g, '')}.`,
    )
  }
  return { ok: true, value: text, rest: text }
}

/** The first character (a whole code point), as `[...text][0]` gives it, without spreading the text. */
function firstCharacter(text: string): string | undefined {
  const code = text.codePointAt(0)
  return code === undefined ? undefined : String.fromCodePoint(code)
}

function parseProvince(
  text: string,
): Step<Pick<MainParts, 'province' | 'currentProvince' | 'legacyProvince'>> {
  const first = firstCharacter(text) ?? ''
  const rest = text.slice(first.length)
  if (isProvinceAbbreviation(first)) {
    return { ok: true, value: { province: first, currentProvince: first, legacyProvince: false }, rest }
  }
  const current = LEGACY_PROVINCE_ALIASES[first]
  if (current) {
    return { ok: true, value: { province: first, currentProvince: current, legacyProvince: true }, rest }
  }
  if (text.startsWith('ICP') || text.startsWith('B2')) {
    return fail(
      `missing the province character before ${text.startsWith('ICP') ? 'ICP' : 'B2'}`,
      `A filing number starts with the province that issued it, e.g. ${EXAMPLE}.`,
    )
  }
  const region = NOT_MAINLAND[first]
  if (region) {
    return fail(
      `${first} is not a mainland province: Hong Kong, Macau and Taiwan have no ICP filing`,
      `${region} is outside the MIIT filing system; an app for mainland China is filed in the mainland province where its holder is registered.`,
    )
  }
  const instead = NOT_USED[first]
  if (instead) {
    return fail(
      `${first} is not used in filing numbers: current numbers use ${instead}`,
      `Check the number on the filing notice (beian.miit.gov.cn); it likely starts with ${instead}.`,
    )
  }
  const joke = first === '萌' ? ' (萌ICP备 is a joke "moe" registry, not MIIT)' : ''
  return fail(
    `${first} is not a province${joke}`,
    `A filing number starts with one of ${PROVINCES.map((p) => p.abbr).join('')}, e.g. ${EXAMPLE}.`,
  )
}

/** The text between the province and the serial: ICP备, ICP证 or B2-. */
function parseShape(text: string, province: string): Step<FilingShape> {
  if (text.startsWith('ICP备')) return { ok: true, value: 'icp-filing', rest: text.slice(4) }
  if (text.startsWith('ICP证')) return { ok: true, value: 'icp-licence', rest: text.slice(4) }
  if (text.startsWith('B2-')) return { ok: true, value: 'b2', rest: text.slice(3) }
  if (/^icp/i.test(text) && !text.startsWith('ICP')) {
    return fail(
      `write ICP in capitals, not ${text.slice(0, 3)}`,
      `For example ${province}ICP备2023012345号-1A.`,
    )
  }
  if (text.startsWith('ICP')) {
    const next = text.slice(3, 4)
    return fail(
      next ? `expected 备 or 证 after ICP, found ${next}` : 'the number ends after ICP',
      `ICP备 is a filing, ICP证 a licence: e.g. ${province}ICP备2023012345号-1A.`,
    )
  }
  if (text.startsWith('b2')) {
    return fail('write B2 in capitals, not b2', `For example ${province}B2-20090059-1A.`)
  }
  if (text.startsWith('B2')) {
    return fail(
      'missing the hyphen after B2',
      `A B2 licence number is written ${province}B2-<8 digits>, e.g. 粤B2-20090059-2674A.`,
    )
  }
  const next = firstCharacter(text)
  return fail(
    next
      ? `unexpected ${next} after ${province}: expected ICP备, ICP证 or B2-`
      : `the number ends after ${province}`,
    `The province is followed by ICP备 (filing), ICP证 (licence) or B2- (B2 licence), e.g. ${province}ICP备2023012345号-1A.`,
  )
}

function describeWidths(shape: FilingShape): string {
  if (shape === 'icp-filing') return 'ICP备 serials have 8 (old) or 10 (YYYY + 6) digits'
  if (shape === 'icp-licence') return 'ICP证 licence numbers have 6 digits'
  return 'B2 licence numbers have 8 digits'
}

/** Serial digits, then 号 (ICP备/ICP证) or nothing (B2). */
function parseSerial(text: string, shape: FilingShape, head: string): Step<string> {
  const serial = /^\d*/.exec(text)![0]
  const rest = text.slice(serial.length)
  if (serial === '') {
    return fail(
      `missing the serial digits after ${head}`,
      `For example ${head}${shape === 'b2' ? '20090059' : '2023012345号'}.`,
    )
  }
  if (!SERIAL_WIDTHS[shape].includes(serial.length)) {
    return fail(
      `serial has ${serial.length} digits; ${describeWidths(shape)}`,
      'Copy the number exactly from the filing notice (beian.miit.gov.cn).',
    )
  }
  if (shape === 'b2') {
    if (rest.startsWith('号')) {
      return fail('B2 licence numbers have no 号 after the digits', `Write ${head}${serial}${rest.slice(1)}.`)
    }
    return { ok: true, value: serial, rest }
  }
  if (!rest.startsWith('号')) return fail('missing 号 after the serial', `Write ${head}${serial}号${rest}.`)
  return { ok: true, value: serial, rest: rest.slice(1) }
}

function parseMain(raw: string): Step<MainParts> {
  const text = normalise(raw)
  if (!text.ok) return text
  const province = parseProvince(text.value)
  if (!province.ok) return province
  const shape = parseShape(province.rest, province.value.province)
  if (!shape.ok) return shape
  const head = text.value.slice(0, text.value.length - shape.rest.length)
  const serial = parseSerial(shape.rest, shape.value, head)
  if (!serial.ok) return serial
  const mainNumber = text.value.slice(0, text.value.length - serial.rest.length)
  return {
    ok: true,
    value: { ...province.value, mainNumber, shape: shape.value, serial: serial.value },
    rest: serial.rest,
  }
}

/** `-<seq><type>` after the main number; an empty type means a website number. */
function parseService(
  text: string,
  mainNumber: string,
): Step<{ sequence: number; type: ServiceType | null }> {
  if (!text.startsWith('-')) {
    if (/^\d/.test(text))
      return fail(`missing the hyphen after ${mainNumber}`, `Write ${mainNumber}-${text}.`)
    return fail(
      `unexpected ${firstCharacter(text)} after ${mainNumber}: expected -<sequence><type letter>`,
      `The service number is ${mainNumber}-<sequence><type letter>, e.g. ${mainNumber}-1A.`,
    )
  }
  const digits = /^\d*/.exec(text.slice(1))![0]
  const rest = text.slice(1 + digits.length)
  if (digits === '') {
    return fail(
      rest ? `missing the sequence number between - and ${firstCharacter(rest)}` : 'nothing after the hyphen',
      `The service number is ${mainNumber}-<sequence><type letter>, e.g. ${mainNumber}-1A; the sequence is on the filing notice.`,
    )
  }
  // Sequences seen are 1, 2, 12, 209, 2674…; a leading zero was never seen (Public-numbers: [1-9][0-9]*).
  if (digits.startsWith('0')) {
    return fail(
      `sequence ${digits} starts with 0`,
      'Sequences start at 1 and have no leading zero; copy the number from the filing notice.',
    )
  }
  const sequence = Number(digits)
  if (rest === '') return { ok: true, value: { sequence, type: null }, rest }
  const letter = firstCharacter(rest)!
  if (rest.length > 1) {
    return fail(
      `unexpected ${rest.slice(1)} after the type letter ${letter}`,
      `A filing number ends with its type letter, e.g. ${mainNumber}-${digits}${letter}.`,
    )
  }
  if (letter === 'A' || letter === 'X' || letter === 'K')
    return { ok: true, value: { sequence, type: letter }, rest: '' }
  const upper = letter.toUpperCase()
  if (upper === 'A' || upper === 'X' || upper === 'K') {
    return fail(`lowercase type letter ${letter}: write ${upper}`, `Write ${mainNumber}-${digits}${upper}.`)
  }
  if (/^[A-Za-z]$/.test(letter)) {
    return fail(
      `unknown type letter ${letter}: ${TYPE_LETTERS}`,
      `For an app write ${mainNumber}-${digits}A.`,
    )
  }
  return fail(
    `unexpected ${letter} after the sequence: expected a type letter (${TYPE_LETTERS})`,
    `For an app write ${mainNumber}-${digits}A.`,
  )
}

/**
 * The year a serial encodes. 10 digits: YYYY. 8 digits: YY, "号码前两位代表首次审批时的年份" (one third-party
 * explainer, Serial-year, Medium); read as 20YY below 90 and 19YY from 90 (no filing predates the 1990s).
 */
function serialYearOf(shape: FilingShape, serial: string): number | null {
  if (shape !== 'icp-filing') return null
  if (serial.length === 10) return Number(serial.slice(0, 4))
  const yy = Number(serial.slice(0, 2))
  return yy >= 90 ? 1900 + yy : 2000 + yy
}

/**
 * The one place a FilingNumber is written (its key order is the JSON report's); the fields are written
 * out rather than spread, since it runs for every app.
 */
function toNumber(
  raw: string,
  main: MainParts,
  sequence: number | null,
  type: ServiceType | null,
): FilingNumber {
  return {
    raw: raw.trim(),
    province: main.province,
    currentProvince: main.currentProvince,
    legacyProvince: main.legacyProvince,
    mainNumber: main.mainNumber,
    shape: main.shape,
    serial: main.serial,
    serialYear: serialYearOf(main.shape, main.serial),
    sequence,
    type,
  }
}

/**
 * A service number: `<main>-<seq><A|X|K>`. A website number (`<main>-<seq>`, no letter) parses with
 * type null so the caller can say "this is a website number" rather than "malformed".
 */
export function parseFilingNumber(raw: string): ParseResult {
  return parseWellFormed(raw) ?? parseStepByStep(raw)
}

/**
 * A number written exactly as MIIT issues it (a current province, ICP备/ICP证/B2-, a serial of its
 * shape's width, -<seq><letter>), as one regular expression: the same result parseStepByStep gives
 * (a property test holds them together), or undefined for anything else, which that parser then reads
 * and explains. Every app of a declaration has a number, and the step-by-step parse of 1,000 of them
 * took 12 ms in a fresh process, cold code that each step's slices, patterns and objects add to.
 */
const WELL_FORMED = /^(.)(ICP备|ICP证|B2-)([0-9]+)(号?)-([1-9][0-9]*)([AXK]?)$/
const SHAPE_OF_HEAD: Readonly<Record<string, FilingShape>> = {
  ICP备: 'icp-filing',
  ICP证: 'icp-licence',
  'B2-': 'b2',
}

export function parseWellFormed(raw: string): ParseResult | undefined {
  const match = WELL_FORMED.exec(raw)
  if (!match) return undefined
  // Indexed rather than destructured: destructuring walks the array's iterator, interpreted.
  const province = match[1]!
  const head = match[2]!
  const serial = match[3]!
  const hao = match[4]!
  const digits = match[5]!
  const letter = match[6]!
  if (!isProvinceAbbreviation(province)) return undefined
  const shape = SHAPE_OF_HEAD[head]!
  // 号 after an ICP备 or ICP证 serial, none after a B2 one.
  if (!SERIAL_WIDTHS[shape].includes(serial.length) || (hao === '') !== (shape === 'b2')) return undefined
  const main: MainParts = {
    province,
    currentProvince: province,
    legacyProvince: false,
    // The number up to the hyphen before the sequence.
    mainNumber: raw.slice(0, raw.length - digits.length - letter.length - 1),
    shape,
    serial,
  }
  return {
    ok: true,
    number: toNumber(raw, main, Number(digits), letter === '' ? null : (letter as ServiceType)),
  }
}

/** Every number, read part by part, so that a malformed one is told what is wrong where. */
export function parseStepByStep(raw: string): ParseResult {
  const main = parseMain(raw)
  if (!main.ok) return main
  const { mainNumber } = main.value
  if (main.rest === '') {
    return fail(
      `this is a main (subject) number; the app's service number adds -<seq><type>, e.g. ${mainNumber}-1A`,
      `Copy the app's own service number from the filing notice (${TYPE_LETTERS}).`,
    )
  }
  const service = parseService(main.rest, mainNumber)
  if (!service.ok) return service
  return { ok: true, number: toNumber(raw, main.value, service.value.sequence, service.value.type) }
}

/** A main (subject) number, as in `holder.mainNumber`: no `-<seq><type>`. */
export function parseMainNumber(raw: string): ParseResult {
  const main = parseMain(raw)
  if (!main.ok) return main
  const { mainNumber } = main.value
  if (main.rest !== '') {
    const service = parseService(main.rest, mainNumber)
    if (service.ok) {
      return fail(
        `this is a service number; the main (subject) number is ${mainNumber}`,
        `Write ${mainNumber}: the main number is the part before -${main.rest.slice(1)}.`,
      )
    }
    return fail(
      `unexpected ${main.rest} after ${mainNumber}`,
      `A main number ends after its serial: write ${mainNumber}.`,
    )
  }
  return { ok: true, number: toNumber(raw, main.value, null, null) }
}

/** One digit, repeated: a module constant, since a literal in the function builds a RegExp per call. */
const ONE_DIGIT_REPEATED = /^(\d)\1*$/

/** Serials that are patterns rather than issued numbers, as used in docs and tests (Public-numbers). */
export function placeholderReason(n: FilingNumber): string | undefined {
  const { serial } = n
  if (ONE_DIGIT_REPEATED.test(serial))
    return `looks like a placeholder: serial ${serial} is one digit repeated`
  if ('01234567890'.includes(serial) || '9876543210'.includes(serial)) {
    return `looks like a placeholder: serial ${serial} is a run of consecutive digits`
  }
  return undefined
}
