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

/** Days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier; NaN if either is no date. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** A date written YYYY-MM-DD (whether it is a calendar day is asked separately). */
export const ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/

/** The number written by the ASCII digits of `text` from `start` to `end`. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48
  return n
}

/**
 * Days since 1970-01-01 of a YYYY-MM-DD date, counted as `Date.parse` counts them (a day 1 to 31 of
 * any month, February 30 being March 1 or 2), NaN where Date.parse gives NaN. Arithmetic rather than
 * Date.parse, which needs a timestamp string built for each call: rules count days for every app
 * (issue 10). Howard Hinnant's days_from_civil, proleptic Gregorian as Date counts.
 */
function dayNumber(date: string): number {
  if (!ISO_DATE.test(date)) return NaN
  const year = digitsAt(date, 0, 4)
  const month = digitsAt(date, 5, 7)
  const day = digitsAt(date, 8, 10)
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN
  const yearFromMarch = month <= 2 ? year - 1 : year
  const era = Math.floor(yearFromMarch / 400)
  const yearOfEra = yearFromMarch - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/**
 * Whether `value` is a real calendar day written YYYY-MM-DD (February 29 only in a leap year): the
 * days `new Date(value)` round-trips, read from the digits without a match array (the validity check
 * asks this of every date of every app; issue 10).
 */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const month = digitsAt(value, 5, 7)
  const day = digitsAt(value, 8, 10)
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(digitsAt(value, 0, 4), month)
}

/** Days in a month of the proleptic Gregorian calendar (what Date and toISOString use). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}
