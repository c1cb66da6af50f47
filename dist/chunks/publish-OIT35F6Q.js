import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  info,
  renderSummary,
  warning
} from "./chunk-Q4222GA5.js";
import "./chunk-KXJZXOQ2.js";
import "./chunk-EBUTKOES.js";

// src/report/github-check-run.ts
var CHECK_RUN_NAME = "China filing";
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_SUMMARY = 65535;
var LEVEL = { error: "failure", warning: "warning", notice: "notice" };
function toCheckAnnotation(finding, config) {
  const loc = finding.location ?? { file: config, line: 1, column: 1 };
  const annotation = {
    path: loc.file,
    start_line: loc.line,
    end_line: loc.endLine ?? loc.line,
    annotation_level: LEVEL[finding.severity],
    message: finding.message,
    title: finding.app ? `${finding.rule} (${finding.app})` : finding.rule
  };
  if (annotation.end_line === annotation.start_line) {
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
  let summary = renderSummary(result, blobUrl ? { blobUrl } : {});
  if (summary.length > MAX_SUMMARY)
    summary = `${summary.slice(0, MAX_SUMMARY - 200)}

_The summary was cut at GitHub's limit; the annotations list every finding._
`;
  return {
    name: CHECK_RUN_NAME,
    conclusion: result.verdict === "pass" ? "success" : "failure",
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
    for (const batch of rest) await checks.update({ ...repo, check_run_id: data.id, output: output(batch) });
    return { status: "created", id: data.id, ...data.html_url ? { url: data.html_url } : {} };
  } catch (error) {
    const status = error.status;
    const reason = status === 403 ? "the token may not write checks (403): fork pull requests get a read-only token, and the job needs permissions: checks: write" : `the Checks API answered ${status ?? "with an error"}: ${firstLine(error.message)}`;
    return { status: "skipped", reason };
  }
}
function firstLine(text) {
  return (text ?? "").split("\n")[0].slice(0, 200);
}

// src/report/github-release-notes.ts
var SECTION_START = "<!-- china-filing-gate:start -->";
var SECTION_END = "<!-- china-filing-gate:end -->";
function releaseNotesSection(result) {
  const apps = result.apps.filter((a) => a.inScope && a.filingNumber && a.mainlandStores.length > 0);
  if (apps.length === 0) return void 0;
  const rows = apps.map(
    (a) => `| ${a.name} (\`${a.id}\`) | ${a.filingNumber} | ${a.mainlandStores.join(", ")} |`
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
      (response) => response.data,
      (error) => {
        if (known && error.status === 404) return known;
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
    const reason = status === 404 ? `there is no GitHub Release for tag ${tag} yet (create it before this step, or run on the release event)` : status === 403 ? "the token may not edit releases (403): the job needs permissions: contents: write" : `the Releases API answered ${status ?? "with an error"}`;
    return { status: "skipped", reason };
  }
}

// src/action/publish.ts
async function publishToGitHub(result, inputs, event, env, blobUrl) {
  if (!inputs.checkRun && !inputs.releaseNotes) return;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!inputs.token || !owner || !repo) {
    warning(
      "check-run / release-notes need a token and GITHUB_REPOSITORY; skipped. The annotations and summary report every finding."
    );
    return;
  }
  const { getOctokit } = await import("./github-LFOHSYJ2.js");
  const octokit = getOctokit(inputs.token, env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {});
  const coordinates = { owner, repo };
  const checks = {
    create: (params) => octokit.rest.checks.create(params),
    update: (params) => octokit.rest.checks.update(params)
  };
  const releases = {
    getReleaseByTag: (params) => octokit.rest.repos.getReleaseByTag(params),
    updateRelease: (params) => octokit.rest.repos.updateRelease(params)
  };
  if (inputs.checkRun) {
    if (!event.sha) warning("check-run: no commit SHA in the event (GITHUB_SHA is unset); skipped.");
    else {
      const outcome = await publishCheckRun(checks, coordinates, event.sha, planCheckRun(result, blobUrl));
      if (outcome.status === "created")
        info(`check run "China filing" created on ${event.sha}${outcome.url ? `: ${outcome.url}` : ""}`);
      else
        warning(
          `check run not created: ${outcome.reason}. The annotations above still report every finding.`
        );
    }
  }
  if (inputs.releaseNotes) {
    const tag = result.tag;
    if (result.mode !== "release" || !tag) {
      info("release-notes: not a release run; nothing to add.");
      return;
    }
    const outcome = await publishReleaseNotes(
      releases,
      coordinates,
      tag,
      event.release ? { id: event.release.id, body: event.release.body } : void 0,
      result
    );
    if (outcome.status === "updated") info(`release ${tag}: "China filing" section written`);
    else warning(`release notes not updated: ${outcome.reason}.`);
  }
}
export {
  publishToGitHub
};
