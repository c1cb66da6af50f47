import { readFile } from '../promised-fs.js'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderJsonSchema } from '../declaration/json-schema.js'
import { RULES, findRule } from '../rules/index.js'
import { closestMatch } from '../declaration/suggest.js'
import { UsageError } from '../usage-error.js'
import { EXIT, parse, type Io } from './program.js'

export function schemaCommand(args: string[], io: Io): number {
  const { positionals } = parse(args, 'schema')
  if (positionals.length)
    throw new UsageError(
      `schema takes no arguments (got "${positionals[0]}"); it prints the schema of china-filing.yml`,
    )
  io.stdout.write(renderJsonSchema())
  return EXIT.pass
}

/** docs/rules sits at the package root: two levels above src/cli in the repo, one above dist/. */
function rulesDocsDir(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, 'docs', 'rules')
    if (existsSync(candidate)) return candidate
    dir = path.dirname(dir)
  }
  return undefined
}

export async function explainCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parse(args, 'explain')
  const id = positionals[0]
  const ids = RULES.map((r) => r.meta.id)
  if (!id) throw new UsageError(`explain needs a rule id: ${ids.join(', ')}`)
  const rule = findRule(id)
  if (!rule) {
    const near = closestMatch(id, ids)
    throw new UsageError(
      `unknown rule "${id}"${near ? `; did you mean "${near}"?` : ''} Rules: ${ids.join(', ')}`,
    )
  }
  const dir = rulesDocsDir()
  const page = dir ? await readFile(path.join(dir, `${id}.md`), 'utf8').catch(() => undefined) : undefined
  io.stdout.write(
    page ?? `# ${id}\n\n${rule.meta.description}\n\nDefault severity: ${rule.meta.defaultSeverity}\n`,
  )
  return EXIT.pass
}
