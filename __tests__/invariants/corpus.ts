/**
 * The runs the report invariants are checked over: every declaration the repository ships (examples,
 * non-compliant examples) × modes, app selections, fail-on levels, and built artifacts from the
 * fixtures (readable, unreadable, matched, unmatched). Each run is a real `runCheck` on real files.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { runCheck, type CheckOptions } from '../../src/check.js'
import type { GateResult } from '../../src/gate.js'
import { parseDeclarationText } from '../../src/declaration/parse-text.js'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { copyFile, cp } from 'node:fs/promises'
import { tempDir } from '../helpers/temp-dir.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** examples/**\/china-filing*.yml and examples/non-compliant/*.yml, relative to the repository root. */
export function shippedDeclarations(): string[] {
  const found = new Set<string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'workflows') walk(rel)
      } else if (
        /^china-filing.*\.ya?ml$/.test(entry.name) ||
        (dir === 'examples/non-compliant' && /\.ya?ml$/.test(entry.name))
      )
        found.add(rel)
    }
  }
  walk('examples')
  return [...found].sort()
}

function declaredApps(config: string): string[] {
  const load = parseDeclarationText(readFileSync(path.join(ROOT, config), 'utf8'), config)
  return load.declaration?.data.apps.map((a) => a.id) ?? []
}

const FIXTURES = '__tests__/fixtures'
/** Artifacts a run may verify: signed, unsigned, unreadable, of every platform. */
export const ARTIFACT_SETS: string[][] = [
  [],
  [`${FIXTURES}/android/rsa-v2.apk`, `${FIXTURES}/android/not-a-zip.apk`, `${FIXTURES}/android/rsa.aab`],
  [`${FIXTURES}/ios/appstore.ipa`, `${FIXTURES}/harmony/release.app`, `${FIXTURES}/android/unsigned.apk`],
  [`${FIXTURES}/android/*.nothing-matches`],
]

export interface CorpusRun {
  name: string
  options: CheckOptions
}

export function corpusRuns(): CorpusRun[] {
  const runs: CorpusRun[] = []
  for (const config of shippedDeclarations()) {
    const base: CheckOptions = {
      workspace: ROOT,
      config,
      mode: 'audit',
      failOn: 'error',
      today: '2026-11-29',
      confine: true,
      sources: false,
    }
    const variants: [string, Partial<CheckOptions>][] = [
      ['audit', {}],
      ['release v1.2.0', { mode: 'release', tag: 'v1.2.0', version: '1.2.0' }],
      ['fail-on never', { failOn: 'never' }],
      ['fail-on warning', { failOn: 'warning' }],
      ...declaredApps(config).map((id): [string, Partial<CheckOptions>] => [`--apps ${id}`, { apps: [id] }]),
      ...ARTIFACT_SETS.slice(1).map((artifacts, i): [string, Partial<CheckOptions>] => [
        `release with artifact set ${i + 1}`,
        { mode: 'release', tag: 'v1.2.0', artifacts },
      ]),
      // Every app judged, and a file that cannot be read: the release blocks them all.
      ['release of every app, unreadable artifact', { mode: 'release', artifacts: ARTIFACT_SETS[1]! }],
    ]
    for (const [label, extra] of variants)
      runs.push({ name: `${config} · ${label}`, options: { ...base, ...extra } })
  }
  return runs
}

/**
 * Source trees from the fixtures, each with the example declaration beside them (copied to a temp
 * folder), so the source-identity findings and the source evidence are in the corpus too.
 */
async function sourceRuns(): Promise<CorpusRun[]> {
  const runs: CorpusRun[] = []
  for (const tree of ['native-groovy', 'wechat-mp', 'xcode-app', 'flutter-app']) {
    const dir = await tempDir('cfg-corpus-')
    await cp(path.join(ROOT, FIXTURES, 'sources', tree), dir, { recursive: true })
    await copyFile(path.join(ROOT, 'examples/china-filing.yml'), path.join(dir, 'china-filing.yml'))
    for (const failOn of ['error', 'never'] as const)
      runs.push({
        name: `sources/${tree} · fail-on ${failOn}`,
        options: {
          workspace: dir,
          config: 'china-filing.yml',
          mode: 'audit',
          failOn,
          today: '2026-11-29',
          confine: true,
        },
      })
  }
  return runs
}

export async function runCorpus(): Promise<{ name: string; result: GateResult }[]> {
  const out: { name: string; result: GateResult }[] = []
  for (const run of [...corpusRuns(), ...(await sourceRuns())])
    out.push({ name: run.name, result: await runCheck(run.options) })
  return out
}
