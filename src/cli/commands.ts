/**
 * What each command takes, written once: the help text (`--help`, `help COMMAND`, the usage printed
 * with a usage error), the flag names "did you mean" suggests from, and the flags the parser accepts
 * (program.ts `parse` builds node:util's parseArgs options from them: a flag with a `value` takes one,
 * a `repeatable` one may be given more than once).
 */

export interface FlagHelp {
  name: string
  short?: string
  /** Placeholder for the value; absent for a boolean flag. */
  value?: string
  description: string
  repeatable?: boolean
}

export interface CommandHelp {
  name: string
  summary: string
  /** Positional arguments, e.g. `FILE...`. */
  args?: string
  flags: FlagHelp[]
  examples: string[]
}

export const COMMANDS: readonly CommandHelp[] = [
  {
    name: 'check',
    summary: 'Judge china-filing.yml (and built artifacts) against the filing rules',
    flags: [
      {
        name: 'config',
        short: 'c',
        value: 'FILE',
        description: 'the declaration (default china-filing.yml)',
      },
      {
        name: 'mode',
        value: 'release|pull-request|audit',
        description: 'what the run is (default: release with --tag or --version, else audit)',
      },
      { name: 'apps', value: 'a,b', description: 'judge only these declared apps', repeatable: true },
      { name: 'stores', value: 's,t', description: 'the stores this run uploads to', repeatable: true },
      { name: 'tag', value: 'TAG', description: 'the release tag (implies --mode release)' },
      {
        name: 'version',
        value: 'SEMVER',
        description: 'the release version (default: from --tag; implies --mode release)',
      },
      {
        name: 'artifact',
        value: 'GLOB',
        description: 'built APK/AAB/IPA/HAP files to verify',
        repeatable: true,
      },
      {
        name: 'fail-on',
        value: 'error|warning|never',
        description: 'what blocks (never: report only, exit 0)',
      },
      { name: 'today', value: 'YYYY-MM-DD', description: 'the date to judge on (default: today in China)' },
      {
        name: 'certificate-expiry-days',
        value: 'N',
        description: 'warn when an iOS/HarmonyOS signing certificate expires within N days (default 30)',
      },
      {
        name: 'format',
        short: 'f',
        value: 'text|json|sarif|github|junit|codequality',
        description: 'the report format (default text)',
      },
      {
        name: 'output',
        short: 'o',
        value: 'FILE',
        description: 'write the report to FILE instead of stdout',
      },
      { name: 'help', short: 'h', description: 'show this help' },
    ],
    examples: [
      'china-filing check',
      'china-filing check --tag v1.4.0 --artifact "build/*.apk"',
      'china-filing check --format sarif -o china-filing.sarif',
    ],
  },
  {
    name: 'inspect',
    summary: 'Print what the filing form asks for from built APK/AAB/IPA/HAP files',
    args: 'FILE...',
    flags: [
      {
        name: 'format',
        short: 'f',
        value: 'text|json|yaml',
        description: 'the output format (default text)',
      },
      { name: 'help', short: 'h', description: 'show this help' },
    ],
    examples: ['china-filing inspect app-release.apk', 'china-filing inspect --format yaml App.ipa'],
  },
  {
    name: 'init',
    summary: 'Detect identities in the source tree and write a starter china-filing.yml',
    flags: [
      { name: 'config', short: 'c', value: 'FILE', description: 'where to write (default china-filing.yml)' },
      { name: 'force', description: 'overwrite an existing file' },
      { name: 'help', short: 'h', description: 'show this help' },
    ],
    examples: ['china-filing init', 'china-filing init --config mobile/china-filing.yml'],
  },
  {
    name: 'schema',
    summary: 'Print the JSON Schema of china-filing.yml (for editors)',
    flags: [{ name: 'help', short: 'h', description: 'show this help' }],
    examples: ['china-filing schema > china-filing.schema.json'],
  },
  {
    name: 'explain',
    summary: "Print a rule's documentation",
    args: 'RULE',
    flags: [{ name: 'help', short: 'h', description: 'show this help' }],
    examples: ['china-filing explain artifact-identity'],
  },
  {
    name: 'help',
    summary: 'Show the help of a command',
    args: '[COMMAND]',
    flags: [],
    examples: ['china-filing help check'],
  },
]

export function findCommand(name: string): CommandHelp | undefined {
  return COMMANDS.find((c) => c.name === name)
}

function flagLabel(flag: FlagHelp): string {
  const long = `--${flag.name}${flag.value ? ` ${flag.value}` : ''}`
  return flag.short ? `-${flag.short}, ${long}` : `    ${long}`
}

export function commandUsage(command: CommandHelp): string {
  const lines = [
    `Usage: china-filing ${command.name}${command.args ? ` ${command.args}` : ''}${command.flags.length ? ' [options]' : ''}`,
    '',
    command.summary,
  ]
  if (command.flags.length) {
    lines.push('', 'Options:')
    const labels = command.flags.map(flagLabel)
    const width = Math.max(...labels.map((l) => l.length))
    command.flags.forEach((flag, i) =>
      lines.push(
        `  ${labels[i]!.padEnd(width)}  ${flag.description}${flag.repeatable ? ' (repeatable)' : ''}`,
      ),
    )
  }
  lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`))
  lines.push('', 'Exit codes: 0 pass, 1 blocked, 2 usage error.')
  return `${lines.join('\n')}\n`
}

export function generalUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return `Usage: china-filing <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show help (also: china-filing COMMAND --help, china-filing help COMMAND)
  -V, --version  print the version of china-filing-gate

Exit codes: 0 pass, 1 blocked, 2 usage error.
`
}
