import {
  annotationTitle,
  planAnnotations
} from "./chunks/chunk-TSEV3LUO.js";
import {
  MODES,
  parseExpiryDays,
  parseToday,
  runCheck,
  todayInChina
} from "./chunks/chunk-6S5DEYXN.js";
import {
  FAIL_ON_LEVELS
} from "./chunks/chunk-J7ZGJ4LH.js";
import "./chunks/chunk-REHZ6QNB.js";
import {
  resolveInWorkspace,
  writeFileSafely
} from "./chunks/chunk-UPXCFUPC.js";
import {
  node_os_default
} from "./chunks/chunk-NVUIH7D4.js";
import {
  renderJson
} from "./chunks/chunk-R5W5UOTV.js";
import {
  checkedSummary
} from "./chunks/chunk-6MQNC5QH.js";
import {
  oneLine
} from "./chunks/chunk-F7WLKADN.js";
import {
  error,
  getInput,
  info,
  notice,
  renderSummary,
  setFailed,
  setOutput,
  summary,
  textCell,
  warning
} from "./chunks/chunk-WJJMAKUR.js";
import "./chunks/chunk-I4LSGFAM.js";
import "./chunks/chunk-RGA5JYTI.js";
import {
  require_valid,
  tagFromRef,
  versionFromTag
} from "./chunks/chunk-RER54NU2.js";
import "./chunks/chunk-JCSDZ5K4.js";
import {
  findingPlace
} from "./chunks/chunk-U5YUOXJF.js";
import {
  UsageError
} from "./chunks/chunk-RFFF4SD4.js";
import "./chunks/chunk-ZNOQMITG.js";
import "./chunks/chunk-VAKUZPGT.js";
import "./chunks/chunk-UIIEGSOT.js";
import "./chunks/chunk-GFVRO5IM.js";
import {
  readFileSync
} from "./chunks/chunk-XAPV4J6G.js";
import {
  node_path_default
} from "./chunks/chunk-FLB3LZ3Q.js";
import "./chunks/chunk-XX43KU6O.js";
import {
  boundMessage
} from "./chunks/chunk-YA34C2UJ.js";
import "./chunks/chunk-RS45BQ7I.js";
import "./chunks/chunk-MAWWGKHS.js";
import "./chunks/chunk-UQ2KJQ4O.js";
import "./chunks/chunk-6XKLYHM3.js";
import "./chunks/chunk-G5IBDK4M.js";
import "./chunks/chunk-ZZLBI4GZ.js";
import {
  __toESM
} from "./chunks/chunk-ERADHNRU.js";

// src/action/inputs.ts
var import_valid = __toESM(require_valid(), 1);
var INPUT_DEFAULTS = {
  config: "china-filing.yml",
  "fail-on": "error",
  "check-run": "false",
  "release-notes": "false",
  "certificate-expiry-days": "30"
};
function listInput(value, separator = /[\n,]/) {
  const items = value.split(separator).map((s) => s.trim()).filter((s) => s && !s.startsWith("#"));
  return items.length ? items : void 0;
}
function booleanInput(name, value) {
  const v = value.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(v)) return true;
  if (["false", "no", "0", "off", ""].includes(v)) return false;
  throw new UsageError(`input ${name} must be true or false, not "${value}"`);
}
function enumInput(name, value, allowed) {
  if (!allowed.includes(value))
    throw new UsageError(`input ${name} must be one of ${allowed.join(", ")}, not "${value}"`);
  return value;
}
function semverInput(name, value) {
  if (value === void 0) return void 0;
  const version = (0, import_valid.default)(value);
  if (version === null)
    throw new UsageError(`input ${name} must be a semver version such as 2.3.0, not "${value}"`);
  return version;
}
function readInputs(getInput2) {
  const get = (name) => getInput2(name).trim() || INPUT_DEFAULTS[name] || "";
  const mode = get("mode");
  const optional = (name) => get(name) || void 0;
  return {
    config: get("config"),
    ...mode ? { mode: enumInput("mode", mode, MODES) } : {},
    apps: listInput(get("apps")),
    stores: listInput(get("stores")),
    artifacts: listInput(getInput2("artifacts"), /\n/),
    version: semverInput("version", optional("version")),
    failOn: enumInput("fail-on", get("fail-on"), FAIL_ON_LEVELS),
    token: optional("token"),
    checkRun: booleanInput("check-run", get("check-run")),
    sarifFile: optional("sarif-file"),
    reportFile: optional("report-file"),
    releaseNotes: booleanInput("release-notes", get("release-notes")),
    ...get("today") ? { today: parseToday(get("today")) } : {},
    certificateExpiryDays: parseExpiryDays("input certificate-expiry-days", get("certificate-expiry-days"))
  };
}

