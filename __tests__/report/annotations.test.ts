import { describe, it, expect } from '@jest/globals'
import { planAnnotations } from '../../src/report/annotations.js'
import type { Finding } from '../../src/findings.js'

function findings(severity: Finding['severity'], count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    rule: 'hosting-mainland',
    severity,
    app: `app${i}`,
    message: `${severity} ${i}`,
    location: { file: 'china-filing.yml', line: i + 1, column: 1 },
  }))
}

describe('planAnnotations', () => {
  it('shows everything that fits in GitHub’s 10 per kind', () => {
    const plan = planAnnotations([
      ...findings('error', 10),
      ...findings('warning', 10),
      ...findings('notice', 10),
    ])
    expect(plan.shown).toHaveLength(30)
    expect(plan.overflowNotice).toBeUndefined()
  })

  it('shows the first 10 errors by place and says how many more are in the summary', () => {
    const plan = planAnnotations([
      ...findings('notice', 3),
      ...findings('error', 25),
      ...findings('warning', 2),
    ])
    expect(plan.shown.filter((s) => s.severity === 'error').map((s) => s.message)).toEqual(
      Array.from({ length: 10 }, (_, i) => `error ${i}`),
    )
    expect(plan.shown.filter((s) => s.severity === 'warning')).toHaveLength(2)
    expect(plan.shown.filter((s) => s.severity === 'notice')).toHaveLength(3)
    expect(plan.hidden).toHaveLength(15)
    expect(plan.overflowNotice).toBe(
      '15 more findings (15 errors) are not shown as annotations (GitHub shows 10 per kind and step); the job summary lists every finding.',
    )
  })

  it('keeps an error slot free for the failing step’s own message when asked', () => {
    const plan = planAnnotations(findings('error', 12), { reservedErrors: 1 })
    expect(plan.shown).toHaveLength(9)
    expect(plan.overflowNotice).toMatch(/^3 more findings \(3 errors\)/)
  })

  it('keeps a notice slot free for the overflow message', () => {
    const plan = planAnnotations([...findings('warning', 11), ...findings('notice', 10)])
    expect(plan.shown.filter((s) => s.severity === 'notice')).toHaveLength(9)
    expect(plan.hidden).toHaveLength(2)
    expect(plan.overflowNotice).toMatch(/^2 more findings \(1 warning, 1 notice\)/)
  })
})
