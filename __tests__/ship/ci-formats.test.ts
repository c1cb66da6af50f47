/**
 * `check --format junit` and `--format codequality`, as Jenkins and GitLab read them: the JUnit XML is
 * validated by libxml2 (xmllint-wasm) against __tests__/schemas/junit-jenkins.xsd, the Code Quality JSON
 * against __tests__/schemas/gitlab-codequality.json (both written from the published format
 * descriptions; sources in the files).
 */
import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { validateXML } from 'xmllint-wasm'
import { createAjv } from '../helpers/ajv.js'
import { main } from '../../src/cli/main.js'

async function check(config: string, format: string, ...more: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(
    ['check', '--config', config, '--today', '2026-11-29', '--format', format, ...more],
    {
      stdout: { write: (t: string) => (stdout += t), isTTY: false },
      stderr: { write: (t: string) => (stderr += t) },
      env: {},
      cwd: process.cwd(),
    },
  )
  return { code, stdout, stderr }
}

const XSD = readFileSync('__tests__/schemas/junit-jenkins.xsd', 'utf8')
const NON_COMPLIANT = 'examples/non-compliant/china-filing.yml'
const CONFIGS = ['examples/china-filing.yml', NON_COMPLIANT, 'examples/non-compliant/syntax-error.yml']

async function xsdErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    schema: [{ fileName: 'junit.xsd', contents: XSD }],
  })
  return result.errors.map((e) => e.rawMessage)
}

/** Testcases as `classname name` → failure text (or null when it passed). */
function testcases(xml: string): Map<string, string | null> {
  const cases = new Map<string, string | null>()
  for (const m of xml.matchAll(
    /<testcase name="([^"]+)" classname="([^"]+)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g,
  )) {
    const failure = /<failure [^>]*>([\s\S]*?)<\/failure>/.exec(m[3] ?? '')
    cases.set(`${m[2]} ${m[1]}`, failure ? failure[1]! : null)
  }
  return cases
}

describe('--format junit', () => {
  it('the XSD rejects what Jenkins would (the validation can fail)', async () => {
    expect(await xsdErrors('<testsuites><testsuite name="x"/></testsuites>')).not.toEqual([])
    expect(
      await xsdErrors(
        '<testsuites><testsuite name="x" tests="1" failures="0" errors="0"><testcase/></testsuite></testsuites>',
      ),
    ).not.toEqual([])
  })

  it.each(CONFIGS)('%s is valid JUnit XML', async (config) => {
    const { stdout } = await check(config, 'junit')
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /)
    expect(await xsdErrors(stdout)).toEqual([])
  })

  it('has one testcase per app × rule, failures with file:line:col, and the exit code of the gate', async () => {
    const { code, stdout } = await check(NON_COMPLIANT, 'junit')
    expect(code).toBe(1)
    const cases = testcases(stdout)
    expect(cases.get('china-filing.shop hosting-mainland')).toMatch(
      /^examples\/non-compliant\/china-filing\.yml:\d+:\d+: error: shop: aliyun cn-hongkong is Hong Kong/,
    )
    expect(cases.get('china-filing.shop filing-holder')).toBeNull()
    expect(cases.get('china-filing.legacy filing-required')).toMatch(
      /^examples\/non-compliant\/china-filing\.yml:\d+:\d+: error: legacy/,
    )
    // Every app has a testcase for each rule that judges apps.
    const shopRules = [...cases.keys()].filter((k) => k.startsWith('china-filing.shop ')).length
    const legacyRules = [...cases.keys()].filter((k) => k.startsWith('china-filing.legacy ')).length
    expect(shopRules).toBe(legacyRules)
    expect(shopRules).toBeGreaterThanOrEqual(10)
    const total = /<testsuites [^>]*tests="(\d+)" failures="(\d+)"/.exec(stdout)!
    expect(Number(total[1])).toBe(cases.size)
    expect(Number(total[2])).toBe([...cases.values()].filter((v) => v !== null).length)
  })

  it('a broken declaration fails the declaration suite at its line', async () => {
    const { code, stdout } = await check('examples/non-compliant/syntax-error.yml', 'junit')
    expect(code).toBe(1)
    expect(testcases(stdout).get('china-filing.declaration declaration-syntax')).toMatch(
      /^examples\/non-compliant\/syntax-error\.yml:\d+:\d+: error: /,
    )
  })

  it('still fails the errors under --fail-on never (exit 0), and the warnings too under --fail-on warning', async () => {
    const never = await check(NON_COMPLIANT, 'junit', '--fail-on', 'never')
    expect(never.code).toBe(0)
    const strict = await check(NON_COMPLIANT, 'junit')
    expect(testcases(never.stdout)).toEqual(testcases(strict.stdout))
    const warning = await check(NON_COMPLIANT, 'junit', '--fail-on', 'warning')
    const failed = (xml: string) => [...testcases(xml).values()].filter((v) => v !== null).length
    expect(failed(warning.stdout)).toBeGreaterThan(failed(strict.stdout))
    expect(await xsdErrors(warning.stdout)).toEqual([])
  })

  it('passes the compliant example with no failures', async () => {
    const { code, stdout } = await check('examples/china-filing.yml', 'junit')
    expect(code).toBe(0)
    expect(stdout).toMatch(/<testsuites [^>]* failures="0"/)
    expect(stdout).not.toContain('<failure')
  })
})

describe('--format codequality', () => {
  const validate = createAjv().compile(
    JSON.parse(readFileSync('__tests__/schemas/gitlab-codequality.json', 'utf8')),
  )

  it('the schema rejects an issue GitLab could not place (the validation can fail)', () => {
    expect(
      validate([
        { description: 'x', check_name: 'y', fingerprint: 'z', severity: 'error', location: { path: 'a' } },
      ]),
    ).toBe(false)
  })

  it.each(CONFIGS)('%s is a valid Code Quality report with unique fingerprints', async (config) => {
    const { stdout } = await check(config, 'codequality')
    const report = JSON.parse(stdout) as { fingerprint: string }[]
    expect(validate(report) ? [] : validate.errors).toEqual([])
    expect(new Set(report.map((i) => i.fingerprint)).size).toBe(report.length)
  })

  it('places each finding at its file and line, errors as critical', async () => {
    const { code, stdout } = await check(NON_COMPLIANT, 'codequality')
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as {
      description: string
      check_name: string
      severity: string
      location: { path: string; lines: { begin: number } }
    }[]
    const hongKong = report.find((i) => i.description.includes('cn-hongkong'))!
    expect(hongKong).toMatchObject({
      check_name: 'hosting-mainland',
      severity: 'critical',
      location: { path: NON_COMPLIANT },
    })
    const yaml = readFileSync(NON_COMPLIANT, 'utf8').split('\n')
    expect(yaml[hongKong.location.lines.begin - 1]).toContain('cn-hongkong')
  })

  it('keeps a fingerprint when the finding moves down the file', async () => {
    const { stdout } = await check(NON_COMPLIANT, 'codequality')
    const before = JSON.parse(stdout) as { fingerprint: string; location: { lines: { begin: number } } }[]
    const { toCodeQuality } = await import('../../src/report/codequality.js')
    const { runCheck } = await import('../../src/check.js')
    const result = await runCheck({
      workspace: process.cwd(),
      config: NON_COMPLIANT,
      mode: 'audit',
      failOn: 'error',
      today: '2026-11-29',
      confine: false,
    })
    const moved = {
      ...result,
      findings: result.findings.map((f) =>
        f.location ? { ...f, location: { ...f.location, line: f.location.line + 3 } } : f,
      ),
    }
    expect(toCodeQuality(moved).map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint))
  })
})
