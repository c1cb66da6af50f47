/**
 * Runs a bundle entry's work (the action's run(), the CLI's command) to the end without a top-level
 * await, which the CommonJS bundles cannot hold (scripts/bundle.mjs), and keeps what the await gave:
 * the run fails if the work rejects, or if Node runs out of work while it is still pending. A
 * top-level await would exit 13 then; a plain pending promise would exit 0, a silent pass.
 */
import { boundMessage } from './excerpt.js'

export interface ProcessLike {
  exitCode?: number | string | null | undefined
  stderr: { write(text: string): unknown }
  on(event: 'exit', listener: () => void): unknown
}

/** `program` names the tool in the message: `china-filing` (the CLI) or `china-filing-gate` (the action). */
export function runToTheEnd(program: string, run: () => Promise<void>, proc: ProcessLike = process): void {
  let settled = false
  const internalError = (message: string) => {
    proc.exitCode = 1
    proc.stderr.write(`${program}: internal error: ${message}. The gate could not decide, so it blocks.\n`)
  }
  run().then(
    () => {
      settled = true
    },
    (error: unknown) => {
      // run() reports its own failures; this only keeps a fault in that reporting from passing the step.
      settled = true
      internalError(boundMessage(firstLine(String((error as Error)?.message ?? error))))
    },
  )
  proc.on('exit', () => {
    if (!settled) internalError('the run stopped before it finished')
  })
}

/** The text before the first line break of any kind: a bare CR would start a line in the log too. */
function firstLine(text: string): string {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/)[0]!
}
