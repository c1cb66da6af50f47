/**
 * The job summary GitHub shows is at most 1 MiB a step: a larger one is cut at a whole line (never in
 * the middle of a row or a link), and says how many findings it shows and where every one is.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { writeJobSummary } from '../../src/report/github.js'
import type { Finding } from '../../src/findings.js'
import { declarationYaml, appYaml, gate } from '../helpers/declarations.js'
import { tempDir } from '../helpers/temp-dir.js'

const saved = process.env.GITHUB_STEP_SUMMARY
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
  else process.env.GITHUB_STEP_SUMMARY = saved
})

describe('writeJobSummary', () => {
  it('cuts a summary over 1 MiB after a whole row, and names the step log for the rest', async () => {
    const result = gate(declarationYaml([appYaml()]))
    const many: Finding[] = Array.from({ length: 6000 }, (_, i) => ({
      rule: 'waiver',
      severity: i % 2 ? 'warning' : 'error',
      app: 'shop',
      message: `waivers[${i}] (hosting-mainland for shop): expired on 2025-01-01, so it no longer applies. ${'x'.repeat(120)}`,
      location: { file: 'china-filing.yml', line: i + 1, column: 5 },
    }))
    const file = path.join(await tempDir('cfg-summary-'), 'summary.md')
    await writeFile(file, '')
    process.env.GITHUB_STEP_SUMMARY = file
    await writeJobSummary({ ...result, findings: many }, 'https://github.com/octo/shop/blob/abc', [])
    const text = await readFile(file, 'utf8')
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024)
    const lines = text.split('\n')
    const rows = lines.filter((l) => /^\| (❌ error|⚠️ warning|ℹ️ notice) \|/u.test(l))
    // Every row that is there is whole.
    for (const row of rows) expect(row).toMatch(/ \|$/)
    expect(rows.length).toBeGreaterThan(100)
    expect(rows.length).toBeLessThan(6000)
    expect(lines.filter((l) => l !== '').at(-1)).toBe(
      `_The summary was cut at GitHub's 1 MiB limit after ${rows.length} of 6000 findings; the step log lists every finding (run \`china-filing check\` or set report-file for a file of them)._`,
    )
  })
})
