/**
 * `check --format junit`: JUnit XML as Jenkins (junit / xunit plugins) and GitLab (`artifacts:reports:junit`)
 * read it. One <testsuite> per app and one <testcase> per app × rule, so a CI test view lists every check
 * that ran, not only the ones that failed; errors (and warnings under `fail-on: warning`) become
 * <failure> with file:line:col, the rest (other warnings, notices, waived findings) go to <system-out>.
 * An app the run does not judge is a skipped suite: its findings block nothing in this run, so they
 * go to <system-out> too, and a passing run has no failure.
 * Findings about the declaration as a whole (no app) form their own suite named after the file.
 *
 * The shape follows Jenkins xunit-plugin's junit-10.xsd (the strictest common reader): <testsuite>
 * requires name, tests, failures and errors; <testcase> takes name, classname and time; no file/line
 * attributes, so the place is in the failure message and text.
 */
import { formatPlace, type Finding } from '../findings.js'
import type { GateResult } from '../gate.js'
import { isBlockingSeverity } from '../verdict.js'
import { groupByApp } from './by-app.js'
import { RULES } from '../rules/index.js'
import { escapeControlsButLineBreaks } from '../excerpt.js'

/**
 * Text for an attribute or a text node. Line breaks are written as character references:
 * a parser reads them back as line breaks (an attribute keeps them, where a raw one would become a
 * space), and no line of the file can then start with a value, such as a file name beginning a
 * workflow command when CI prints the report.
 */
function xml(text: string): string {
  // Control characters become \uXXXX text (XML 1.0 cannot carry most C0 ones even as references, and
  // C1 ones would reach a terminal that prints the report); line breaks and tabs stay. U+FFFE and
  // U+FFFF are not XML characters at all.
  return escapeControlsButLineBreaks(text)
    .replace(/[\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
}

const DECLARATION_RULES = ['declaration-syntax', 'declaration-schema']

interface Case {
  rule: string
  failures: Finding[]
  others: Finding[]
}

interface Suite {
  name: string
  classname: string
  skipped?: string
  cases: Case[]
}

/** `file:line:col`, as CI logs and editors link it; a finding about the whole run names the declaration. */
function placeOf(finding: Finding, config: string): string {
  return formatPlace(finding) || config
}

function line(finding: Finding, config: string): string {
  const waived = finding.waived ? ` (waived until ${finding.waived.expires}: ${finding.waived.reason})` : ''
  return `${placeOf(finding, config)}: ${finding.severity}: ${finding.message}${waived}`
}

/**
 * An error is always a failure, even under `fail-on: never` (which only keeps the exit code at 0): the
 * report never shows a non-compliant app as passing. `fail-on: warning` makes warnings failures too.
 */
function fails(finding: Finding, result: GateResult): boolean {
  return finding.severity === 'error' || isBlockingSeverity(finding, result.failOn)
}

function caseFor(rule: string, findings: Finding[], result: GateResult, judged = true): Case {
  // An app this run does not judge is a skipped suite: its findings block nothing in this run
  // (the verdict, the exit code and the text report agree), so none of them is a failure a CI test
  // view would count against a passing run; they are listed, as output.
  if (!judged) return { rule, failures: [], others: findings }
  return {
    rule,
    failures: findings.filter((f) => fails(f, result)),
    others: findings.filter((f) => !fails(f, result)),
  }
}

function suites(result: GateResult): Suite[] {
  // declaration-syntax and -schema judge the file, never one app: they belong to the declaration suite.
  const appRuleIds = RULES.map((r) => r.meta.id).filter((id) => !DECLARATION_RULES.includes(id))
  // A finding whose app has no suite (the declaration did not load, or names an app it does not
  // declare) belongs to the declaration suite too: a test report must never drop a finding.
  const appIds = new Set(result.apps.map((a) => a.id))
  const declarationFindings = result.findings.filter((f) => f.app === undefined || !appIds.has(f.app))
  // The declaration suite lists the rules that judge the file itself, plus any other rule that reported
  // a finding without an app, so nothing the gate said is missing from the test view.
  const declarationRules = [
    ...new Set([...DECLARATION_RULES, 'waiver', ...declarationFindings.map((f) => f.rule)]),
  ]
  const declaration: Suite = {
    name: result.config,
    classname: 'china-filing.declaration',
    cases: declarationRules.map((rule) =>
      caseFor(
        rule,
        declarationFindings.filter((f) => f.rule === rule),
        result,
      ),
    ),
  }
  const findingsOf = groupByApp(result.findings)
  const apps = result.apps.map((app): Suite => {
    const findings = findingsOf.get(app.id) ?? []
    const rules = [...new Set([...appRuleIds, ...findings.map((f) => f.rule)])]
    return {
      name: app.filingNumber ? `${app.id} (${app.filingNumber})` : app.id,
      classname: `china-filing.${app.id}`,
      ...(app.inScope ? {} : { skipped: app.reason ?? 'not in scope of this run' }),
      cases: rules.map((rule) =>
        caseFor(
          rule,
          findings.filter((f) => f.rule === rule),
          result,
          app.inScope,
        ),
      ),
    }
  })
  return [declaration, ...apps]
}

function renderCase(suite: Suite, c: Case, config: string): string {
  const open = `    <testcase name="${xml(c.rule)}" classname="${xml(suite.classname)}" time="0"`
  const body: string[] = []
  if (suite.skipped !== undefined && c.failures.length === 0)
    body.push(`      <skipped message="${xml(suite.skipped)}"/>`)
  if (c.failures.length) {
    const first = c.failures[0]!
    const message =
      c.failures.length === 1
        ? line(first, config)
        : `${line(first, config)} (and ${c.failures.length - 1} more)`
    body.push(
      `      <failure type="${xml(first.severity)}" message="${xml(message)}">${xml(
        c.failures.map((f) => line(f, config)).join('\n'),
      )}</failure>`,
    )
  }
  if (c.others.length)
    body.push(`      <system-out>${xml(c.others.map((f) => line(f, config)).join('\n'))}</system-out>`)
  return body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`
}

export function renderJunit(result: GateResult): string {
  const all = suites(result)
  const count = (s: Suite) => ({
    tests: s.cases.length,
    failures: s.cases.filter((c) => c.failures.length).length,
    skipped: s.skipped !== undefined ? s.cases.filter((c) => !c.failures.length).length : 0,
  })
  const totals = all.map(count).reduce(
    (a, b) => ({
      tests: a.tests + b.tests,
      failures: a.failures + b.failures,
      skipped: a.skipped + b.skipped,
    }),
    { tests: 0, failures: 0, skipped: 0 },
  )
  const body = all.map((suite) => {
    const n = count(suite)
    return [
      `  <testsuite name="${xml(suite.name)}" tests="${n.tests}" failures="${n.failures}" errors="0" skipped="${n.skipped}" time="0">`,
      ...suite.cases.map((c) => renderCase(suite, c, result.config)),
      '  </testsuite>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="china-filing-gate (${xml(result.mode)}, ${result.verdict})" tests="${totals.tests}" failures="${totals.failures}" errors="0" time="0">`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n')
}
