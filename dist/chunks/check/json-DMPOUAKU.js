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

// merged-entry:merged-entry:dist/chunks/check/json-DMPOUAKU.js
var json_DMPOUAKU_exports = {};
__export(json_DMPOUAKU_exports, {
  renderJson: () => renderJson,
  toJsonReport: () => toJsonReport
});
module.exports = __toCommonJS(json_DMPOUAKU_exports);

// src/version.ts, from ../cli-check.js
var import_cli_check = require("../cli-check.js");

// src/findings.ts, from ../cli-check.js
var import_cli_check2 = require("../cli-check.js");

// src/excerpt.ts, from ../cli-check.js
var import_cli_check3 = require("../cli-check.js");

// esbuild's helpers, from ../cli-check.js
var import_cli_check4 = require("../cli-check.js");

// src/report/json.ts
function toJsonReport(result) {
  return {
    verdict: result.verdict,
    mode: result.mode,
    failOn: result.failOn,
    blocking: result.blocking,
    filingNumbers: result.filingNumbers,
    apps: result.apps.map((a) => ({
      id: a.id,
      inScope: a.inScope,
      filingNumber: a.filingNumber,
      verdict: a.verdict,
      reason: a.reason ?? null
    })),
    findings: result.findings.map((f) => {
      const place = (0, import_cli_check2.__cfg17_findingPlace)(f);
      return {
        rule: f.rule,
        severity: f.severity,
        app: f.app ?? null,
        message: f.message,
        file: place?.file ?? null,
        line: place?.line ?? null,
        column: place?.column ?? null,
        ...place?.endLine !== void 0 ? { endLine: place.endLine } : {},
        ...place?.endColumn !== void 0 ? { endColumn: place.endColumn } : {},
        ...f.waived ? { waived: f.waived } : {},
        artifact: f.artifact ?? null
      };
    }),
    enforced: result.enforced,
    config: result.config,
    tag: result.tag ?? null,
    version: result.version ?? null,
    today: result.today,
    toolVersion: import_cli_check.__cfg10_TOOL_VERSION,
    artifacts: result.evidence.artifacts,
    sources: result.evidence.sources
  };
}
function renderJson(result) {
  return (0, import_cli_check3.__cfg35_reportJson)(toJsonReport(result));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  renderJson,
  toJsonReport
});
//# sourceMappingURL=json-DMPOUAKU.js.map
