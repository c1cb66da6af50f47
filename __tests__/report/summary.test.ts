import { describe, it, expect } from '@jest/globals'
import { renderSummary } from '../../src/report/summary.js'
import { releaseNotesSection } from '../../src/report/github-release-notes.js'
import { collectEvidence, MAX_EVIDENCE_VALUE } from '../../src/report/evidence.js'
import type { SourceFacts } from '../../src/sources/facts.js'
import { appYaml, declarationYaml, gate } from '../helpers/declarations.js'

describe('job summary', () => {
  const result = gate(declarationYaml([appYaml({ number: '沪ICP备2023099999号-2A' })]))

  it('has the verdict, a row per app and every finding with a link to its rule', () => {
    const summary = renderSummary(result, { blobUrl: 'https://github.com/octo/shop/blob/abc' })
    expect(summary).toMatch(
      /^## China filing: ❌ fail\n\nmode \*\*audit\*\* · fail-on \*\*error\*\* · `china-filing.yml` · 2026-11-29 — 1 error, 0 warnings, 0 notices\n/,
    )
    expect(summary).toContain(
      '| shop (示例商城) | `沪ICP备2023099999号-2A` | approved | aliyun cn-shanghai | **xiaomi**, **huawei-appgallery** | ❌ fail |',
    )
    expect(summary).toContain(
      '| ❌ error | [filing-holder](https://github.com/china-filing-gate/china-filing-gate/blob/main/docs/rules/filing-holder.md) | shop | [china-filing.yml:11:15](https://github.com/octo/shop/blob/abc/china-filing.yml#L11) |',
    )
  })

  it('escapes what Markdown would swallow: <seq> is text, not a tag', () => {
    const summary = renderSummary(result)
    expect(summary).toContain('followed by -&lt;seq&gt;&lt;type&gt;: check both.')
    expect(summary).not.toContain('<seq>')
  })
})

describe('release notes', () => {
  it('keep a hostile app name in its cell: no HTML, link, emphasis or extra row', () => {
    const name = '<img src=x onerror=alert(1)> [pay](https://evil.example) **new** | forged | row |'
    const yaml = declarationYaml([appYaml()]).replace('name: 示例商城', `name: ${JSON.stringify(name)}`)
    const result = { ...gate(yaml), verdict: 'pass' as const }
    const section = releaseNotesSection(result)!
    const row = section.split('\n').find((line) => line.includes('evil.example'))!
    expect(row).toBe(
      '| &lt;img src=x onerror=alert(1)&gt; \\[pay\\](https://evil.example) \\*\\*new\\*\\* \\| forged \\| row \\| (`shop`) | `沪ICP备2023012345号-2A` | xiaomi, huawei-appgallery |',
    )
    // Unescaped pipes split a row into cells: this one has exactly the table's three.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(3)
  })
})

describe('evidence in the summary is bounded', () => {
  const base = gate(declarationYaml([appYaml()]))
  const source = (k: number) => ({
    file: `modules/m${k}/build.gradle`,
    line: 3,
    column: 9,
    platform: 'android' as const,
    key: 'applicationId',
    variant: 'release',
    value: `com.example.m${k}`,
    release: true,
    app: null,
  })

  it('shows 200 source rows of 250 and says where the rest are; findings come first', () => {
    const sources = Array.from({ length: 250 }, (_, k) => source(k))
    const summary = renderSummary({ ...base, evidence: { artifacts: [], sources } })
    expect(summary).toContain('`modules/m199/build.gradle:3:9`')
    expect(summary).not.toContain('modules/m200/')
    expect(summary).toContain('_…and 50 more source identities; the JSON report lists them all._')
    expect(summary.indexOf('### Findings')).toBeLessThan(summary.indexOf('### Source identities'))
  })

  it('a 1 MB value in a source file reaches the evidence as a bounded excerpt', () => {
    const result = collectEvidence({
      artifacts: undefined,
      sources: {
        declared: {},
        detected: {
          identities: [
            {
              platform: 'android',
              key: 'applicationId',
              value: `com.example.${'x'.repeat(1_000_000)}`,
              release: true,
              location: { file: 'app/build.gradle', line: 1, column: 1 },
            },
          ],
          notes: [],
        },
      } as unknown as SourceFacts,
      apps: [],
    })
    expect(result.sources[0]!.value).toHaveLength(MAX_EVIDENCE_VALUE)
    expect(result.sources[0]!.value.endsWith('…')).toBe(true)
  })
})
