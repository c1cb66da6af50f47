import {
  PROJECT_URL,
  ruleDocsUrl
} from "./chunk-RGA5JYTI.js";
import {
  RULES
} from "./chunk-RER54NU2.js";
import "./chunk-JCSDZ5K4.js";
import {
  findingPlace,
  fingerprintKey
} from "./chunk-U5YUOXJF.js";
import {
  TOOL_VERSION
} from "./chunk-ZNOQMITG.js";
import "./chunk-XX43KU6O.js";
import {
  reportJson
} from "./chunk-YA34C2UJ.js";
import "./chunk-RS45BQ7I.js";
import {
  createHash
} from "./chunk-6V23J7JQ.js";
import "./chunk-6XKLYHM3.js";
import "./chunk-ZZLBI4GZ.js";
import "./chunk-ERADHNRU.js";

// src/report/sarif.ts
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function fingerprint(finding) {
  return createHash("sha256").update(fingerprintKey(finding)).digest("hex").slice(0, 32);
}
function toSarif(result) {
  const rules = RULES.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    helpUri: ruleDocsUrl(rule.meta.id),
    help: {
      text: `${rule.meta.description} See ${ruleDocsUrl(rule.meta.id)}`,
      markdown: `${rule.meta.description} [Documentation](${ruleDocsUrl(rule.meta.id)})`
    },
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { tags: ["compliance", "china", "miit-filing"] }
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = result.findings.map((finding) => {
    const place = findingPlace(finding) ?? { file: result.config, line: 1, column: 1 };
    const region = {};
    if (place.line !== void 0) {
      region.startLine = place.line;
      region.startColumn = place.column ?? 1;
      if (place.endLine !== void 0) region.endLine = place.endLine;
      if (place.endColumn !== void 0) region.endColumn = place.endColumn;
    }
    return {
      ruleId: finding.rule,
      ...ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {},
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(place.file), uriBaseId: "%SRCROOT%" },
            ...Object.keys(region).length ? { region } : {}
          }
        }
      ],
      partialFingerprints: { "chinaFilingGate/v1": fingerprint(finding) },
      ...finding.waived ? {
        suppressions: [
          {
            kind: "external",
            status: "accepted",
            justification: `${finding.waived.reason} (until ${finding.waived.expires})`
          }
        ]
      } : {},
      properties: { ...finding.app ? { app: finding.app } : {}, severity: finding.severity }
    };
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "china-filing-gate",
            informationUri: PROJECT_URL,
            semanticVersion: TOOL_VERSION,
            version: TOOL_VERSION,
            rules
          }
        },
        automationDetails: { id: `china-filing/${result.mode}/` },
        originalUriBaseIds: {
          "%SRCROOT%": { description: { text: "The repository root (the workspace)." } }
        },
        results,
        properties: {
          verdict: result.verdict,
          enforced: result.enforced,
          blocking: result.blocking,
          filingNumbers: result.filingNumbers
        }
      }
    ]
  };
}
function renderSarif(result) {
  return reportJson(toSarif(result));
}
export {
  renderSarif,
  toSarif
};
