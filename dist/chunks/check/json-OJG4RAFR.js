// src/version.ts, from ../cli-check.js
import { __cfg7_TOOL_VERSION } from "../cli-check.js";

// src/findings.ts, from ../cli-check.js
import { __cfg11_compareFindings, __cfg11_findingPlace, __cfg11_fingerprintKey, __cfg11_formatPlace, __cfg11_runLevelGroup } from "../cli-check.js";

// src/excerpt.ts, from ../cli-check.js
import { __cfg19_boundMessage, __cfg19_escapeControls, __cfg19_escapeControlsButLineBreaks, __cfg19_quoteExcerpt, __cfg19_reportJson, __cfg19_truncate } from "../cli-check.js";

// esbuild's helpers, from ../cli-check.js
import { __cfg31___commonJS, __cfg31___require, __cfg31___toESM } from "../cli-check.js";

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
      const place = __cfg11_findingPlace(f);
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
    toolVersion: __cfg7_TOOL_VERSION,
    artifacts: result.evidence.artifacts,
    sources: result.evidence.sources
  };
}
function renderJson(result) {
  return __cfg19_reportJson(toJsonReport(result));
}
export {
  renderJson,
  toJsonReport
};
//# sourceMappingURL=json-OJG4RAFR.js.map
