"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// merged-entry:merged-entry:dist/chunks/action/publish-GMA2E25K.js
var publish_GMA2E25K_exports = {};
__export(publish_GMA2E25K_exports, {
  publishToGitHub: () => publishToGitHub
});
module.exports = __toCommonJS(publish_GMA2E25K_exports);

// cfg-builtin-cjs:path, node_modules/@actions/core/lib/core.js, node_modules/@actions/core/lib/command.js, node_modules/@actions/core/lib/utils.js, node_modules/@actions/core/lib/file-command.js, cfg-builtin-lazy:crypto, node_modules/@actions/core/lib/path-utils.js, src/settle.ts, src/verdict.ts, src/report/markdown.ts, src/report/summary.ts, from ../../index.js
var import__ = require("../../index.js");

// cfg-builtin-cjs:os, cfg-builtin-cjs:fs, from ../../index.js
var import__2 = require("../../index.js");

// src/rules/index.ts, src/rules/declaration.ts, src/rules/filing-required.ts, src/filing/timeline.ts, src/rules/rule.ts, src/filing/number.ts, src/rules/filing-approved.ts, src/rules/filing-number-format.ts, src/rules/filing-holder.ts, src/rules/filing-channel.ts, src/catalog/regions.ts, src/rules/hosting-mainland.ts, src/rules/release-version.ts, src/release/version.ts, src/rules/artifact-identity.ts, src/declaration/identity.ts, src/artifacts/fingerprint.ts, src/rules/source-identity.ts, src/sources/types.ts, src/sources/facts.ts, src/sources/module-roles.ts, src/rules/channel-packages.ts, src/rules/certificate-expiry.ts, src/rules/waiver.ts, src/rules/docs.ts, from ../../index.js
var import__3 = require("../../index.js");

// src/artifacts/bundle-notes.ts, src/artifacts/resource-reference.ts, from ../../index.js
var import__4 = require("../../index.js");

// src/action/publish.ts, src/report/github-api.ts, src/report/github-check-run.ts, src/report/github-release-notes.ts
var import_chunk_ED324SVL = require("./chunk-ED324SVL.js");

// src/findings.ts, from ../../index.js
var import__5 = require("../../index.js");

// src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts, from ../../index.js
var import__6 = require("../../index.js");

// src/sources/application-id.ts, from ../../index.js
var import__7 = require("../../index.js");

// src/artifacts/types.ts, from ../../index.js
var import__8 = require("../../index.js");

// src/excerpt.ts, from ../../index.js
var import__9 = require("../../index.js");

// src/china-time.ts, from ../../index.js
var import__10 = require("../../index.js");

// src/artifacts/bounded-text.ts, from ../../index.js
var import__11 = require("../../index.js");

// src/stdio.ts, src/action/stdout.ts, cfg-builtin:node:fs, from ../../index.js
var import__12 = require("../../index.js");

