/**
 * Text from files in the Markdown that GitHub renders (job summary, check run, release notes): a
 * value must stay inside its table cell and must not become HTML, a link or emphasis.
 */
import { escapeControls, LINE_BREAKS } from '../excerpt.js'

/**
 * Table cells: pipes would split the cell, `<seq>` would be read as an HTML tag and vanish, a line
 * break would end the row, and a control character from a file is shown escaped.
 */
export function escapeCell(text: string): string {
  return escapeControls(
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '\\|')
      .replace(LINE_BREAKS, ' '),
  )
}

/**
 * A cell's text in a code span. A code span shows its text literally (entities are not decoded), so
 * only what would end the span or the cell is changed: a backtick becomes `'`, a pipe `\|` (GFM tables
 * read that inside code too), a line break a space, a control character its escape.
 */
export function codeCell(text: string): string {
  return `\`${codeSpanText(text.replace(/`/g, "'"))}\``
}

/** Text inside a code span of a cell: pipes, line breaks and control characters only. */
function codeSpanText(text: string): string {
  return escapeControls(text.replace(/\|/g, '\\|').replace(LINE_BREAKS, ' '))
}

/**
 * Text from a file in a cell: escaped as a cell, with Markdown's inline punctuation backslash-escaped,
 * so a value like `[x](https://evil.example)`, `![img](…)` or `**x**` reads as written. Code spans
 * (the gate's messages write commands in them) keep their text as it is: an entity or a backslash in
 * one would be shown, not read, so there only what would end the cell is changed.
 */
export function textCell(text: string): string {
  return codeSpans(text)
    .map((part) => (part.code ? codeSpanText(part.text) : escapeCell(escapeMarkdown(part.text))))
    .join('')
}

/**
 * The text cut into code spans (with their backticks) and the rest, paired as CommonMark pairs them:
 * a run of backticks opens a span closed by the next run of the same length; a run that is never
 * closed is literal text. Escaping the rest as text keeps a span Markdown would not see from being
 * left unescaped. One pass over the runs, whatever the text holds.
 */
function codeSpans(text: string): { code: boolean; text: string }[] {
  const runs: { start: number; length: number }[] = []
  for (const match of text.matchAll(/`+/g)) runs.push({ start: match.index, length: match[0].length })
  // For each run, the next one of the same length (the span it would close), found from the end.
  const closer: (number | undefined)[] = []
  const nextOfLength = new Map<number, number>()
  for (let i = runs.length - 1; i >= 0; i--) {
    closer[i] = nextOfLength.get(runs[i]!.length)
    nextOfLength.set(runs[i]!.length, i)
  }
  const parts: { code: boolean; text: string }[] = []
  let textStart = 0
  for (let i = 0; i < runs.length; i++) {
    const close = closer[i]
    if (close === undefined) continue
    const { start } = runs[i]!
    const end = runs[close]!.start + runs[close]!.length
    if (start > textStart) parts.push({ code: false, text: text.slice(textStart, start) })
    parts.push({ code: true, text: text.slice(start, end) })
    textStart = end
    i = close
  }
  if (textStart < text.length) parts.push({ code: false, text: text.slice(textStart) })
  return parts
}

/**
 * Markdown's inline punctuation, backslash-escaped (a link text's brackets included). Backticks stay:
 * a code span shows its text literally, so it cannot make a link, and the gate's own messages use
 * them for commands.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_[\]!~]/g, (c) => `\\${c}`)
}
