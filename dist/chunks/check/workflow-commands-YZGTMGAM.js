// src/report/stdout-guard.ts, src/report/text.ts, from ../cli-check.js
import { __cfg9_checkedSummary, __cfg9_escapeCommandData, __cfg9_escapeCommandProperty, __cfg9_guardLines, __cfg9_oneLine, __cfg9_renderText, __cfg9_shouldUseColor } from "../cli-check.js";

// src/findings.ts, from ../cli-check.js
import { __cfg12_compareFindings, __cfg12_findingPlace, __cfg12_fingerprintKey, __cfg12_formatPlace, __cfg12_runLevelGroup } from "../cli-check.js";

// src/excerpt.ts, from ../cli-check.js
import { __cfg20_boundMessage, __cfg20_escapeControls, __cfg20_escapeControlsButLineBreaks, __cfg20_quoteExcerpt, __cfg20_reportJson, __cfg20_truncate } from "../cli-check.js";

// esbuild's helpers, from ../cli-check.js
import { __cfg31___commonJS, __cfg31___require, __cfg31___toESM } from "../cli-check.js";

// src/report/annotations.ts, src/report/workflow-commands.ts
var ANNOTATIONS_PER_SEVERITY = 10;
function planAnnotations(findings, options = {}) {
  const listedIn = options.listedIn ?? "the job summary";
  const sorted = [...findings].sort(__cfg12_compareFindings);
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
function workflowCommand(finding) {
  const place = __cfg12_findingPlace(finding);
  const props = [
    ["title", annotationTitle(finding)],
    ["file", place?.file],
    ["line", place?.line],
    ["endLine", place?.endLine],
    ["col", place?.column],
    ["endColumn", place?.endLine === place?.line ? place?.endColumn : void 0]
  ];
  const properties = props.filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${__cfg9_escapeCommandProperty(String(v))}`).join(",");
  return `::${finding.severity} ${properties}::${__cfg9_escapeCommandData(finding.message)}`;
}
function renderWorkflowCommands(result) {
  const plan = planAnnotations(result.findings, { listedIn: "the log below" });
  const lines = plan.shown.map(workflowCommand);
  if (plan.overflowNotice) lines.push(`::notice title=china-filing-gate::${__cfg9_escapeCommandData(plan.overflowNotice)}`);
  const plain = [];
  for (const f of plan.hidden) {
    const where = __cfg12_formatPlace(f);
    plain.push(__cfg9_oneLine(`${f.severity} ${where ? `${where} ` : ""}[${annotationTitle(f)}] ${f.message}`));
  }
  plain.push(
    __cfg9_oneLine(
      `china-filing-gate: ${result.verdict}${result.enforced ? "" : " (not enforced: fail-on never)"}${result.blocking.length ? ` (blocked: ${result.blocking.join(", ")})` : ""}${__cfg9_checkedSummary(result)}`
    )
  );
  return `${[...lines, __cfg9_guardLines(plain.join("\n"))].join("\n")}
`;
}
export {
  renderWorkflowCommands,
  workflowCommand
};
//# sourceMappingURL=workflow-commands-YZGTMGAM.js.map
