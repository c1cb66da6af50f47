/**
 * The CLI: `check`, `inspect`, `init`, `schema`, `explain`. Exit codes are a contract: 0 pass,
 * 1 blocked (or the gate could not decide: it fails closed), 2 usage error.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../usage-error.js'
import { TOOL_VERSION } from '../version.js'

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  env: NodeJS.ProcessEnv
  cwd: string
}

export const EXIT = { pass: 0, blocked: 1, usage: 2 } as const

const USAGE = `Usage: china-filing <command> [options]

Commands:
  check     Judge china-filing.yml (and built artifacts) against the filing rules
            [--config F] [--mode release|pull-request|audit] [--apps a,b] [--stores s,t] [--tag T]
            [--version V] [--artifact GLOB ...] [--fail-on error|warning|never] [--today YYYY-MM-DD]
            [--format text|json|sarif|github]
  inspect   Print what the filing form asks for from built APK/AAB/IPA/HAP files
            FILE... [--format text|json|yaml]
  init      Detect identities in the source tree and write a starter china-filing.yml [--config F] [--force]
  schema    Print the JSON Schema of china-filing.yml
  explain   Print a rule's documentation: explain RULE

Exit codes: 0 pass, 1 blocked, 2 usage error.
`

export type CommandArgs = {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

export function parse(args: string[], options: ParseArgsConfig['options']): CommandArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true })
    return { values: values as CommandArgs['values'], positionals }
  } catch (error) {
    // node:util reports unknown flags as "Unknown option '--x'. To specify a positional argument ..."
    throw new UsageError(
      (error as Error).message.split('. ')[0]!.replace(/^Unknown option/, 'unknown option'),
    )
  }
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      // Each command loads only what it needs: `schema` should not pay for the artifact parsers.
      case 'check':
        return await (await import('./check.js')).checkCommand(rest, io)
      case 'inspect':
        return await (await import('./inspect.js')).inspectCommand(rest, io)
      case 'init':
        return await (await import('./init.js')).initCommand(rest, io)
      case 'schema':
        return (await import('./docs.js')).schemaCommand(rest, io)
      case 'explain':
        return await (await import('./docs.js')).explainCommand(rest, io)
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(USAGE)
        return command === undefined ? EXIT.usage : EXIT.pass
      // First-class fast path: nothing but this module and the inlined version is loaded (issue 10).
      case '--version':
      case '-V':
      case '-v':
        io.stdout.write(`${TOOL_VERSION}\n`)
        return EXIT.pass
      default:
        throw new UsageError(`unknown command "${command}"`)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`china-filing: ${error.message}\n\n${USAGE}`)
      return EXIT.usage
    }
    // A fault of ours: say so plainly, and fail closed rather than let a release through.
    io.stderr.write(
      `china-filing: internal error: ${(error as Error)?.message ?? String(error)}\nThe gate could not decide, so it blocks. Please report this with the command you ran.\n`,
    )
    return EXIT.blocked
  }
}
