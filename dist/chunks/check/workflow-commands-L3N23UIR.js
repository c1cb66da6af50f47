"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// merged-entry:merged-entry:dist/chunks/check/workflow-commands-L3N23UIR.js
var workflow_commands_L3N23UIR_exports = {};
__export(workflow_commands_L3N23UIR_exports, {
  renderWorkflowCommands: () => renderWorkflowCommands,
  workflowCommand: () => workflowCommand
});
module.exports = __toCommonJS(workflow_commands_L3N23UIR_exports);

// src/report/stdout-guard.ts, src/report/text.ts, from ../cli-check.js
var import_cli_check = require("../cli-check.js");

// src/verdict.ts, src/report/by-app.ts, from ../cli-check.js
var import_cli_check2 = require("../cli-check.js");

// src/findings.ts, from ../cli-check.js
var import_cli_check3 = require("../cli-check.js");

// src/excerpt.ts, from ../cli-check.js
var import_cli_check4 = require("../cli-check.js");

// esbuild's helpers, from ../cli-check.js
var import_cli_check5 = require("../cli-check.js");

// src/report/annotations.ts, src/report/workflow-commands.ts
var ANNOTATIONS_PER_SEVERITY = 10;
function planAnnotations(findings, options = {}) {
  const listedIn = options.listedIn ?? "the job summary";
  const sorted = [...findings].sort(import_cli_check3.__cfg17_compareFindings);
  const count = (s) => sorted.filter((f) => f.severity === s).length;
  const baseLimit = {
    error: ANNOTATIONS_PER_SEVERITY - (options.reservedErrors ?? 0),
    warning: ANNOTATIONS_PER_SEVERITY - (options.reservedWarnings ?? 0),
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
  const place = (0, import_cli_check3.__cfg17_findingPlace)(finding);
  const props = [
    ["title", annotationTitle(finding)],
    ["file", place?.file],
    ["line", place?.line],
    ["endLine", place?.endLine],
    ["col", place?.column],
    ["endColumn", place?.endLine === place?.line ? place?.endColumn : void 0]
  ];
  const properties = props.filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${(0, import_cli_check.__cfg11_escapeCommandProperty)(String(v))}`).join(",");
  return `::${finding.severity} ${properties}::${(0, import_cli_check.__cfg11_escapeCommandData)(finding.message)}`;
}
function renderWorkflowCommands(result) {
  const plan = planAnnotations(result.findings, { listedIn: "the log below" });
  const lines = plan.shown.map(workflowCommand);
  if (plan.overflowNotice) lines.push(`::notice title=china-filing-gate::${(0, import_cli_check.__cfg11_escapeCommandData)(plan.overflowNotice)}`);
  const plain = [];
  for (const f of plan.hidden) {
    const where = (0, import_cli_check3.__cfg17_formatPlace)(f);
    plain.push((0, import_cli_check.__cfg11_oneLine)(`${f.severity} ${where ? `${where} ` : ""}[${annotationTitle(f)}] ${f.message}`));
  }
  plain.push(
    (0, import_cli_check.__cfg11_oneLine)(
      `china-filing-gate: ${result.verdict}${result.enforced ? "" : " (not enforced: fail-on never)"}${result.blocking.length ? ` (blocked: ${result.blocking.join(", ")})` : ""}${(0, import_cli_check.__cfg11_checkedSummary)(result)}`
    )
  );
  return `${[...lines, (0, import_cli_check.__cfg11_guardLines)(plain.join("\n"))].join("\n")}
`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  renderWorkflowCommands,
  workflowCommand
});
//# sourceMappingURL=workflow-commands-L3N23UIR.js.map
