import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  list,
  oneOf
} from "./chunk-HUPYUNMZ.js";
import {
  EXIT,
  parse
} from "./chunk-L7L3XPCR.js";
import {
  FAIL_ON_LEVELS,
  MODES,
  parseToday,
  runCheck,
  todayInChina
} from "./chunk-ZUNGX27K.js";
import "./chunk-N5BCNBEB.js";
import "./chunk-BTZA2BK2.js";
import "./chunk-XZLMYQJ4.js";
import "./chunk-BXP65GJQ.js";
import "./chunk-44PZNB5P.js";
import "./chunk-VVA4USSH.js";
import {
  UsageError
} from "./chunk-LD2BKEBV.js";
import "./chunk-DJCYL6EZ.js";
import "./chunk-I2TCRCIK.js";
import "./chunk-WKUZGEHA.js";
import "./chunk-EBUTKOES.js";

// src/cli/check.ts
import path from "node:path";
import { writeFile } from "node:fs/promises";
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
  const rendered = format === "json" ? (await import("./json-CVT3MHEZ.js")).renderJson(result) : format === "sarif" ? (await import("./sarif-FDG25UMP.js")).renderSarif(result) : format === "github" ? (await import("./workflow-commands-FLYJZBI6.js")).renderWorkflowCommands(result) : await renderTextReport(result, !values.output, io);
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), rendered);
  else io.stdout.write(rendered);
  return result.verdict === "pass" ? EXIT.pass : EXIT.blocked;
}
async function renderTextReport(result, toTerminal, io) {
  const { renderText, shouldUseColor } = await import("./text-APFKLRWH.js");
  return renderText(result, { color: toTerminal && shouldUseColor(io.stdout, io.env) });
}
export {
  checkCommand
};
