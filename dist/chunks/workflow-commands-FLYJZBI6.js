import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  annotationTitle,
  planAnnotations
} from "./chunk-N2WVAUTT.js";
import "./chunk-N5BCNBEB.js";
import "./chunk-EBUTKOES.js";

// src/report/workflow-commands.ts
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function workflowCommand(finding) {
  const props = [
    ["title", annotationTitle(finding)],
    ["file", finding.location?.file],
    ["line", finding.location?.line],
    ["endLine", finding.location?.endLine],
    ["col", finding.location?.column],
    [
      "endColumn",
      finding.location?.endLine === finding.location?.line ? finding.location?.endColumn : void 0
    ]
  ];
  const properties = props.filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${finding.severity} ${properties}::${escapeData(finding.message)}`;
}
function renderWorkflowCommands(result) {
  const plan = planAnnotations(result.findings, { listedIn: "the log below" });
  const lines = plan.shown.map(workflowCommand);
  if (plan.overflowNotice) lines.push(`::notice title=china-filing-gate::${escapeData(plan.overflowNotice)}`);
  for (const f of plan.hidden) {
    const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column} ` : "";
    lines.push(`${f.severity} ${where}[${annotationTitle(f)}] ${f.message}`);
  }
  lines.push(
    `china-filing-gate: ${result.verdict}${result.blocking.length ? ` (blocked: ${result.blocking.join(", ")})` : ""}`
  );
  return `${lines.join("\n")}
`;
}
export {
  renderWorkflowCommands,
  workflowCommand
};
