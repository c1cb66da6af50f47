// src/version.ts, from ../../index.js
import { __cfg11_TOOL_VERSION } from "../../index.js";

// src/findings.ts, src/rules/index.ts, src/rules/declaration.ts, src/rules/filing-required.ts, src/filing/timeline.ts, src/rules/rule.ts, src/filing/number.ts, src/rules/filing-approved.ts, src/rules/filing-number-format.ts, src/rules/filing-holder.ts, src/rules/filing-channel.ts, src/catalog/regions.ts, src/rules/hosting-mainland.ts, src/rules/release-version.ts, src/release/version.ts, src/rules/artifact-identity.ts, src/declaration/identity.ts, src/artifacts/fingerprint.ts, src/rules/source-identity.ts, src/sources/module-roles.ts, src/rules/channel-packages.ts, src/rules/certificate-expiry.ts, src/rules/waiver.ts, src/rules/docs.ts, from ../../index.js
import { __cfg12_PROJECT_URL, __cfg12_RULES, __cfg12_certificateMismatches, __cfg12_compareFindings, __cfg12_findRule, __cfg12_findingPlace, __cfg12_fingerprintKey, __cfg12_formatPlace, __cfg12_loadSemver, __cfg12_loadTagMatcher, __cfg12_normalizeFingerprint, __cfg12_ownerOf, __cfg12_ruleDocsUrl, __cfg12_runRules, __cfg12_tagFromRef, __cfg12_tagGlobs, __cfg12_tagMatches, __cfg12_validVersion, __cfg12_versionFromTag, __cfg12_waiverInForce } from "../../index.js";

// src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts, from ../../index.js
import { __cfg23_LEGACY_PROVINCE_ALIASES, __cfg23_MINI_PROGRAM_PLATFORMS, __cfg23_PROVINCES, __cfg23_STORES, __cfg23_STORE_IDS, __cfg23_closestMatch, __cfg23_editDistance, __cfg23_findStore, __cfg23_provinceSpellings, __cfg23_resolveProvince } from "../../index.js";

// src/excerpt.ts, from ../../index.js
import { __cfg24_boundMessage, __cfg24_escapeControls, __cfg24_quoteExcerpt, __cfg24_reportJson, __cfg24_truncate } from "../../index.js";

// src/artifacts/bounded-text.ts, from ../../index.js
import { __cfg30_listSome } from "../../index.js";

// src/china-time.ts, from ../../index.js
import { __cfg32_chinaDateOf, __cfg32_daysBetween, __cfg32_daysInMonth, __cfg32_isoTimestamp } from "../../index.js";

// src/stdio.ts, src/action/stdout.ts, from ../../index.js
import { __cfg33___commonJS, __cfg33___require, __cfg33___toESM, __cfg33_actionStdout, __cfg33_init_stdout } from "../../index.js";

// src/report/sarif.ts, cfg-builtin:node:crypto
__cfg33_init_stdout();
__cfg33_init_stdout();
var builtin = __cfg33___require("node:crypto");
var X509Certificate = builtin.X509Certificate;
var createHash = builtin.createHash;
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function fingerprint(finding) {
  return createHash("sha256").update(__cfg12_fingerprintKey(finding)).digest("hex").slice(0, 32);
}
function toSarif(result) {
  const rules = __cfg12_RULES.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    helpUri: __cfg12_ruleDocsUrl(rule.meta.id),
    help: {
      text: `${rule.meta.description} See ${__cfg12_ruleDocsUrl(rule.meta.id)}`,
      markdown: `${rule.meta.description} [Documentation](${__cfg12_ruleDocsUrl(rule.meta.id)})`
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
            informationUri: __cfg12_PROJECT_URL,
            semanticVersion: __cfg11_TOOL_VERSION,
            version: __cfg11_TOOL_VERSION,
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
  return __cfg24_reportJson(toSarif(result));
}
export {
  renderSarif,
  toSarif
};
//# sourceMappingURL=sarif-G5JBXSGW.js.map
