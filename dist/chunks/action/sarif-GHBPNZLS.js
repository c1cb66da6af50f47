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

// merged-entry:merged-entry:dist/chunks/action/sarif-GHBPNZLS.js
var sarif_GHBPNZLS_exports = {};
__export(sarif_GHBPNZLS_exports, {
  renderSarif: () => renderSarif,
  toSarif: () => toSarif
});
module.exports = __toCommonJS(sarif_GHBPNZLS_exports);

// src/version.ts, from ../../index.js
var import__ = require("../../index.js");

// src/rules/index.ts, src/rules/declaration.ts, src/rules/filing-required.ts, src/filing/timeline.ts, src/rules/rule.ts, src/filing/number.ts, src/rules/filing-approved.ts, src/rules/filing-number-format.ts, src/rules/filing-holder.ts, src/rules/filing-channel.ts, src/catalog/regions.ts, src/rules/hosting-mainland.ts, src/rules/release-version.ts, src/release/version.ts, src/rules/artifact-identity.ts, src/declaration/identity.ts, src/artifacts/fingerprint.ts, src/rules/source-identity.ts, src/sources/types.ts, src/sources/facts.ts, src/sources/module-roles.ts, src/rules/channel-packages.ts, src/rules/certificate-expiry.ts, src/rules/waiver.ts, src/rules/docs.ts, from ../../index.js
var import__2 = require("../../index.js");

// src/artifacts/bundle-notes.ts, src/artifacts/resource-reference.ts, from ../../index.js
var import__3 = require("../../index.js");

// src/findings.ts, from ../../index.js
var import__4 = require("../../index.js");

// src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts, from ../../index.js
var import__5 = require("../../index.js");

// src/sources/application-id.ts, from ../../index.js
var import__6 = require("../../index.js");

// src/artifacts/types.ts, from ../../index.js
var import__7 = require("../../index.js");

// src/excerpt.ts, from ../../index.js
var import__8 = require("../../index.js");

// src/china-time.ts, from ../../index.js
var import__9 = require("../../index.js");

// src/artifacts/bounded-text.ts, from ../../index.js
var import__10 = require("../../index.js");

// src/stdio.ts, src/action/stdout.ts, cfg-builtin:node:fs, from ../../index.js
var import__11 = require("../../index.js");

// src/report/sarif.ts, cfg-builtin:node:crypto
(0, import__11.__cfg37_init_stdout)();
(0, import__11.__cfg37_init_stdout)();
var builtin = (0, import__11.__cfg37___require)("node:crypto");
var X509Certificate = builtin.X509Certificate;
var createHash = builtin.createHash;
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function fingerprints(findings) {
  return (0, import__4.__cfg19_keyOrdinals)(findings).map(
    ({ key, ordinal }) => createHash("sha256").update(ordinal === 0 ? key : `${key}\0${ordinal}`).digest("hex").slice(0, 32)
  );
}
function toSarif(result) {
  const rules = import__2.__cfg12_RULES.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    helpUri: (0, import__2.__cfg12_ruleDocsUrl)(rule.meta.id),
    help: {
      text: `${rule.meta.description} See ${(0, import__2.__cfg12_ruleDocsUrl)(rule.meta.id)}`,
      markdown: `${rule.meta.description} [Documentation](${(0, import__2.__cfg12_ruleDocsUrl)(rule.meta.id)})`
    },
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { tags: ["compliance", "china", "miit-filing"] }
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const prints = fingerprints(result.findings);
  const results = result.findings.map((finding, i) => {
    const place = (0, import__4.__cfg19_findingPlace)(finding) ?? { file: result.config, line: 1, column: 1 };
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
            informationUri: import__2.__cfg12_PROJECT_URL,
            semanticVersion: import__.__cfg11_TOOL_VERSION,
            version: import__.__cfg11_TOOL_VERSION,
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
  return (0, import__8.__cfg34_reportJson)(toSarif(result));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  renderSarif,
  toSarif
});
//# sourceMappingURL=sarif-GHBPNZLS.js.map
