/**
 * The CLI's bundle entry (dist/cli.js): starts the program for the command and exits with its code.
 * `--version` is answered here, before any program loads, so it costs what bare Node costs (issue 10);
 * main() answers it the same way when called directly.
 *
 * Each command is a program of its own (src/cli/programs/, chosen by src/cli/routes.ts), bundled into
 * one file with everything the command always runs: Node spends about 0.3 ms on every module file it
 * resolves and links, which for the 30-odd chunks of a shared split build was a quarter of a `check`
 * (scripts/bundle.mjs).
 */
import { TOOL_VERSION, VERSION_FLAGS } from '../version.js'
import { main } from './main.js'
import { standardSink } from '../stdio.js'
import { runToTheEnd } from '../settle.js'

const argv = process.argv.slice(2)
if ((VERSION_FLAGS as readonly (string | undefined)[]).includes(argv[0])) {
  standardSink(1).write(`${TOOL_VERSION}\n`)
} else {
  // Not a top-level await: the bundle is CommonJS (scripts/bundle.mjs). runToTheEnd keeps what the
  // await gave: a program that cannot load, or never settles, blocks with exit code 1.
  runToTheEnd('china-filing', async () => {
    process.exitCode = await main(argv, {
      stdout: standardSink(1),
      stderr: standardSink(2),
      env: process.env,
      cwd: process.cwd(),
    })
  })
}
