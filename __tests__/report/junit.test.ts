/**
 * JUnit as CI test views read it: a failure fails the test run, so the report has one exactly when
 * the gate blocks something. An app the run does not judge is a skipped suite whose findings, which
 * block nothing in this run, are output rather than failures.
 */
import { describe, expect, it } from '@jest/globals'
import { renderJunit } from '../../src/report/junit.js'
import { appYaml, declarationYaml, gate } from '../helpers/declarations.js'

describe('junit', () => {
  it('a run that passes has no failure, even with an error on an app it does not judge', () => {
    // An audit found failures="1" in a passing run: the expired waiver of an app --apps left out.
    const text = declarationYaml(
      [
        appYaml({ id: 'shop' }),
        appYaml({
          id: 'old',
          number: '沪ICP备2023012345号-3A',
          platforms:
            '    platforms:\n      ios: { bundleId: com.example.old, certificate: { sha1: CF47C401AB6A1B9F7BF0BA404A6FF069D8778E33 } }',
        }),
      ],
      'waivers:\n  - { rule: hosting-mainland, app: old, reason: OPS-1, expires: 2025-01-01 }\n',
    )
    const result = gate(text, { apps: ['shop'] })
    expect(result.verdict).toBe('pass')
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: 'waiver', severity: 'error', app: 'old' }),
    )
    const xml = renderJunit(result)
    expect(xml).toMatch(/<testsuites name="china-filing-gate \(audit, pass\)" tests="\d+" failures="0"/)
    expect(xml).not.toContain('<failure')
    // Still listed: the waiver case of the skipped suite carries it as output.
    expect(xml).toMatch(
      /<testcase name="waiver" classname="china-filing\.old" time="0">\n {6}<skipped message="[^"]*"\/>\n {6}<system-out>[^<]*expired on 2025-01-01/,
    )
    // Judged, the same app fails its suite.
    expect(renderJunit(gate(text))).toMatch(/<failure type="error" message="[^"]*expired on 2025-01-01/)
  })
})
