/** Declarations for tests, as YAML text so that every finding's line and column is real. */
import { parseDeclarationText } from '../../src/declaration/parse-text.js'
import type { LoadedDeclaration } from '../../src/declaration/load.js'

export const HOLDER = `version: 1
holder:
  name: 上海示例网络科技有限公司
  province: 沪
  mainNumber: 沪ICP备2023012345号
`

/** One compliant Android app; override pieces with the options. */
export function appYaml(
  options: {
    id?: string
    kind?: string
    number?: string | null
    status?: string
    via?: string | null
    launchedOn?: string
    hosting?: string
    platforms?: string
    stores?: string
    release?: string
  } = {},
): string {
  const lines = [
    `  - id: ${options.id ?? 'shop'}`,
    `    name: 示例商城`,
    `    kind: ${options.kind ?? 'app'}`,
  ]
  if (options.launchedOn) lines.push(`    launchedOn: ${options.launchedOn}`)
  lines.push(`    filing:`)
  if (options.number !== null) lines.push(`      number: ${options.number ?? '沪ICP备2023012345号-2A'}`)
  lines.push(`      status: ${options.status ?? 'approved'}`)
  if (options.via !== null) lines.push(`      via: ${options.via ?? 'aliyun'}`)
  lines.push(options.hosting ?? `    hosting:\n      - provider: aliyun\n        region: cn-shanghai`)
  lines.push(
    options.platforms ??
      `    platforms:\n      android:\n        package: com.example.shop\n        certificate:\n          md5: FC66866CD3CAB411048C250AE8140348`,
  )
  lines.push(`    stores: ${options.stores ?? '[xiaomi, huawei-appgallery]'}`)
  if (options.release) lines.push(options.release)
  return lines.join('\n')
}

export function declarationYaml(apps: string[], extra = ''): string {
  return `${HOLDER}apps:\n${apps.join('\n')}\n${extra}`
}

export function load(text: string, file = 'china-filing.yml'): LoadedDeclaration {
  const result = parseDeclarationText(text, file)
  if (!result.declaration)
    throw new Error(`test declaration does not load: ${JSON.stringify(result.findings, null, 2)}`)
  return result.declaration
}

/** 1-based line of the first line containing `needle`, and the column where it starts. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  const lines = text.split('\n')
  let seen = 0
  for (let i = 0; i < lines.length; i++) {
    const column = lines[i]!.indexOf(needle)
    if (column >= 0 && ++seen === occurrence) return { line: i + 1, column: column + 1 }
  }
  throw new Error(`"${needle}" not found`)
}

import { runGate, type GateInput, type GateResult } from '../../src/gate.js'
import { loadSemver, loadTagMatcher } from '../../src/release/version.js'

// runCheck loads the tag matcher and semver when a run needs them; gate() below calls the gate directly.
await loadTagMatcher()
await loadSemver()

/** Runs the gate on YAML text as the CLI would, with a fixed clock. */
export function gate(text: string, options: Partial<Omit<GateInput, 'load'>> = {}): GateResult {
  return runGate({
    load: parseDeclarationText(text, 'china-filing.yml'),
    mode: 'audit',
    failOn: 'error',
    today: '2026-11-29',
    ...options,
  })
}

/** The findings of one rule, as `severity message @line:column`, for compact table tests. */
export function findingsOf(
  result: GateResult,
  rule: string,
): { severity: string; message: string; app?: string; line?: number; column?: number }[] {
  return result.findings
    .filter((f) => f.rule === rule)
    .map((f) => ({
      severity: f.severity,
      message: f.message,
      ...(f.app ? { app: f.app } : {}),
      ...(f.location ? { line: f.location.line, column: f.location.column } : {}),
    }))
}
