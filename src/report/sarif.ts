/**
 * SARIF 2.1.0 for GitHub code scanning (`sarif-file` input, `check --format sarif`): rule metadata with
 * help URIs, one result per finding at its location, partial fingerprints that survive line moves,
 * waivers as external suppressions, and automationDetails so runs of different modes stay apart.
 */
import { reportJson } from '../excerpt.js'
import { createHash } from 'node:crypto'
import { findingPlace, keyOrdinals, type Finding, type Severity } from '../findings.js'
import { TOOL_VERSION } from '../version.js'
import type { GateResult } from '../gate.js'
import { RULES } from '../rules/index.js'
import { PROJECT_URL, ruleDocsUrl } from '../rules/docs.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
}

/**
 * A fingerprint of what each finding is about, not where (fingerprintKey). Code scanning shows one
 * result per fingerprint, so a later finding equal to an earlier one (one region declared twice)
 * adds its ordinal; the first keeps the fingerprint it always had, so existing alerts stay theirs.
 */
function fingerprints(findings: readonly Finding[]): string[] {
  return keyOrdinals(findings).map(({ key, ordinal }) =>
    createHash('sha256')
      .update(ordinal === 0 ? key : `${key}\u0000${ordinal}`)
      .digest('hex')
      .slice(0, 32),
  )
}

export function toSarif(result: GateResult) {
  const rules = RULES.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    helpUri: ruleDocsUrl(rule.meta.id),
    help: {
      text: `${rule.meta.description} See ${ruleDocsUrl(rule.meta.id)}`,
      markdown: `${rule.meta.description} [Documentation](${ruleDocsUrl(rule.meta.id)})`,
    },
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { tags: ['compliance', 'china', 'miit-filing'] },
  }))
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]))
  const prints = fingerprints(result.findings)
  const results = result.findings.map((finding, i) => {
    // Code scanning needs a location for every result; a finding about the whole run points at the
    // declaration, one about a built artifact at the artifact itself (a whole file: no region).
    const place = findingPlace(finding) ?? { file: result.config, line: 1, column: 1 }
    const region: Record<string, number> = {}
    if (place.line !== undefined) {
      region.startLine = place.line
      region.startColumn = place.column ?? 1
      if (place.endLine !== undefined) region.endLine = place.endLine
      if (place.endColumn !== undefined) region.endColumn = place.endColumn
    }
    return {
      ruleId: finding.rule,
      ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule)! } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(place.file), uriBaseId: '%SRCROOT%' },
            ...(Object.keys(region).length ? { region } : {}),
          },
        },
      ],
      partialFingerprints: { 'chinaFilingGate/v1': prints[i]! },
      ...(finding.waived
        ? {
            suppressions: [
              {
                kind: 'external',
                status: 'accepted',
                justification: `${finding.waived.reason} (until ${finding.waived.expires})`,
              },
            ],
          }
        : {}),
      properties: { ...(finding.app ? { app: finding.app } : {}), severity: finding.severity },
    }
  })
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'china-filing-gate',
            informationUri: PROJECT_URL,
            semanticVersion: TOOL_VERSION,
            version: TOOL_VERSION,
            rules,
          },
        },
        automationDetails: { id: `china-filing/${result.mode}/` },
        originalUriBaseIds: {
          '%SRCROOT%': { description: { text: 'The repository root (the workspace).' } },
        },
        results,
        properties: {
          verdict: result.verdict,
          enforced: result.enforced,
          blocking: result.blocking,
          filingNumbers: result.filingNumbers,
        },
      },
    ],
  }
}

export function renderSarif(result: GateResult): string {
  return reportJson(toSarif(result))
}
