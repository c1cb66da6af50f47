/**
 * What is wrong with a declaration valid.ts refused: the zod schema's issues as findings at
 * file:line:col, with the fix. Loaded only for such a declaration (issue 10).
 */
import { compareFindings, type Finding, type SourceLocation } from '../findings.js'
import { declarationSchema } from './schema.js'
import { schemaIssueToFinding } from './errors.js'
import { lineStartsOf, locator, type LoadResult } from './load.js'
import type { PlainYaml } from './plain-yaml.js'

/** The text a one-line location spans (columns count UTF-16 units from 1, as positions do). */
function sourceAt(text: string, lineStarts: readonly number[], location: SourceLocation): string | undefined {
  if (location.endLine !== location.line || location.endColumn === undefined) return undefined
  const lineStart = lineStarts[location.line - 1]!
  return text.slice(lineStart + location.column - 1, lineStart + location.endColumn - 1)
}

/** Beyond this many schema errors the file is probably not a declaration at all. */
const MAX_SCHEMA_FINDINGS = 50

export function diagnoseDeclaration(read: PlainYaml, text: string, file: string): LoadResult {
  const raw = read.value
  const locate = locator(read, () => text, file)
  const result = declarationSchema.safeParse(raw)
  // valid.ts refuses nothing the schema accepts (a test holds them together); should they ever
  // disagree, the schema decides.
  if (result.success) return { declaration: { file, data: result.data, locate }, findings: [] }
  // Describe issues only until the cap is reached: each description walks the document (issue 12.8).
  const findings: Finding[] = []
  let described = 0
  let lineStarts: number[] | undefined
  for (const issue of result.error.issues) {
    if (findings.length >= MAX_SCHEMA_FINDINGS) break
    findings.push(
      ...schemaIssueToFinding(issue, raw, file, locate, (location) =>
        sourceAt(text, (lineStarts ??= lineStartsOf(text)), location),
      ),
    )
    described++
  }
  const more = result.error.issues.length - described + Math.max(0, findings.length - MAX_SCHEMA_FINDINGS)
  if (more > 0) {
    findings.splice(MAX_SCHEMA_FINDINGS)
    // The count stands at the last place of the errors shown, so every report (sorted by place)
    // lists it after them: the schema's order of issues is not the file's.
    const last = findings
      .filter((f) => f.location?.line !== undefined)
      .sort(compareFindings)
      .at(-1)?.location
    findings.push({
      rule: 'declaration-schema',
      severity: 'error',
      message: `and ${more} more schema errors not shown. Fix the ones above first; is this file a china-filing declaration?`,
      location: last ? { file, line: last.line, column: last.column } : { file, line: 1, column: 1 },
    })
  }
  return { findings }
}
