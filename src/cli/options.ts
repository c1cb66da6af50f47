/** Flag values shared by the commands; kept apart so `inspect` does not load `check` (issue 10). */
import { closestMatch } from '../declaration/suggest.js'
import { UsageError } from '../usage-error.js'

export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if (!(allowed as readonly string[]).includes(value)) {
    const near = closestMatch(value, allowed)
    throw new UsageError(
      `${flag} must be one of ${allowed.join(', ')}, not "${value}"${near ? `; did you mean "${near}"?` : ''}`,
    )
  }
  return value as T
}

/** `a,b` and repeated flags both work: `--apps a,b` = `--apps a --apps b`. */
export function list(
  value: string | boolean | string[] | undefined,
  separator: RegExp = /[,\n]/,
): string[] | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined
  const items = (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(separator))
    .map((v) => v.trim())
    .filter(Boolean)
  return items.length ? items : undefined
}
