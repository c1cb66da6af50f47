import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);

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
      verdict: a.verdict
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      app: f.app ?? null,
      message: f.message,
      file: f.location?.file ?? null,
      line: f.location?.line ?? null,
      column: f.location?.column ?? null,
      ...f.location?.endLine !== void 0 ? { endLine: f.location.endLine } : {},
      ...f.location?.endColumn !== void 0 ? { endColumn: f.location.endColumn } : {},
      ...f.waived ? { waived: f.waived } : {}
    }))
  };
}
function renderJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}

export {
  toJsonReport,
  renderJson
};
