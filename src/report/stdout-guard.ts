/**
 * Output that reaches a GitHub Actions log must not start workflow commands of its own. The runner
 * reads any stdout line that begins with `::` (leading spaces allowed) as a command, so a newline in
 * an artifact's entry name or a declaration value followed by `::add-mask::` or `::stop-commands::`
 * would otherwise be obeyed (issue 12.2). Messages are flattened to one line, a line that would
 * still begin with `::` gets a visible prefix, and a legacy `##[` command anywhere in a line is broken
 * up; our own commands are escaped per @actions/core.
 */
import { escapeControls, LINE_BREAKS } from '../excerpt.js'

/**
 * Escaping of a workflow command's data, as @actions/core's command.ts: %, CR, LF; then any other
 * control character as \\uXXXX, since the log viewer renders ANSI sequences.
 */
export function escapeCommandData(text: string): string {
  return escapeControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
}

/** Escaping of a workflow command's property value: data escaping plus ':' and ','. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * One line of text for a log or a terminal: line breaks from a file become a visible ⏎, and every
 * other control character (ESC of a colour or hyperlink sequence, BEL, C1 CSI) a \\uXXXX escape.
 */
export function oneLine(text: string): string {
  return neutraliseLegacyCommands(escapeControls(text.replace(LINE_BREAKS, ' ⏎ ')))
}

/**
 * The runner also obeys the legacy form `##[command]data` anywhere in a line it could not read as a
 * `::` command (actions/runner ActionCommand.TryParse: IndexOf("##[")), so `##[add-mask]` or
 * `##[stop-commands]` inside a region id would be obeyed from a plain log line. A space between the
 * two `#` keeps the text readable and no longer a command.
 */
export function neutraliseLegacyCommands(text: string): string {
  return text.includes('##[') ? text.replace(/##\[/g, '# #[') : text
}

/** Whether the runner would read this log line as a workflow command. */
export function startsCommand(line: string): boolean {
  return /^\s*::/.test(line)
}

/**
 * Prefixes every line that would start a workflow command, so the runner prints it instead: a line
 * (between line feeds) that starts with `::` after any whitespace, as startsCommand says. One pass of
 * a regex rather than an array of every line of a report (issue 10).
 */
export function guardLines(text: string): string {
  return neutraliseLegacyCommands(text.replace(/(^|\n)(?=[^\S\n]*::)/g, '$1› '))
}
