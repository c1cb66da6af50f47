/**
 * The CLI's dispatcher: `check`, `inspect`, `init`, `schema`, `explain`, `help`. Exit codes are a
 * contract: 0 pass, 1 blocked (or the gate could not decide: it fails closed), 2 usage error (including
 * a path the CLI cannot read or write: the user can fix it, so it is not "internal").
 *
 * The commands themselves come in as a table of runners, so that each bundled program
 * (src/cli/programs/) carries its own command and nothing else, and main.ts loads each on first use.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../usage-error.js'
import { closestMatch } from '../declaration/suggest.js'
import { TOOL_VERSION } from '../version.js'
import { COMMANDS, commandUsage, findCommand, generalUsage } from './commands.js'
import { fileSystemProblem } from './fs-errors.js'
import { internalErrorMessage } from '../settle.js'

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  env: NodeJS.ProcessEnv
  cwd: string
}

export const EXIT = { pass: 0, blocked: 1, usage: 2 } as const

export type CommandArgs = {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

/** Turns node:util's parse errors into messages with the flag and, for a typo, the flag meant. */
function describeParseError(message: string, known: string[]): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message)
  if (unknown) {
    const flag = unknown[1]!
    const near = flag.startsWith('--') ? closestMatch(flag.slice(2), known) : undefined
    return `unknown option ${flag}${near ? `; did you mean --${near}?` : ''}`
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message)
  if (missing) return `${missing[1]} needs a value`
  const noValue = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message)
  if (noValue) return `${noValue[1]} takes no value`
  return message.split('. ')[0]!
}

/**
 * Parses a command's arguments with exactly the flags its help lists (commands.ts), so what `--help`
 * shows and what the parser accepts cannot drift apart. `--help` itself is answered before parsing.
 */
export function parse(args: string[], commandName: string): CommandArgs {
  const command = findCommand(commandName)
  if (!command) throw new Error(`no command ${commandName} in commands.ts`)
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const flag of command.flags) {
    if (flag.name === 'help') continue
    options[flag.name] = {
      type: flag.value !== undefined ? 'string' : 'boolean',
      ...(flag.short !== undefined ? { short: flag.short } : {}),
      ...(flag.repeatable ? { multiple: true } : {}),
    }
  }
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true })
    return { values: values as CommandArgs['values'], positionals }
  } catch (error) {
    throw new UsageError(describeParseError((error as Error).message, Object.keys(options)))
  }
}

/** `-h`/`--help` anywhere before a `--` asks for the command's help rather than running it. */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--')
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '-h' || a === '--help')
}

export type CommandName = 'check' | 'inspect' | 'init' | 'schema' | 'explain'
export type Runner = (args: string[], io: Io) => Promise<number> | number
/** The commands a program can run; a program is only ever started for its own (src/cli/routes.ts). */
export type Runners = Partial<Record<CommandName, Runner>>

export async function runCli(argv: string[], io: Io, runners: Runners): Promise<number> {
  const [command, ...rest] = argv
  try {
    const known = command !== undefined ? findCommand(command) : undefined
    if (known && known.name !== 'help' && asksForHelp(rest)) {
      io.stdout.write(commandUsage(known))
      return EXIT.pass
    }
    switch (command) {
      case 'check':
      case 'inspect':
      case 'init':
      case 'schema':
      case 'explain': {
        const runner = runners[command]
        if (!runner)
          throw new Error(`this program cannot run ${command} (src/cli/routes.ts routes it elsewhere)`)
        return await runner(rest, io)
      }
      case 'help':
        return helpCommand(rest, io)
      case '-h':
      case '--help':
        io.stdout.write(generalUsage())
        return EXIT.pass
      case '--version':
      case '-V':
      case '-v':
        io.stdout.write(`${TOOL_VERSION}\n`)
        return EXIT.pass
      case undefined:
        // No command is a usage error: the usage goes to stderr, where errors go.
        io.stderr.write(generalUsage())
        return EXIT.usage
      default: {
        const near = closestMatch(
          command,
          COMMANDS.map((c) => c.name),
        )
        throw new UsageError(
          `unknown command "${command}"${near ? `; did you mean "${near}"?` : ''} Commands: ${COMMANDS.map((c) => c.name).join(', ')}`,
        )
      }
    }
  } catch (error) {
    const known = command !== undefined ? findCommand(command) : undefined
    if (error instanceof UsageError) {
      const help = known ? `Run: china-filing ${known.name} --help` : 'Run: china-filing --help'
      io.stderr.write(`china-filing: ${error.describe('flag')}\n${help}\n`)
      return EXIT.usage
    }
    const fsProblem = fileSystemProblem(error)
    if (fsProblem) {
      io.stderr.write(`china-filing: ${fsProblem}\n`)
      return EXIT.usage
    }
    // A fault of ours: say so plainly, and fail closed rather than let a release through.
    io.stderr.write(`china-filing: ${internalErrorMessage('china-filing', error)}\n`)
    return EXIT.blocked
  }
}

function helpCommand(args: string[], io: Io): number {
  const { positionals } = parse(args, 'help')
  if (positionals.length > 1) throw new UsageError('help takes one command: help check')
  const name = positionals[0]
  if (name === undefined) {
    io.stdout.write(generalUsage())
    return EXIT.pass
  }
  const command = findCommand(name)
  if (!command) {
    const near = closestMatch(
      name,
      COMMANDS.map((c) => c.name),
    )
    throw new UsageError(`unknown command "${name}"${near ? `; did you mean "${near}"?` : ''}`)
  }
  io.stdout.write(commandUsage(command))
  return EXIT.pass
}
