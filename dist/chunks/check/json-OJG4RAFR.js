// src/version.ts, from ../cli-check.js
import { __cfg8_TOOL_VERSION } from "../cli-check.js";

// src/findings.ts, from ../cli-check.js
import { __cfg12_compareFindings, __cfg12_findingPlace, __cfg12_fingerprintKey, __cfg12_formatPlace, __cfg12_runLevelGroup } from "../cli-check.js";

// src/excerpt.ts, from ../cli-check.js
import { __cfg20_boundMessage, __cfg20_escapeControls, __cfg20_escapeControlsButLineBreaks, __cfg20_quoteExcerpt, __cfg20_reportJson, __cfg20_truncate } from "../cli-check.js";

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
      const place = __cfg12_findingPlace(f);
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
    toolVersion: __cfg8_TOOL_VERSION,
    artifacts: result.evidence.artifacts,
    sources: result.evidence.sources
  };
}
function renderJson(result) {
  return __cfg20_reportJson(toJsonReport(result));
}
export {
  renderJson,
  toJsonReport
};
//# sourceMappingURL=json-OJG4RAFR.js.map
