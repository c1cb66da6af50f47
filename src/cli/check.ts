import path from 'node:path'
import { constants } from 'node:fs'
import { open, realpath } from '../promised-fs.js'
import { fileSystemProblem } from './fs-errors.js'
import { runCheck, todayInChina, parseToday, parseExpiryDays } from '../check.js'
import { MODES, type Mode } from '../scope.js'
import { loadSemver, validVersion, versionFromTag } from '../release/version.js'
import { FAIL_ON_LEVELS, type FailOn } from '../verdict.js'
import { UsageError } from '../usage-error.js'
import { isInGitDirectory } from '../workspace.js'
import type { GateResult } from '../gate.js'
import { renderText, shouldUseColor } from '../report/text.js'
import { EXIT, parse, type Io } from './program.js'
import { list, oneOf } from './options.js'

const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'codequality'] as const

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, 'check')
  if (positionals.length)
    throw new UsageError(
      `check takes no positional arguments (got "${positionals[0]}"); use --config and --artifact`,
    )
  const tag = values.tag as string | undefined
  const version = values.version as string | undefined
  if (tag !== undefined || version !== undefined) await loadSemver()
  // The release version is applied (release mode) or refused, never silently ignored.
  const validated = version !== undefined ? validVersion(version) : undefined
  if (version !== undefined && !validated)
    throw new UsageError(
      `--version "${version}" is not a semver version (e.g. 1.4.0); it is the release version, not this tool's (that is china-filing --version)`,
    )
  // A tag or a version names a release: judge it as one unless told otherwise.
  const mode = oneOf<Mode>(
    '--mode',
    values.mode as string | undefined,
    MODES,
    tag !== undefined || version !== undefined ? 'release' : 'audit',
  )
  if (version !== undefined && mode !== 'release')
    throw new UsageError(
      `--version applies to a release; drop --mode ${mode}, or use --mode release to judge version ${version}`,
    )
  const failOn = oneOf<FailOn>('--fail-on', values['fail-on'] as string | undefined, FAIL_ON_LEVELS, 'error')
  const format = oneOf('--format', values.format as string | undefined, FORMATS, 'text')
  const today = values.today !== undefined ? parseToday(values.today as string) : todayInChina()

  // As the action does: the release version is --version, else the one the tag names.
  const releaseVersion = validated ?? (tag !== undefined ? versionFromTag(tag) : undefined)
  const result = await runCheck({
    workspace: io.cwd,
    config: (values.config as string | undefined) ?? 'china-filing.yml',
    mode,
    failOn,
    today,
    apps: list(values.apps),
    stores: list(values.stores),
    ...(tag !== undefined ? { tag } : {}),
    ...(releaseVersion !== undefined ? { version: releaseVersion } : {}),
    // Not split on commas: a comma belongs to a glob's braces (`*.{apk,aab}`).
    artifacts: list(values.artifact, /\n/),
    ...(values['certificate-expiry-days'] !== undefined
      ? {
          certificateExpiryDays: parseExpiryDays(
            '--certificate-expiry-days',
            values['certificate-expiry-days'] as string,
          ),
        }
      : {}),
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
          : format === 'junit'
            ? (await import('../report/junit.js')).renderJunit(result)
            : format === 'codequality'
              ? (await import('../report/codequality.js')).renderCodeQuality(result)
              : renderTextReport(result, !values.output, io)
  if (values.output) await writeOutput(io, values.output as string, rendered)
  else io.stdout.write(rendered)
  // fail-on: never reports a failing verdict but is not enforced: exit 0.
  return result.verdict === 'pass' || !result.enforced ? EXIT.pass : EXIT.blocked
}

const STDOUT = ['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']
const STDERR = ['/dev/stderr', '/dev/fd/2', '/proc/self/fd/2']
/** The process's other descriptors, named as such (`-o /dev/fd/3`, a process substitution). */
const OWN_DESCRIPTOR = /^\/(dev|proc\/self)\/fd\/\d+$/

/**
 * Writes the report where --output names, which may be outside the repository (a local run). In a
 * cloned repository the name may be a planted symbolic link (to ~/.bashrc, say), so the file is
 * opened with O_NOFOLLOW; and git's own files are never written, named or through a linked folder.
 */
async function writeOutput(io: Io, given: string, text: string): Promise<void> {
  const target = path.resolve(io.cwd, given)
  // Our own stdout and stderr are written as streams: opening them by name fails when they are
  // sockets (ENXIO), as a parent process's pipes often are.
  if (STDOUT.includes(target)) return void io.stdout.write(text)
  if (STDERR.includes(target)) return void io.stderr.write(text)
  const folder = await realpath(path.dirname(target)).catch(() => path.dirname(target))
  if (isInGitDirectory(target) || isInGitDirectory(folder))
    throw new UsageError(`--output ${given} is inside a .git folder; the gate never writes git's own files`)
  // The process's own descriptors are links by nature and are written through. Any other name is
  // never followed: a planted link to /dev/null or a FIFO would hide the report or hang the run.
  const stream = OWN_DESCRIPTOR.test(target)
  try {
    const handle = await open(
      target,
      stream
        ? constants.O_WRONLY
        : constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644,
    )
    try {
      await handle.writeFile(text)
    } finally {
      await handle.close()
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw new UsageError(
        `--output ${given} is a symbolic link; the gate does not write through links. Remove the link or name another file`,
      )
    const problem = fileSystemProblem(error)
    if (!problem) throw error
    throw new UsageError(`--output ${given} cannot be written: ${problem}`)
  }
}

// The text report is the default, so it is bundled with the check program; the other formats load
// when asked for.
function renderTextReport(result: GateResult, toTerminal: boolean, io: Io): string {
  return renderText(result, { color: toTerminal && shouldUseColor(io.stdout, io.env) })
}
