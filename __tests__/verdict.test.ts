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
    // never: judged as `error` does, but not enforced (see the enforced test below).
    { failOn: 'never', findings: [f('error', 'a'), f('error')], verdict: 'fail', blocking: ['a'] },
    { failOn: 'never', findings: [f('warning', 'a')], verdict: 'pass', blocking: [] },
    // A run-level error fails the run but blocks no app by name.
    { failOn: 'error', findings: [f('error')], verdict: 'fail', blocking: [] },
    // An app this run does not judge blocks nothing, not even the run.
    { failOn: 'error', findings: [f('error', 'c')], verdict: 'pass', blocking: [] },
    { failOn: 'error', findings: [], verdict: 'pass', blocking: [] },
  ] as const)(
    'fail-on $failOn with $findings.length findings → $verdict',
    ({ failOn, findings, verdict, blocking }) => {
      const result = decideVerdict(findings, failOn, { judged: ['a', 'b'], notJudged: ['c'] })
      expect(result.verdict).toBe(verdict)
      expect(result.blocking).toEqual(blocking)
      expect(result.enforced).toBe(failOn !== 'never')
    },
  )

  it('fails with no app in scope when the declaration itself is broken', () => {
    expect(decideVerdict([f('error'), f('error', 'named-in-broken-file')], 'error', { judged: [] })).toEqual({
      verdict: 'fail',
      enforced: true,
      blocking: [],
      blockedByRun: [],
      blockingFindings: 2,
    })
  })

  // Fail closed: the gate cannot say which app an unreadable artifact is, so a release ships none.
  it('in a release, a finding about no app blocks every judged app, and says which it blocks alone', () => {
    const scope = { judged: ['a', 'b'], notJudged: ['c'], release: true }
    expect(decideVerdict([f('error'), f('error', 'a')], 'error', scope)).toMatchObject({
      verdict: 'fail',
      blocking: ['a', 'b'],
      blockedByRun: ['b'],
    })
    // A warning about no app blocks only with fail-on warning; a notice never.
    expect(decideVerdict([f('warning')], 'error', scope)).toMatchObject({ blocking: [], blockedByRun: [] })
    expect(decideVerdict([f('warning')], 'warning', scope)).toMatchObject({ blocking: ['a', 'b'] })
    expect(decideVerdict([f('notice')], 'warning', scope)).toMatchObject({ verdict: 'pass', blocking: [] })
    // Outside a release each app stands on its own findings.
    expect(decideVerdict([f('error')], 'error', { ...scope, release: false })).toMatchObject({
      verdict: 'fail',
      blocking: [],
      blockedByRun: [],
    })
  })
})
