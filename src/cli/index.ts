/** The CLI's bundle entry (dist/cli.js): only calls main() and exits with its code. */
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
})
