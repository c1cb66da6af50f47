import {
  annotationTitle,
  planAnnotations
} from "./chunk-TSEV3LUO.js";
import {
  checkedSummary
} from "./chunk-6MQNC5QH.js";
import {
  escapeCommandData,
  escapeCommandProperty,
  guardLines,
  oneLine
} from "./chunk-F7WLKADN.js";
import {
  findingPlace,
  formatPlace
} from "./chunk-U5YUOXJF.js";
import "./chunk-YA34C2UJ.js";
import "./chunk-ERADHNRU.js";

// src/report/workflow-commands.ts
function workflowCommand(finding) {
  const place = findingPlace(finding);
  const props = [
    ["title", annotationTitle(finding)],
    ["file", place?.file],
    ["line", place?.line],
    ["endLine", place?.endLine],
    ["col", place?.column],
    ["endColumn", place?.endLine === place?.line ? place?.endColumn : void 0]
  ];
  const properties = props.filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`).join(",");
  return `::${finding.severity} ${properties}::${escapeCommandData(finding.message)}`;
}
function renderWorkflowCommands(result) {
  const plan = planAnnotations(result.findings, { listedIn: "the log below" });
  const lines = plan.shown.map(workflowCommand);
  if (plan.overflowNotice) lines.push(`::notice title=china-filing-gate::${escapeCommandData(plan.overflowNotice)}`);
  const plain = [];
  for (const f of plan.hidden) {
    const where = formatPlace(f);
    plain.push(oneLine(`${f.severity} ${where ? `${where} ` : ""}[${annotationTitle(f)}] ${f.message}`));
  }
  plain.push(
    oneLine(
      `china-filing-gate: ${result.verdict}${result.enforced ? "" : " (not enforced: fail-on never)"}${result.blocking.length ? ` (blocked: ${result.blocking.join(", ")})` : ""}${checkedSummary(result)}`
    )
  );
  return `${[...lines, guardLines(plain.join("\n"))].join("\n")}
`;
}
export {
  renderWorkflowCommands,
  workflowCommand
};
