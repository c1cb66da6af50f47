/**
 * todayInChina is UTC+8 arithmetic; Intl with the Asia/Shanghai zone is the reference it replaced.
 * They must agree on every instant since China's last daylight saving time (1991).
 */
import { describe, it, expect } from '@jest/globals'
import { todayInChina } from '../src/check.js'

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
