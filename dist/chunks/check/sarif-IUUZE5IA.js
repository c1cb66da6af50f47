// merged-chunk:dist/chunks/check/chunk-6OVHR4GV.js
import { __cfg7_TOOL_VERSION } from "../cli-check.js";

// merged-chunk:dist/chunks/check/chunk-NBAQGQWW.js
import { __cfg10_RULES, __cfg10_certificateMismatches, __cfg10_loadTagMatcher, __cfg10_normalizeFingerprint, __cfg10_ownerOf, __cfg10_require_valid, __cfg10_runRules, __cfg10_tagGlobs, __cfg10_tagMatches, __cfg10_versionFromTag, __cfg10_waiverInForce } from "../cli-check.js";

// merged-chunk:dist/chunks/check/chunk-7YXYZPYH.js
import { __cfg11_compareFindings, __cfg11_findingPlace, __cfg11_fingerprintKey, __cfg11_formatPlace, __cfg11_runLevelGroup } from "../cli-check.js";

// merged-chunk:dist/chunks/check/chunk-KWMX6CO7.js
import { __cfg18_LEGACY_PROVINCE_ALIASES, __cfg18_MINI_PROGRAM_PLATFORMS, __cfg18_PROVINCES, __cfg18_STORES, __cfg18_STORE_IDS, __cfg18_closestMatch, __cfg18_editDistance, __cfg18_findStore, __cfg18_provinceSpellings, __cfg18_require_range, __cfg18_require_semver, __cfg18_resolveProvince } from "../cli-check.js";

// merged-chunk:dist/chunks/check/chunk-4PUUTIPK.js
import { __cfg19_boundMessage, __cfg19_escapeControls, __cfg19_escapeControlsButLineBreaks, __cfg19_quoteExcerpt, __cfg19_reportJson, __cfg19_truncate } from "../cli-check.js";

// src/rules/docs.ts, src/report/sarif.ts
import {
  createHash
} from "./chunk-PDRGI6WS.js";

// merged-chunk:dist/chunks/check/chunk-WKNE3KIN.js
import { __cfg28_listSome } from "../cli-check.js";

// merged-chunk:dist/chunks/check/chunk-74PR4NRH.js
import { __cfg30_chinaDateOf, __cfg30_daysBetween, __cfg30_daysInMonth } from "../cli-check.js";

// merged-chunk:dist/chunks/check/chunk-ZS6QBR5I.js
import { __cfg31___commonJS, __cfg31___require, __cfg31___toESM } from "../cli-check.js";

// src/rules/docs.ts, src/report/sarif.ts
var PROJECT_URL = "https://github.com/china-filing-gate/china-filing-gate";
function ruleDocsUrl(ruleId) {
  return `${PROJECT_URL}/blob/main/docs/rules/${ruleId}.md`;
}
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function fingerprint(finding) {
  return createHash("sha256").update(__cfg11_fingerprintKey(finding)).digest("hex").slice(0, 32);
}
function toSarif(result) {
  const rules = __cfg10_RULES.map((rule) => ({
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
    const place = __cfg11_findingPlace(finding) ?? { file: result.config, line: 1, column: 1 };
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
            semanticVersion: __cfg7_TOOL_VERSION,
            version: __cfg7_TOOL_VERSION,
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
  return __cfg19_reportJson(toSarif(result));
}
export {
  renderSarif,
  toSarif
};
//# sourceMappingURL=sarif-IUUZE5IA.js.map
