/**
 * Text from files in the Markdown that GitHub renders (job summary, check run, release notes): a
 * value must stay inside its table cell and must not become HTML, a link or emphasis.
 */

/** Table cells: pipes would split the cell, and `<seq>` would be read as an HTML tag and vanish. */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
}

/** A cell's text in a code span: escaped as a cell, and a backtick, which would end the span, as `'`. */
export function codeCell(text: string): string {
  return `\`${escapeCell(text).replace(/`/g, "'")}\``
}

/**
 * Prose in a cell: escaped as a cell, with Markdown's inline punctuation backslash-escaped, so a
 * name like `[x](https://evil.example)` or `**x**` reads as written.
 */
export function textCell(text: string): string {
  return escapeCell(text.replace(/[\\`*_[\]!~]/g, (c) => `\\${c}`))
}
