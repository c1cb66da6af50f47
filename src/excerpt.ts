/**
 * How messages quote what they read. A finding's message reaches annotations, the job summary, the
 * reports and the Checks API, so a value from a file must never be quoted whole: a declaration
 * symlinked to `.git/config` would publish its `http.extraheader` credential, and a 20k-signer block
 * once made a 2 MB message (issue 12.3). So values are quoted as short excerpts with control characters
 * escaped, and every message is bounded once, where the gate collects the findings.
 */

/** Longest excerpt of a value quoted in a message (characters, before the ellipsis). */
export const MAX_EXCERPT = 60
/** Longest message a finding may carry (characters, ellipsis included). */
export const MAX_MESSAGE = 1000

/** Cuts `text` to at most `max` characters, marking the cut with "…"; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`
}

/**
 * A value as a message quotes it: in double quotes, control characters (newlines included, which
 * would otherwise start a workflow command line) written as JSON escapes, at most MAX_EXCERPT long.
 */
export function quoteExcerpt(value: string, max: number = MAX_EXCERPT): string {
  const escaped = JSON.stringify(truncate(value, max)).slice(1, -1)
  // JSON leaves U+2028/2029 and C1 controls alone; they break lines in some viewers.
  return `"${escaped.replace(/[\u0080-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`
}

/** A finding's message, bounded and without bare carriage returns or NULs. */
export function boundMessage(message: string): string {
  // eslint-disable-next-line no-control-regex
  return truncate(message.replace(/\r\n?/g, '\n').replace(/\u0000/g, '\\u0000'), MAX_MESSAGE)
}
