import path from 'node:path'
import { reportJson } from '../excerpt.js'
import { readArtifact } from '../artifacts/read.js'
import { ArtifactError, messageOf } from '../artifacts/types.js'
import { displayPath } from '../workspace.js'
import { UsageError } from '../usage-error.js'
import { renderInspectText, toInspectJson, type InspectEntry } from '../report/inspect.js'
import { oneOf } from './options.js'
import { EXIT, parse, type Io } from './program.js'

export async function inspectCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, 'inspect')
  const format = oneOf(
    '--format',
    values.format as string | undefined,
    ['text', 'json', 'yaml'] as const,
    'text',
  )
  if (positionals.length === 0)
    throw new UsageError('inspect needs at least one file: inspect app-release.apk')

  const entries: InspectEntry[] = []
  for (const given of positionals) {
    const absolute = path.resolve(io.cwd, given)
    const file = displayPath(io.cwd, absolute)
    try {
      entries.push({ file, identity: await readArtifact(absolute, file) })
    } catch (error) {
      // One file that cannot be read is an error line for that file; the others still print.
      entries.push({
        file,
        error: error instanceof ArtifactError ? error.message : `it cannot be read (${messageOf(error)})`,
      })
    }
  }
  io.stdout.write(
    format === 'json'
      ? reportJson(toInspectJson(entries))
      : format === 'yaml'
        ? (await import('../report/inspect-yaml.js')).renderInspectYaml(entries)
        : renderInspectText(entries),
  )
  const failed = entries.filter((e) => 'error' in e)
  if (failed.length && format !== 'text')
    for (const f of failed) io.stderr.write(`china-filing: ${f.file}: ${'error' in f ? f.error : ''}\n`)
  return failed.length ? EXIT.blocked : EXIT.pass
}
