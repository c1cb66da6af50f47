// src/report/stdout-guard.ts, src/report/text.ts, from ../cli-check.js
import { __cfg10_checkedSummary, __cfg10_escapeCommandData, __cfg10_escapeCommandProperty, __cfg10_guardLines, __cfg10_oneLine, __cfg10_renderText, __cfg10_shouldUseColor } from "../cli-check.js";

// src/findings.ts, from ../cli-check.js
import { __cfg13_compareFindings, __cfg13_findingPlace, __cfg13_fingerprintKey, __cfg13_formatPlace, __cfg13_runLevelGroup } from "../cli-check.js";

// src/excerpt.ts, from ../cli-check.js
import { __cfg24_boundMessage, __cfg24_escapeControls, __cfg24_escapeControlsButLineBreaks, __cfg24_quoteExcerpt, __cfg24_reportJson, __cfg24_truncate } from "../cli-check.js";

// esbuild's helpers, from ../cli-check.js
import { __cfg33___commonJS, __cfg33___require, __cfg33___toESM } from "../cli-check.js";

// src/report/annotations.ts, src/report/workflow-commands.ts
var ANNOTATIONS_PER_SEVERITY = 10;
function planAnnotations(findings, options = {}) {
  const listedIn = options.listedIn ?? "the job summary";
  const sorted = [...findings].sort(__cfg13_compareFindings);
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
  const place = __cfg13_findingPlace(finding);
  const props = [
    ["title", annotationTitle(finding)],
    ["file", place?.file],
    ["line", place?.line],
    ["endLine", place?.endLine],
    ["col", place?.column],
    ["endColumn", place?.endLine === place?.line ? place?.endColumn : void 0]
  ];
  const properties = props.filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${__cfg10_escapeCommandProperty(String(v))}`).join(",");
  return `::${finding.severity} ${properties}::${__cfg10_escapeCommandData(finding.message)}`;
}
function renderWorkflowCommands(result) {
  const plan = planAnnotations(result.findings, { listedIn: "the log below" });
  const lines = plan.shown.map(workflowCommand);
  if (plan.overflowNotice) lines.push(`::notice title=china-filing-gate::${__cfg10_escapeCommandData(plan.overflowNotice)}`);
  const plain = [];
  for (const f of plan.hidden) {
    const where = __cfg13_formatPlace(f);
    plain.push(__cfg10_oneLine(`${f.severity} ${where ? `${where} ` : ""}[${annotationTitle(f)}] ${f.message}`));
  }
  plain.push(
    __cfg10_oneLine(
      `china-filing-gate: ${result.verdict}${result.enforced ? "" : " (not enforced: fail-on never)"}${result.blocking.length ? ` (blocked: ${result.blocking.join(", ")})` : ""}${__cfg10_checkedSummary(result)}`
    )
  );
  return `${[...lines, __cfg10_guardLines(plain.join("\n"))].join("\n")}
`;
}
export {
  renderWorkflowCommands,
  workflowCommand
};
//# sourceMappingURL=workflow-commands-YZGTMGAM.js.map