// src/action/event.ts
var PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target", "merge_group"];
function readEventPayload(path) {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return {};
  }
}
function inferEventContext(env, payload) {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const ref = env.GITHUB_REF;
  const release = payload.release;
  const pr = payload.pull_request;
  const mergeGroup = payload.merge_group;
  const tag = eventName === "release" ? release?.tag_name ?? tagFromRef(ref) : tagFromRef(ref);
  let mode = "audit";
  if (eventName === "release" || eventName === "push" && tag !== void 0) mode = "release";
  else if (PULL_REQUEST_EVENTS.includes(eventName)) mode = "pull-request";
  const context = {
    eventName,
    mode,
    payload,
    ...tag !== void 0 && mode === "release" ? { tag } : {}
  };
  if (pr) {
    context.pullRequest = {
      number: pr.number ?? 0,
      ...pr.base?.sha ? { baseSha: pr.base.sha } : {},
      ...pr.head?.sha ? { headSha: pr.head.sha } : {},
      ...pr.base?.ref ? { baseRef: pr.base.ref } : {}
    };
    context.sha = pr.head?.sha ?? env.GITHUB_SHA;
  } else if (mergeGroup) {
    context.pullRequest = {
      number: 0,
      ...mergeGroup.base_sha ? { baseSha: mergeGroup.base_sha } : {},
      ...mergeGroup.head_sha ? { headSha: mergeGroup.head_sha } : {}
    };
    context.sha = mergeGroup.head_sha ?? env.GITHUB_SHA;
  } else context.sha = env.GITHUB_SHA;
  if (release?.id !== void 0 && release.tag_name) {
    context.release = { id: release.id, tagName: release.tag_name, body: release.body ?? "" };
  }
  return context;
}

// src/report/github.ts
function emitAnnotations(result) {
  const plan = planAnnotations(result.findings, {
    reservedErrors: result.verdict === "fail" && result.enforced ? 1 : 0
  });
  for (const finding of plan.shown) {
    const loc = findingPlace(finding);
    const properties = { title: annotationTitle(finding) };
    if (loc) properties.file = loc.file;
    if (loc?.line !== void 0) {
      properties.startLine = loc.line;
      if (loc.column !== void 0) properties.startColumn = loc.column;
      if (loc.endLine !== void 0) properties.endLine = loc.endLine;
      if (loc.endColumn !== void 0 && (loc.endLine === void 0 || loc.endLine === loc.line))
        properties.endColumn = loc.endColumn;
    }
    const emit = finding.severity === "error" ? error : finding.severity === "warning" ? warning : notice;
    emit(finding.message, properties);
  }
  if (plan.overflowNotice) notice(plan.overflowNotice, { title: "china-filing-gate" });
  return { shown: plan.shown.length, hidden: plan.hidden.length };
}
var MAX_JOB_SUMMARY_BYTES = 1024 * 1024;
async function writeJobSummary(result, blobUrl, notes) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    let summary2 = renderSummary(result, { ...blobUrl ? { blobUrl } : {}, notes });
    if (Buffer.byteLength(summary2) > MAX_JOB_SUMMARY_BYTES) {
      const note = "\n\n_The summary was cut at GitHub's 1 MiB limit; the JSON report lists everything._\n";
      summary2 = `${Buffer.from(summary2).subarray(0, MAX_JOB_SUMMARY_BYTES - 4096).toString("utf8").replace(/\uFFFD$/, "")}${note}`;
    }
    await summary.addRaw(summary2).write();
  } catch (error2) {
    warnSummaryNotWritten(error2);
  }
}
async function appendToJobSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await summary.addRaw(`
${markdown}`).write().catch(warnSummaryNotWritten);
}
function warnSummaryNotWritten(error2) {
  warning(`could not write the job summary: ${error2.message}`);
}
function setOutputs(result, files) {
  setOutput("verdict", result.verdict);
  setOutput("blocking", JSON.stringify(result.blocking));
  setOutput("filing-numbers", JSON.stringify(result.filingNumbers));
  if (files.reportFile) setOutput("report-file", files.reportFile);
  if (files.sarifFile) setOutput("sarif-file", files.sarifFile);
}

