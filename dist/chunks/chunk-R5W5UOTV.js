import {
  findingPlace
} from "./chunk-U5YUOXJF.js";
import {
  TOOL_VERSION
} from "./chunk-ZNOQMITG.js";
import {
  reportJson
} from "./chunk-YA34C2UJ.js";

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
      const place = findingPlace(f);
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
    toolVersion: TOOL_VERSION,
    artifacts: result.evidence.artifacts,
    sources: result.evidence.sources
  };
}
function renderJson(result) {
  return reportJson(toJsonReport(result));
}

export {
  toJsonReport,
  renderJson
};
