import path from 'node:path'
import { writeFile } from 'node:fs/promises'
import { runCheck, todayInChina, parseToday } from '../check.js'
import { MODES, type Mode } from '../scope.js'
import { FAIL_ON_LEVELS, type FailOn } from '../verdict.js'
import { UsageError } from '../usage-error.js'
import type { GateResult } from '../gate.js'
import { EXIT, parse, type Io } from './main.js'
import { list, oneOf } from './options.js'

const FORMATS = ['text', 'json', 'sarif', 'github'] as const

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    config: { type: 'string', short: 'c' },
    mode: { type: 'string' },
    apps: { type: 'string', multiple: true },
    stores: { type: 'string', multiple: true },
    tag: { type: 'string' },
    version: { type: 'string' },
    artifact: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    today: { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
  })
  if (positionals.length)
    throw new UsageError(
      `check takes no positional arguments (got "${positionals[0]}"); use --config and --artifact`,
    )
  const tag = values.tag as string | undefined
  // A tag names a release: judge it as one unless told otherwise.
  const mode = oneOf<Mode>(
    '--mode',
    values.mode as string | undefined,
    MODES,
    tag !== undefined ? 'release' : 'audit',
  )
  const failOn = oneOf<FailOn>('--fail-on', values['fail-on'] as string | undefined, FAIL_ON_LEVELS, 'error')
  const format = oneOf('--format', values.format as string | undefined, FORMATS, 'text')
  const today = values.today !== undefined ? parseToday(values.today as string) : todayInChina()

  const result = await runCheck({
    workspace: io.cwd,
    config: (values.config as string | undefined) ?? 'china-filing.yml',
    mode,
    failOn,
    today,
    apps: list(values.apps),
    stores: list(values.stores),
    ...(tag !== undefined ? { tag } : {}),
    ...(values.version !== undefined ? { version: values.version as string } : {}),
    artifacts: list(values.artifact),
    confine: false,
  })

  // Only the asked-for reporter loads (issue 10): SARIF alone pulls in node:crypto and the rule docs.
  const rendered =
    format === 'json'
      ? (await import('../report/json.js')).renderJson(result)
      : format === 'sarif'
        ? (await import('../report/sarif.js')).renderSarif(result)
        : format === 'github'
          ? (await import('../report/workflow-commands.js')).renderWorkflowCommands(result)
          : await renderTextReport(result, !values.output, io)
  if (values.output) await writeFile(path.resolve(io.cwd, values.output as string), rendered)
  else io.stdout.write(rendered)
  return result.verdict === 'pass' ? EXIT.pass : EXIT.blocked
}

async function renderTextReport(result: GateResult, toTerminal: boolean, io: Io): Promise<string> {
  const { renderText, shouldUseColor } = await import('../report/text.js')
  return renderText(result, { color: toTerminal && shouldUseColor(io.stdout, io.env) })
}
