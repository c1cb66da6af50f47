/**
 * Runs a bundle entry's work (the action's run(), the CLI's command) to the end without a top-level
 * await, which the CommonJS bundles cannot hold (scripts/bundle.mjs), and keeps what the await gave:
 * the run fails if the work rejects, or if Node runs out of work while it is still pending. A
 * top-level await would exit 13 then; a plain pending promise would exit 0, a silent pass.
 */
import { escapeControlsButLineBreaks, LINE_BREAKS, MAX_MESSAGE, truncate } from './excerpt.js'
import { PROJECT_URL } from './rules/docs.js'

/** The programs that run to the end, and what a report of a fault in each should come with. */
const REPORT_WITH = {
  'china-filing': 'the command you ran',
  'china-filing-gate': "the step's log",
} as const

export type Program = keyof typeof REPORT_WITH

const ISSUES = `${PROJECT_URL}/issues`

/**
 * What a fault of ours says, wherever it is caught: the first line of the error, escaped (an error's
 * text can quote a file, and an ESC must not reach a terminal or a log as itself) and cut so that the
 * whole message stays within a finding's bound, that the gate fails closed, and where to report it.
 */
export function internalErrorMessage(program: Program, error: unknown): string {
  const head = 'internal error: '
  const tail = `. The gate could not decide, so it blocks. Please report this at ${ISSUES} with ${REPORT_WITH[program]}.`
  return `${head}${errorLine(error, MAX_MESSAGE - head.length - tail.length)}${tail}`
}

/**
 * An error's first line as a message may quote it: the text before the first line break of any kind
 * (a bare CR would start a line in the log too), control characters escaped, at most `max` characters
 * (a warning's default: an HTTP error may quote a whole response).
 */
export function errorLine(error: unknown, max = 300): string {
  return truncate(escapeControlsButLineBreaks(describeError(error).split(LINE_BREAKS, 1)[0]!), max)
}

/** An error's message, else its name, else the thrown value as text; never throws itself. */
function describeError(error: unknown): string {
  try {
    const { message, name } = (error ?? {}) as { message?: unknown; name?: unknown }
    if (typeof message === 'string' && message !== '') return message
    if (error instanceof Error) return typeof name === 'string' && name !== '' ? name : 'Error'
    return String(error)
  } catch {
    // A value without a prototype, or a proxy that throws: nothing printable to quote.
    return 'a thrown value that cannot be printed'
  }
}

export interface ProcessLike {
  exitCode?: number | string | null | undefined
  stderr: { write(text: string): unknown }
  on(event: 'exit', listener: () => void): unknown
}

/** `program` names the tool in the message: `china-filing` (the CLI) or `china-filing-gate` (the action). */
export function runToTheEnd(program: Program, run: () => Promise<void>, proc: ProcessLike = process): void {
  let settled = false
  const internalError = (error: unknown) => {
    proc.exitCode = 1
    proc.stderr.write(`${program}: ${internalErrorMessage(program, error)}\n`)
  }
  run().then(
    () => {
      settled = true
    },
    (error: unknown) => {
      // run() reports its own failures; this only keeps a fault in that reporting from passing the step.
      settled = true
      internalError(error)
    },
  )
  proc.on('exit', () => {
    if (!settled) internalError(new Error('the run stopped before it finished'))
  })
}
