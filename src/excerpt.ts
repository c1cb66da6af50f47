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

/**
 * Every line break a log or a terminal may start a new line at: CRLF, CR, LF, U+2028 and U+2029. For
 * replace() and split() only: a global pattern's test() and exec() carry lastIndex from call to call.
 */
export const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g

/** Cuts `text` to at most `max` characters, marking the cut with "…"; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  // UTF-16 length bounds the character count: the common short text is returned without splitting
  // it, and a long one is split only up to what is kept.
  if (text.length <= max) return text
  const chars = Array.from(text.slice(0, max * 2 + 2))
  if (chars.length <= max) return text
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`
}

// The patterns are module constants: a regex literal in a function builds a RegExp object at every
// call, and these run for every value a report prints. `replace` starts a global pattern from 0.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
const JSON_LEFTOVERS = /[\u007f-\u009f\u2028\u2029]/g
const CARRIAGE_RETURNS = /\r\n?/g

/**
 * Characters that can start a line, move the cursor or drive a terminal (C0 and C1 controls, DEL,
 * U+2028/2029), each written as a \uXXXX escape, in text that is not itself quoted.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, unicodeEscape)
}

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * What JSON.stringify (and the yaml library) leave as themselves: DEL, C1 controls, whose ESC-like
 * codes drive some terminals, and U+2028/2029, which break lines in some viewers. Inside a JSON or
 * YAML double-quoted string a \uXXXX escape reads back as the same character.
 */
export function escapeJsonLeftovers(text: string): string {
  return text.replace(JSON_LEFTOVERS, unicodeEscape)
}

/**
 * A value as a message quotes it: in double quotes, control characters (newlines included, which
 * would otherwise start a workflow command line) written as JSON escapes, at most MAX_EXCERPT long.
 */
export function quoteExcerpt(value: string, max: number = MAX_EXCERPT): string {
  return `"${escapeJsonLeftovers(JSON.stringify(truncate(value, max)).slice(1, -1))}"`
}

// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g

/**
 * A finding's message, bounded, with line breaks as \n and every other control character escaped:
 * a backstop for a value a rule quoted without quoteExcerpt (an ESC from a file must never reach a
 * terminal or an annotation as itself).
 */
export function boundMessage(message: string): string {
  return truncate(escapeControlsButLineBreaks(message), MAX_MESSAGE)
}

/** escapeControls for text that keeps its lines: CRLF and CR become \n, tabs and \n stay. */
export function escapeControlsButLineBreaks(text: string): string {
  return text.replace(CARRIAGE_RETURNS, '\n').replace(CONTROLS_BUT_LINE_BREAKS, unicodeEscape)
}

/**
 * A report as pretty JSON whose text has no raw control character (a report is often read in a
 * terminal): JSON.stringify escapes C0, and the rest can only occur inside strings.
 */
export function reportJson(value: unknown): string {
  return `${escapeJsonLeftovers(JSON.stringify(value, null, 2))}\n`
}
