/**
 * todayInChina is UTC+8 arithmetic; Intl with the Asia/Shanghai zone is the reference it replaced.
 * They must agree on every instant since China's last daylight saving time (1991).
 */
import { describe, it, expect } from '@jest/globals'
import { todayInChina } from '../src/check.js'
import { daysBetween, isoTimestamp } from '../src/china-time.js'

const beijing = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

describe('todayInChina', () => {
  it('agrees with Intl Asia/Shanghai every 131 minutes from 1992 to 2060', () => {
    const disagreements: string[] = []
    const end = Date.UTC(2060, 0, 1)
    // 131 minutes is prime to the day, so the samples walk through every minute of the clock over time.
    for (let t = Date.UTC(1992, 0, 1); t < end; t += 131 * 60_000) {
      const now = new Date(t)
      if (todayInChina(now) !== beijing.format(now)) disagreements.push(now.toISOString())
    }
    expect(disagreements).toEqual([])
  })

  it('agrees on both sides of Beijing midnight (16:00 UTC) on every day of 2024 to 2030', () => {
    for (let day = Date.UTC(2024, 0, 1, 16); day < Date.UTC(2031, 0, 1); day += 86_400_000) {
      for (const t of [day - 1, day, day + 1]) {
        const now = new Date(t)
        expect(todayInChina(now)).toBe(beijing.format(now))
      }
    }
  })

  it('turns the date at 16:00 UTC, including across a year end and a leap day', () => {
    expect(todayInChina(new Date('2024-12-31T15:59:59.999Z'))).toBe('2024-12-31')
    expect(todayInChina(new Date('2024-12-31T16:00:00.000Z'))).toBe('2025-01-01')
    expect(todayInChina(new Date('2024-02-28T16:00:00.000Z'))).toBe('2024-02-29')
  })
})

// isoTimestamp replaces Date#toISOString, whose first call costs about 0.9 ms (issue 10).
describe('isoTimestamp', () => {
  const DAY = 86_400_000
  const expectSameAsDate = (instants: Iterable<number>) => {
    const disagreements: string[] = []
    for (const t of instants) {
      if (isoTimestamp(t) !== new Date(t).toISOString()) disagreements.push(`${t}: ${isoTimestamp(t)}`)
    }
    expect(disagreements).toEqual([])
  }

  it('writes what toISOString writes on every day from 1900 to 2100, at a time of day that moves', () => {
    expectSameAsDate(
      (function* () {
        // 7,919,123 ms is prime to the day, so the times walk the clock.
        for (let t = Date.UTC(1900, 0, 1), i = 0; t < Date.UTC(2100, 11, 31); t += DAY, i++)
          yield t + ((i * 7_919_123) % DAY)
      })(),
    )
  })

  it('writes what toISOString writes every 97 days from year 0 to 9999, and at random instants', () => {
    const yearZero = new Date(0).setUTCFullYear(0, 0, 1)
    expectSameAsDate(
      (function* () {
        for (let t = yearZero; t < Date.UTC(10000, 0, 1); t += 97 * DAY + 12_345) yield t
        for (let i = 0; i < 50_000; i++)
          yield Math.floor(yearZero + Math.random() * (Date.UTC(9999, 11, 31) - yearZero))
        yield* [
          yearZero,
          -1,
          0,
          1,
          Date.UTC(2024, 1, 29, 23, 59, 59, 999),
          Date.UTC(9999, 11, 31, 23, 59, 59, 999),
        ]
      })(),
    )
  })

  it('leaves years outside 0–9999 to toISOString', () => {
    expect(isoTimestamp(Date.UTC(10000, 0, 1))).toBe('+010000-01-01T00:00:00.000Z')
    expect(isoTimestamp(new Date(0).setUTCFullYear(-1, 11, 31))).toBe('-000001-12-31T00:00:00.000Z')
  })
})

describe('daysBetween', () => {
  /** What daysBetween computed with Date.parse before it was arithmetic (issue 10). */
  const byDateParse = (from: string, to: string) =>
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
  const pad = (n: number, width: number) => String(n).padStart(width, '0')

  it('counts the days Date.parse counts, for every written day 1 to 31 of every month from 1899 to 2101', () => {
    const disagreements: string[] = []
    for (let year = 1899; year <= 2101; year++)
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 31; day++) {
          // February 30 and April 31 too: Date.parse rolls them into the next month.
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
          for (const other of ['2024-03-31', '1970-01-01'])
            if (daysBetween(other, date) !== byDateParse(other, date))
              disagreements.push(`${other} → ${date}`)
        }
    expect(disagreements).toEqual([])
  })

  it('agrees at random dates from year 0 to 9999, and across leap days and century years', () => {
    const dates = [
      '0000-01-01',
      '0000-02-29',
      '1900-02-28',
      '1900-03-01',
      '2000-02-29',
      '2100-03-01',
      '9999-12-31',
    ]
    for (let i = 0; i < 20_000; i++)
      dates.push(
        `${pad(Math.floor(Math.random() * 10_000), 4)}-${pad(1 + Math.floor(Math.random() * 12), 2)}-${pad(1 + Math.floor(Math.random() * 31), 2)}`,
      )
    for (let i = 1; i < dates.length; i++)
      expect([dates[i], daysBetween(dates[i - 1]!, dates[i]!)]).toEqual([
        dates[i],
        byDateParse(dates[i - 1]!, dates[i]!),
      ])
  })

  it('is NaN where Date.parse is, so that no comparison with it holds', () => {
    for (const bad of [
      '2023-13-01',
      '2023-00-10',
      '2023-01-00',
      '2023-01-32',
      '2023-1-01',
      '+02023-01-01',
      '',
      '2023-01-01x',
      '２０２３-01-01',
    ]) {
      expect(byDateParse('2024-01-01', bad)).toBeNaN()
      expect(daysBetween('2024-01-01', bad)).toBeNaN()
      expect(daysBetween(bad, '2024-01-01')).toBeNaN()
    }
  })
})