// src/action/publish.ts, src/report/github-api.ts, src/report/github-check-run.ts, src/report/github-release-notes.ts
(0, import__12.__cfg37_init_stdout)();
(0, import__12.__cfg37_init_stdout)();
var ApiFault = class extends Error {
  name = "ApiFault";
  /** True when nothing was answered (timeout, connection lost): an idempotent request may be re-sent. */
  retriable;
  constructor(message, retriable = false) {
    super(message);
    this.retriable = retriable;
  }
};
var DEFAULT_API_LIMITS = {
  requestTimeoutMs: 2e4,
  budgetMs: 6e4,
  maxResponseBytes: 8 * 1024 * 1024,
  maxAttempts: 3,
  backoffMs: 1e3
};
var LIMIT_VARIABLES = {
  requestTimeoutMs: "CHINA_FILING_GATE_API_TIMEOUT_MS",
  budgetMs: "CHINA_FILING_GATE_API_BUDGET_MS",
  maxResponseBytes: "CHINA_FILING_GATE_API_MAX_RESPONSE_BYTES",
  maxAttempts: "CHINA_FILING_GATE_API_MAX_ATTEMPTS",
  backoffMs: "CHINA_FILING_GATE_API_BACKOFF_MS"
};
function apiLimitsFrom(env) {
  const limits = { ...DEFAULT_API_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES)) {
    const value = Number(env[LIMIT_VARIABLES[key]]);
    if (Number.isInteger(value) && value >= 0 && value < limits[key]) limits[key] = Math.max(value, 1);
  }
  return limits;
}
var seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var SAFE_TO_RESEND = /* @__PURE__ */ new Set(["GET", "HEAD"]);
function boundedFetch(inner, limits, deadline = Date.now() + limits.budgetMs) {
  return async (url, init = {}) => {
    const method = (init.method ?? "GET").toUpperCase();
    const what = `${method} ${new URL(url).pathname}`;
    for (let attempt = 1; ; attempt++) {
      const remaining = deadline - Date.now();
      if (remaining <= 0)
        throw new ApiFault(
          `the ${seconds(limits.budgetMs)} budget for publishing ran out before ${what} (GitHub is slow or not answering)`
        );
      let answer;
      try {
        answer = await fetchWithin(inner, url, init, Math.min(limits.requestTimeoutMs, remaining), limits);
      } catch (error) {
        if (!(error instanceof ApiFault) || !error.retriable) throw error;
        if (attempt >= limits.maxAttempts || !SAFE_TO_RESEND.has(method)) throw error;
        continue;
      }
      const wait = retryWait(answer, attempt, limits, what);
      if (wait === void 0) return toResponse(answer, what);
      if (attempt >= limits.maxAttempts && !wait.rateLimited) return toResponse(answer, what);
      if (attempt >= limits.maxAttempts || Date.now() + wait.ms >= deadline)
        throw giveUp(answer, wait, attempt, limits, what);
      await sleep(wait.ms);
    }
  };
}
async function fetchWithin(inner, url, init, timeoutMs, limits) {
  const method = (init.method ?? "GET").toUpperCase();
  const what = `${method} ${new URL(url).pathname}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await inner(url, { ...init, signal: controller.signal });
    const declared = Number(response.headers.get("content-length"));
    if (declared > limits.maxResponseBytes) {
      await response.body?.cancel().catch(() => void 0);
      throw tooLarge(what, limits);
    }
    const chunks = [];
    let size = 0;
    if (response.body) {
      const reader = response.body.getReader();
      for (; ; ) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limits.maxResponseBytes) {
          await reader.cancel().catch(() => void 0);
          throw tooLarge(what, limits);
        }
        chunks.push(value);
      }
    }
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      bytes: Buffer.concat(chunks)
    };
  } catch (error) {
    if (error instanceof ApiFault) throw error;
    throw controller.signal.aborted ? new ApiFault(`GitHub did not answer ${what} within ${seconds(timeoutMs)}`, true) : new ApiFault(`${what} failed before GitHub answered: ${causeOf(error)}`, true);
  } finally {
    clearTimeout(timer);
  }
}
function tooLarge(what, limits) {
  return new ApiFault(
    `GitHub's answer to ${what} is larger than ${limits.maxResponseBytes} bytes; it was not read`
  );
}
function causeOf(error) {
  const cause = error.cause;
  const message = cause instanceof Error ? cause.message : error?.message;
  return (message ?? String(error)).split("\n")[0].slice(0, 200);
}
function retryWait(answer, attempt, limits, what) {
  const { status, headers } = answer;
  if (status === 403 || status === 429) {
    if (headers.get("x-ratelimit-remaining") === "0") {
      const reset = Number(headers.get("x-ratelimit-reset"));
      const at = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1e3) : void 0;
      throw new ApiFault(
        `GitHub's API rate limit for this token is used up (${status} on ${what}, x-ratelimit-remaining: 0${at ? `; it resets at ${at.toISOString().slice(11, 19)} UTC` : ""}). This is rate limiting, not a permissions problem; re-run the job later`
      );
    }
    const header = headers.get("retry-after");
    const retryAfter = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : void 0;
    const secondary = status === 429 || retryAfter !== void 0 || /secondary rate limit/i.test(Buffer.from(answer.bytes.subarray(0, 4096)).toString("utf8"));
    if (!secondary) return void 0;
    return { ms: retryAfter !== void 0 ? retryAfter * 1e3 : 6e4, rateLimited: true };
  }
  if (status >= 500 && status <= 599) return { ms: limits.backoffMs * 2 ** (attempt - 1), rateLimited: false };
  return void 0;
}
function giveUp(answer, wait, attempt, limits, what) {
  const tries = `${attempt} time${attempt === 1 ? "" : "s"}`;
  const reason = attempt >= limits.maxAttempts ? `after ${tries}` : `it asked to wait ${seconds(wait.ms)}, beyond the ${seconds(limits.budgetMs)} publishing budget`;
  if (wait.rateLimited)
    return new ApiFault(
      `GitHub's secondary rate limit stopped ${what} (${answer.status}; ${reason}). This is rate limiting, not a permissions problem: too many requests at once from this token`
    );
  return new ApiFault(
    `GitHub answered ${what} with ${answer.status} ${tries}, and the ${seconds(limits.budgetMs)} publishing budget leaves no time to retry`
  );
}
function toResponse(answer, what) {
  const contentType = answer.headers.get("content-type") ?? "";
  if (answer.status >= 200 && answer.status < 300 && /json/i.test(contentType) && answer.bytes.length > 0) {
    try {
      JSON.parse(Buffer.from(answer.bytes).toString("utf8"));
    } catch {
      throw new ApiFault(`GitHub answered ${what} with ${answer.status} but malformed JSON`);
    }
  }
  const empty = answer.status === 204 || answer.status === 205 || answer.status === 304;
  return new Response(empty ? null : answer.bytes, {
    status: answer.status,
    statusText: answer.statusText,
    headers: answer.headers
  });
}
function expectShape(schema, data, what) {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiFault(`${what} is not what the API documents`);
  return parsed.data;
}
var idSchema = (0, import_chunk_ED324SVL.int)().check((0, import_chunk_ED324SVL._positive)(), (0, import_chunk_ED324SVL._lte)(Number.MAX_SAFE_INTEGER));
function explainApiError(error, api, forbidden) {
  const fault = error instanceof ApiFault ? error : error?.cause;
  if (fault instanceof ApiFault) return fault.message;
  const status = error?.status;
  if (status === 403) return forbidden;
  const message = (error?.message ?? "").split("\n")[0].slice(0, 200);
  return `the ${api} API answered ${status ?? "with an error"}${message ? `: ${message}` : ""}`;
}
(0, import__12.__cfg37_init_stdout)();
var CHECK_RUN_NAME = "China filing";
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_SUMMARY = 65535;
var LEVEL = { error: "failure", warning: "warning", notice: "notice" };
function toCheckAnnotation(finding, config) {
  const place = (0, import__5.__cfg19_findingPlace)(finding) ?? { file: config, line: 1, column: 1 };
  const loc = { ...place, line: place.line ?? 1, column: place.column ?? 1 };
  const annotation = {
    path: loc.file,
    start_line: loc.line,
    end_line: loc.endLine ?? loc.line,
    annotation_level: LEVEL[finding.severity],
    message: finding.message,
    title: finding.app ? `${finding.rule} (${finding.app})` : finding.rule
  };
  if (annotation.end_line === annotation.start_line && place.line !== void 0) {
    annotation.start_column = loc.column;
    annotation.end_column = loc.endColumn ?? loc.column;
  }
  return annotation;
}
function checkRunTitle(result) {
  const judged = result.apps.filter((a) => a.inScope);
  if (result.mode === "release" && result.verdict === "pass") {
    const numbered = judged.filter((a) => a.filingNumber && a.mainlandStores.length > 0);
    if (numbered.length > 0) {
      const version = result.version ? ` ${result.version}` : "";
      return numbered.map((a) => `${a.id}${version}: ${a.filingNumber}`).join("; ");
    }
  }
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
  if (result.verdict === "fail" && !result.enforced) {
    return `Not enforced (fail-on: never): ${result.blocking.length ? `${result.blocking.join(", ")} fail` : "the run fails"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
  }
  if (result.verdict === "fail") {
    return `Blocked${result.blocking.length ? `: ${result.blocking.join(", ")}` : ""} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
  }
  return `Passed: ${judged.length} app${judged.length === 1 ? "" : "s"} judged${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}`;
}
function planCheckRun(result, blobUrl) {
  const annotations = result.findings.map((f) => toCheckAnnotation(f, result.config));
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  let summary = (0, import__.__cfg9_renderSummary)(result, blobUrl ? { blobUrl } : {});
  if (summary.length > MAX_SUMMARY)
    summary = `${summary.slice(0, MAX_SUMMARY - 200)}

_The summary was cut at GitHub's limit; the annotations list every finding._
`;
  return {
    name: CHECK_RUN_NAME,
    // fail-on: never reports failures without blocking: neutral, not a green tick over non-compliant apps.
    conclusion: result.verdict === "pass" ? "success" : result.enforced ? "failure" : "neutral",
    title: checkRunTitle(result),
    summary,
    batches: batches.length ? batches : [[]]
  };
}
async function publishCheckRun(checks, repo, headSha, plan) {
  const output = (annotations) => ({
    title: plan.title,
    summary: plan.summary,
    annotations
  });
  try {
    const [first, ...rest] = plan.batches;
    const { data } = await checks.create({
      ...repo,
      name: plan.name,
      head_sha: headSha,
      status: "completed",
      conclusion: plan.conclusion,
      completed_at: (/* @__PURE__ */ new Date()).toISOString(),
      output: output(first ?? [])
    });
    const created = expectShape(createdSchema, data, "GitHub's answer to the check run creation");
    for (const batch of rest)
      await checks.update({ ...repo, check_run_id: created.id, output: output(batch) });
    return { status: "created", id: created.id, ...created.html_url ? { url: created.html_url } : {} };
  } catch (error) {
    return {
      status: "skipped",
      reason: explainApiError(
        error,
        "Checks",
        "the token may not write checks (403): fork pull requests get a read-only token, and the job needs permissions: checks: write"
      )
    };
  }
}
var createdSchema = (0, import_chunk_ED324SVL.object)({ id: idSchema, html_url: (0, import_chunk_ED324SVL.nullish)((0, import_chunk_ED324SVL.string)().check((0, import_chunk_ED324SVL._maxLength)(2e3))) });
(0, import__12.__cfg37_init_stdout)();
var SECTION_START = "<!-- china-filing-gate:start -->";
var SECTION_END = "<!-- china-filing-gate:end -->";
function releaseNotesSection(result) {
  const apps = result.apps.filter((a) => a.inScope && a.filingNumber && a.mainlandStores.length > 0);
  if (apps.length === 0) return void 0;
  const rows = apps.map(
    (a) => `| ${(0, import__.__cfg9_textCell)(a.name)} (${(0, import__.__cfg9_codeCell)(a.id)}) | ${(0, import__.__cfg9_codeCell)(a.filingNumber)} | ${(0, import__.__cfg9_escapeCell)(a.mainlandStores.join(", "))} |`
  );
  return [
    SECTION_START,
    "### China filing (APP备案)",
    "",
    "| App | Filing number | Mainland stores |",
    "|---|---|---|",
    ...rows,
    "",
    `_Checked by china-filing-gate on ${result.today}. Filings can be looked up at https://beian.miit.gov.cn._`,
    SECTION_END
  ].join("\n");
}
function withReleaseNotesSection(body, section) {
  const start = body.indexOf(SECTION_START);
  const end = body.indexOf(SECTION_END);
  if (start >= 0 && end > start)
    return `${body.slice(0, start)}${section}${body.slice(end + SECTION_END.length)}`;
  const trimmed = body.trimEnd();
  return trimmed ? `${trimmed}

${section}
` : `${section}
`;
}
async function publishReleaseNotes(releases, repo, tag, known, result) {
  if (result.verdict !== "pass")
    return { status: "skipped", reason: "the gate blocked this release, so no filing numbers are published" };
  const section = releaseNotesSection(result);
  if (!section) return { status: "skipped", reason: "no app in this release is filed for a mainland store" };
  try {
    const release = await releases.getReleaseByTag({ ...repo, tag }).then(
      (response) => expectShape(releaseSchema, response.data, `GitHub's answer to the release for tag ${tag}`),
      (error) => {
        if (known && error.status === 404)
          return expectShape(releaseSchema, known, "the release in the event payload");
        throw error;
      }
    );
    await releases.updateRelease({
      ...repo,
      release_id: release.id,
      body: withReleaseNotesSection(release.body ?? "", section)
    });
    return { status: "updated", releaseId: release.id };
  } catch (error) {
    const status = error.status;
    const reason = status === 404 ? `there is no GitHub Release for tag ${tag} yet (create it before this step, or run on the release event)` : explainApiError(
      error,
      "Releases",
      "the token may not edit releases (403): the job needs permissions: contents: write"
    );
    return { status: "skipped", reason };
  }
}
var releaseSchema = (0, import_chunk_ED324SVL.object)({ id: idSchema, body: (0, import_chunk_ED324SVL.nullish)((0, import_chunk_ED324SVL.string)()) });
async function publishToGitHub(result, inputs, event, env, blobUrl) {
  if (!inputs.checkRun && !inputs.releaseNotes) return;
  try {
    await publish(result, inputs, event, env, blobUrl);
  } catch (error) {
    (0, import__.__cfg9_warning)(
      `publishing to GitHub failed: ${(0, import__.__cfg9_errorLine)(inputs.token ? withoutTokenIn(error, inputs.token) : error)}. The annotations and summary report every finding.`
    );
  }
}
function withoutToken(text, token) {
  return token ? text.replaceAll(token, "***") : text;
}
function withoutTokenIn(error, token) {
  for (let e = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    if (e.message.includes(token)) e.message = withoutToken(e.message, token);
  }
  return error;
}
async function publish(result, inputs, event, env, blobUrl) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!inputs.token || !owner || !repo) {
    (0, import__.__cfg9_warning)(
      "check-run / release-notes need a token and GITHUB_REPOSITORY; skipped. The annotations and summary report every finding."
    );
    return;
  }
  const limits = apiLimitsFrom(env);
  const [{ getOctokit }, { defaults: githubDefaults }] = await Promise.all([
    Promise.resolve().then(() => __toESM(require("./github-OFHTBYBU.js"))),
    Promise.resolve().then(() => __toESM(require("./utils-IRT3N4QX.js")))
  ]);
  const innerFetch = githubDefaults.request?.fetch ?? globalThis.fetch;
  const octokit = getOctokit(inputs.token, {
    ...env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {},
    request: { fetch: boundedFetch(innerFetch, limits) }
  });
  const coordinates = { owner, repo };
  const scrub = (call) => call.catch((error) => {
    throw withoutTokenIn(error, inputs.token);
  });
  const checks = {
    create: (params) => scrub(octokit.rest.checks.create(params)),
    update: (params) => scrub(octokit.rest.checks.update(params))
  };
  const releases = {
    getReleaseByTag: (params) => scrub(octokit.rest.repos.getReleaseByTag(params)),
    updateRelease: (params) => scrub(octokit.rest.repos.updateRelease(params))
  };
  if (inputs.checkRun) {
    if (!event.sha) (0, import__.__cfg9_warning)("check-run: no commit SHA in the event (GITHUB_SHA is unset); skipped.");
    else {
      const outcome = await publishCheckRun(checks, coordinates, event.sha, planCheckRun(result, blobUrl));
      if (outcome.status === "created")
        (0, import__.__cfg9_info)(
          `check run "China filing" created on ${event.sha}${outcome.url ? `: ${withoutToken(outcome.url, inputs.token)}` : ""}`
        );
      else
        (0, import__.__cfg9_warning)(
          `check run not created: ${withoutToken(outcome.reason, inputs.token)}. The annotations and the job summary still report every finding.`
        );
    }
  }
  if (inputs.releaseNotes) {
    const tag = result.tag;
    if (result.mode !== "release" || !tag) {
      (0, import__.__cfg9_info)("release-notes: not a release run; nothing to add.");
      return;
    }
    const outcome = await publishReleaseNotes(
      releases,
      coordinates,
      tag,
      event.release ? { id: event.release.id, body: event.release.body } : void 0,
      result
    );
    if (outcome.status === "updated") (0, import__.__cfg9_info)(`release ${tag}: "China filing" section written`);
    else (0, import__.__cfg9_warning)(`release notes not updated: ${withoutToken(outcome.reason, inputs.token)}.`);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  publishToGitHub
});
//# sourceMappingURL=publish-GMA2E25K.js.map
