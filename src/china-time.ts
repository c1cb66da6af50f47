/**
 * Dates as the regulation counts them: Beijing calendar days. China Standard Time is UTC+8 all year
 * (China last observed daylight saving time in 1991; IANA tz, Asia/Shanghai), so plain arithmetic
 * gives the date, without Intl.DateTimeFormat, whose first use with a time zone loads ICU's zone data
 * (about 30 ms of every run, issue 10).
 */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** The Beijing date (YYYY-MM-DD) of an instant, in milliseconds since the epoch. */
export function chinaDateOf(instant: number): string {
  return isoTimestamp(instant + CHINA_OFFSET_MS).slice(0, 10)
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/**
 * An instant as `Date#toISOString` writes it (YYYY-MM-DDTHH:MM:SS.sssZ), by arithmetic: the first
 * `toISOString()` of a process costs about 0.9 ms, a fiftieth of a whole `check` (issue 10). Days
 * become a date with Howard Hinnant's civil_from_days (proleptic Gregorian, as Date counts). Years
 * outside 0–9999, which toISOString writes with a sign and six digits, are left to it.
 */
export function isoTimestamp(instant: number): string {
  const days = Math.floor(instant / DAY_MS)
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153) // 0 = March
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  if (!Number.isFinite(instant) || year < 0 || year > 9999) return new Date(instant).toISOString()
  const ms = instant - days * DAY_MS
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(Math.floor(ms / 3_600_000), 2)}:${pad(
    Math.floor(ms / 60_000) % 60,
    2,
  )}:${pad(Math.floor(ms / 1000) % 60, 2)}.${pad(ms % 1000, 3)}Z`
}

/** Days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** Days in a month of the proleptic Gregorian calendar (what Date and toISOString use). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}
