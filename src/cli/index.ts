/**
 * The CLI's bundle entry (dist/cli.js): calls main() and exits with its code. `--version` is answered
 * here, before main.ts and its chunks load, so it costs what bare Node costs (issue 10); main() answers
 * it the same way when called directly.
 */
import { TOOL_VERSION, VERSION_FLAGS } from '../version.js'

const argv = process.argv.slice(2)
if ((VERSION_FLAGS as readonly (string | undefined)[]).includes(argv[0])) {
  process.stdout.write(`${TOOL_VERSION}\n`)
} else {
  const { main } = await import('./main.js')
  process.exitCode = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  })
}
