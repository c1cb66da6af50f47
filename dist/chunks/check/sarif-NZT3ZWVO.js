// src/rules/docs.ts, src/report/sarif.ts
import {
  createHash
} from "./chunk-AI6I2UVU.js";

// src/version.ts, from ../cli-check.js
import { __cfg8_TOOL_VERSION } from "../cli-check.js";

// node_modules/semver/functions/satisfies.js, node_modules/semver/functions/parse.js, node_modules/semver/functions/valid.js, src/rules/declaration.ts, src/filing/timeline.ts, src/filing/number.ts, src/rules/rule.ts, src/rules/filing-required.ts, src/rules/filing-approved.ts, src/rules/filing-number-format.ts, src/rules/filing-holder.ts, src/catalog/regions.ts, src/rules/filing-channel.ts, src/rules/hosting-mainland.ts, src/release/version.ts, src/rules/release-version.ts, src/declaration/identity.ts, src/artifacts/fingerprint.ts, src/rules/artifact-identity.ts, src/sources/module-roles.ts, src/rules/source-identity.ts, src/rules/channel-packages.ts, src/rules/certificate-expiry.ts, src/rules/waiver.ts, src/rules/index.ts, from ../cli-check.js
import { __cfg11_RULES, __cfg11_certificateMismatches, __cfg11_loadTagMatcher, __cfg11_normalizeFingerprint, __cfg11_ownerOf, __cfg11_require_valid, __cfg11_runRules, __cfg11_tagGlobs, __cfg11_tagMatches, __cfg11_versionFromTag, __cfg11_waiverInForce } from "../cli-check.js";

// src/findings.ts, from ../cli-check.js
import { __cfg12_compareFindings, __cfg12_findingPlace, __cfg12_fingerprintKey, __cfg12_formatPlace, __cfg12_runLevelGroup } from "../cli-check.js";

// node_modules/semver/internal/debug.js, node_modules/semver/internal/constants.js, node_modules/semver/internal/re.js, node_modules/semver/internal/parse-options.js, node_modules/semver/internal/identifiers.js, node_modules/semver/classes/semver.js, node_modules/semver/internal/lrucache.js, node_modules/semver/functions/compare.js, node_modules/semver/functions/eq.js, node_modules/semver/functions/neq.js, node_modules/semver/functions/gt.js, node_modules/semver/functions/gte.js, node_modules/semver/functions/lt.js, node_modules/semver/functions/lte.js, node_modules/semver/functions/cmp.js, node_modules/semver/classes/comparator.js, node_modules/semver/internal/trim-comparator-whitespace.js, node_modules/semver/classes/range.js, src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts, from ../cli-check.js
import { __cfg19_LEGACY_PROVINCE_ALIASES, __cfg19_MINI_PROGRAM_PLATFORMS, __cfg19_PROVINCES, __cfg19_STORES, __cfg19_STORE_IDS, __cfg19_closestMatch, __cfg19_editDistance, __cfg19_findStore, __cfg19_provinceSpellings, __cfg19_require_range, __cfg19_require_semver, __cfg19_resolveProvince } from "../cli-check.js";

// src/excerpt.ts, from ../cli-check.js
import { __cfg20_boundMessage, __cfg20_escapeControls, __cfg20_escapeControlsButLineBreaks, __cfg20_quoteExcerpt, __cfg20_reportJson, __cfg20_truncate } from "../cli-check.js";

// src/artifacts/bounded-text.ts, from ../cli-check.js
import { __cfg28_listSome } from "../cli-check.js";

// src/china-time.ts, from ../cli-check.js
import { __cfg30_chinaDateOf, __cfg30_daysBetween, __cfg30_daysInMonth, __cfg30_isoTimestamp } from "../cli-check.js";

// esbuild's helpers, from ../cli-check.js
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
  return createHash("sha256").update(__cfg12_fingerprintKey(finding)).digest("hex").slice(0, 32);
}
function toSarif(result) {
  const rules = __cfg11_RULES.map((rule) => ({
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
    const place = __cfg12_findingPlace(finding) ?? { file: result.config, line: 1, column: 1 };
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
            semanticVersion: __cfg8_TOOL_VERSION,
            version: __cfg8_TOOL_VERSION,
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
  return __cfg20_reportJson(toSarif(result));
}
export {
  renderSarif,
  toSarif
};
//# sourceMappingURL=sarif-NZT3ZWVO.js.map
