/** The `init` program (dist/chunks/cli-init.js): the dispatcher and `init`, bundled together. */
import { initCommand } from '../init.js'
import { runCli, type Io } from '../program.js'

export function main(argv: string[], io: Io): Promise<number> {
  return runCli(argv, io, { init: initCommand })
}
