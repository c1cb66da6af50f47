/** The `check` program (dist/chunks/cli-check.js): the dispatcher and `check`, bundled together. */
import { checkCommand } from '../check.js'
import { runCli, type Io } from '../program.js'

export function main(argv: string[], io: Io): Promise<number> {
  return runCli(argv, io, { check: checkCommand })
}
