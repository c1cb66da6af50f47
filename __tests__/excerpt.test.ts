/** truncate and the escapes every message and report goes through (src/excerpt.ts). */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { escapeJsonLeftovers, truncate } from '../src/excerpt.js'

/** The definition truncate's fast path must keep: cut by characters, never inside a surrogate pair. */
function truncateByCharacters(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`
}

describe('truncate', () => {
  it('cuts by characters, astral ones included, as splitting the whole text would', () => {
    const text = fc
      .array(fc.constantFrom('a', 'é', '中', '😀', '\u{10FFFF}'), { maxLength: 80 })
      .map((a) => a.join(''))
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 60 }), (value, max) => {
        expect(truncate(value, max)).toBe(truncateByCharacters(value, max))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('escapeJsonLeftovers', () => {
  it('escapes what JSON.stringify leaves raw, and the result reads back as the same JSON string', () => {
    const value = 'a\u007fb\u009bc\u2028d\u2029e'
    const escaped = escapeJsonLeftovers(JSON.stringify(value))
    expect(escaped).toBe('"a\\u007fb\\u009bc\\u2028d\\u2029e"')
    expect(JSON.parse(escaped)).toBe(value)
  })
})
