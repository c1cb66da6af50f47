/** The `schema` and `explain` program (dist/chunks/cli-docs.js): the dispatcher and the docs commands. */
import { explainCommand, schemaCommand } from '../docs.js'
import { runCli, type Io } from '../program.js'

export function main(argv: string[], io: Io): Promise<number> {
  return runCli(argv, io, { schema: schemaCommand, explain: explainCommand })
}
