// merged-chunk:dist/chunks/action/chunk-WSVZALZB.js
import { __cfg9_TOOL_VERSION } from "../../index.js";

// merged-chunk:dist/chunks/action/chunk-4FGBXZEU.js
import { __cfg10_PROJECT_URL, __cfg10_RULES, __cfg10_certificateMismatches, __cfg10_compareFindings, __cfg10_findRule, __cfg10_findingPlace, __cfg10_fingerprintKey, __cfg10_formatPlace, __cfg10_loadTagMatcher, __cfg10_normalizeFingerprint, __cfg10_ownerOf, __cfg10_require_valid, __cfg10_ruleDocsUrl, __cfg10_runRules, __cfg10_tagFromRef, __cfg10_tagGlobs, __cfg10_tagMatches, __cfg10_versionFromTag, __cfg10_waiverInForce } from "../../index.js";

// merged-chunk:dist/chunks/action/chunk-HPRC6YHI.js
import { __cfg18_LEGACY_PROVINCE_ALIASES, __cfg18_MINI_PROGRAM_PLATFORMS, __cfg18_PROVINCES, __cfg18_STORES, __cfg18_STORE_IDS, __cfg18_closestMatch, __cfg18_editDistance, __cfg18_findStore, __cfg18_provinceSpellings, __cfg18_require_range, __cfg18_require_semver, __cfg18_resolveProvince } from "../../index.js";

// merged-chunk:dist/chunks/action/chunk-42ZI35CM.js
import { __cfg19_boundMessage, __cfg19_escapeControls, __cfg19_quoteExcerpt, __cfg19_reportJson, __cfg19_truncate } from "../../index.js";

// src/report/sarif.ts
import {
  createHash
} from "./chunk-AUJSNTRS.js";

// merged-chunk:dist/chunks/action/chunk-H4E6LKFK.js
import { __cfg29_listSome } from "../../index.js";

// merged-chunk:dist/chunks/action/chunk-EZEC35RV.js
import { __cfg31_chinaDateOf, __cfg31_daysBetween, __cfg31_daysInMonth } from "../../index.js";

// merged-chunk:dist/chunks/action/chunk-V5XPCMQJ.js
import { __cfg32___commonJS, __cfg32___require, __cfg32___toESM } from "../../index.js";

// src/report/sarif.ts
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function fingerprint(finding) {
  return createHash("sha256").update(__cfg10_fingerprintKey(finding)).digest("hex").slice(0, 32);
}
function toSarif(result) {
  const rules = __cfg10_RULES.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    helpUri: __cfg10_ruleDocsUrl(rule.meta.id),
    help: {
      text: `${rule.meta.description} See ${__cfg10_ruleDocsUrl(rule.meta.id)}`,
      markdown: `${rule.meta.description} [Documentation](${__cfg10_ruleDocsUrl(rule.meta.id)})`
    },
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { tags: ["compliance", "china", "miit-filing"] }
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = result.findings.map((finding) => {
    const place = __cfg10_findingPlace(finding) ?? { file: result.config, line: 1, column: 1 };
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
            informationUri: __cfg10_PROJECT_URL,
            semanticVersion: __cfg9_TOOL_VERSION,
            version: __cfg9_TOOL_VERSION,
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
//# sourceMappingURL=sarif-ZV3SDGJ6.js.map
