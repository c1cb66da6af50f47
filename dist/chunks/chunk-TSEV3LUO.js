import {
  compareFindings
} from "./chunk-U5YUOXJF.js";

// src/report/annotations.ts
var ANNOTATIONS_PER_SEVERITY = 10;
function planAnnotations(findings, options = {}) {
  const listedIn = options.listedIn ?? "the job summary";
  const sorted = [...findings].sort(compareFindings);
  const count = (s) => sorted.filter((f) => f.severity === s).length;
  const baseLimit = {
    error: ANNOTATIONS_PER_SEVERITY - (options.reservedErrors ?? 0),
    warning: ANNOTATIONS_PER_SEVERITY,
    notice: ANNOTATIONS_PER_SEVERITY
  };
  const anyHidden = ["error", "warning", "notice"].some((s) => count(s) > baseLimit[s]);
  const limit = { ...baseLimit, notice: baseLimit.notice - (anyHidden ? 1 : 0) };
  const shown = [];
  const hidden = [];
  const used = { error: 0, warning: 0, notice: 0 };
  for (const finding of sorted) {
    if (used[finding.severity] < limit[finding.severity]) {
      used[finding.severity]++;
      shown.push(finding);
    } else hidden.push(finding);
  }
  if (hidden.length === 0) return { shown, hidden };
  const parts = ["error", "warning", "notice"].map((s) => [s, hidden.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}${n === 1 ? "" : "s"}`);
  return {
    shown,
    hidden,
    overflowNotice: `${hidden.length} more findings (${parts.join(", ")}) are not shown as annotations (GitHub shows 10 per kind and step); ${listedIn} lists every finding.`
  };
}
function annotationTitle(finding) {
  return finding.app ? `${finding.rule} (${finding.app})` : finding.rule;
}

export {
  planAnnotations,
  annotationTitle
};
