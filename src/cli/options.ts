/** Flag values shared by the commands; kept apart so `inspect` does not load `check` (issue 10). */
import { UsageError } from '../usage-error.js'

export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`)
  return value as T
}

/** `a,b` and repeated flags both work: `--apps a,b` = `--apps a --apps b`. */
export function list(value: string | boolean | string[] | undefined): string[] | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined
  const items = (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(/[,\n]/))
    .map((v) => v.trim())
    .filter(Boolean)
  return items.length ? items : undefined
}
