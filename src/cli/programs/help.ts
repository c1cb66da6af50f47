/**
 * The program for everything that is not a command (dist/chunks/cli-help.js): `help`, `--help`, no
 * arguments, and an unknown command with its "did you mean". It runs no command.
 */
import { runCli, type Io } from '../program.js'

export function main(argv: string[], io: Io): Promise<number> {
  return runCli(argv, io, {})
}
