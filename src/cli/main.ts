/**
 * The whole CLI in one call, as the bundled CLI runs it (src/cli/index.ts) but for --version, which
 * that answers before any program loads: what the tests call.
 */
import type { Io } from './program.js'
import { programFor } from './routes.js'

export async function main(argv: string[], io: Io): Promise<number> {
  return (await programFor(argv[0])).main(argv, io)
}
