import { describe, it, expect } from '@jest/globals'
import { decideVerdict } from '../src/verdict.js'
import type { Finding } from '../src/findings.js'

const f = (severity: Finding['severity'], app?: string): Finding => ({
  rule: 'r',
  severity,
  message: 'm',
  ...(app ? { app } : {}),
})

describe('decideVerdict', () => {
  it.each([
    { failOn: 'error', findings: [f('warning', 'a'), f('notice', 'b')], verdict: 'pass', blocking: [] },
    { failOn: 'error', findings: [f('error', 'a'), f('warning', 'b')], verdict: 'fail', blocking: ['a'] },
    { failOn: 'warning', findings: [f('warning', 'b')], verdict: 'fail', blocking: ['b'] },
    { failOn: 'warning', findings: [f('notice', 'b')], verdict: 'pass', blocking: [] },
    { failOn: 'never', findings: [f('error', 'a'), f('error')], verdict: 'pass', blocking: [] },
    // A declaration-wide error blocks every app in scope.
    { failOn: 'error', findings: [f('error')], verdict: 'fail', blocking: ['a', 'b'] },
    { failOn: 'error', findings: [], verdict: 'pass', blocking: [] },
  ] as const)(
    'fail-on $failOn with $findings.length findings → $verdict',
    ({ failOn, findings, verdict, blocking }) => {
      const result = decideVerdict(findings, failOn, ['a', 'b'])
      expect(result.verdict).toBe(verdict)
      expect(result.blocking).toEqual(blocking)
    },
  )

  it('fails with no app in scope when the declaration itself is broken', () => {
    expect(decideVerdict([f('error')], 'error', [])).toEqual({
      verdict: 'fail',
      blocking: [],
      blockingFindings: 1,
    })
  })
})
