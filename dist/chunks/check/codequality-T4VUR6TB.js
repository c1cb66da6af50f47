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

// merged-entry:merged-entry:dist/chunks/check/codequality-T4VUR6TB.js
var codequality_T4VUR6TB_exports = {};
__export(codequality_T4VUR6TB_exports, {
  renderCodeQuality: () => renderCodeQuality,
  toCodeQuality: () => toCodeQuality
});
module.exports = __toCommonJS(codequality_T4VUR6TB_exports);

// src/report/codequality.ts
var import_chunk_2SHJXSQX = require("./chunk-2SHJXSQX.js");

// src/findings.ts, from ../cli-check.js
var import_cli_check = require("../cli-check.js");

// src/excerpt.ts, from ../cli-check.js
var import_cli_check2 = require("../cli-check.js");

// esbuild's helpers, from ../cli-check.js
var import_cli_check3 = require("../cli-check.js");

// src/report/codequality.ts
var SEVERITY = {
  error: "critical",
  warning: "major",
  notice: "info"
};
function fingerprints(findings) {
  return (0, import_cli_check.__cfg17_keyOrdinals)(findings).map(
    ({ key, ordinal }) => (0, import_chunk_2SHJXSQX.createHash)("sha256").update(`${key}\0${ordinal}`).digest("hex").slice(0, 32)
  );
}
function toCodeQuality(result) {
  const prints = fingerprints(result.findings);
  return result.findings.map((finding, i) => {
    const place = (0, import_cli_check.__cfg17_findingPlace)(finding);
    const location = { file: place?.file ?? result.config, line: place?.line ?? 1, endLine: place?.endLine };
    const waived = finding.waived ? ` (waived until ${finding.waived.expires}: ${finding.waived.reason})` : "";
    return {
      type: "issue",
      description: `${finding.message}${waived}`,
      check_name: finding.rule,
      categories: ["Bug Risk"],
      fingerprint: prints[i],
      severity: SEVERITY[finding.severity],
      location: {
        path: location.file,
        lines: {
          begin: location.line,
          ...location.endLine !== void 0 && location.endLine > location.line ? { end: location.endLine } : {}
        }
      }
    };
  });
}
function renderCodeQuality(result) {
  return (0, import_cli_check2.__cfg35_reportJson)(toCodeQuality(result));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  renderCodeQuality,
  toCodeQuality
});
//# sourceMappingURL=codequality-T4VUR6TB.js.map
