import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { PROVINCES } from '../../src/catalog/provinces.js'
import {
  parseFilingNumber,
  parseStepByStep,
  parseWellFormed,
  parseMainNumber,
  placeholderReason,
  SERVICE_TYPE_KINDS,
  type FilingNumber,
  type ParseResult,
} from '../../src/filing/number.js'

function parsed(result: ParseResult): FilingNumber {
  if (!result.ok) throw new Error(`expected a number, got: ${result.problem}. ${result.hint}`)
  return result.number
}

function problemOf(result: ParseResult): string {
  if (result.ok) throw new Error(`expected a problem, parsed ${JSON.stringify(result.number)}`)
  return result.problem
}

// domain.md "Test vectors": should PASS as an App number (type A).
describe('parseFilingNumber: app numbers', () => {
  it.each([
    ['京ICP备2023012345号-1A', '京', '京ICP备2023012345号', 'icp-filing', '2023012345', 2023, 1],
    ['粤ICP备2026075101号-1A', '粤', '粤ICP备2026075101号', 'icp-filing', '2026075101', 2026, 1],
    ['陕ICP备2024026116号-1A', '陕', '陕ICP备2024026116号', 'icp-filing', '2024026116', 2024, 1],
    ['蜀ICP备2026054850号-2A', '蜀', '蜀ICP备2026054850号', 'icp-filing', '2026054850', 2026, 2],
    ['浙ICP备20018325号-12A', '浙', '浙ICP备20018325号', 'icp-filing', '20018325', 2020, 12],
    ['粤B2-20090059-2674A', '粤', '粤B2-20090059', 'b2', '20090059', null, 2674],
    ['京ICP证030173号-209A', '京', '京ICP证030173号', 'icp-licence', '030173', null, 209],
    ['黔ICP备2023012345号-1A', '黔', '黔ICP备2023012345号', 'icp-filing', '2023012345', 2023, 1],
    ['滇ICP备2023012345号-1A', '滇', '滇ICP备2023012345号', 'icp-filing', '2023012345', 2023, 1],
    ['陇ICP备2023012345号-1A', '陇', '陇ICP备2023012345号', 'icp-filing', '2023012345', 2023, 1],
  ] as const)('%s', (raw, province, mainNumber, shape, serial, serialYear, sequence) => {
    expect(parsed(parseFilingNumber(raw))).toEqual({
      raw,
      province,
      currentProvince: province,
      legacyProvince: false,
      mainNumber,
      shape,
      serial,
      serialYear,
      sequence,
      type: 'A',
    })
  })

  it('trims surrounding whitespace, including an ideographic space', () => {
    const number = parsed(parseFilingNumber('  京ICP备2023012345号-1A\u3000\n'))
    expect(number.raw).toBe('京ICP备2023012345号-1A')
  })

  it('is not a placeholder', () => {
    expect(placeholderReason(parsed(parseFilingNumber('京ICP备2023012345号-1A')))).toBeUndefined()
  })
})

// domain.md "Test vectors": PASS as mini program (X) or quick app (K), FAIL where an app number is required.
describe('parseFilingNumber: mini program and quick app numbers', () => {
  it.each([
    ['粤B2-20090059-1626X', 'X', 'mini-program', '粤B2-20090059', 1626],
    ['黔ICP备2025044274号-1X', 'X', 'mini-program', '黔ICP备2025044274号', 1],
    ['京ICP备2026059598号-1X', 'X', 'mini-program', '京ICP备2026059598号', 1],
    ['京ICP备2023012345号-4K', 'K', 'quick-app', '京ICP备2023012345号', 4],
  ] as const)('%s is type %s (%s), not an app number', (raw, type, kind, mainNumber, sequence) => {
    const number = parsed(parseFilingNumber(raw))
    expect(number).toMatchObject({ type, mainNumber, sequence })
    expect(SERVICE_TYPE_KINDS[number.type!]).toBe(kind)
    expect(SERVICE_TYPE_KINDS[number.type!]).not.toBe('app')
  })
})

