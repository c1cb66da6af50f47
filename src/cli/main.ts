/**
 * The whole CLI in one call, each command loaded on first use: what the tests and anyone embedding the
 * CLI call. The bundled CLI starts one program per command instead (src/cli/index.ts).
 */
import { runCli, type Io, type Runners } from './program.js'

const EVERY_COMMAND: Required<Runners> = {
  check: async (args, io) => (await import('./check.js')).checkCommand(args, io),
  inspect: async (args, io) => (await import('./inspect.js')).inspectCommand(args, io),
  init: async (args, io) => (await import('./init.js')).initCommand(args, io),
  schema: async (args, io) => (await import('./docs.js')).schemaCommand(args, io),
  explain: async (args, io) => (await import('./docs.js')).explainCommand(args, io),
}

export function main(argv: string[], io: Io): Promise<number> {
  return runCli(argv, io, EVERY_COMMAND)
}
