/**
 * Invariants of every report, over every declaration the repository ships × modes, app selections,
 * fail-on levels and artifacts (corpus.ts) × every format: text, github (workflow commands, the
 * action's annotations, the job summary), json, sarif and the check-run payload (issue 7.1–7.5).
 */
import { describe, it, expect, beforeAll, jest } from '@jest/globals'
import { runCorpus } from './corpus.js'
import type { GateResult } from '../../src/gate.js'
import { formatPlace, type Finding } from '../../src/findings.js'
import { blockedByRunText, isBlocking } from '../../src/verdict.js'
import { renderText } from '../../src/report/text.js'
import { renderWorkflowCommands } from '../../src/report/workflow-commands.js'
import { toJsonReport } from '../../src/report/json.js'
import { toSarif } from '../../src/report/sarif.js'
import { renderSummary } from '../../src/report/summary.js'
import { planCheckRun } from '../../src/report/github-check-run.js'
import { emitAnnotations } from '../../src/report/github.js'
import { oneLine } from '../../src/report/stdout-guard.js'
import { renderJunit } from '../../src/report/junit.js'
import { toCodeQuality } from '../../src/report/codequality.js'

/**
 * The finding lines of a JUnit report: the text of every <failure> and <system-out>, one finding a
 * line (line breaks in text are written as &#10;, so no line of the file starts with a value).
 */
function junitFindingLines(xml: string): string[] {
  const bodies = [...xml.matchAll(/<(failure|system-out)\b[^>]*>([^<]*)<\/\1>/g)].map((m) => m[2]!)
  return bodies.flatMap((body) => body.split('&#10;')).filter((l) => l.trim() !== '')
}

let corpus: { name: string; result: GateResult }[] = []
beforeAll(async () => {
  corpus = await runCorpus()
}, 120_000)

const key = (f: Finding) => JSON.stringify([f.rule, f.severity, f.app ?? null, f.message, formatPlace(f)])

/** The action's annotations: what @actions/core prints to stdout, captured, and the plan's counts. */
function actionAnnotations(result: GateResult): { lines: string[]; shown: number; hidden: number } {
  const written: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    written.push(String(chunk))
    return true
  })
  let counts = { shown: 0, hidden: 0 }
  try {
    counts = emitAnnotations(result)
  } finally {
    spy.mockRestore()
  }
  const lines = written
    .join('')
    .split('\n')
    .filter((l) => /^::(error|warning|notice)/.test(l) && !l.includes('title=china-filing-gate::'))
  return { lines, ...counts }
}