describe('parseFilingNumber: website numbers', () => {
  // Parsed, with type null, so filing-number-format can say "this is a website number".
  it.each([
    ['京ICP备2023012345号-1', '京ICP备2023012345号', 1],
    ['粤B2-20090059-5', '粤B2-20090059', 5],
    ['京ICP备16016397号-3', '京ICP备16016397号', 3],
  ] as const)('%s has no type letter', (raw, mainNumber, sequence) => {
    expect(parsed(parseFilingNumber(raw))).toMatchObject({ mainNumber, sequence, type: null })
  })
})

// domain.md "Test vectors": should FAIL (malformed or wrong kind), plus the legacy shapes of §1.3/§1.4.
describe('parseFilingNumber: malformed numbers', () => {
  it.each([
    [
      '京ICP备2023012345号',
      "this is a main (subject) number; the app's service number adds -<seq><type>, e.g. 京ICP备2023012345号-1A",
    ],
    ['京ICP备2023012345号-1a', 'lowercase type letter a: write A'],
    ['京ICP备2023012345号-1x', 'lowercase type letter x: write X'],
    ['京ICP备2023012345-1A', 'missing 号 after the serial'],
    ['京ICP备2023012345号1A', 'missing the hyphen after 京ICP备2023012345号'],
    ['京ICP备2023012345号-A', 'missing the sequence number between - and A'],
    ['京ICP备2023012345号-', 'nothing after the hyphen'],
    ['京ICP备202301234号-1A', 'serial has 9 digits; ICP备 serials have 8 (old) or 10 (YYYY + 6) digits'],
    ['京ICP备20230123456号-1A', 'serial has 11 digits; ICP备 serials have 8 (old) or 10 (YYYY + 6) digits'],
    ['川ICP备202208282355号-1', 'serial has 12 digits'],
    [
      '港ICP备2023012345号-1A',
      '港 is not a mainland province: Hong Kong, Macau and Taiwan have no ICP filing',
    ],
    [
      '澳ICP备2023012345号-1A',
      '澳 is not a mainland province: Hong Kong, Macau and Taiwan have no ICP filing',
    ],
    [
      '台ICP备2023012345号-1A',
      '台 is not a mainland province: Hong Kong, Macau and Taiwan have no ICP filing',
    ],
    ['京ICP备2023012345号-1B', 'unknown type letter B: A = app, X = mini program, K = quick app'],
    ['粤B2-2009005-1A', 'serial has 7 digits; B2 licence numbers have 8 digits'],
    ['萌ICP备20257012号', '萌 is not a province'],
    ['ICP备2023012345号-1A', 'missing the province character before ICP'],
    ['B2-20080101-1A', 'missing the province character before B2'],
    ['沪交ICP备20190085号', 'unexpected 交 after 沪: expected ICP备, ICP证 or B2-'],
    ['贵ICP备00000000号', '贵 is not used in filing numbers: current numbers use 黔'],
    ['云ICP备20241208号', '云 is not used in filing numbers: current numbers use 滇'],
    ['滇ICP备09010050-5号', 'missing 号 after the serial'],
    ['陇ICP备 05000593', 'contains whitespace at character 6'],
    ['京ICP备2023012345号-01A', 'sequence 01 starts with 0'],
    ['京ICP备2023012345号-1AA', 'unexpected A after the type letter A'],
    ['京ICP证03017号-1A', 'serial has 5 digits; ICP证 licence numbers have 6 digits'],
    ['粤B2-20090059号-1A', 'B2 licence numbers have no 号 after the digits'],
    ['粤B220090059-1A', 'missing the hyphen after B2'],
    ['京icp备2023012345号-1A', 'write ICP in capitals, not icp'],
    ['京ICP2023012345号-1A', 'expected 备 or 证 after ICP, found 2'],
    ['京ICP备号-1A', 'missing the serial digits after 京ICP备'],
    ['', 'the filing number is empty'],
  ])('%j', (raw, problem) => {
    const result = parseFilingNumber(raw)
    expect(problemOf(result)).toContain(problem)
    // The rule prints "<problem>. <hint>": a bare problem and a full-sentence hint.
    expect(result.ok ? '' : result.problem).not.toMatch(/\.$/)
    expect(result.ok ? '' : result.hint).toMatch(/^[A-Z].*\.$/)
  })

  it.each([
    ['京ICP备2023012345号－1A', '京ICP备2023012345号-1A'],
    ['京ICP备２０２３０１２３４５号-1A', '京ICP备2023012345号-1A'],
    ['京ICP备2023012345号-1Ａ', '京ICP备2023012345号-1A'],
  ])('rejects full-width characters in %s and shows the half-width form', (raw, halfWidth) => {
    const result = parseFilingNumber(raw)
    expect(problemOf(result)).toContain('contains full-width characters')
    expect(result.ok ? '' : result.hint).toContain(`write ${halfWidth}`)
  })

  it('shows the corrected number in the hint', () => {
    const result = parseFilingNumber('京ICP备2023012345-1A')
    expect(result).toEqual({
      ok: false,
      problem: 'missing 号 after the serial',
      hint: 'Write 京ICP备2023012345号-1A.',
    })
  })
})

