// src/version.ts, from ../../index.js
import { __cfg9_TOOL_VERSION } from "../../index.js";

// node_modules/semver/functions/satisfies.js, node_modules/semver/functions/parse.js, node_modules/semver/functions/valid.js, src/findings.ts, src/rules/index.ts, src/rules/declaration.ts, src/rules/filing-required.ts, src/filing/timeline.ts, src/rules/rule.ts, src/filing/number.ts, src/rules/filing-approved.ts, src/rules/filing-number-format.ts, src/rules/filing-holder.ts, src/rules/filing-channel.ts, src/catalog/regions.ts, src/rules/hosting-mainland.ts, src/rules/release-version.ts, src/release/version.ts, src/rules/artifact-identity.ts, src/declaration/identity.ts, src/artifacts/fingerprint.ts, src/rules/source-identity.ts, src/sources/module-roles.ts, src/rules/channel-packages.ts, src/rules/certificate-expiry.ts, src/rules/waiver.ts, src/rules/docs.ts, from ../../index.js
import { __cfg10_PROJECT_URL, __cfg10_RULES, __cfg10_certificateMismatches, __cfg10_compareFindings, __cfg10_findRule, __cfg10_findingPlace, __cfg10_fingerprintKey, __cfg10_formatPlace, __cfg10_loadTagMatcher, __cfg10_normalizeFingerprint, __cfg10_ownerOf, __cfg10_require_valid, __cfg10_ruleDocsUrl, __cfg10_runRules, __cfg10_tagFromRef, __cfg10_tagGlobs, __cfg10_tagMatches, __cfg10_versionFromTag, __cfg10_waiverInForce } from "../../index.js";

// node_modules/semver/internal/lrucache.js, node_modules/semver/internal/parse-options.js, node_modules/semver/internal/constants.js, node_modules/semver/internal/debug.js, node_modules/semver/internal/re.js, node_modules/semver/internal/identifiers.js, node_modules/semver/classes/semver.js, node_modules/semver/functions/compare.js, node_modules/semver/functions/eq.js, node_modules/semver/functions/neq.js, node_modules/semver/functions/gt.js, node_modules/semver/functions/gte.js, node_modules/semver/functions/lt.js, node_modules/semver/functions/lte.js, node_modules/semver/functions/cmp.js, node_modules/semver/classes/comparator.js, node_modules/semver/internal/trim-comparator-whitespace.js, node_modules/semver/classes/range.js, src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts, from ../../index.js
import { __cfg18_LEGACY_PROVINCE_ALIASES, __cfg18_MINI_PROGRAM_PLATFORMS, __cfg18_PROVINCES, __cfg18_STORES, __cfg18_STORE_IDS, __cfg18_closestMatch, __cfg18_editDistance, __cfg18_findStore, __cfg18_provinceSpellings, __cfg18_require_range, __cfg18_require_semver, __cfg18_resolveProvince } from "../../index.js";

// src/excerpt.ts, from ../../index.js
import { __cfg19_boundMessage, __cfg19_escapeControls, __cfg19_quoteExcerpt, __cfg19_reportJson, __cfg19_truncate } from "../../index.js";

// src/artifacts/bounded-text.ts, from ../../index.js
import { __cfg28_listSome } from "../../index.js";

// src/china-time.ts, from ../../index.js
import { __cfg30_chinaDateOf, __cfg30_daysBetween, __cfg30_daysInMonth, __cfg30_isoTimestamp } from "../../index.js";

// src/stdio.ts, src/action/stdout.ts, from ../../index.js
import { __cfg31___commonJS, __cfg31___require, __cfg31___toESM, __cfg31_actionStdout, __cfg31_init_stdout } from "../../index.js";

// src/report/sarif.ts, cfg-builtin:node:crypto
__cfg31_init_stdout();
__cfg31_init_stdout();
var builtin = __cfg31___require("node:crypto");
var X509Certificate = builtin.X509Certificate;
var createHash = builtin.createHash;
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
//# sourceMappingURL=sarif-QDWDMSIR.js.map
