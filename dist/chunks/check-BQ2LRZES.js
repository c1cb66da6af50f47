import {
  list,
  oneOf
} from "./chunk-3SICQ56C.js";
import {
  MODES,
  parseExpiryDays,
  parseToday,
  runCheck,
  todayInChina
} from "./chunk-6S5DEYXN.js";
import {
  FAIL_ON_LEVELS
} from "./chunk-J7ZGJ4LH.js";
import "./chunk-REHZ6QNB.js";
import {
  isInGitDirectory
} from "./chunk-UPXCFUPC.js";
import {
  require_valid,
  versionFromTag
} from "./chunk-RER54NU2.js";
import "./chunk-JCSDZ5K4.js";
import "./chunk-U5YUOXJF.js";
import {
  EXIT,
  fileSystemProblem,
  parse
} from "./chunk-W7XIADXR.js";
import {
  UsageError
} from "./chunk-RFFF4SD4.js";
import "./chunk-ZNOQMITG.js";
import "./chunk-VAKUZPGT.js";
import "./chunk-UIIEGSOT.js";
import "./chunk-GFVRO5IM.js";
import {
  constants
} from "./chunk-XAPV4J6G.js";
import {
  node_path_default
} from "./chunk-FLB3LZ3Q.js";
import "./chunk-XX43KU6O.js";
import "./chunk-YA34C2UJ.js";
import "./chunk-RS45BQ7I.js";
import "./chunk-MAWWGKHS.js";
import "./chunk-UQ2KJQ4O.js";
import "./chunk-6XKLYHM3.js";
import {
  open,
  realpath
} from "./chunk-G5IBDK4M.js";
import "./chunk-ZZLBI4GZ.js";
import {
  __toESM
} from "./chunk-ERADHNRU.js";

// src/cli/check.ts
var import_valid = __toESM(require_valid(), 1);
var FORMATS = ["text", "json", "sarif", "github", "junit", "codequality"];
async function checkCommand(args, io) {
  const { values, positionals } = parse(args, "check");
  if (positionals.length)
    throw new UsageError(
      `check takes no positional arguments (got "${positionals[0]}"); use --config and --artifact`
    );
  const tag = values.tag;
  const version = values.version;
  if (version !== void 0 && !(0, import_valid.default)(version))
    throw new UsageError(
      `--version "${version}" is not a semver version (e.g. 1.4.0); it is the release version, not this tool's (that is china-filing --version)`
    );
  const mode = oneOf(
    "--mode",
    values.mode,
    MODES,
    tag !== void 0 || version !== void 0 ? "release" : "audit"
  );
  if (version !== void 0 && mode !== "release")
    throw new UsageError(
      `--version applies to a release; drop --mode ${mode}, or use --mode release to judge version ${version}`
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
    // As the action does: the release version is --version, else the one the tag names.
    ...version !== void 0 ? { version: (0, import_valid.default)(version) } : tag !== void 0 && versionFromTag(tag) !== void 0 ? { version: versionFromTag(tag) } : {},
    // Not split on commas: a comma belongs to a glob's braces (`*.{apk,aab}`).
    artifacts: list(values.artifact, /\n/),
    ...values["certificate-expiry-days"] !== void 0 ? {
      certificateExpiryDays: parseExpiryDays(
        "--certificate-expiry-days",
        values["certificate-expiry-days"]
      )
    } : {},
    confine: false
  });
  const rendered = format === "json" ? (await import("./json-KKBJGKMX.js")).renderJson(result) : format === "sarif" ? (await import("./sarif-W7LQ2AIT.js")).renderSarif(result) : format === "github" ? (await import("./workflow-commands-ONTBJDSI.js")).renderWorkflowCommands(result) : format === "junit" ? (await import("./junit-WSGGPMET.js")).renderJunit(result) : format === "codequality" ? (await import("./codequality-SXLBFBTD.js")).renderCodeQuality(result) : await renderTextReport(result, !values.output, io);
  if (values.output) await writeOutput(io, values.output, rendered);
  else io.stdout.write(rendered);
  return result.verdict === "pass" || !result.enforced ? EXIT.pass : EXIT.blocked;
}
var STDOUT = ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"];
var STDERR = ["/dev/stderr", "/dev/fd/2", "/proc/self/fd/2"];
var OWN_DESCRIPTOR = /^\/(dev|proc\/self)\/fd\/\d+$/;
async function writeOutput(io, given, text) {
  const target = node_path_default.resolve(io.cwd, given);
  if (STDOUT.includes(target)) return void io.stdout.write(text);
  if (STDERR.includes(target)) return void io.stderr.write(text);
  const folder = await realpath(node_path_default.dirname(target)).catch(() => node_path_default.dirname(target));
  if (isInGitDirectory(target) || isInGitDirectory(folder))
    throw new UsageError(`--output ${given} is inside a .git folder; the gate never writes git's own files`);
  const stream = OWN_DESCRIPTOR.test(target);
  try {
    const handle = await open(
      target,
      stream ? constants.O_WRONLY : constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      420
    );
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error.code === "ELOOP")
      throw new UsageError(
        `--output ${given} is a symbolic link; the gate does not write through links. Remove the link or name another file`
      );
    const problem = fileSystemProblem(error);
    if (!problem) throw error;
    throw new UsageError(`--output ${given} cannot be written: ${problem}`);
  }
}
async function renderTextReport(result, toTerminal, io) {
  const { renderText, shouldUseColor } = await import("./text-CCAW22GS.js");
  return renderText(result, { color: toTerminal && shouldUseColor(io.stdout, io.env) });
}
export {
  checkCommand
};
