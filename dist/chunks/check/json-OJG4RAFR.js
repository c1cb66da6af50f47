// src/version.ts, from ../cli-check.js
import { __cfg9_TOOL_VERSION } from "../cli-check.js";

// src/findings.ts, from ../cli-check.js
import { __cfg13_compareFindings, __cfg13_findingPlace, __cfg13_fingerprintKey, __cfg13_formatPlace, __cfg13_runLevelGroup } from "../cli-check.js";

// src/excerpt.ts, from ../cli-check.js
import { __cfg24_boundMessage, __cfg24_escapeControls, __cfg24_escapeControlsButLineBreaks, __cfg24_quoteExcerpt, __cfg24_reportJson, __cfg24_truncate } from "../cli-check.js";

// esbuild's helpers, from ../cli-check.js
import { __cfg33___commonJS, __cfg33___require, __cfg33___toESM } from "../cli-check.js";

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
      const place = __cfg13_findingPlace(f);
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
    toolVersion: __cfg9_TOOL_VERSION,
    artifacts: result.evidence.artifacts,
    sources: result.evidence.sources
  };
}
function renderJson(result) {
  return __cfg24_reportJson(toJsonReport(result));
}
export {
  renderJson,
  toJsonReport
};
//# sourceMappingURL=json-OJG4RAFR.js.map