// domain.md "Test vectors": should WARN (format-valid but suspicious).
describe('parseFilingNumber and placeholderReason: suspicious numbers', () => {
  it.each([
    ['京ICP备00000000号-1A', 'looks like a placeholder: serial 00000000 is one digit repeated'],
    ['京ICP备12345678号-1A', 'looks like a placeholder: serial 12345678 is a run of consecutive digits'],
    ['京ICP备1234567890号-1A', 'looks like a placeholder: serial 1234567890 is a run of consecutive digits'],
    ['京ICP备0123456789号-1A', 'looks like a placeholder: serial 0123456789 is a run of consecutive digits'],
    ['京ICP备9999999999号-1A', 'looks like a placeholder: serial 9999999999 is one digit repeated'],
    ['京ICP证000000号-1A', 'looks like a placeholder: serial 000000 is one digit repeated'],
  ])('%s', (raw, reason) => {
    expect(placeholderReason(parsed(parseFilingNumber(raw)))).toBe(reason)
  })

  it.each([
    ['川ICP备10200063号-1A', '川', '蜀', 2010],
    ['甘ICP备16003251号-1A', '甘', '陇', 2016],
  ])('%s parses with the legacy character %s (current %s)', (raw, province, currentProvince, serialYear) => {
    expect(parsed(parseFilingNumber(raw))).toMatchObject({
      province,
      currentProvince,
      legacyProvince: true,
      serialYear,
    })
  })

  it('reads a 10-digit serial year as written, so the rule can flag a future year', () => {
    expect(parsed(parseFilingNumber('京ICP备2099012345号-1A')).serialYear).toBe(2099)
  })

  it('reads an 8-digit serial from the 1990s as 19YY', () => {
    expect(parsed(parseFilingNumber('京ICP备99012345号-1A')).serialYear).toBe(1999)
  })
})

