"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// merged-entry:merged-entry:dist/chunks/check/sarif-WZSWGWVR.js
var sarif_WZSWGWVR_exports = {};
__export(sarif_WZSWGWVR_exports, {
  renderSarif: () => renderSarif,
  toSarif: () => toSarif
});
module.exports = __toCommonJS(sarif_WZSWGWVR_exports);

// src/report/sarif.ts
var import_chunk_2SHJXSQX = require("./chunk-2SHJXSQX.js");

// src/rules/docs.ts, from ../cli-check.js
var import_cli_check = require("../cli-check.js");

// src/version.ts, from ../cli-check.js
var import_cli_check2 = require("../cli-check.js");

// src/rules/declaration.ts, src/filing/timeline.ts, src/filing/number.ts, src/rules/rule.ts, src/rules/filing-required.ts, src/rules/filing-approved.ts, src/rules/filing-number-format.ts, src/rules/filing-holder.ts, src/catalog/regions.ts, src/rules/filing-channel.ts, src/rules/hosting-mainland.ts, src/release/version.ts, src/rules/release-version.ts, src/declaration/identity.ts, src/artifacts/fingerprint.ts, src/rules/artifact-identity.ts, src/sources/types.ts, src/sources/facts.ts, src/sources/module-roles.ts, src/rules/source-identity.ts, src/rules/channel-packages.ts, src/rules/certificate-expiry.ts, src/rules/waiver.ts, src/rules/index.ts, from ../cli-check.js
var import_cli_check3 = require("../cli-check.js");

// src/artifacts/bundle-notes.ts, src/artifacts/resource-reference.ts, from ../cli-check.js
var import_cli_check4 = require("../cli-check.js");

// src/findings.ts, from ../cli-check.js
var import_cli_check5 = require("../cli-check.js");

// src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts, from ../cli-check.js
var import_cli_check6 = require("../cli-check.js");

// src/sources/application-id.ts, from ../cli-check.js
var import_cli_check7 = require("../cli-check.js");

// src/artifacts/types.ts, from ../cli-check.js
var import_cli_check8 = require("../cli-check.js");

// src/china-time.ts, from ../cli-check.js
var import_cli_check9 = require("../cli-check.js");

// src/excerpt.ts, from ../cli-check.js
var import_cli_check10 = require("../cli-check.js");

// src/artifacts/bounded-text.ts, from ../cli-check.js
var import_cli_check11 = require("../cli-check.js");

// esbuild's helpers, from ../cli-check.js
var import_cli_check12 = require("../cli-check.js");

// src/report/sarif.ts
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function fingerprints(findings) {
  return (0, import_cli_check5.__cfg17_keyOrdinals)(findings).map(
    ({ key, ordinal }) => (0, import_chunk_2SHJXSQX.createHash)("sha256").update(ordinal === 0 ? key : `${key}\0${ordinal}`).digest("hex").slice(0, 32)
  );
}
function toSarif(result) {
  const rules = import_cli_check3.__cfg12_RULES.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    helpUri: (0, import_cli_check.__cfg9_ruleDocsUrl)(rule.meta.id),
    help: {
      text: `${rule.meta.description} See ${(0, import_cli_check.__cfg9_ruleDocsUrl)(rule.meta.id)}`,
      markdown: `${rule.meta.description} [Documentation](${(0, import_cli_check.__cfg9_ruleDocsUrl)(rule.meta.id)})`
    },
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { tags: ["compliance", "china", "miit-filing"] }
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const prints = fingerprints(result.findings);
  const results = result.findings.map((finding, i) => {
    const place = (0, import_cli_check5.__cfg17_findingPlace)(finding) ?? { file: result.config, line: 1, column: 1 };
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
      partialFingerprints: { "chinaFilingGate/v1": prints[i] },
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
            informationUri: import_cli_check.__cfg9_PROJECT_URL,
            semanticVersion: import_cli_check2.__cfg10_TOOL_VERSION,
            version: import_cli_check2.__cfg10_TOOL_VERSION,
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
  return (0, import_cli_check10.__cfg35_reportJson)(toSarif(result));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  renderSarif,
  toSarif
});
//# sourceMappingURL=sarif-WZSWGWVR.js.map
