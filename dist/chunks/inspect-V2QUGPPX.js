import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  oneOf
} from "./chunk-SMTAPH36.js";
import {
  renderInspectText,
  toInspectJson
} from "./chunk-HVLMMFAT.js";
import {
  EXIT,
  parse
} from "./chunk-BZ7QXRHN.js";
import {
  readArtifact
} from "./chunk-UTHUIN4P.js";
import "./chunk-QV3PWUHZ.js";
import "./chunk-FXDJ2GGR.js";
import {
  displayPath
} from "./chunk-V5F2KEPK.js";
import {
  UsageError
} from "./chunk-4UZYQDOS.js";
import "./chunk-AUEDU7HD.js";
import "./chunk-42QK5KWP.js";
import "./chunk-3LDKSJR5.js";
import {
  node_path_default
} from "./chunk-ASNEJFEB.js";
import "./chunk-B2E27M6M.js";
import "./chunk-EGOPUPX2.js";
import {
  ArtifactError,
  messageOf
} from "./chunk-BZAF4T2R.js";
import "./chunk-EPIRVGSI.js";
import "./chunk-VFAWLHXG.js";

// src/cli/inspect.ts
async function inspectCommand(args, io) {
  const { values, positionals } = parse(args, { format: { type: "string", short: "f" } });
  const format = oneOf(
    "--format",
    values.format,
    ["text", "json", "yaml"],
    "text"
  );
  if (positionals.length === 0)
    throw new UsageError("inspect needs at least one file: inspect app-release.apk");
  const entries = [];
  for (const given of positionals) {
    const absolute = node_path_default.resolve(io.cwd, given);
    const file = displayPath(io.cwd, absolute);
    try {
      entries.push({ file, identity: await readArtifact(absolute, file) });
    } catch (error) {
      entries.push({
        file,
        error: error instanceof ArtifactError ? error.message : `it cannot be read (${messageOf(error)})`
      });
    }
  }
  io.stdout.write(
    format === "json" ? `${JSON.stringify(toInspectJson(entries), null, 2)}
` : format === "yaml" ? (await import("./inspect-yaml-3F7TGLD3.js")).renderInspectYaml(entries) : renderInspectText(entries)
  );
  const failed = entries.filter((e) => "error" in e);
  if (failed.length && format !== "text")
    for (const f of failed) io.stderr.write(`china-filing: ${f.file}: ${"error" in f ? f.error : ""}
`);
  return failed.length ? EXIT.blocked : EXIT.pass;
}
export {
  inspectCommand
};
