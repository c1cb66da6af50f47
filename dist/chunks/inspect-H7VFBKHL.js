import {
  oneOf
} from "./chunk-3SICQ56C.js";
import {
  renderInspectText,
  toInspectJson
} from "./chunk-HKT3ASTO.js";
import "./chunk-TUOS4IOT.js";
import {
  readArtifact
} from "./chunk-L6FWZJ64.js";
import {
  displayPath
} from "./chunk-UPXCFUPC.js";
import "./chunk-F7WLKADN.js";
import {
  EXIT,
  parse
} from "./chunk-W7XIADXR.js";
import {
  UsageError
} from "./chunk-RFFF4SD4.js";
import "./chunk-ZNOQMITG.js";
import "./chunk-UIIEGSOT.js";
import "./chunk-XAPV4J6G.js";
import {
  node_path_default
} from "./chunk-FLB3LZ3Q.js";
import {
  reportJson
} from "./chunk-YA34C2UJ.js";
import "./chunk-RS45BQ7I.js";
import "./chunk-HCKK6JSR.js";
import "./chunk-6V23J7JQ.js";
import {
  ArtifactError,
  messageOf
} from "./chunk-UQ2KJQ4O.js";
import "./chunk-6XKLYHM3.js";
import "./chunk-G5IBDK4M.js";
import "./chunk-ZZLBI4GZ.js";
import "./chunk-ERADHNRU.js";

// src/cli/inspect.ts
async function inspectCommand(args, io) {
  const { values, positionals } = parse(args, "inspect");
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
    format === "json" ? reportJson(toInspectJson(entries)) : format === "yaml" ? (await import("./inspect-yaml-4WXCTHQS.js")).renderInspectYaml(entries) : renderInspectText(entries)
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
