import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import "./chunk-EBUTKOES.js";

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
export {
  renderText,
  shouldUseColor
};
