/**
 * Which program runs a command line. Each command is a program of its own (src/cli/programs/, one
 * bundle file each); everything else (help, no arguments, an unknown command) goes to the help
 * program. The bundled CLI (src/cli/index.ts) and main() both route through here, so the tests run the
 * routing that ships.
 */
import type { Io } from './program.js'

export interface Program {
  main(argv: string[], io: Io): Promise<number>
}

const PROGRAMS: Record<string, () => Promise<Program>> = {
  check: () => import('./programs/check.js'),
  inspect: () => import('./programs/inspect.js'),
  init: () => import('./programs/init.js'),
  schema: () => import('./programs/docs.js'),
  explain: () => import('./programs/docs.js'),
}

/** Loads the program for `command` (the first argument). */
export function programFor(command: string | undefined): Promise<Program> {
  const load =
    command !== undefined && Object.hasOwn(PROGRAMS, command)
      ? PROGRAMS[command]!
      : () => import('./programs/help.js')
  return load()
}