describe('report invariants over every shipped declaration', () => {
  it('covers the corpus', () => {
    expect(corpus.length).toBeGreaterThan(30)
    // The corpus exercises what the invariants are about.
    const all = corpus.flatMap((c) => c.result.findings)
    expect(all.some((f) => f.artifact !== undefined)).toBe(true)
    expect(all.some((f) => f.app === undefined)).toBe(true)
    expect(corpus.some((c) => c.result.apps.some((a) => !a.inScope))).toBe(true)
    expect(corpus.some((c) => c.result.evidence.artifacts.some((a) => a.app !== null))).toBe(true)
    expect(corpus.some((c) => c.result.evidence.sources.length > 0)).toBe(true)
    expect(all.some((f) => f.rule === 'source-identity')).toBe(true)
  })

  it('every finding is shown exactly once in every format, and none is an identical duplicate', () => {
    for (const { name, result } of corpus) {
      const n = result.findings.length
      const keys = result.findings.map(key)
      expect({ name, duplicates: keys.length - new Set(keys).size }).toEqual({ name, duplicates: 0 })

      const text = renderText(result, { color: false })
      const textFindingLines = text.split('\n').filter((l) => /^ {2}(✖ error|⚠ warning|ℹ notice)/.test(l))
      expect({ name, format: 'text', count: textFindingLines.length }).toEqual({
        name,
        format: 'text',
        count: n,
      })
      for (const f of result.findings) expect(text).toContain(oneLine(f.message))

      const github = renderWorkflowCommands(result).split('\n')
      const commands = github.filter(
        (l) => /^::(error|warning|notice) /.test(l) && !l.includes('title=china-filing-gate::'),
      )
      const plain = github.filter((l) => /^(error|warning|notice) /.test(l))
      expect({ name, format: 'github', count: commands.length + plain.length }).toEqual({
        name,
        format: 'github',
        count: n,
      })

      const annotations = actionAnnotations(result)
      // Annotations are capped at 10 per kind; the rest are counted in the overflow notice and all
      // are in the summary (checked below).
      expect({
        name,
        shown: annotations.lines.length,
        total: annotations.shown + annotations.hidden,
      }).toEqual({
        name,
        shown: annotations.shown,
        total: n,
      })
      const summary = renderSummary(result)
      const summaryRows = summary.split('\n').filter((l) => /^\| (❌ error|⚠️ warning|ℹ️ notice) \|/.test(l))
      expect({ name, format: 'summary', count: summaryRows.length }).toEqual({
        name,
        format: 'summary',
        count: n,
      })

      expect(toJsonReport(result).findings).toHaveLength(n)
      expect(toSarif(result).runs[0]!.results).toHaveLength(n)
      const plan = planCheckRun(result)
      expect({ name, format: 'check run', count: plan.batches.flat().length }).toEqual({
        name,
        format: 'check run',
        count: n,
      })
      expect({ name, format: 'junit', count: junitFindingLines(renderJunit(result)).length }).toEqual({
        name,
        format: 'junit',
        count: n,
      })
      const quality = toCodeQuality(result)
      expect({ name, format: 'codequality', count: quality.length }).toEqual({
        name,
        format: 'codequality',
        count: n,
      })
      expect(new Set(quality.map((q) => q.fingerprint)).size).toBe(n)
      // Code scanning shows one result per fingerprint: every finding keeps its own.
      expect({
        name,
        sarif: new Set(
          toSarif(result).runs[0]!.results.map((r) => r.partialFingerprints['chinaFilingGate/v1']),
        ).size,
      }).toEqual({ name, sarif: n })
      // A fingerprint names its finding, not its position in the list: reversed, every finding keeps
      // its fingerprint (findings that differ only by artifact once swapped theirs).
      const reversed = toCodeQuality({ ...result, findings: [...result.findings].reverse() })
      const byFinding = (issues: typeof quality) =>
        new Map(issues.map((q) => [q.fingerprint, `${q.description}\u0000${q.location.path}`]))
      const distinct = new Set(result.findings.map(key)).size === n
      if (distinct) expect(byFinding(reversed)).toEqual(byFinding(quality))
    }
  })

  it('Code Quality and SARIF fingerprints tell apart findings that differ only by their artifact', () => {
    const { result } = corpus[0]!
    const about = (artifact: string): Finding => ({
      rule: 'artifact-identity',
      severity: 'error',
      app: 'shop',
      message: 'the signer is not the filed certificate',
      artifact,
    })
    const prints = (findings: Finding[]) => {
      const quality = toCodeQuality({ ...result, findings }).map((q) => [q.location.path, q.fingerprint])
      const sarif = toSarif({ ...result, findings }).runs[0]!.results.map((r) => [
        r.locations[0]!.physicalLocation.artifactLocation.uri,
        r.partialFingerprints['chinaFilingGate/v1'],
      ])
      return { quality: new Map(quality as [string, string][]), sarif: new Map(sarif as [string, string][]) }
    }
    const ab = prints([about('build/a.apk'), about('build/b.apk')])
    const ba = prints([about('build/b.apk'), about('build/a.apk')])
    expect(ba).toEqual(ab)
    expect(new Set(ab.sarif.values()).size).toBe(2)
  })

  it('SARIF keeps two equal findings apart (one region declared twice), the first with its usual fingerprint', () => {
    const { result } = corpus[0]!
    const region = (line: number): Finding => ({
      rule: 'hosting-mainland',
      severity: 'error',
      app: 'shop',
      message: 'shop: aliyun cn-hongkong is Hong Kong, outside mainland China.',
      location: { file: 'china-filing.yml', line, column: 37 },
    })
    const sarif = (findings: Finding[]) =>
      toSarif({ ...result, findings }).runs[0]!.results.map(
        (r) => r.partialFingerprints['chinaFilingGate/v1'],
      )
    const [first, second] = sarif([region(11), region(12)])
    expect(first).not.toBe(second)
    expect(first).toBe(sarif([region(11)])[0])
  })

  it('blocks only judged apps, and an app reads fail only with a blocking finding of its own or, in a release, of the run', () => {
    let blockedByRun = 0
    for (const { name, result } of corpus) {
      const judged = result.apps.filter((a) => a.inScope).map((a) => a.id)
      for (const id of result.blocking)
        expect({ name, blocked: id, judged: judged.includes(id) }).toEqual({
          name,
          blocked: id,
          judged: true,
        })
      const failOn = result.failOn
      const scope = { judged, notJudged: result.apps.filter((a) => !a.inScope).map((a) => a.id) }
      // A release that a finding about no app blocks (an unreadable artifact) ships none of its apps.
      const runBlocks =
        result.mode === 'release' &&
        result.findings.some((f) => f.app === undefined && isBlocking(f, failOn, scope))
      for (const app of result.apps) {
        const own = result.findings.filter((f) => f.app === app.id && isBlocking(f, failOn, scope))
        const expected = !app.inScope ? 'skipped' : own.length > 0 || runBlocks ? 'fail' : 'pass'
        expect({ name, app: app.id, verdict: app.verdict }).toEqual({ name, app: app.id, verdict: expected })
        // A row that fails with no finding of its own says why, in every report that has rows.
        const byRun = app.inScope && own.length === 0 && runBlocks
        expect({ name, app: app.id, byRun: app.blockedByRun === true }).toEqual({ name, app: app.id, byRun })
        if (byRun) {
          expect(renderText(result, { color: false })).toContain(
            `  ${blockedByRunText('above (Declaration, Artifacts)')}`,
          )
          expect(renderSummary(result)).toContain(blockedByRunText('(listed below, app —)'))
        }
      }
      expect(result.blocking).toEqual(result.apps.filter((a) => a.verdict === 'fail').map((a) => a.id))
      blockedByRun += result.apps.filter((a) => a.blockedByRun).length
      // The run fails exactly when some finding blocks.
      const anyBlocking = result.findings.some((f) => isBlocking(f, failOn, scope))
      expect({ name, verdict: result.verdict }).toEqual({ name, verdict: anyBlocking ? 'fail' : 'pass' })
      // The same verdict in every format. A CI test view counts JUnit failures: a passing run has
      // none (an app the run does not judge blocks nothing, so its errors are output, not failures).
      expect(toJsonReport(result).verdict).toBe(result.verdict)
      expect(toSarif(result).runs[0]!.properties.verdict).toBe(result.verdict)
      const failures = Number(/<testsuites [^>]*failures="(\d+)"/.exec(renderJunit(result))![1])
      if (result.verdict === 'pass')
        expect({ name, junitFailures: failures }).toEqual({ name, junitFailures: 0 })
      else expect({ name, junitFailures: failures > 0 }).toEqual({ name, junitFailures: true })
    }
    // The corpus has releases whose unreadable artifact blocks apps with no finding of their own.
    expect(blockedByRun).toBeGreaterThan(0)
  })

  it('fail-on never reports failures everywhere but is not enforced', () => {
    const never = corpus.filter((c) => c.result.failOn === 'never' && c.result.verdict === 'fail')
    expect(never.length).toBeGreaterThan(0)
    for (const { result } of never) {
      expect(result.enforced).toBe(false)
      expect(toJsonReport(result)).toMatchObject({ verdict: 'fail', enforced: false })
      expect(renderSummary(result)).toContain('not enforced')
      expect(renderText(result, { color: false })).toContain('not enforced')
      expect(planCheckRun(result).conclusion).toBe('neutral')
      for (const app of result.apps.filter((a) => a.inScope))
        if (result.findings.some((f) => f.app === app.id && f.severity === 'error'))
          expect(app.verdict).toBe('fail')
    }
  })

  it('artifact findings point at the artifact, under its app or "Artifacts"', () => {
    for (const { name, result } of corpus) {
      const text = renderText(result, { color: false })
      for (const f of result.findings.filter((f) => f.artifact !== undefined && !f.location)) {
        expect({
          name,
          file: toJsonReport(result).findings.find((j) => j.message === f.message)?.file,
        }).toEqual({ name, file: f.artifact })
        const sarif = toSarif(result).runs[0]!.results.find((r) => r.message.text === f.message)!
        expect(sarif.locations[0]!.physicalLocation.artifactLocation.uri).toBe(encodeURI(f.artifact!))
        if (f.app === undefined) {
          const heading = text.indexOf('\nArtifacts\n')
          expect(heading).toBeGreaterThanOrEqual(0)
        }
      }
      // Evidence: every artifact read is listed with its signers in every format.
      for (const artifact of result.evidence.artifacts) {
        expect(text).toContain(artifact.file)
        expect(renderSummary(result)).toContain(artifact.file)
        for (const signer of artifact.signers) {
          expect(text).toContain(signer.sha256)
          expect(renderSummary(result)).toContain(signer.md5)
        }
      }
      expect(toJsonReport(result).artifacts).toEqual(result.evidence.artifacts)
      for (const source of result.evidence.sources) {
        const where = `${source.file}:${source.line}:${source.column}`
        expect(text).toContain(where)
        expect(renderSummary(result)).toContain(where)
      }
      expect(toJsonReport(result).sources).toEqual(result.evidence.sources)
    }
  })
})

describe('the JSON report matches schema/report.schema.json', () => {
  it('validates every report of the corpus', async () => {
    const { createAjv } = await import('../helpers/ajv.js')
    const { readFile } = await import('node:fs/promises')
    const validate = createAjv().compile(JSON.parse(await readFile('schema/report.schema.json', 'utf8')))
    for (const { name, result } of corpus) {
      const report = JSON.parse(JSON.stringify(toJsonReport(result)))
      expect({ name, valid: validate(report), errors: validate.errors?.slice(0, 3) ?? null }).toEqual({
        name,
        valid: true,
        errors: null,
      })
    }
  })
})
