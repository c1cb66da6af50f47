/** The CLI run in-process as a user runs it: main() with captured stdout and stderr, and its exit code. */
import { main } from '../../src/cli/main.js'

export async function cli(args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = {}) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    env,
    cwd,
  })
  return { code, stdout, stderr }
}
