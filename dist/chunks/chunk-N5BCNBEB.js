import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);

// src/findings.ts
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function compareFindings(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.location?.file ?? "￿").localeCompare(b.location?.file ?? "￿") || (a.location?.line ?? Infinity) - (b.location?.line ?? Infinity) || (a.location?.column ?? 0) - (b.location?.column ?? 0) || a.rule.localeCompare(b.rule);
}

export {
  compareFindings
};
