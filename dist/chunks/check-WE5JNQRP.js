import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  list,
  oneOf
} from "./chunk-HUPYUNMZ.js";
import {
  FAIL_ON_LEVELS,
  MODES,
  annotationTitle,
  parseToday,
  planAnnotations,
  renderJson,
  renderSarif,
  runCheck,
  todayInChina
} from "./chunk-47L76UIR.js";
import "./chunk-BTZA2BK2.js";
import "./chunk-XZLMYQJ4.js";
import "./chunk-BXP65GJQ.js";
import "./chunk-WEMNSGVJ.js";
import {
  EXIT,
  parse
} from "./chunk-OE7U67TE.js";
import {
  UsageError
} from "./chunk-LD2BKEBV.js";
import "./chunk-I2TCRCIK.js";
import "./chunk-WKUZGEHA.js";
import "./chunk-KXJZXOQ2.js";
import "./chunk-EBUTKOES.js";

// src/cli/check.ts
import path from "node:path";
import { writeFile } from "node:fs/promises";

// src/report/text.ts
var CODES = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1 };
function shouldUseColor(stream, env) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0") return true;
  return !!stream.isTTY && env.TERM !== "dumb";
}
function renderText(result, options) {
  const paint = (style, text) => options.color ? `\x1B[${CODES[style]}m${text}\x1B[0m` : text;
  const mark = {
    error: paint("red", "✖ error  "),
    warning: paint("yellow", "⚠ warning"),
    notice: paint("blue", "ℹ notice ")
  };
  const lines = [];
  const context = [
    `${result.mode} mode`,
    result.config,
    result.tag ? `tag ${result.tag}` : void 0,
    result.today
  ];
  lines.push(paint("bold", "china-filing-gate") + paint("dim", ` · ${context.filter(Boolean).join(" · ")}`));
  lines.push("");
  const printFinding = (f) => {
    const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : "";
    lines.push(`  ${mark[f.severity]}  ${paint("dim", `${f.rule}`)}  ${where}`);
    lines.push(`      ${f.message}`);
  };
  const general = result.findings.filter((f) => f.app === void 0);
  if (general.length > 0) {
    lines.push(paint("bold", "Declaration"));
    general.forEach(printFinding);
    lines.push("");
  }
  for (const app of result.apps) {
    const verdict = app.verdict === "pass" ? paint("green", "PASS") : app.verdict === "fail" ? paint("red", "FAIL") : paint("dim", "SKIPPED");
    const filing = app.filingNumber ?? `(${app.filingStatus})`;
    lines.push(`${paint("bold", app.id)}  ${app.name}  ${filing}  ${verdict}`);
    if (!app.inScope) lines.push(paint("dim", `  not judged: ${app.reason ?? "out of scope"}`));
    else
      lines.push(
        paint(
          "dim",
          `  stores: ${app.stores.join(", ") || "none"}${app.hosting.length ? ` · hosting: ${app.hosting.join(", ")}` : ""}`
        )
      );
    result.findings.filter((f) => f.app === app.id).forEach(printFinding);
    lines.push("");
  }
  const count = (s) => {
    const n = result.findings.filter((f) => f.severity === s).length;
    return `${n} ${s}${n === 1 ? "" : "s"}`;
  };
  const tally = `${count("error")}, ${count("warning")}, ${count("notice")}`;
  if (result.verdict === "pass")
    lines.push(`${paint("green", "✔ PASS")}  ${tally} (fail-on: ${result.failOn})`);
  else {
    const blocked = result.blocking.length ? `; blocked: ${result.blocking.join(", ")}` : "";
    lines.push(`${paint("red", "✖ FAIL")}  ${tally} (fail-on: ${result.failOn})${blocked}`);
  }
  return `${lines.join("\n")}
`;
}

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

// src/cli/check.ts
var FORMATS = ["text", "json", "sarif", "github"];
async function checkCommand(args, io) {
  const { values, positionals } = parse(args, {
    config: { type: "string", short: "c" },
    mode: { type: "string" },
    apps: { type: "string", multiple: true },
    stores: { type: "string", multiple: true },
    tag: { type: "string" },
    version: { type: "string" },
    artifact: { type: "string", multiple: true },
    "fail-on": { type: "string" },
    today: { type: "string" },
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" }
  });
  if (positionals.length)
    throw new UsageError(
      `check takes no positional arguments (got "${positionals[0]}"); use --config and --artifact`
    );
  const tag = values.tag;
  const mode = oneOf(
    "--mode",
    values.mode,
    MODES,
    tag !== void 0 ? "release" : "audit"
  );
  const failOn = oneOf("--fail-on", values["fail-on"], FAIL_ON_LEVELS, "error");
  const format = oneOf("--format", values.format, FORMATS, "text");
  const today = values.today !== void 0 ? parseToday(values.today) : todayInChina();
  const result = await runCheck({
    workspace: io.cwd,
    config: values.config ?? "china-filing.yml",
    mode,
    failOn,
    today,
    apps: list(values.apps),
    stores: list(values.stores),
    ...tag !== void 0 ? { tag } : {},
    ...values.version !== void 0 ? { version: values.version } : {},
    artifacts: list(values.artifact),
    confine: false
  });
  const rendered = format === "json" ? renderJson(result) : format === "sarif" ? renderSarif(result) : format === "github" ? renderWorkflowCommands(result) : renderText(result, { color: !values.output && shouldUseColor(io.stdout, io.env) });
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), rendered);
  else io.stdout.write(rendered);
  return result.verdict === "pass" ? EXIT.pass : EXIT.blocked;
}
export {
  checkCommand
};
