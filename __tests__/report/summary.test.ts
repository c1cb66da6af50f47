import { describe, it, expect } from '@jest/globals'
import { renderSummary } from '../../src/report/summary.js'
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
