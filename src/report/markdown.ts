/**
 * Text from files in the Markdown that GitHub renders (job summary, check run, release notes): a
 * value must stay inside its table cell and must not become HTML, a link or emphasis.
 */
import { escapeControls } from '../excerpt.js'

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

const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g

/**
 * A cell's text in a code span. A code span shows its text literally (entities are not decoded), so
 * only what would end the span or the cell is changed: a backtick becomes `'`, a pipe `\|` (GFM tables
 * read that inside code too), a line break a space, a control character its escape.
 */
export function codeCell(text: string): string {
  return `\`${escapeControls(text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(LINE_BREAKS, ' '))}\``
}

/**
 * Text from a file in a cell: escaped as a cell, with Markdown's inline punctuation backslash-escaped,
 * so a value like `[x](https://evil.example)`, `![img](…)` or `**x**` reads as written.
 */
export function textCell(text: string): string {
  return escapeCell(escapeMarkdown(text))
}

/**
 * Markdown's inline punctuation, backslash-escaped (a link text's brackets included). Backticks stay:
 * a code span shows its text literally, so it cannot make a link, and the gate's own messages use
 * them for commands.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_[\]!~]/g, (c) => `\\${c}`)
}