describe('parseMainNumber', () => {
  it.each([
    ['京ICP备2023012345号', 'icp-filing', '2023012345', 2023],
    ['浙ICP备20018325号', 'icp-filing', '20018325', 2020],
    ['京ICP证030173号', 'icp-licence', '030173', null],
    ['粤B2-20090059', 'b2', '20090059', null],
  ] as const)('%s', (raw, shape, serial, serialYear) => {
    expect(parsed(parseMainNumber(raw))).toEqual({
      raw,
      province: [...raw][0],
      currentProvince: [...raw][0],
      legacyProvince: false,
      mainNumber: raw,
      shape,
      serial,
      serialYear,
      sequence: null,
      type: null,
    })
  })

  it('matches the mainNumber of the service numbers that extend it', () => {
    expect(parsed(parseMainNumber('粤B2-20090059')).mainNumber).toBe(
      parsed(parseFilingNumber('粤B2-20090059-2674A')).mainNumber,
    )
  })

  it.each([
    ['京ICP备2023012345号-1A', 'this is a service number; the main (subject) number is 京ICP备2023012345号'],
    ['粤B2-20090059-2674A', 'this is a service number; the main (subject) number is 粤B2-20090059'],
    ['京ICP备2023012345号-1a', 'unexpected -1a after 京ICP备2023012345号'],
    ['京ICP备2023012345', 'missing 号 after the serial'],
    ['港ICP备2023012345号', '港 is not a mainland province'],
  ])('rejects %s', (raw, problem) => {
    expect(problemOf(parseMainNumber(raw))).toContain(problem)
  })
})

// parseFilingNumber reads a number written as MIIT issues it with one pattern (parseWellFormed) and
// every other one step by step: the pattern is only a fast path, so wherever it answers it must give
// exactly the step-by-step result, keys in the same order (the JSON report prints them).
describe('parseFilingNumber: the well-formed fast path', () => {
  const part = (...values: string[]) => fc.constantFrom(...values)
  const digits = fc.stringMatching(/^[0-9]{0,12}$/)
  const number = fc
    .tuple(
      part(...PROVINCES.map((p) => p.abbr), '冀', '贵', '港', '萌', ' ', '', '沪沪'),
      part('ICP备', 'ICP证', 'B2-', 'B2', 'icp备', 'ICP', 'ＩＣＰ备', ''),
      digits,
      part('号', '', '號'),
      part('-', '', '--', '—'),
      fc.oneof(digits, part('0', '01', '1', '12', '2674')),
      part('A', 'X', 'K', '', 'a', 'B', 'AA', ' ', '\u3000', 'Ａ'),
    )
    .map((parts) => parts.join(''))
  // Numbers as MIIT writes them, for the fast path to answer, and their mutations.
  const serialFor = { ICP备: [8, 10], ICP证: [6], 'B2-': [8] } as const
  const wellFormed = fc
    .tuple(
      part(...PROVINCES.map((p) => p.abbr)),
      part('ICP备', 'ICP证', 'B2-'),
      fc.nat(),
      fc.stringMatching(/^[0-9]{10}$/),
      fc.stringMatching(/^[1-9][0-9]{0,4}$/),
      part('A', 'X', 'K', ''),
    )
    .map(([province, head, width, serial, sequence, letter]) => {
      const widths = serialFor[head as keyof typeof serialFor]
      const hao = head === 'B2-' ? '' : '号'
      return `${province}${head}${serial.slice(0, widths[width % widths.length])}${hao}-${sequence}${letter}`
    })
  const mutated = fc
    .tuple(fc.oneof(wellFormed, number), fc.nat(30), part(' ', '\u3000', '\n', '号', '-', '1', '𠀀'))
    .map(([text, at, c]) => text.slice(0, at) + c + text.slice(at))

  it('gives the step-by-step result wherever it answers, and answers for well-formed numbers', () => {
    let answered = 0
    fc.assert(
      fc.property(fc.oneof(wellFormed, number, mutated), (raw) => {
        const fast = parseWellFormed(raw)
        if (fast === undefined) return
        answered++
        expect(JSON.stringify(fast)).toBe(JSON.stringify(parseStepByStep(raw)))
      }),
      { numRuns: 20_000 },
    )
    expect(answered).toBeGreaterThan(5_000)
  })

  it.each([
    '沪ICP备2023012345号-3A',
    '京ICP证030173号-1A',
    '粤B2-20090059-2674A',
    '浙ICP备12345678号-2X',
    '京ICP备2023012345号-12',
  ])('answers for %s', (raw) => {
    expect(parseWellFormed(raw)).toEqual(parseStepByStep(raw))
    expect(parseWellFormed(raw)?.ok).toBe(true)
  })
})