// src/report/usage-failure.ts
var USAGE_RULE = "usage";
var INTERNAL_RULE = "internal";
function usageFailureResult(message, context, rule = USAGE_RULE) {
  return {
    verdict: "fail",
    // A run that could not judge is never a pass, whatever fail-on says: it fails closed.
    enforced: true,
    mode: context.mode,
    failOn: context.failOn,
    today: context.today,
    config: context.config,
    apps: [],
    findings: [{ rule, severity: "error", message: boundMessage(message) }],
    blocking: [],
    filingNumbers: {},
    evidence: { artifacts: [], sources: [] }
  };
}
function withRunFailure(result, message, rule) {
  return {
    ...result,
    verdict: "fail",
    enforced: true,
    // Bounded and escaped like every finding's message: an exception's text can quote a file.
    findings: [...result.findings, { rule, severity: "error", message: boundMessage(message) }]
  };
}

// src/action/main.ts
async function run(env = process.env) {
  const progress = { summaryWritten: false };
  try {
    const inputs = readInputs((name) => getInput(name));
    const workspace = node_path_default.resolve(env.GITHUB_WORKSPACE || process.cwd());
    const event = inferEventContext(env, readEventPayload(env.GITHUB_EVENT_PATH));
    const mode = inputs.mode ?? event.mode;
    const tag = mode === "release" ? event.tag : void 0;
    const version = inputs.version ?? (tag !== void 0 ? versionFromTag(tag) : void 0);
    info(
      `china-filing-gate: ${mode} mode (event ${event.eventName || "none"}${tag ? `, tag ${tag}` : ""}), config ${inputs.config}`
    );
    const result = await runCheck({
      workspace,
      config: inputs.config,
      mode,
      failOn: inputs.failOn,
      today: inputs.today ?? todayInChina(),
      ...inputs.apps ? { apps: inputs.apps } : {},
      ...inputs.stores ? { stores: inputs.stores } : {},
      ...tag !== void 0 ? { tag } : {},
      ...version !== void 0 ? { version } : {},
      ...inputs.artifacts ? { artifacts: inputs.artifacts } : {},
      certificateExpiryDays: inputs.certificateExpiryDays,
      ...event.pullRequest?.baseSha ? { baseSha: event.pullRequest.baseSha } : {},
      confine: true
    });
    progress.result = result;
    const files = await writeReportFiles(result, workspace, inputs.reportFile, inputs.sarifFile, env);
    const annotations = emitAnnotations(result);
    const notes = annotations.hidden > 0 ? [
      `_${annotations.hidden} findings were not shown as annotations (GitHub shows 10 per kind and step); all are listed above._`
    ] : [];
    const blobUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && event.sha ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${event.sha}` : void 0;
    await writeJobSummary(result, blobUrl, notes);
    progress.summaryWritten = true;
    setOutputs(result, files);
    if (inputs.checkRun || inputs.releaseNotes)
      await (await import("./chunks/publish-3DE3ABOY.js")).publishToGitHub(result, inputs, event, env, blobUrl);
    info(oneLine(verifiedLine(result)));
    if (result.verdict === "fail" && !result.enforced) {
      warning(
        `China filing gate is not enforced (fail-on: never): ${result.blocking.length ? result.blocking.join(", ") : "this run"} would be blocked. See the job summary.`
      );
    } else if (result.verdict === "fail") {
      const errors = result.findings.filter((f) => f.severity === "error").length;
      setFailed(
        `China filing gate blocked ${result.blocking.length ? result.blocking.join(", ") : "this run"}: ${errors} error${errors === 1 ? "" : "s"}${inputs.failOn === "warning" ? " (fail-on: warning counts warnings too)" : ""}. See the annotations and the job summary.`
      );
    } else info(`China filing gate passed (${result.apps.filter((a) => a.inScope).length} apps judged).`);
  } catch (error2) {
    const message = error2 instanceof UsageError ? error2.describe("input") : `internal error: ${error2?.message ?? String(error2)}. The gate could not decide, so it blocks.`;
    await reportFailure(message, error2 instanceof UsageError ? USAGE_RULE : INTERNAL_RULE, progress, env);
    setFailed(`china-filing-gate: ${message}`);
  }
}
function verifiedLine(result) {
  const judged = result.apps.filter((a) => a.inScope).map((a) => a.id);
  const artifacts = result.evidence.artifacts.map(
    (a) => `${a.file} (${a.error !== void 0 ? "unreadable" : `${a.id}${a.app ? `, ${a.app}` : ", no declared app"}`})`
  );
  return `china-filing-gate verified ${judged.length ? `apps ${judged.join(", ")}` : "no app"} against ${result.config}${checkedSummary(result)}${artifacts.length ? `: ${artifacts.join("; ")}` : ""}`;
}
async function reportFailure(message, rule, progress, env) {
  const raw = (name) => getInput(name).trim();
  const mode = MODES.includes(raw("mode")) ? raw("mode") : "audit";
  const failOn = FAIL_ON_LEVELS.includes(raw("fail-on")) ? raw("fail-on") : "error";
  const result = progress.result ? withRunFailure(progress.result, message, rule) : usageFailureResult(
    message,
    { mode, failOn, today: todayInChina(), config: raw("config") || "china-filing.yml" },
    rule
  );
  let files = {};
  try {
    const workspace = node_path_default.resolve(env.GITHUB_WORKSPACE || process.cwd());
    files = await writeReportFiles(
      result,
      workspace,
      raw("report-file") || void 0,
      raw("sarif-file") || void 0,
      env
    );
  } catch (error2) {
    warning(`could not write the report files: ${oneLine(error2.message)}`);
  }
  if (progress.summaryWritten) await appendToJobSummary(`> [!CAUTION]
> ${textCell(message)}
`);
  else await writeJobSummary(result, void 0, []);
  setOutputs(result, files);
}
async function writeReportFiles(result, workspace, reportInput, sarifInput, env) {
  const reportFile = reportInput ? resolveInWorkspace(workspace, reportInput, "report-file") : node_path_default.join(env.RUNNER_TEMP || node_os_default.tmpdir(), "china-filing-report.json");
  await writeFileSafely(
    workspace,
    reportFile,
    renderJson(result),
    "report-file",
    reportInput ?? reportFile,
    !!reportInput
  );
  if (!sarifInput) return { reportFile };
  const sarifFile = resolveInWorkspace(workspace, sarifInput, "sarif-file");
  const { renderSarif } = await import("./chunks/sarif-W7LQ2AIT.js");
  await writeFileSafely(workspace, sarifFile, renderSarif(result), "sarif-file", sarifInput, true);
  return { reportFile, sarifFile };
}

// src/action/index.ts
await run();
