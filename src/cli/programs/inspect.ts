/** The `inspect` program (dist/chunks/cli-inspect.js): the dispatcher and `inspect`, bundled together. */
import { inspectCommand } from '../inspect.js'
import { runCli, type Io } from '../program.js'

export function main(argv: string[], io: Io): Promise<number> {
  return runCli(argv, io, { inspect: inspectCommand })
}
