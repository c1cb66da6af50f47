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

// merged-entry:merged-entry:dist/chunks/cli-check.js
var cli_check_exports = {};
__export(cli_check_exports, {
  __cfg10_TOOL_VERSION: () => TOOL_VERSION,
  __cfg11_checkedSummary: () => checkedSummary,
  __cfg11_escapeCommandData: () => escapeCommandData,
  __cfg11_escapeCommandProperty: () => escapeCommandProperty,
  __cfg11_guardLines: () => guardLines,
  __cfg11_oneLine: () => oneLine,
  __cfg11_renderText: () => renderText,
  __cfg11_shouldUseColor: () => shouldUseColor,
  __cfg12_RULES: () => RULES,
  __cfg12_artifactOwner: () => artifactOwner,
  __cfg12_boundForMainland: () => boundForMainland,
  __cfg12_certificateMismatches: () => certificateMismatches,
  __cfg12_loadSemver: () => loadSemver,
  __cfg12_loadTagMatcher: () => loadTagMatcher,
  __cfg12_normalizeFingerprint: () => normalizeFingerprint,
  __cfg12_rebaseSourceFacts: () => rebaseSourceFacts,
  __cfg12_runRules: () => runRules,
  __cfg12_tagGlobs: () => tagGlobs,
  __cfg12_tagMatches: () => tagMatches,
  __cfg12_validVersion: () => validVersion,
  __cfg12_versionFromTag: () => versionFromTag,
  __cfg12_waiverInForce: () => waiverInForce,
  __cfg13_MAX_REFERENCE_HOPS: () => MAX_REFERENCE_HOPS,
  __cfg13_MAX_RESOURCE_TABLE: () => MAX_RESOURCE_TABLE,
  __cfg13_UNSIGNED_NOTE: () => UNSIGNED_NOTE,
  __cfg13_UPLOAD_KEY_NOTE: () => UPLOAD_KEY_NOTE,
  __cfg13_bagProblem: () => bagProblem,
  __cfg13_isBundleSigningNote: () => isBundleSigningNote,
  __cfg13_isVersionReferenceNote: () => isVersionReferenceNote,
  __cfg13_onlyQualifiedValues: () => onlyQualifiedValues,
  __cfg13_readResourceTable: () => readResourceTable,
  __cfg13_resolveVersion: () => resolveVersion,
  __cfg13_resourceHex: () => resourceHex,
  __cfg13_severalSignersNote: () => severalSignersNote,
  __cfg13_variesByDevice: () => variesByDevice,
  __cfg14_FAIL_ON_LEVELS: () => FAIL_ON_LEVELS,
  __cfg14_blockedByRunText: () => blockedByRunText,
  __cfg14_decideVerdict: () => decideVerdict,
  __cfg14_groupByApp: () => groupByApp,
  __cfg14_isBlockingSeverity: () => isBlockingSeverity,
  __cfg17_compareFindings: () => compareFindings,
  __cfg17_compareText: () => compareText,
  __cfg17_findingPlace: () => findingPlace,
  __cfg17_formatPlace: () => formatPlace,
  __cfg17_keyOrdinals: () => keyOrdinals,
  __cfg17_runLevelGroup: () => runLevelGroup,
  __cfg23_UsageError: () => UsageError,
  __cfg23_assertRealPathInside: () => assertRealPathInside,
  __cfg23_displayPath: () => displayPath,
  __cfg23_expandGlobs: () => expandGlobs,
  __cfg23_isInGitDirectory: () => isInGitDirectory,
  __cfg23_isInside: () => isInside,
  __cfg23_leadsOutside: () => leadsOutside,
  __cfg23_realPathInWorkspace: () => realPathInWorkspace,
  __cfg23_resolveInWorkspace: () => resolveInWorkspace,
  __cfg24_ALIPAY_APP_ID: () => ALIPAY_APP_ID,
  __cfg24_APP_ID: () => APP_ID,
  __cfg24_APP_KINDS: () => APP_KINDS,
  __cfg24_DOUYIN_APP_ID: () => DOUYIN_APP_ID,
  __cfg24_FILING_STATUSES: () => FILING_STATUSES,
  __cfg24_GRADLE_VARIANT: () => GRADLE_VARIANT,
  __cfg24_MAX_DECLARATION_NODES: () => MAX_DECLARATION_NODES,
  __cfg24_WECHAT_APP_ID: () => WECHAT_APP_ID,
  __cfg24_bundleId: () => bundleId,
  __cfg24_certificateProblem: () => certificateProblem,
  __cfg24_channelProblems: () => channelProblems,
  __cfg24_creditCodeIssue: () => creditCodeIssue,
  __cfg24_dateProblem: () => dateProblem,
  __cfg24_duplicateIdProblems: () => duplicateIdProblems,
  __cfg24_fingerprintProblem: () => fingerprintProblem,
  __cfg24_hostingProblems: () => hostingProblems,
  __cfg24_lineStartsOf: () => lineStartsOf,
  __cfg24_loadDeclaration: () => loadDeclaration,
  __cfg24_locator: () => locator,
  __cfg24_packageName: () => packageName,
  __cfg24_parseDeclaration: () => parseDeclaration,
  __cfg24_plainIsString: () => plainIsString,
  __cfg24_platformProblems: () => platformProblems,
  __cfg24_provinceProblem: () => provinceProblem,
  __cfg24_publicKeyProblem: () => publicKeyProblem,
  __cfg24_rangeProblem: () => rangeProblem,
  __cfg24_storeProblem: () => storeProblem,
  __cfg24_syntaxFinding: () => syntaxFinding,
  __cfg24_toLocation: () => toLocation,
  __cfg25_basename: () => basename,
  __cfg25_join: () => join,
  __cfg25_lstat: () => lstat,
  __cfg25_mkdtemp: () => mkdtemp,
  __cfg25_node_path_default: () => node_path_default,
  __cfg25_open: () => open,
  __cfg25_parseArgs: () => parseArgs,
  __cfg25_readFile: () => readFile,
  __cfg25_readdir: () => readdir,
  __cfg25_realpath: () => realpath,
  __cfg25_rm: () => rm,
  __cfg25_sep: () => sep,
  __cfg25_stat: () => stat,
  __cfg26_LEGACY_PROVINCE_ALIASES: () => LEGACY_PROVINCE_ALIASES,
  __cfg26_MINI_PROGRAM_PLATFORMS: () => MINI_PROGRAM_PLATFORMS,
  __cfg26_PROVINCES: () => PROVINCES,
  __cfg26_STORES: () => STORES,
  __cfg26_STORE_IDS: () => STORE_IDS,
  __cfg26_closestMatch: () => closestMatch,
  __cfg26_editDistance: () => editDistance,
  __cfg26_findStore: () => findStore,
  __cfg26_isProvinceAbbreviation: () => isProvinceAbbreviation,
  __cfg26_provinceSpellings: () => provinceSpellings,
  __cfg26_resolveProvince: () => resolveProvince,
  __cfg26_storeNamedBy: () => storeNamedBy,
  __cfg28_FILE_TYPE_PLATFORM: () => FILE_TYPE_PLATFORM,
  __cfg28_identityFileType: () => identityFileType,
  __cfg29_composeApplicationId: () => composeApplicationId,
  __cfg29_mergeSuffix: () => mergeSuffix,
  __cfg32_ArtifactError: () => ArtifactError,
  __cfg32_messageOf: () => messageOf,
  __cfg33_closeSync: () => closeSync,
  __cfg33_constants: () => constants,
  __cfg33_fstatSync: () => fstatSync,
  __cfg33_isUtf8: () => isUtf8,
  __cfg33_node_fs_default: () => node_fs_default,
  __cfg33_openSync: () => openSync,
  __cfg33_readSync: () => readSync,
  __cfg33_statSync: () => statSync,
  __cfg34_ISO_DATE: () => ISO_DATE,
  __cfg34_chinaDateOf: () => chinaDateOf,
  __cfg34_daysBetween: () => daysBetween,
  __cfg34_daysInMonth: () => daysInMonth,
  __cfg34_isCalendarDate: () => isCalendarDate,
  __cfg34_isoTimestamp: () => isoTimestamp,
  __cfg35_LINE_BREAKS: () => LINE_BREAKS,
  __cfg35_MAX_MESSAGE: () => MAX_MESSAGE,
  __cfg35_boundMessage: () => boundMessage,
  __cfg35_escapeControls: () => escapeControls,
  __cfg35_escapeControlsButLineBreaks: () => escapeControlsButLineBreaks,
  __cfg35_quoteExcerpt: () => quoteExcerpt,
  __cfg35_reportJson: () => reportJson,
  __cfg35_truncate: () => truncate,
  __cfg36_listSome: () => listSome,
  __cfg37___commonJS: () => __commonJS,
  __cfg37___require: () => __require,
  __cfg37___toESM: () => __toESM2,
  __cfg9_PROJECT_URL: () => PROJECT_URL,
  __cfg9_ruleDocsUrl: () => ruleDocsUrl,
  main: () => main
});
module.exports = __toCommonJS(cli_check_exports);

// src/rules/docs.ts
var PROJECT_URL = "https://github.com/china-filing-gate/china-filing-gate";
function ruleDocsUrl(ruleId) {
  return `${PROJECT_URL}/blob/main/docs/rules/${ruleId}.md`;
}

// src/version.ts
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();

// src/verdict.ts, src/report/by-app.ts
function blockedByRunText(where) {
  return `blocked with this release: a finding about the run ${where} leaves what it ships unverified`;
}
var FAIL_ON_LEVELS = ["error", "warning", "never"];
function isBlockingSeverity(finding, failOn) {
  return finding.severity === "error" || failOn === "warning" && finding.severity === "warning";
}
function isBlocking(finding, failOn, scope) {
  if (!isBlockingSeverity(finding, failOn)) return false;
  return finding.app === void 0 || !(scope.notJudged ?? []).includes(finding.app);
}
function decideVerdict(findings, failOn, scope) {
  const blockingFindings = findings.filter((f) => isBlocking(f, failOn, scope));
  const blocked = new Set(blockingFindings.map((f) => f.app).filter((id) => id !== void 0));
  const runBlocks = scope.release === true && blockingFindings.some((f) => f.app === void 0);
  return {
    verdict: blockingFindings.length > 0 ? "fail" : "pass",
    enforced: failOn !== "never",
    blocking: scope.judged.filter((id) => runBlocks || blocked.has(id)),
    blockedByRun: runBlocks ? scope.judged.filter((id) => !blocked.has(id)) : [],
    blockingFindings: blockingFindings.length
  };
}
function groupByApp(items) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    if (item.app === void 0 || item.app === null) continue;
    const group2 = groups.get(item.app);
    if (group2) group2.push(item);
    else groups.set(item.app, [item]);
  }
  return groups;
}

// src/findings.ts
function findingPlace(finding) {
  if (finding.location) return finding.location;
  return finding.artifact !== void 0 ? { file: finding.artifact } : void 0;
}
function fingerprintKey(finding) {
  return [
    finding.rule,
    finding.app ?? "",
    findingPlace(finding)?.file ?? "",
    finding.message.replace(/\d+:\d+/g, "")
  ].join("\0");
}
function keyOrdinals(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    const key = fingerprintKey(finding);
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return { key, ordinal };
  });
}
function formatPlace(finding) {
  const place = findingPlace(finding);
  if (!place) return "";
  return place.line !== void 0 ? `${place.file}:${place.line}:${place.column ?? 1}` : place.file;
}
function runLevelGroup(finding) {
  return finding.artifact !== void 0 || finding.rule === "artifact-identity" ? "Artifacts" : "Declaration";
}
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareText(findingPlace(a)?.file ?? "￿", findingPlace(b)?.file ?? "￿") || (a.location?.line ?? Infinity) - (b.location?.line ?? Infinity) || (a.location?.column ?? 0) - (b.location?.column ?? 0) || compareText(a.rule, b.rule);
}

// src/excerpt.ts
var MAX_EXCERPT = 60;
var MAX_MESSAGE = 1e3;
var LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;
function truncate(text, max) {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max * 2 + 2));
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
var JSON_LEFTOVERS = /[\u007f-\u009f\u2028\u2029]/g;
var CARRIAGE_RETURNS = /\r\n?/g;
function escapeControls(text) {
  return text.replace(CONTROLS, unicodeEscape);
}
var unicodeEscape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
function escapeJsonLeftovers(text) {
  return text.replace(JSON_LEFTOVERS, unicodeEscape);
}
function quoteExcerpt(value, max = MAX_EXCERPT) {
  return `"${escapeJsonLeftovers(JSON.stringify(truncate(value, max)).slice(1, -1))}"`;
}
var CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
function boundMessage(message) {
  return truncate(escapeControlsButLineBreaks(message), MAX_MESSAGE);
}
function escapeControlsButLineBreaks(text) {
  return text.replace(CARRIAGE_RETURNS, "\n").replace(CONTROLS_BUT_LINE_BREAKS, unicodeEscape);
}
function reportJson(value) {
  return `${escapeJsonLeftovers(JSON.stringify(value, null, 2))}
`;
}

// src/report/stdout-guard.ts, src/report/text.ts
function escapeCommandData(text) {
  return escapeControls(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function oneLine(text) {
  return neutraliseLegacyCommands(escapeControls(text.replace(LINE_BREAKS, " ⏎ ")));
}
function neutraliseLegacyCommands(text) {
  return text.includes("##[") ? text.replace(/##\[/g, "# #[") : text;
}
function guardLines(text) {
  return neutraliseLegacyCommands(text.replace(/(^|\n)(?=[^\S\n]*::)/g, "$1› "));
}
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
    result.version ? `version ${result.version}` : void 0,
    result.today
  ];
  lines.push(
    paint("bold", "china-filing-gate") + paint("dim", ` · ${oneLine(context.filter(Boolean).join(" · "))}`)
  );
  lines.push("");
  const printFinding = (f) => {
    lines.push(`  ${mark[f.severity]}  ${paint("dim", `${f.rule}`)}  ${oneLine(formatPlace(f))}`);
    lines.push(`      ${oneLine(f.message)}`);
  };
  const printArtifact = (a) => {
    if (a.error !== void 0) {
      lines.push(paint("dim", `  artifact ${oneLine(a.file)}: unreadable`));
      return;
    }
    const version = a.version ? ` ${a.version}${a.build ? ` (${a.build})` : ""}` : "";
    lines.push(paint("dim", `  artifact ${oneLine(`${a.file}: ${a.type} ${a.id}${version}`)}`));
    if (a.signers.length === 0) lines.push(paint("dim", "    unsigned"));
    for (const s of a.signers) {
      const match = s.matchesFiling === null ? "not compared (no filed certificate)" : s.matchesFiling ? `matches the filed ${Object.keys(s.declared).map(label).join(", ")}` : "does NOT match the filed certificate";
      lines.push(
        paint(
          "dim",
          `    signer ${oneLine(s.subject)}${s.effective ? "" : " (not the effective signer)"}: ${match}`
        )
      );
      lines.push(paint("dim", `      SHA-256 ${s.sha256}  SHA-1 ${s.sha1}  MD5 ${s.md5}`));
    }
  };
  const printSource = (s) => lines.push(
    paint(
      "dim",
      `  ${oneLine(`${s.file}:${s.line}:${s.column}  ${s.platform} ${s.key}${s.variant ? ` [${s.variant}]` : ""} = ${s.value}`)}${s.release ? "" : " (not a release build)"}`
    )
  );
  const appIds = new Set(result.apps.map((a) => a.id));
  const runLevel = result.findings.filter((f) => f.app === void 0 || !appIds.has(f.app));
  const declarationLevel = runLevel.filter((f) => runLevelGroup(f) === "Declaration");
  if (declarationLevel.length > 0) {
    lines.push(paint("bold", "Declaration"));
    declarationLevel.forEach(printFinding);
    lines.push("");
  }
  const unmatchedArtifacts = result.evidence.artifacts.filter((a) => a.app === null || !appIds.has(a.app));
  const artifactLevel = runLevel.filter((f) => runLevelGroup(f) === "Artifacts");
  if (artifactLevel.length > 0 || unmatchedArtifacts.length > 0) {
    lines.push(paint("bold", "Artifacts"));
    unmatchedArtifacts.forEach(printArtifact);
    artifactLevel.forEach(printFinding);
    lines.push("");
  }
  const findingsOf = groupByApp(result.findings);
  const artifactsOf = groupByApp(result.evidence.artifacts);
  for (const app2 of result.apps) {
    const verdict = app2.verdict === "pass" ? paint("green", "PASS") : app2.verdict === "fail" ? paint("red", "FAIL") : paint("dim", "SKIPPED");
    const filing = app2.filingNumber ?? `(${app2.filingStatus})`;
    lines.push(`${paint("bold", app2.id)}  ${oneLine(`${app2.name}  ${filing}`)}  ${verdict}`);
    const own = findingsOf.get(app2.id) ?? [];
    if (!app2.inScope)
      lines.push(
        paint(
          "dim",
          `  not judged: ${oneLine(app2.reason ?? "out of scope")}${own.length ? "; its findings below block nothing in this run" : ""}`
        )
      );
    else
      lines.push(
        paint(
          "dim",
          `  stores: ${app2.stores.join(", ") || "none"}${app2.hosting.length ? ` · hosting: ${oneLine(app2.hosting.join(", "))}` : ""}`
        )
      );
    if (app2.blockedByRun) lines.push(paint("dim", `  ${blockedByRunText("above (Declaration, Artifacts)")}`));
    artifactsOf.get(app2.id)?.forEach(printArtifact);
    own.forEach(printFinding);
    lines.push("");
  }
  if (result.evidence.sources.length > 0) {
    lines.push(paint("bold", "Sources"));
    result.evidence.sources.forEach(printSource);
    lines.push("");
  }
  const count = (s) => {
    const n = result.findings.filter((f) => f.severity === s).length;
    return `${n} ${s}${n === 1 ? "" : "s"}`;
  };
  const tally = `${count("error")}, ${count("warning")}, ${count("notice")}`;
  const checked2 = checkedSummary(result);
  if (result.verdict === "pass")
    lines.push(`${paint("green", "✔ PASS")}  ${tally} (fail-on: ${result.failOn})${checked2}`);
  else {
    const blocked = result.blocking.length ? `; blocked: ${result.blocking.join(", ")}` : "";
    lines.push(`${paint("red", "✖ FAIL")}  ${tally} (fail-on: ${result.failOn})${blocked}${checked2}`);
    if (!result.enforced)
      lines.push(
        paint("yellow", "The gate is not enforced (fail-on: never): it reports these failures and exits 0.")
      );
  }
  lines.push("");
  return guardLines(lines.join("\n"));
}
var LABEL = { sha256: "SHA-256", sha1: "SHA-1", md5: "MD5" };
function label(key) {
  return LABEL[key] ?? key;
}
function checkedSummary(result) {
  const parts = [];
  const a = result.evidence.artifacts.length;
  const s = result.evidence.sources.length;
  if (a) parts.push(`${a} artifact${a === 1 ? "" : "s"}`);
  if (s) parts.push(`${s} source identit${s === 1 ? "y" : "ies"}`);
  return parts.length ? `; checked ${parts.join(", ")}` : "; no artifact checked";
}

// src/artifacts/types.ts
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
var ArtifactError = class extends Error {
  constructor(file, message) {
    super(message);
    this.file = file;
    this.name = "ArtifactError";
  }
  file;
};

// src/artifacts/bundle-notes.ts, src/artifacts/resource-reference.ts
var UPLOAD_KEY_NOTE = "an AAB is signed with the upload key; what Chinese stores distribute are APKs signed by whoever signs them (you, or the store), and that key must match the filing: inspect the APKs built from this bundle";
var UNSIGNED_NOTE = "the bundle is not signed; stores accept only signed uploads, and what Chinese stores distribute are APKs signed by whoever signs them, with the key the filing must record";
var SEVERAL_SIGNERS = " JAR signers, which every verifier requires together; ";
function severalSignersNote(count) {
  return `the bundle has ${count}${SEVERAL_SIGNERS}which of them is the upload key cannot be told`;
}
function isBundleSigningNote(note) {
  return note === UPLOAD_KEY_NOTE || note === UNSIGNED_NOTE || note.startsWith("the bundle has ") && note.includes(SEVERAL_SIGNERS);
}
var MAX_RESOURCE_TABLE = 128 * 1024 * 1024;
var MAX_REFERENCE_HOPS = 8;
function resourceHex(id) {
  return `@0x${id.toString(16).padStart(8, "0")}`;
}
function onlyQualifiedValues(id) {
  return {
    problem: `resource ${resourceHex(id)} has no value in the default configuration, only in qualified ones (a locale, a density…), which differ per device`
  };
}
function variesByDevice(id) {
  return {
    problem: `resource ${resourceHex(id)} has values for some devices (a screen, a density, an SDK level…) besides the default one, so which one a device or a store reads cannot be told`
  };
}
function bagProblem(id) {
  return { problem: `resource ${resourceHex(id)} is a bag (a style, an array or a plural), not one value` };
}
function damagedTable(error) {
  if (error instanceof ArtifactError) return { problem: error.message };
  throw error;
}
async function readResourceTable(zip, entryName, maxBytes, missing, make) {
  const entry = zip.find(entryName);
  if (!entry) return { problem: missing };
  try {
    return make(await zip.readEntry(entry, maxBytes));
  } catch (error) {
    return damagedTable(error);
  }
}
function resolveVersion(name, reference, id, table, notes) {
  let resolved;
  if (id === void 0) resolved = { problem: "the manifest gives no resource id for it" };
  else if (table === void 0) resolved = { problem: "no resource table was read" };
  else if ("resolve" in table) {
    try {
      resolved = table.resolve(id);
    } catch (error) {
      resolved = damagedTable(error);
    }
  } else resolved = table;
  if ("value" in resolved) return resolved.value;
  notes.push(
    `${name}${REFERENCE_NOTE}(${reference}) that cannot be resolved (${resolved.problem}); it is not reported`
  );
  return null;
}
var REFERENCE_NOTE = " is a resource reference ";
function isVersionReferenceNote(note) {
  return note.startsWith(`versionName${REFERENCE_NOTE}`) || note.startsWith(`versionCode${REFERENCE_NOTE}`);
}

// src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts
function editDistance(a, b) {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
function closestMatch(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return void 0;
  const limit = Math.max(1, Math.ceil(Math.max(needle.length, best.candidate.length) / 3));
  return best.distance <= limit ? best.candidate : void 0;
}
var STORES = [
  // Android stores in mainland China. Xiaomi matches package name and signature against the filing
  // (Xiaomi-备案申诉); Huawei: "先备案后上架" (HW-KB doc_0117). Others: Store-secondary (not confirmed per store).
  {
    id: "huawei-appgallery",
    name: "Huawei AppGallery",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "HW-KB doc_0117; Huawei-FASP"
  },
  {
    id: "honor",
    name: "Honor App Market",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Store-secondary"
  },
  {
    id: "xiaomi",
    name: "Xiaomi GetApps",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Xiaomi-备案申诉"
  },
  {
    id: "oppo",
    name: "OPPO App Market",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Store-secondary"
  },
  {
    id: "vivo",
    name: "vivo App Store",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Store-secondary"
  },
  {
    id: "tencent-myapp",
    name: "Tencent MyApp (应用宝)",
    mainland: true,
    kinds: ["app"],
    source: "Store-secondary"
  },
  {
    id: "baidu-app",
    name: "Baidu Mobile Assistant",
    mainland: true,
    kinds: ["app"],
    source: "Store-secondary"
  },
  {
    id: "360",
    name: "360 Mobile Assistant",
    mainland: true,
    kinds: ["app"],
    source: "Store-secondary"
  },
  {
    id: "quick-app-alliance",
    name: "Quick App Alliance (快应用联盟)",
    mainland: true,
    kinds: ["quick-app"],
    source: "HW-KB doc_0115 (K suffix); Store-secondary"
  },
  // Apple: ICP number required for new apps in the China mainland storefront from 2023-09-29 (Apple-ICP).
  {
    id: "app-store-cn",
    name: "App Store (China mainland)",
    mainland: true,
    kinds: ["app"],
    source: "Apple-ICP"
  },
  // Mini-program platforms file their mini programs themselves (MIIT-解读; 登记表).
  {
    id: "wechat",
    name: "WeChat Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "wechat",
    source: "WeChat-备案"
  },
  {
    id: "alipay",
    name: "Alipay Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "alipay",
    source: "Store-secondary"
  },
  {
    id: "baidu",
    name: "Baidu Smart Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "baidu",
    source: "Store-secondary"
  },
  {
    id: "douyin",
    name: "Douyin Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "douyin",
    source: "Douyin-备案"
  },
  // Outside mainland China: no filing needed to distribute there.
  {
    id: "google-play",
    name: "Google Play",
    mainland: false,
    kinds: ["app"],
    source: "not available in mainland China"
  },
  {
    id: "app-store",
    name: "App Store (outside China mainland)",
    mainland: false,
    kinds: ["app"],
    source: "non-CN storefronts"
  },
  {
    id: "galaxy-store",
    name: "Samsung Galaxy Store (outside China)",
    mainland: false,
    kinds: ["app"],
    source: "non-CN storefront"
  },
  {
    id: "amazon-appstore",
    name: "Amazon Appstore",
    mainland: false,
    kinds: ["app"],
    source: "not offered in mainland China"
  },
  {
    id: "huawei-appgallery-global",
    name: "Huawei AppGallery (outside China)",
    mainland: false,
    kinds: ["app"],
    source: "non-CN storefront"
  },
  {
    id: "direct-download-global",
    name: "Direct download outside China",
    mainland: false,
    kinds: ["app"],
    source: "self-distribution abroad"
  },
  // Self-distribution to users in mainland China is distribution all the same.
  {
    id: "direct-download-cn",
    name: "Direct download in mainland China (own website)",
    mainland: true,
    kinds: ["app"],
    source: "MIIT-解读 (legal basis)"
  }
];
var STORE_IDS = STORES.map((s) => s.id);
var storeIndex;
function findStore(id) {
  storeIndex ??= new Map(STORES.map((store) => [store.id, store]));
  return storeIndex.get(id);
}
function storeNamedBy(via) {
  return findStore(via) ?? findStore(via.trim().toLowerCase());
}
var MINI_PROGRAM_PLATFORMS = ["wechat", "alipay", "baidu", "douyin"];
var PROVINCES = [
  { abbr: "京", pinyin: "beijing", english: "Beijing" },
  { abbr: "津", pinyin: "tianjin", english: "Tianjin" },
  { abbr: "冀", pinyin: "hebei", english: "Hebei" },
  { abbr: "晋", pinyin: "shanxi", english: "Shanxi" },
  { abbr: "蒙", pinyin: "neimenggu", english: "Inner Mongolia" },
  { abbr: "辽", pinyin: "liaoning", english: "Liaoning" },
  { abbr: "吉", pinyin: "jilin", english: "Jilin" },
  { abbr: "黑", pinyin: "heilongjiang", english: "Heilongjiang" },
  { abbr: "沪", pinyin: "shanghai", english: "Shanghai" },
  { abbr: "苏", pinyin: "jiangsu", english: "Jiangsu" },
  { abbr: "浙", pinyin: "zhejiang", english: "Zhejiang" },
  { abbr: "皖", pinyin: "anhui", english: "Anhui" },
  { abbr: "闽", pinyin: "fujian", english: "Fujian" },
  { abbr: "赣", pinyin: "jiangxi", english: "Jiangxi" },
  { abbr: "鲁", pinyin: "shandong", english: "Shandong" },
  { abbr: "豫", pinyin: "henan", english: "Henan" },
  { abbr: "鄂", pinyin: "hubei", english: "Hubei" },
  { abbr: "湘", pinyin: "hunan", english: "Hunan" },
  { abbr: "粤", pinyin: "guangdong", english: "Guangdong" },
  { abbr: "桂", pinyin: "guangxi", english: "Guangxi" },
  { abbr: "琼", pinyin: "hainan", english: "Hainan" },
  { abbr: "渝", pinyin: "chongqing", english: "Chongqing" },
  { abbr: "蜀", pinyin: "sichuan", english: "Sichuan" },
  { abbr: "黔", pinyin: "guizhou", english: "Guizhou" },
  { abbr: "滇", pinyin: "yunnan", english: "Yunnan" },
  { abbr: "藏", pinyin: "xizang", english: "Tibet" },
  { abbr: "陕", pinyin: "shaanxi", english: "Shaanxi" },
  { abbr: "陇", pinyin: "gansu", english: "Gansu" },
  { abbr: "青", pinyin: "qinghai", english: "Qinghai" },
  { abbr: "宁", pinyin: "ningxia", english: "Ningxia" },
  { abbr: "新", pinyin: "xinjiang", english: "Xinjiang" }
];
var LEGACY_PROVINCE_ALIASES = { 川: "蜀", 甘: "陇" };
var EXTRA_NAMES = {
  "inner mongolia": "蒙",
  "inner-mongolia": "蒙",
  innermongolia: "蒙",
  tibet: "藏",
  xizang: "藏"
};
var abbreviations;
function isProvinceAbbreviation(text) {
  return (abbreviations ??= new Set(PROVINCES.map((p) => p.abbr))).has(text);
}
function resolveProvince(input) {
  const text = input.trim();
  const byAbbr = PROVINCES.find((p) => p.abbr === text);
  if (byAbbr) return { province: byAbbr };
  const current = Object.hasOwn(LEGACY_PROVINCE_ALIASES, text) ? LEGACY_PROVINCE_ALIASES[text] : void 0;
  if (current) {
    const province = PROVINCES.find((p) => p.abbr === current);
    return province ? { province, legacyAlias: text } : void 0;
  }
  const lower = text.toLowerCase();
  const extra = Object.hasOwn(EXTRA_NAMES, lower) ? EXTRA_NAMES[lower] : void 0;
  const byName = PROVINCES.find(
    (p) => p.pinyin === lower || p.english.toLowerCase() === lower || p.abbr === extra
  );
  return byName ? { province: byName } : void 0;
}
function provinceSpellings() {
  return [...PROVINCES.flatMap((p) => [p.abbr, p.pinyin]), ...Object.keys(LEGACY_PROVINCE_ALIASES)];
}

// src/sources/application-id.ts
function mergeSuffix(overlay, base) {
  if (!overlay) return base;
  return overlay.startsWith(".") ? base + overlay : `${base}.${overlay}`;
}
function composeApplicationId(base, suffixes) {
  const suffix = suffixes.reduce((merged, next) => mergeSuffix(next, merged), "");
  return suffix ? mergeSuffix(suffix, base) : base;
}

// src/china-time.ts
var CHINA_OFFSET_MS = 8 * 60 * 60 * 1e3;
var DAY_MS = 24 * 60 * 60 * 1e3;
function chinaDateOf(instant) {
  return isoTimestamp(instant + CHINA_OFFSET_MS).slice(0, 10);
}
var pad = (n, width) => String(n).padStart(width, "0");
function isoTimestamp(instant) {
  const days = Math.floor(instant / DAY_MS);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!Number.isFinite(instant) || year < 0 || year > 9999) return new Date(instant).toISOString();
  const ms = instant - days * DAY_MS;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(Math.floor(ms / 36e5), 2)}:${pad(
    Math.floor(ms / 6e4) % 60,
    2
  )}:${pad(Math.floor(ms / 1e3) % 60, 2)}.${pad(ms % 1e3, 3)}Z`;
}
function daysBetween(from, to) {
  return dayNumber(to) - dayNumber(from);
}
var ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
function digitsAt(text, start, end) {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}
function dayNumber(date) {
  if (!ISO_DATE.test(date)) return NaN;
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  const yearFromMarch = month <= 2 ? year - 1 : year;
  const era = Math.floor(yearFromMarch / 400);
  const yearOfEra = yearFromMarch - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
function isCalendarDate(value) {
  if (!ISO_DATE.test(value)) return false;
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(digitsAt(value, 0, 4), month);
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// src/artifacts/bounded-text.ts
var MAX_LISTED = 5;
function listSome(items, separator = "; ", max = MAX_LISTED) {
  const shown = items.slice(0, max).join(separator);
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

// src/rules/declaration.ts, src/filing/timeline.ts, src/filing/number.ts, src/rules/rule.ts, src/rules/filing-required.ts, src/rules/filing-approved.ts, src/rules/filing-number-format.ts, src/rules/filing-holder.ts, src/catalog/regions.ts, src/rules/filing-channel.ts, src/rules/hosting-mainland.ts, src/release/version.ts, src/rules/release-version.ts, src/declaration/identity.ts, src/artifacts/fingerprint.ts, src/rules/artifact-identity.ts, src/sources/types.ts, src/sources/facts.ts, src/sources/module-roles.ts, src/rules/source-identity.ts, src/rules/channel-packages.ts, src/rules/certificate-expiry.ts, src/rules/waiver.ts, src/rules/index.ts
var declarationSyntax = {
  meta: {
    id: "declaration-syntax",
    description: "The declaration must exist, be readable UTF-8 YAML under 1 MiB, with no duplicate keys or alias bombs.",
    defaultSeverity: "error"
  }
};
var declarationSchema = {
  meta: {
    id: "declaration-schema",
    description: "Every key, type and enum value of the declaration must be valid.",
    defaultSeverity: "error"
  }
};
var NOTICE_DATE = "2023-08-04";
var EXISTING_APP_DEADLINE = "2024-03-31";
function filingObligation(launchedOn, today) {
  if (launchedOn === void 0) return { kind: "unknown-launch" };
  if (launchedOn < NOTICE_DATE) {
    return {
      kind: "existing",
      deadline: EXISTING_APP_DEADLINE,
      overdueDays: Math.max(0, daysBetween(EXISTING_APP_DEADLINE, today))
    };
  }
  return { kind: "new" };
}
function describeObligation(obligation) {
  switch (obligation.kind) {
    case "existing":
      return obligation.overdueDays > 0 ? `it was live before ${NOTICE_DATE}, so it had to be filed by ${EXISTING_APP_DEADLINE} (overdue by ${obligation.overdueDays} days; unfiled apps are taken down)` : `it was live before ${NOTICE_DATE}, so it must be filed by ${EXISTING_APP_DEADLINE}`;
    case "new":
      return "an app that was not live before 2023-08-04 must be filed before it is distributed in mainland China";
    case "unknown-launch":
      return "it must be filed before it is distributed in mainland China (add launchedOn to see its deadline)";
  }
}
var SERVICE_TYPE_KINDS = {
  A: "app",
  X: "mini-program",
  K: "quick-app"
};
var EXAMPLE = "京ICP备2023012345号-1A";
var TYPE_LETTERS = "A = app, X = mini program, K = quick app";
var SERIAL_WIDTHS = {
  "icp-filing": [8, 10],
  "icp-licence": [6],
  b2: [8]
};
var NOT_MAINLAND = { 港: "Hong Kong", 澳: "Macau", 台: "Taiwan" };
var NOT_USED = { 贵: "黔", 云: "滇" };
var FULL_WIDTH = /[\uFF01-\uFF5E]/g;
function fail(problem, hint) {
  return { ok: false, problem, hint };
}
function normalise(raw) {
  const text = raw.trim();
  if (text === "")
    return fail("the filing number is empty", `Write the number from the filing notice, e.g. ${EXAMPLE}.`);
  const fullWidth = text.match(FULL_WIDTH);
  if (fullWidth) {
    const halfWidth = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 65248));
    return fail(
      `contains full-width characters (${[...new Set(fullWidth)].join(" ")})`,
      `Stores match the exact half-width string: write ${halfWidth.replace(/\s+/g, "")}.`
    );
  }
  const space = /\s/.exec(text);
  if (space) {
    return fail(
      `contains whitespace at character ${space.index + 1}`,
      `A filing number has no spaces: write ${text.replace(/\s+/g, "")}.`
    );
  }
  return { ok: true, value: text, rest: text };
}
function firstCharacter(text) {
  const code = text.codePointAt(0);
  return code === void 0 ? void 0 : String.fromCodePoint(code);
}
function parseProvince(text) {
  const first = firstCharacter(text) ?? "";
  const rest = text.slice(first.length);
  if (isProvinceAbbreviation(first)) {
    return { ok: true, value: { province: first, currentProvince: first, legacyProvince: false }, rest };
  }
  const current = LEGACY_PROVINCE_ALIASES[first];
  if (current) {
    return { ok: true, value: { province: first, currentProvince: current, legacyProvince: true }, rest };
  }
  if (text.startsWith("ICP") || text.startsWith("B2")) {
    return fail(
      `missing the province character before ${text.startsWith("ICP") ? "ICP" : "B2"}`,
      `A filing number starts with the province that issued it, e.g. ${EXAMPLE}.`
    );
  }
  const region = NOT_MAINLAND[first];
  if (region) {
    return fail(
      `${first} is not a mainland province: Hong Kong, Macau and Taiwan have no ICP filing`,
      `${region} is outside the MIIT filing system; an app for mainland China is filed in the mainland province where its holder is registered.`
    );
  }
  const instead = NOT_USED[first];
  if (instead) {
    return fail(
      `${first} is not used in filing numbers: current numbers use ${instead}`,
      `Check the number on the filing notice (beian.miit.gov.cn); it likely starts with ${instead}.`
    );
  }
  const joke = first === "萌" ? ' (萌ICP备 is a joke "moe" registry, not MIIT)' : "";
  return fail(
    `${first} is not a province${joke}`,
    `A filing number starts with one of ${PROVINCES.map((p) => p.abbr).join("")}, e.g. ${EXAMPLE}.`
  );
}
function parseShape(text, province) {
  if (text.startsWith("ICP备")) return { ok: true, value: "icp-filing", rest: text.slice(4) };
  if (text.startsWith("ICP证")) return { ok: true, value: "icp-licence", rest: text.slice(4) };
  if (text.startsWith("B2-")) return { ok: true, value: "b2", rest: text.slice(3) };
  if (/^icp/i.test(text) && !text.startsWith("ICP")) {
    return fail(
      `write ICP in capitals, not ${text.slice(0, 3)}`,
      `For example ${province}ICP备2023012345号-1A.`
    );
  }
  if (text.startsWith("ICP")) {
    const next2 = text.slice(3, 4);
    return fail(
      next2 ? `expected 备 or 证 after ICP, found ${next2}` : "the number ends after ICP",
      `ICP备 is a filing, ICP证 a licence: e.g. ${province}ICP备2023012345号-1A.`
    );
  }
  if (text.startsWith("b2")) {
    return fail("write B2 in capitals, not b2", `For example ${province}B2-20090059-1A.`);
  }
  if (text.startsWith("B2")) {
    return fail(
      "missing the hyphen after B2",
      `A B2 licence number is written ${province}B2-<8 digits>, e.g. 粤B2-20090059-2674A.`
    );
  }
  const next = firstCharacter(text);
  return fail(
    next ? `unexpected ${next} after ${province}: expected ICP备, ICP证 or B2-` : `the number ends after ${province}`,
    `The province is followed by ICP备 (filing), ICP证 (licence) or B2- (B2 licence), e.g. ${province}ICP备2023012345号-1A.`
  );
}
function describeWidths(shape) {
  if (shape === "icp-filing") return "ICP备 serials have 8 (old) or 10 (YYYY + 6) digits";
  if (shape === "icp-licence") return "ICP证 licence numbers have 6 digits";
  return "B2 licence numbers have 8 digits";
}
function parseSerial(text, shape, head) {
  const serial = /^\d*/.exec(text)[0];
  const rest = text.slice(serial.length);
  if (serial === "") {
    return fail(
      `missing the serial digits after ${head}`,
      `For example ${head}${shape === "b2" ? "20090059" : "2023012345号"}.`
    );
  }
  if (!SERIAL_WIDTHS[shape].includes(serial.length)) {
    return fail(
      `serial has ${serial.length} digits; ${describeWidths(shape)}`,
      "Copy the number exactly from the filing notice (beian.miit.gov.cn)."
    );
  }
  if (shape === "b2") {
    if (rest.startsWith("号")) {
      return fail("B2 licence numbers have no 号 after the digits", `Write ${head}${serial}${rest.slice(1)}.`);
    }
    return { ok: true, value: serial, rest };
  }
  if (!rest.startsWith("号")) return fail("missing 号 after the serial", `Write ${head}${serial}号${rest}.`);
  return { ok: true, value: serial, rest: rest.slice(1) };
}
function parseMain(raw) {
  const text = normalise(raw);
  if (!text.ok) return text;
  const province = parseProvince(text.value);
  if (!province.ok) return province;
  const shape = parseShape(province.rest, province.value.province);
  if (!shape.ok) return shape;
  const head = text.value.slice(0, text.value.length - shape.rest.length);
  const serial = parseSerial(shape.rest, shape.value, head);
  if (!serial.ok) return serial;
  const mainNumber = text.value.slice(0, text.value.length - serial.rest.length);
  return {
    ok: true,
    value: { ...province.value, mainNumber, shape: shape.value, serial: serial.value },
    rest: serial.rest
  };
}
function parseService(text, mainNumber) {
  if (!text.startsWith("-")) {
    if (/^\d/.test(text))
      return fail(`missing the hyphen after ${mainNumber}`, `Write ${mainNumber}-${text}.`);
    return fail(
      `unexpected ${firstCharacter(text)} after ${mainNumber}: expected -<sequence><type letter>`,
      `The service number is ${mainNumber}-<sequence><type letter>, e.g. ${mainNumber}-1A.`
    );
  }
  const digits = /^\d*/.exec(text.slice(1))[0];
  const rest = text.slice(1 + digits.length);
  if (digits === "") {
    return fail(
      rest ? `missing the sequence number between - and ${firstCharacter(rest)}` : "nothing after the hyphen",
      `The service number is ${mainNumber}-<sequence><type letter>, e.g. ${mainNumber}-1A; the sequence is on the filing notice.`
    );
  }
  if (digits.startsWith("0")) {
    return fail(
      `sequence ${digits} starts with 0`,
      "Sequences start at 1 and have no leading zero; copy the number from the filing notice."
    );
  }
  const sequence = Number(digits);
  if (rest === "") return { ok: true, value: { sequence, type: null }, rest };
  const letter = firstCharacter(rest);
  if (rest.length > 1) {
    return fail(
      `unexpected ${rest.slice(1)} after the type letter ${letter}`,
      `A filing number ends with its type letter, e.g. ${mainNumber}-${digits}${letter}.`
    );
  }
  if (letter === "A" || letter === "X" || letter === "K")
    return { ok: true, value: { sequence, type: letter }, rest: "" };
  const upper = letter.toUpperCase();
  if (upper === "A" || upper === "X" || upper === "K") {
    return fail(`lowercase type letter ${letter}: write ${upper}`, `Write ${mainNumber}-${digits}${upper}.`);
  }
  if (/^[A-Za-z]$/.test(letter)) {
    return fail(
      `unknown type letter ${letter}: ${TYPE_LETTERS}`,
      `For an app write ${mainNumber}-${digits}A.`
    );
  }
  return fail(
    `unexpected ${letter} after the sequence: expected a type letter (${TYPE_LETTERS})`,
    `For an app write ${mainNumber}-${digits}A.`
  );
}
function serialYearOf(shape, serial) {
  if (shape !== "icp-filing") return null;
  if (serial.length === 10) return Number(serial.slice(0, 4));
  const yy = Number(serial.slice(0, 2));
  return yy >= 90 ? 1900 + yy : 2e3 + yy;
}
function toNumber(raw, main2, sequence, type) {
  return {
    raw: raw.trim(),
    province: main2.province,
    currentProvince: main2.currentProvince,
    legacyProvince: main2.legacyProvince,
    mainNumber: main2.mainNumber,
    shape: main2.shape,
    serial: main2.serial,
    serialYear: serialYearOf(main2.shape, main2.serial),
    sequence,
    type
  };
}
function parseFilingNumber(raw) {
  return parseWellFormed(raw) ?? parseStepByStep(raw);
}
var WELL_FORMED = /^(.)(ICP备|ICP证|B2-)([0-9]+)(号?)-([1-9][0-9]*)([AXK]?)$/;
var SHAPE_OF_HEAD = {
  ICP备: "icp-filing",
  ICP证: "icp-licence",
  "B2-": "b2"
};
function parseWellFormed(raw) {
  const match = WELL_FORMED.exec(raw);
  if (!match) return void 0;
  const province = match[1];
  const head = match[2];
  const serial = match[3];
  const hao = match[4];
  const digits = match[5];
  const letter = match[6];
  if (!isProvinceAbbreviation(province)) return void 0;
  const shape = SHAPE_OF_HEAD[head];
  if (!SERIAL_WIDTHS[shape].includes(serial.length) || hao === "" !== (shape === "b2")) return void 0;
  const main2 = {
    province,
    currentProvince: province,
    legacyProvince: false,
    // The number up to the hyphen before the sequence.
    mainNumber: raw.slice(0, raw.length - digits.length - letter.length - 1),
    shape,
    serial
  };
  return {
    ok: true,
    number: toNumber(raw, main2, Number(digits), letter === "" ? null : letter)
  };
}
function parseStepByStep(raw) {
  const main2 = parseMain(raw);
  if (!main2.ok) return main2;
  const { mainNumber } = main2.value;
  if (main2.rest === "") {
    return fail(
      `this is a main (subject) number; the app's service number adds -<seq><type>, e.g. ${mainNumber}-1A`,
      `Copy the app's own service number from the filing notice (${TYPE_LETTERS}).`
    );
  }
  const service = parseService(main2.rest, mainNumber);
  if (!service.ok) return service;
  return { ok: true, number: toNumber(raw, main2.value, service.value.sequence, service.value.type) };
}
function parseMainNumber(raw) {
  const main2 = parseMain(raw);
  if (!main2.ok) return main2;
  const { mainNumber } = main2.value;
  if (main2.rest !== "") {
    const service = parseService(main2.rest, mainNumber);
    if (service.ok) {
      return fail(
        `this is a service number; the main (subject) number is ${mainNumber}`,
        `Write ${mainNumber}: the main number is the part before -${main2.rest.slice(1)}.`
      );
    }
    return fail(
      `unexpected ${main2.rest} after ${mainNumber}`,
      `A main number ends after its serial: write ${mainNumber}.`
    );
  }
  return { ok: true, number: toNumber(raw, main2.value, null, null) };
}
var ONE_DIGIT_REPEATED = /^(\d)\1*$/;
function placeholderReason(n) {
  const { serial } = n;
  if (ONE_DIGIT_REPEATED.test(serial))
    return `looks like a placeholder: serial ${serial} is one digit repeated`;
  if ("01234567890".includes(serial) || "9876543210".includes(serial)) {
    return `looks like a placeholder: serial ${serial} is a run of consecutive digits`;
  }
  return void 0;
}
function reporter(meta13) {
  return (severity, message, options = {}) => ({
    rule: meta13.id,
    severity,
    ...options.app !== void 0 ? { app: options.app } : {},
    message,
    ...options.location ? { location: options.location } : {}
  });
}
function appLocation(context, scope, path, part) {
  return context.declaration.locate(["apps", scope.index, ...path], part);
}
function appAt(context, scope, path, part) {
  return new LazyAppPlace(context, scope, path, part);
}
var LazyAppPlace = class {
  constructor(context, scope, path, part) {
    this.context = context;
    this.scope = scope;
    this.path = path;
    this.part = part;
    this.app = scope.app.id;
  }
  context;
  scope;
  path;
  part;
  app;
  found;
  get location() {
    return this.found ??= appLocation(this.context, this.scope, this.path, this.part);
  }
};
var parsedNumbers = /* @__PURE__ */ new WeakMap();
function parsedFilingNumber(context, raw) {
  let parsed = parsedNumbers.get(context);
  if (!parsed) parsedNumbers.set(context, parsed = /* @__PURE__ */ new Map());
  let result = parsed.get(raw);
  if (!result) parsed.set(raw, result = parseFilingNumber(raw));
  return result;
}
function channelStore(app2, channel) {
  const channels = app2.release?.channels;
  return channels !== void 0 && Object.hasOwn(channels, channel) ? channels[channel] : void 0;
}
var meta = {
  id: "filing-required",
  description: "An app bound for a mainland store must be filed: status not-filed, or approved without a number, fails.",
  defaultSeverity: "error"
};
var report = reporter(meta);
var KIND_WORDS = {
  app: "apps",
  "mini-program": "mini programs",
  "quick-app": "quick apps"
};
var filingRequired = {
  meta,
  check(context) {
    const findings = [];
    for (const scope of context.apps) {
      const { app: app2 } = scope;
      if (!scope.inScope) continue;
      if (scope.mainlandStores.length === 0) {
        const message = scope.storesOfRun ? `${app2.id} goes to no mainland store in this run (${scope.stores.length ? `stores: ${scope.stores.join(", ")}` : `no store of this run distributes ${KIND_WORDS[app2.kind] ?? app2.kind}`}), so this run does not judge its filing.` : `${app2.id} is not distributed in mainland China (stores: ${scope.stores.join(", ") || "none"}); no filing is needed for it.`;
        findings.push(
          report("notice", message, {
            app: app2.id,
            location: appLocation(context, scope, ["stores"], "key")
          })
        );
        continue;
      }
      const where = () => `${app2.id} is bound for ${scope.mainlandStores.join(", ")}`;
      if (app2.filing.status === "not-filed") {
        const obligation = describeObligation(filingObligation(app2.launchedOn, context.today));
        findings.push(
          report(
            "error",
            `${where()} but is not filed (APP备案): ${obligation}. File it through your access provider or platform, then set filing.status: approved and filing.number.`,
            { app: app2.id, location: appLocation(context, scope, ["filing", "status"]) }
          )
        );
      } else if (app2.filing.status === "approved" && !app2.filing.number) {
        findings.push(
          report(
            "error",
            `${where()} and says its filing is approved, but filing.number is missing. Add the number MIIT issued (e.g. 沪ICP备2023012345号-2A).`,
            { app: app2.id, location: appLocation(context, scope, ["filing", "status"]) }
          )
        );
      }
    }
    return findings;
  }
};
var meta2 = {
  id: "filing-approved",
  description: "A pending filing blocks a release (a warning on pull requests); an approval date cannot lie in the future.",
  defaultSeverity: "error"
};
var report2 = reporter(meta2);
var filingApproved = {
  meta: meta2,
  check(context) {
    const findings = [];
    for (const scope of context.judged) {
      const { app: app2 } = scope;
      if (app2.filing.status === "pending") {
        const severity = context.mode === "pull-request" ? "warning" : "error";
        findings.push(
          report2(
            severity,
            `${app2.id}: the filing is pending, and an app may not be distributed in mainland China before its number is issued (the provincial bureau decides within 20 working days of a complete submission). When the number arrives, set filing.status: approved and filing.number.`,
            { app: app2.id, location: appLocation(context, scope, ["filing", "status"]) }
          )
        );
      }
      const approvedOn = app2.filing.approvedOn;
      if (approvedOn && daysBetween(context.today, approvedOn) > 0) {
        findings.push(
          report2(
            "error",
            `${app2.id}: filing.approvedOn ${approvedOn} is after today (${context.today}). Correct the date.`,
            {
              app: app2.id,
              location: appLocation(context, scope, ["filing", "approvedOn"])
            }
          )
        );
      }
    }
    return findings;
  }
};
var meta3 = {
  id: "filing-number-format",
  description: "A filing number must be well formed, carry the type letter of the app kind (A app, X mini program, K quick app), and not be a placeholder or carry a future year.",
  defaultSeverity: "error"
};
var report3 = reporter(meta3);
var LETTER_FOR_KIND = { app: "A", "mini-program": "X", "quick-app": "K" };
var KIND_WORDS2 = {
  app: "an app",
  "mini-program": "a mini program",
  "quick-app": "a quick app"
};
var FIRST_TEN_DIGIT_YEAR = 2018;
var capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
var filingNumberFormat = {
  meta: meta3,
  check(context) {
    const findings = [];
    const currentYear = Number(context.today.slice(0, 4));
    const mainNumber = context.declaration.data.holder.mainNumber;
    if (mainNumber !== void 0) {
      const parsed = parseMainNumber(mainNumber);
      if (!parsed.ok) {
        findings.push(
          report3(
            "error",
            `holder.mainNumber ${quoteExcerpt(mainNumber)}: ${parsed.problem}. ${parsed.hint}`,
            {
              location: context.declaration.locate(["holder", "mainNumber"])
            }
          )
        );
      }
    }
    for (const scope of context.judged) {
      const { app: app2 } = scope;
      const raw = app2.filing.number;
      if (raw === void 0) continue;
      const at = appAt(context, scope, ["filing", "number"]);
      const parsed = parsedFilingNumber(context, raw);
      if (!parsed.ok) {
        findings.push(
          report3(
            "error",
            `${app2.id}: filing number ${quoteExcerpt(raw)}: ${parsed.problem}. ${parsed.hint}`,
            at
          )
        );
        continue;
      }
      const number = parsed.number;
      const expected = LETTER_FOR_KIND[app2.kind];
      if (number.type === null) {
        findings.push(
          report3(
            "error",
            `${app2.id}: ${quoteExcerpt(raw)} is a website number (no type letter). ${capitalize(KIND_WORDS2[app2.kind])}'s service number ends in ${expected}, e.g. ${number.mainNumber}-${number.sequence ?? 1}${expected}; copy the app's own number from the filing notice.`,
            at
          )
        );
        continue;
      }
      if (number.type !== expected) {
        findings.push(
          report3(
            "error",
            `${app2.id}: ${quoteExcerpt(raw)} ends in ${number.type}, the letter of ${KIND_WORDS2[SERVICE_TYPE_KINDS[number.type]]}, but this is ${KIND_WORDS2[app2.kind]} (kind: ${app2.kind}), whose number ends in ${expected}. Use this app's own filing number, or fix kind.`,
            at
          )
        );
      }
      const placeholder = placeholderReason(number);
      if (placeholder) {
        findings.push(
          report3(
            "warning",
            `${app2.id}: ${quoteExcerpt(raw)} ${placeholder}. Use the number MIIT issued for this app.`,
            at
          )
        );
      }
      if (number.legacyProvince) {
        findings.push(
          report3(
            "warning",
            `${app2.id}: ${quoteExcerpt(raw)} starts with the legacy character ${number.province}; current numbers use ${number.currentProvince}. Check the number on the filing notice (beian.miit.gov.cn).`,
            at
          )
        );
      }
      if (number.serial.length === 10 && number.serialYear !== null) {
        if (number.serialYear > currentYear) {
          findings.push(
            report3(
              "error",
              `${app2.id}: ${quoteExcerpt(raw)} has serial year ${number.serialYear}, after this year (${currentYear}): no such number can have been issued. A typo in the serial?`,
              at
            )
          );
        } else if (number.serialYear < FIRST_TEN_DIGIT_YEAR) {
          findings.push(
            report3(
              "warning",
              `${app2.id}: ${quoteExcerpt(raw)} has a 10-digit serial starting ${number.serialYear}; 10-digit serials start with their year, ${FIRST_TEN_DIGIT_YEAR} or later. Check the serial.`,
              at
            )
          );
        }
      }
    }
    return findings;
  }
};
var meta4 = {
  id: "filing-holder",
  description: "Filing numbers must belong to the holder: the holder's province, its main number, one main number for all its apps, one service number per app.",
  defaultSeverity: "error"
};
var report4 = reporter(meta4);
var filingHolder = {
  meta: meta4,
  check(context) {
    const findings = [];
    const { holder: holder2 } = context.declaration.data;
    const province = resolveProvince(holder2.province);
    if (province?.legacyAlias) {
      findings.push(
        report4(
          "warning",
          `holder.province ${quoteExcerpt(holder2.province)} is a legacy character; filing numbers use ${province.province.abbr} for ${province.province.english}. Write province: ${province.province.abbr}.`,
          { location: context.declaration.locate(["holder", "province"]) }
        )
      );
    }
    const declaredMain = holder2.mainNumber ? parseMainNumber(holder2.mainNumber) : void 0;
    const mainNumber = declaredMain?.ok ? declaredMain.number.mainNumber : void 0;
    const judged = new Set(context.judged);
    const numbered = [];
    for (const scope of context.apps) {
      if (!judged.has(scope) && !scope.app.stores.some((id) => findStore(id)?.mainland)) continue;
      const raw = scope.app.filing.number;
      const parsed = raw === void 0 ? void 0 : parsedFilingNumber(context, raw);
      if (parsed?.ok) numbered.push({ scope, number: parsed.number, judged: judged.has(scope) });
    }
    for (const { scope, number, judged: judged2 } of numbered) {
      if (!judged2) continue;
      const otherProvince = province && number.currentProvince !== province.province.abbr;
      const otherMain = mainNumber && number.mainNumber !== mainNumber;
      if (!otherProvince && !otherMain) continue;
      const at = appAt(context, scope, ["filing", "number"]);
      if (otherProvince) {
        findings.push(
          report4(
            "error",
            `${scope.app.id}: filing number ${number.raw} was issued in ${number.province}, but the holder's province is ${province.province.abbr} (${province.province.english}). A holder files where it is domiciled: fix holder.province or the number.`,
            at
          )
        );
      }
      if (otherMain) {
        findings.push(
          report4(
            "error",
            `${scope.app.id}: filing number ${number.raw} does not extend the holder's main number ${mainNumber}. An app's service number is the main number followed by -<seq><type>: check both.`,
            at
          )
        );
      }
    }
    if (!mainNumber) findings.push(...oneMainNumberFindings(context, holder2.name, numbered));
    findings.push(...sharedSequenceFindings(context, numbered));
    return findings;
  }
};
function oneMainNumberFindings(context, holderName, numbered) {
  const byMain = /* @__PURE__ */ new Map();
  for (const { scope, number } of numbered) {
    const ids = byMain.get(number.mainNumber);
    if (ids) ids.push(scope.app.id);
    else byMain.set(number.mainNumber, [scope.app.id]);
  }
  if (byMain.size < 2) return [];
  const groups = [...byMain.entries()].sort((a, b) => b[1].length - a[1].length);
  const majority = groups[0][1].length > groups[1][1].length ? groups[0][0] : void 0;
  const findings = [];
  for (const { scope, number, judged } of numbered) {
    if (!judged || number.mainNumber === majority) continue;
    const others = majority ? `other apps of ${holderName} use ${majority}` : `the apps of ${holderName} use ${groups.length} main numbers, none more than the others: ${listSome(
      groups.map(([main2, ids]) => `${main2} (${listSome(ids, ", ", 3)})`)
    )}`;
    findings.push(
      report4(
        "error",
        `${scope.app.id}: filing number ${number.raw} has main number ${number.mainNumber}, but ${others}. One holder has one main number: check which is right, and set holder.mainNumber.`,
        { app: scope.app.id, location: appLocation(context, scope, ["filing", "number"]) }
      )
    );
  }
  return findings;
}
function sharedSequenceFindings(context, numbered) {
  const bySequence = /* @__PURE__ */ new Map();
  const sharing = [];
  for (const entry of numbered) {
    const key = `${entry.number.mainNumber}-${entry.number.sequence}`;
    const holders = bySequence.get(key);
    if (holders) holders.push(entry);
    else bySequence.set(key, [entry]);
    sharing.push(holders ?? bySequence.get(key));
  }
  const findings = [];
  for (let i = 0; i < numbered.length; i++) {
    const entry = numbered[i];
    const holders = sharing[i];
    if (!entry.judged || holders.length < 2) continue;
    const { app: app2 } = entry.scope;
    const others = holders.filter((h) => h !== entry);
    const same = others.filter((h) => h.number.raw === entry.number.raw);
    const named2 = listSome(
      others.map(
        (h) => h.number.raw === entry.number.raw ? h.scope.app.id : `${h.scope.app.id} (${h.number.raw})`
      ),
      ", "
    );
    findings.push(
      report4(
        "error",
        same.length === others.length ? `${app2.id}: filing number ${entry.number.raw} is also declared for ${named2}. Each app has its own service number: copy each app's number from its filing notice. One filed app is declared once, with all its platforms under platforms: and all its release tags under release.tags.` : `${app2.id}: filing number ${entry.number.raw} has sequence ${entry.number.sequence} under ${entry.number.mainNumber}, as ${named2} ${others.length === 1 ? "does" : "do"}. A holder's websites, apps, mini programs and quick apps are numbered in one sequence, so no two of them share one: copy each app's number from its filing notice.`,
        { app: app2.id, location: appLocation(context, entry.scope, ["filing", "number"]) }
      )
    );
  }
  return findings;
}
var CLOUD_PROVIDERS = [
  { id: "aliyun", name: "Alibaba Cloud", aliases: ["alibaba", "alibaba-cloud", "alibabacloud", "alicloud"] },
  { id: "tencent", name: "Tencent Cloud", aliases: ["tencent-cloud", "tencentcloud", "qcloud"] },
  { id: "huawei", name: "Huawei Cloud", aliases: ["huaweicloud", "huawei-cloud"] },
  { id: "aws", name: "Amazon Web Services (China)", aliases: ["amazon", "aws-cn"] },
  { id: "azure", name: "Azure operated by 21Vianet", aliases: ["azure-china", "21vianet"] },
  { id: "baidu", name: "Baidu AI Cloud", aliases: ["baidu-cloud", "baiducloud", "bce"] },
  { id: "volcengine", name: "Volcano Engine", aliases: ["volcano", "volcano-engine", "bytedance"] },
  { id: "gcp", name: "Google Cloud", aliases: ["google", "google-cloud"] }
];
function group(provider, mainland, confidence, source, regions) {
  return regions.map(([region, name]) => ({ provider, region, mainland, name, confidence, source }));
}
var MAINLAND = true;
var NOT_MAINLAND2 = false;
var ALIYUN = [
  // Alibaba "Regions and zones", mainland heading (alibabacloud.com/help/ja/doc-detail/188196.htm). High.
  ...group("aliyun", MAINLAND, "high", "alibabacloud.com/help/ja/doc-detail/188196.htm", [
    ["cn-qingdao", "Qingdao (青岛)"],
    ["cn-beijing", "Beijing (北京)"],
    ["cn-zhangjiakou", "Zhangjiakou (张家口)"],
    ["cn-huhehaote", "Hohhot (呼和浩特)"],
    ["cn-wulanchabu", "Ulanqab (乌兰察布)"],
    ["cn-hangzhou", "Hangzhou (杭州)"],
    ["cn-shanghai", "Shanghai (上海)"],
    ["cn-shenzhen", "Shenzhen (深圳)"],
    ["cn-heyuan", "Heyuan (河源)"],
    ["cn-guangzhou", "Guangzhou (广州)"],
    ["cn-chengdu", "Chengdu (成都)"]
  ]),
  // Local regions; a later Alibaba page marks Nanjing and Fuzhou "关停中" (closing), still mainland. High.
  ...group("aliyun", MAINLAND, "high", "help.aliyun.com/document_detail/2254821.html (ALB endpoints)", [
    ["cn-nanjing", "华东5 南京-本地地域 (Nanjing local region, closing)"],
    ["cn-fuzhou", "华东6 福州-本地地域 (Fuzhou local region, closing)"]
  ]),
  ...group("aliyun", MAINLAND, "high", "alibabacloud.com/help/doc-detail/181099.htm (ECI endpoints)", [
    ["cn-wuhan-lr", "华中1 武汉-本地地域 (Wuhan local region)"]
  ]),
  ...group(
    "aliyun",
    MAINLAND,
    "high",
    "alibabacloud.com/help/tr/nas/developer-reference/api-nas-2017-06-26-endpoint",
    [["cn-zhongwei", "西北2 中卫 (Zhongwei)"]]
  ),
  ...group("aliyun", MAINLAND, "high", "Alibaba ECS/ECI/ESS endpoint tables", [
    ["cn-zhengzhou-jva", "郑州 联通合营 (Zhengzhou, China Unicom joint venture)"]
  ]),
  // Finance and government clouds: listed in the CSG supported-regions page (High). The sources rate the
  // finance group "High/Medium"; cn-hangzhou-finance is taken as the SDK-endpoint-map-only one (Medium).
  ...group("aliyun", MAINLAND, "high", "help.aliyun.com/zh/csg/product-overview/supported-regions", [
    ["cn-shanghai-finance-1", "Shanghai Finance Cloud (上海金融云)"],
    ["cn-shenzhen-finance-1", "Shenzhen Finance Cloud (深圳金融云)"],
    ["cn-beijing-finance-1", "Beijing Finance Cloud (北京金融云, invitation only / 邀测)"],
    ["cn-north-2-gov-1", "华北2 政务云 (North China 2 government cloud)"]
  ]),
  ...group("aliyun", MAINLAND, "medium", "Alibaba SDK endpoint maps", [
    ["cn-hangzhou-finance", "Hangzhou Finance Cloud (杭州金融云)"]
  ]),
  // Not mainland, same Alibaba region pages. High.
  ...group("aliyun", NOT_MAINLAND2, "high", "alibabacloud.com/help/ja/doc-detail/188196.htm", [
    ["cn-hongkong", "Hong Kong (中国香港)"],
    ["ap-southeast-1", "Singapore"],
    ["ap-southeast-2", "Sydney (closed)"],
    ["ap-southeast-3", "Kuala Lumpur"],
    ["ap-southeast-5", "Jakarta"],
    ["ap-southeast-6", "Manila"],
    ["ap-southeast-7", "Bangkok"],
    ["ap-southeast-8", "Johor"],
    ["ap-northeast-1", "Tokyo"],
    ["ap-northeast-2", "Seoul"],
    ["ap-south-1", "Mumbai"],
    ["us-west-1", "United States (us-west-1)"],
    ["us-east-1", "United States (us-east-1)"],
    ["eu-central-1", "Europe (eu-central-1)"],
    ["eu-west-1", "Europe (eu-west-1)"],
    ["me-east-1", "Dubai"],
    ["me-central-1", "Riyadh"]
  ])
];
var TENCENT = [
  ...group("tencent", MAINLAND, "high", 'tencentcloud.com/document/product/628/33133 ("China" table)', [
    ["ap-guangzhou", "Guangzhou (广州)"],
    ["ap-shanghai", "Shanghai (上海)"],
    ["ap-nanjing", "Nanjing (南京)"],
    ["ap-beijing", "Beijing (北京)"],
    ["ap-chengdu", "Chengdu (成都)"],
    ["ap-chongqing", "Chongqing (重庆)"]
  ]),
  // Finance zones: "仅限金融机构…申请开通" (financial institutions only), still mainland.
  ...group("tencent", MAINLAND, "high", "tencentcloud.com/zh/document/product/239/4106", [
    ["ap-shanghai-fsi", "华东上海金融 (Shanghai finance)"],
    ["ap-shenzhen-fsi", "华南深圳金融 (Shenzhen finance)"],
    ["ap-beijing-fsi", "华北北京金融 (Beijing finance)"]
  ]),
  ...group("tencent", NOT_MAINLAND2, "high", "tencentcloud.com/document/product/628/33133", [
    ["ap-hongkong", "Hong Kong (港澳台地区(中国香港))"],
    ["ap-singapore", "Singapore"],
    ["ap-seoul", "Seoul"],
    ["ap-tokyo", "Tokyo"],
    ["ap-bangkok", "Bangkok"],
    ["ap-mumbai", "Mumbai"],
    ["ap-jakarta", "Jakarta"],
    ["na-siliconvalley", "Silicon Valley"],
    ["na-ashburn", "Ashburn"],
    ["na-toronto", "Toronto"],
    ["eu-frankfurt", "Frankfurt"],
    ["sa-saopaulo", "São Paulo"]
  ]),
  ...group("tencent", NOT_MAINLAND2, "medium", "public code; Tencent CLI DescribeRegions output", [
    ["ap-taipei", "Taipei (Taiwan)"]
  ])
];
var HUAWEI = [
  ...group("huawei", MAINLAND, "high", "support.huaweicloud.com/api-vas/vas_03_1121.html (VAS endpoints)", [
    ["cn-north-1", "华北-北京一 (Beijing 1)"],
    ["cn-north-4", "华北-北京四 (Beijing 4)"],
    ["cn-east-2", "华东-上海二 (Shanghai 2)"],
    ["cn-east-3", "华东-上海一 (Shanghai 1)"],
    ["cn-south-1", "华南-广州 (Guangzhou)"]
  ]),
  ...group("huawei", MAINLAND, "high", "support.huaweicloud.com/api-workspace/workspace_09_0004.html", [
    ["cn-southwest-2", "西南-贵阳一 (Guiyang 1)"],
    ["cn-north-9", "华北-乌兰察布一 (Ulanqab 1)"],
    ["cn-east-5", "华东-青岛 (Qingdao)"]
  ]),
  ...group("huawei", MAINLAND, "high", "Huawei CodeArts Pipeline endpoint snippet", [
    ["cn-northeast-1", "东北-大连 (Dalian)"]
  ]),
  ...group(
    "huawei",
    MAINLAND,
    "medium",
    'Huawei SDK region maps; "CN East2 (CN-East-Wuhu)" in Huawei CC docs',
    [["cn-east-4", "华东二 (CN East2, Wuhu)"]]
  ),
  // Ids in huaweicloud-sdk-go-v3 region files whose names are unconfirmed (Huawei-regions: Low–Medium).
  // Huawei's Hong Kong region is ap-southeast-1, so its cn- prefix does mean mainland; they are kept as
  // mainland with 'low' confidence so the rule warns ("confirm with Huawei") rather than denies outright.
  ...group("huawei", MAINLAND, "low", "third-party code mapping only", [
    ["cn-north-12", "CN North3 (华北三)"]
  ]),
  ...group("huawei", MAINLAND, "low", "huaweicloud-sdk-go-v3 region files; name not confirmed", [
    ["cn-south-2", "name not confirmed (Shenzhen?)"],
    ["cn-south-4", "name not confirmed (广州-友好用户环境?)"],
    ["cn-north-2", "name not confirmed"],
    ["cn-north-11", "name not confirmed"],
    ["cn-southwest-3", "name not confirmed"]
  ]),
  // [HW-KB] faq/备案条件咨询.md: non-mainland regions such as 中国-香港 need no (and allow no) ICP filing.
  ...group("huawei", NOT_MAINLAND2, "high", "VAS endpoint page; Huawei CC supported regions", [
    ["ap-southeast-1", "Hong Kong (中国-香港)"],
    ["ap-southeast-2", "Bangkok"],
    ["ap-southeast-3", "Singapore"]
  ]),
  ...group("huawei", NOT_MAINLAND2, "medium", "Huawei CC supported regions; SDK region files", [
    ["ap-southeast-4", "Jakarta"],
    ["ap-southeast-5", "Manila"],
    ["my-kualalumpur-1", "Kuala Lumpur"],
    ["af-south-1", "Johannesburg"],
    ["af-north-1", "Cairo"],
    ["me-east-1", "Riyadh"],
    ["tr-west-1", "Istanbul"],
    ["la-south-2", "Santiago"],
    ["sa-brazil-1", "São Paulo"],
    ["na-mexico-1", "Mexico"],
    ["la-north-2", "Mexico City"],
    ["eu-west-0", "Paris"],
    ["eu-west-101", "Dublin"],
    ["ru-moscow-1", "Moscow"],
    ["ru-northwest-2", "Russia (ru-northwest-2)"]
  ])
];
var AWS = [
  ...group(
    "aws",
    MAINLAND,
    "high",
    "docs.amazonaws.cn/en_us/aws/latest/userguide/ARNs.html, general-info.html",
    [
      ["cn-north-1", "China (Beijing)"],
      ["cn-northwest-1", "China (Ningxia)"]
    ]
  ),
  ...group("aws", MAINLAND, "medium", "docs.amazonaws.cn (AWS-China; Beijing Local Zone)", [
    ["cn-north-1-pkx-1a", "China (Beijing) Local Zone"]
  ]),
  // ap-east-1 being Hong Kong is not confirmed by the sources read, hence medium.
  ...group("aws", NOT_MAINLAND2, "medium", "AWS's public region list", [["ap-east-1", "Hong Kong"]]),
  ...group("aws", NOT_MAINLAND2, "high", "docs.amazonaws.cn ARNs: only the aws-cn partition is mainland", [
    ["us-east-1", "a global AWS region in the United States"]
  ])
];
var AZURE = [
  ...group(
    "azure",
    MAINLAND,
    "high",
    "docs.azure.cn/en-us/reliability/regions-list; learn.microsoft.com/en-us/azure/china/overview-regions",
    [
      ["chinaeast", "China East"],
      ["chinaeast2", "China East 2"],
      ["chinaeast3", "China East 3 (access restricted)"],
      ["chinanorth", "China North"],
      ["chinanorth2", "China North 2"],
      ["chinanorth3", "China North 3"]
    ]
  ),
  // Global Azure is not operated in mainland China; eastasia being Hong Kong is not verified (Azure-China).
  ...group(
    "azure",
    NOT_MAINLAND2,
    "high",
    "docs.azure.cn regions list: global Azure regions are not mainland",
    [["eastasia", "global Azure East Asia"]]
  )
];
var BAIDU = [
  ...group(
    "baidu",
    MAINLAND,
    "high",
    "cloud.baidu.com/doc/BLS/s/4k8qysj2z; cloud.baidu.com/doc/BLB/s/cjwvxnzix",
    [
      ["bj", "华北-北京 (Beijing)"],
      ["gz", "华南-广州 (Guangzhou)"],
      ["su", "华东-苏州 (Suzhou)"],
      ["bd", "华北-保定 (Baoding)"],
      ["fwh", "金融华中-武汉 (Wuhan finance)"]
    ]
  ),
  ...group("baidu", MAINLAND, "medium", "Baidu BLS/BLB endpoints; cloud.baidu.com/doc/BMR/s/vjwvxvvqt-en", [
    ["yq", "华北-阳泉 (Yangquan)"],
    ["nj", "华北-南京 (Nanjing)"],
    ["cd", "西南-成都 (Chengdu)"],
    ["fsh", "Shanghai finance (BMR)"]
  ]),
  // "probably mainland but not confirmed" (Baidu-regions): kept so the rule warns rather than denies.
  ...group("baidu", MAINLAND, "low", "cloud.baidu.com/doc/BMR/s/vjwvxvvqt-en", [
    ["hb-fsg", "Du Xiaoman (度小满)"]
  ]),
  ...group("baidu", NOT_MAINLAND2, "high", "Baidu BLS/BLB endpoints", [
    ["hkg", "Hong Kong (中国香港)"],
    ["sin", "Singapore (新加坡)"]
  ])
];
var VOLCENGINE = [
  ...group(
    "volcengine",
    MAINLAND,
    "medium",
    "Volcano Engine API doc Region list (copy in public code); TOS endpoints",
    [
      ["cn-beijing", "华北2 北京 (Beijing)"],
      ["cn-shanghai", "华东2 上海 (Shanghai)"],
      ["cn-guangzhou", "华南1 广州 (Guangzhou)"],
      ["cn-beijing2", "华北3 北京 (Beijing)"],
      ["cn-datong", "华北4 大同 (Datong)"],
      ["cn-wulanchabu", "华北5 乌兰察布 (Ulanqab)"]
    ]
  ),
  // One code file calls ap-southeast-3 曼谷 (Bangkok); either way it is not mainland.
  ...group("volcengine", NOT_MAINLAND2, "medium", "Volcano Engine API doc Region list (copy in public code)", [
    ["cn-hongkong", "Hong Kong (中国香港)"],
    ["ap-southeast-1", "Johor (亚太东南 柔佛)"],
    ["ap-southeast-3", "Jakarta (亚太东南 雅加达)"]
  ])
];
var GCP = group(
  "gcp",
  NOT_MAINLAND2,
  "high",
  "docs.cloud.google.com/infrastructure-manager/docs/locations",
  [
    ["asia-east2", "Hong Kong"],
    ["asia-east1", "Taiwan"]
  ]
);
var REGIONS = [
  ...ALIYUN,
  ...TENCENT,
  ...HUAWEI,
  ...AWS,
  ...AZURE,
  ...BAIDU,
  ...VOLCENGINE,
  ...GCP
];
var providerIndex;
var normalised = (id) => id.trim().toLowerCase();
function resolveProvider(input) {
  if (!providerIndex) {
    providerIndex = /* @__PURE__ */ new Map();
    for (const provider of [...CLOUD_PROVIDERS].reverse()) {
      for (const alias of provider.aliases) providerIndex.set(normalised(alias), provider.id);
      providerIndex.set(normalised(provider.id), provider.id);
    }
  }
  return providerIndex.get(input) ?? providerIndex.get(normalised(input));
}
var regionIndex;
function lookupRegion(provider, region) {
  if (!regionIndex) {
    regionIndex = /* @__PURE__ */ new Map();
    for (const entry of REGIONS) {
      let regions2 = regionIndex.get(entry.provider);
      if (!regions2) regionIndex.set(entry.provider, regions2 = /* @__PURE__ */ new Map());
      regions2.set(normalised(entry.region), entry);
    }
  }
  const regions = regionIndex.get(provider);
  return regions && (regions.get(region) ?? regions.get(normalised(region)));
}
function regionsOf(provider) {
  return REGIONS.filter((r) => r.provider === provider);
}
var CLOSING = /* @__PURE__ */ new Set(["aliyun:cn-nanjing", "aliyun:cn-fuzhou"]);
var RESTRICTED = /* @__PURE__ */ new Set([
  "aliyun:cn-shanghai-finance-1",
  "aliyun:cn-shenzhen-finance-1",
  "aliyun:cn-beijing-finance-1",
  "aliyun:cn-hangzhou-finance",
  "aliyun:cn-north-2-gov-1",
  "tencent:ap-shanghai-fsi",
  "tencent:ap-shenzhen-fsi",
  "tencent:ap-beijing-fsi",
  "azure:chinaeast3",
  "baidu:fwh",
  "baidu:fsh"
]);
var MAINLAND_REGIONS_LISTED_IN_FULL = {
  aws: "AWS runs mainland China only in its separate China partition (cn-north-1 Beijing, cn-northwest-1 Ningxia); every other AWS region is outside mainland China",
  azure: "the mainland Azure regions are those operated by 21Vianet (chinaeast, chinaeast2, chinanorth, chinanorth2, chinanorth3, and the restricted chinaeast3); global Azure regions are outside mainland China",
  gcp: "Google Cloud has no region in mainland China"
};
function outsideMainlandWhenUnknown(provider) {
  return MAINLAND_REGIONS_LISTED_IN_FULL[provider];
}
function suggestMainlandRegions(provider, region) {
  const needle = region.trim().toLowerCase();
  return regionsOf(provider).filter((r) => r.mainland && r.confidence !== "low" && !avoided(`${r.provider}:${r.region}`)).map((r, order) => ({ id: r.region, order, distance: editDistance(needle, r.region) })).sort((a, b) => a.distance - b.distance || a.order - b.order).slice(0, 3).map((r) => r.id);
}
function avoided(key) {
  return CLOSING.has(key) || RESTRICTED.has(key);
}
var meta5 = {
  id: "filing-channel",
  description: "A mini program is filed through its own platform; an app through an access provider that hosts it (a mismatch warns).",
  defaultSeverity: "error"
};
var report5 = reporter(meta5);
var MAINLAND_STORE_IDS = STORES.filter((s) => s.mainland).map((s) => s.id);
var filingChannel = {
  meta: meta5,
  check(context) {
    const findings = [];
    for (const scope of context.judged) {
      const { app: app2 } = scope;
      const via = app2.filing.via;
      if (via === void 0 || app2.filing.status === "not-filed") continue;
      const at = appAt(context, scope, ["filing", "via"]);
      if (app2.kind === "mini-program") {
        const platforms2 = MINI_PROGRAM_PLATFORMS.filter((p) => app2.platforms[p]);
        const platform = via.trim().toLowerCase();
        if (!platforms2.includes(platform)) {
          findings.push(
            report5(
              "error",
              `${app2.id}: a mini program is filed through the platform it runs on (${platforms2.join(" or ")}), but filing.via is ${quoteExcerpt(via)}. Write filing.via: ${platforms2[0]}${platforms2[0] === "wechat" ? " (WeChat files through 微信公众平台 → ICP代备案)" : ""}.`,
              at
            )
          );
        }
        continue;
      }
      if (app2.kind !== "app") continue;
      const provider = resolveProvider(via);
      if (!provider) {
        const store = storeNamedBy(via);
        if (!store?.mainland) {
          const near = store ? void 0 : closestMatch(via, [...CLOUD_PROVIDERS.map((p) => p.id), ...MAINLAND_STORE_IDS]);
          const what = store ? `names ${store.name}, a store outside mainland China, which files nothing with MIIT` : `is neither a known access provider nor a mainland distribution platform${near ? ` (did you mean "${near}"?)` : ""}`;
          findings.push(
            report5(
              "notice",
              `${app2.id}: filing.via ${quoteExcerpt(via)} ${what}. Write the provider the app was filed through, e.g. aliyun.`,
              at
            )
          );
        } else {
          findings.push(
            report5(
              "notice",
              `${app2.id}: filed via the distribution platform ${via}, not a cloud access provider. The Notice allows this, but whether the platform accepts an app hosted as declared needs a human review.`,
              at
            )
          );
        }
        continue;
      }
      const hosting2 = app2.hosting ?? [];
      const providerOf = (h) => resolveProvider(h.provider) ?? h.provider;
      if (hosting2.length > 0 && !hosting2.some((h) => providerOf(h) === provider)) {
        const hostedOn = hosting2.map(providerOf);
        findings.push(
          report5(
            "warning",
            `${app2.id}: filed via ${via}, but hosted on ${[...new Set(hostedOn)].join(", ")}. The access provider that filed the app must host it: add a 接入备案 (新增接入) with the new provider, or correct filing.via / hosting.`,
            at
          )
        );
      }
    }
    return findings;
  }
};
var meta6 = {
  id: "hosting-mainland",
  description: "An app must be hosted in a mainland-China region, judged by (provider, region); unknown providers and regions are denied.",
  defaultSeverity: "error"
};
var report6 = reporter(meta6);
var hostingMainland = {
  meta: meta6,
  check(context) {
    const findings = [];
    for (const scope of context.judged) {
      const { app: app2 } = scope;
      if (app2.kind !== "app") continue;
      const platform = distributionPlatformFiledVia(app2.filing.via, app2.kind);
      const outside = platform && context.mode !== "release" ? "warning" : "error";
      const review = platform ? ` It was filed via the distribution platform ${platform}, not a cloud access provider, which needs a human review: confirm with ${platform} that it files an app hosted there and waive this finding with that as its reason, or host in mainland China.` : "";
      const hosting2 = app2.hosting ?? [];
      if (hosting2.length === 0) {
        findings.push(
          report6(
            "error",
            `${app2.id}: no hosting declared. An app is filed through an access provider with a server in mainland China: add hosting: - { provider: aliyun, region: cn-shanghai } (your provider and region).`,
            { app: app2.id, location: appLocation(context, scope, ["kind"], "key") }
          )
        );
        continue;
      }
      for (let i = 0; i < hosting2.length; i++) {
        const entry = hosting2[i];
        if (entry.provider === "self-hosted") {
          const at2 = { app: app2.id, location: appLocation(context, scope, ["hosting", i, "mainland"]) };
          findings.push(
            entry.mainland ? report6(
              "notice",
              `${app2.id}: self-hosted in ${entry.location}; declared as mainland China. Keep the access provider's filing record in step with it.`,
              at2
            ) : report6(
              outside,
              `${app2.id}: self-hosted in ${entry.location}, outside mainland China. A filing goes through an access provider with servers in mainland China; servers outside it carry no ICP filing.${review || " Move the app's servers to a mainland region."}`,
              at2
            )
          );
          continue;
        }
        const provider = resolveProvider(entry.provider);
        if (!provider) {
          const near = closestMatch(
            entry.provider,
            CLOUD_PROVIDERS.flatMap((p) => [p.id, ...p.aliases])
          );
          findings.push(
            report6(
              "error",
              `${app2.id}: unknown hosting provider ${quoteExcerpt(entry.provider)}${near ? ` (did you mean "${near}"?)` : ""}. Known: ${CLOUD_PROVIDERS.map((p) => p.id).join(", ")}; for your own data centre write { provider: self-hosted, location: <city>, mainland: true }.`,
              { app: app2.id, location: appLocation(context, scope, ["hosting", i, "provider"]) }
            )
          );
          continue;
        }
        const region = entry.region ?? "";
        const known = lookupRegion(provider, region);
        if (known?.mainland && known.confidence !== "low") continue;
        const at = appAt(context, scope, ["hosting", i, "region"]);
        const suggestions = known?.mainland ? [] : suggestMainlandRegions(provider, region);
        const suggest = suggestions.length ? ` Mainland ${provider} regions include ${suggestions.join(", ")}.` : "";
        const noMainland = ` ${provider} has no mainland region: host with a provider that does.`;
        const whyOutside = known ? void 0 : outsideMainlandWhenUnknown(provider);
        if (whyOutside) {
          findings.push(
            report6(
              outside,
              `${app2.id}: ${provider} ${quoteExcerpt(region)} is not a mainland region: ${whyOutside}. A filing goes through an access provider with servers in mainland China; servers outside it carry no ICP filing.${review || suggest || noMainland}`,
              at
            )
          );
        } else if (!known) {
          findings.push(
            report6(
              outside,
              `${app2.id}: region ${quoteExcerpt(region)} is not a known ${provider} region, so it cannot be shown to be in mainland China.${review || `${suggest} If it is a new mainland region, ask for it to be added to the catalogue, or waive this finding with a reason.`}`,
              at
            )
          );
        } else if (!known.mainland) {
          findings.push(
            report6(
              outside,
              `${app2.id}: ${provider} ${region} is ${known.name}, outside mainland China. A filing goes through an access provider with servers in mainland China; servers outside it carry no ICP filing.${review || suggest || noMainland}`,
              at
            )
          );
        } else {
          const failClosed = context.mode === "release";
          findings.push(
            report6(
              failClosed ? "error" : "warning",
              `${app2.id}: ${provider} ${region} (${known.name}) is believed to be in mainland China, but no official region list confirms it. Confirm with ${provider}${failClosed ? ": a release cannot go out on an unconfirmed region. Once confirmed, waive this finding with the confirmation as its reason, or host in a confirmed region." : "; a release fails on it until it is confirmed and this finding is waived with the confirmation as its reason."}`,
              at
            )
          );
        }
      }
    }
    return findings;
  }
};
function distributionPlatformFiledVia(via, kind) {
  if (via === void 0 || resolveProvider(via)) return void 0;
  const store = storeNamedBy(via);
  if (!store?.mainland || store.id === OWN_WEBSITE || !store.kinds.includes(kind))
    return void 0;
  return store.id;
}
var OWN_WEBSITE = "direct-download-cn";
var DEFAULT_TAG_GLOB = "v*";
var semver;
async function loadSemver() {
  semver ??= await Promise.resolve().then(() => __toESM(require("./check/semver-YWE6GRDL.js")));
}
function loadedSemver() {
  if (!semver) throw new Error("semver was used before loadSemver() loaded it");
  return semver;
}
function validVersion(version) {
  return loadedSemver().valid(version);
}
function versionFromTag(tag) {
  const match = /(?:^|[-@/_])v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag);
  if (!match) return void 0;
  return validVersion(match[1]) ?? void 0;
}
function buildVersion(version) {
  const numbers = /^(\d+)(?:\.(\d+))?$/.exec(version);
  if (numbers) return validVersion(`${numbers[1]}.${numbers[2] ?? 0}.0`) ?? void 0;
  return versionFromTag(version);
}
function tagGlobs(tags) {
  if (tags === void 0) return [DEFAULT_TAG_GLOB];
  return typeof tags === "string" ? [tags] : [...tags];
}
var picomatch;
async function loadTagMatcher() {
  picomatch ??= (await Promise.resolve().then(() => __toESM(require("./check/picomatch-QDSI7HOC.js")))).default;
}
function tagMatches(tag, globs) {
  if (!picomatch) throw new Error("the tag matcher was used before loadTagMatcher() loaded it");
  const matcher = picomatch;
  return globs.some((glob) => matcher.isMatch(tag, glob, { dot: true }));
}
function versionInRange(version, range) {
  return loadedSemver().satisfies(version, range, { includePrerelease: true });
}
var meta7 = {
  id: "release-version",
  description: "A release tag must carry a semver version inside the app's release.versions, and match some app's release.tags.",
  defaultSeverity: "error"
};
var report7 = reporter(meta7);
var releaseVersion = {
  meta: meta7,
  check(context) {
    if (context.mode !== "release") return [];
    const findings = [];
    const { tag } = context;
    const inScope = context.apps.filter((s) => s.inScope && !s.shippedIn);
    if (tag !== void 0 && inScope.length === 0) {
      const globs = [...new Set(context.apps.flatMap((s) => tagGlobs(s.app.release?.tags)))];
      findings.push(
        report7(
          "error",
          `tag ${tag} matches no app's release.tags (${globs.join(", ")}), so the gate cannot tell which app this release ships. Set release.tags on the app, or the apps input.`,
          { location: context.declaration.locate(["apps"], "key") }
        )
      );
      return findings;
    }
    const version = context.version ?? (tag !== void 0 ? versionFromTag(tag) : void 0);
    for (const scope of context.judged) {
      if (scope.shippedIn) continue;
      const { app: app2 } = scope;
      const range = app2.release?.versions;
      if (tag !== void 0 && context.version === void 0 && version === void 0) {
        findings.push(
          report7(
            "error",
            `${app2.id}: release tag ${tag} carries no semver version (expected e.g. v2.3.0, ${app2.id}-v2.3.0 or ${app2.id}@2.3.0). Tag releases with a version, or pass the version input.`,
            { app: app2.id, location: appLocation(context, scope, ["release"], "key") }
          )
        );
        continue;
      }
      if (range === void 0) continue;
      const at = appAt(context, scope, ["release", "versions"]);
      if (version === void 0) {
        findings.push(
          report7(
            "error",
            `${app2.id}: the filing covers versions ${range}, but this release has no version to check (no tag and no version input). Run on a version tag or pass version.`,
            at
          )
        );
      } else if (!versionInRange(version, range)) {
        findings.push(
          report7(
            "error",
            `${app2.id}: version ${version} is outside release.versions ${range}, the versions this declaration says the filing covers. Release a version inside the range, or, once you have confirmed the filing covers this version (a change of identity needs a 变更备案), widen release.versions.`,
            at
          )
        );
      }
    }
    return findings;
  }
};
var IDENTITY_KEYS = {
  android: "package",
  ios: "bundleId",
  harmony: "bundleName",
  wechat: "appId",
  alipay: "appId",
  douyin: "appId",
  baidu: "appKey",
  quickApp: "package"
};
function filedIdentity(app2, platform) {
  const entry = app2.platforms[platform];
  return entry?.[IDENTITY_KEYS[platform]];
}
function ownerOf(scopes, artifact, prefer) {
  const owners = scopes.filter((scope) => filedIdentity(scope.app, artifact.platform) === artifact.id);
  const judged = owners.filter(
    (scope) => scope.inScope && !scope.shippedIn && scope.mainlandStores.length > 0
  );
  const candidates = judged.length > 0 ? judged : owners;
  return (prefer && candidates.find(prefer)) ?? candidates[0];
}
function identityKeyPath(index, platform) {
  return `apps[${index}].platforms.${platform}.${IDENTITY_KEYS[platform]}`;
}
function normalizeFingerprint(value) {
  return value.replace(/[\s:]/g, "").toUpperCase();
}
function publicKeyMatches(declared, key) {
  const body = declared.replace(/-----(BEGIN|END) [A-Z ]+-----/g, "").replace(/[\s:]/g, "");
  if (!body) return false;
  const spkiHex = Buffer.from(key.spki, "base64").toString("hex").toUpperCase();
  if (/^[0-9a-fA-F]+$/.test(body)) {
    const hex = body.toUpperCase();
    if (hex === spkiHex) return true;
    if (key.modulus && hex.replace(/^0+/, "") === key.modulus) return true;
  }
  if (key.modulus && /^[0-9]+$/.test(body) && body.length > 30) {
    if (BigInt(body).toString(16).toUpperCase() === key.modulus) return true;
  }
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    return Buffer.from(body, "base64").equals(Buffer.from(key.spki, "base64"));
  }
  return false;
}
var meta8 = {
  id: "artifact-identity",
  description: "A built APK, AAB, IPA or HAP must carry the package / bundle id and signing certificate recorded in the filing; unreadable artifacts fail closed.",
  defaultSeverity: "error"
};
var report8 = reporter(meta8);
var MAX_PATTERN_EXCERPT = 200;
function declaredCertificate(app2, platform) {
  return app2.platforms[platform]?.certificate;
}
function artifactOwner(scopes, artifact) {
  const signer = artifact.signers[artifact.effectiveSigner];
  const signedBy = (scope) => {
    const declared = declaredCertificate(scope.app, artifact.platform);
    return declared !== void 0 && signer !== void 0 && certificateMismatches(declared, signer).length === 0;
  };
  return ownerOf(scopes, artifact, signedBy);
}
var LABEL2 = { md5: "MD5", sha1: "SHA-1", sha256: "SHA-256", publicKey: "public key" };
function certificateMismatches(declared, signer) {
  const mismatches = [];
  for (const key of ["md5", "sha1", "sha256"]) {
    const value = declared[key];
    if (value !== void 0 && normalizeFingerprint(value) !== signer[key]) {
      mismatches.push({ key, declared: normalizeFingerprint(value), actual: signer[key] });
    }
  }
  if (declared.publicKey !== void 0 && !publicKeyMatches(declared.publicKey, signer.publicKey)) {
    const actual = signer.publicKey.modulus ?? signer.publicKey.spki;
    mismatches.push({
      key: "publicKey",
      declared: abbreviate(declared.publicKey.replace(/\s/g, "")),
      actual: abbreviate(actual)
    });
  }
  return mismatches;
}
function sentence(reason) {
  const text = reason.trim();
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
function abbreviate(value) {
  return value.length > 24 ? `${value.slice(0, 12)}…${value.slice(-8)}` : value;
}
function named(artifact, appId) {
  return `${artifact.file} (${appId}${artifact.channel !== void 0 ? `, channel ${artifact.channel}` : ""})`;
}
function signerName(artifact, signer) {
  const rotation = signer.lineage && signer.lineage.length > 1 ? `, the newest key of a ${signer.lineage.length}-certificate rotation lineage that current devices verify` : "";
  return `${signer.subject} (${signer.schemes.join("+")}${rotation})`;
}
var artifactIdentity = {
  meta: meta8,
  check(context) {
    const facts = context.artifacts;
    if (!facts) return [];
    const findings = [];
    const failClosed = context.mode === "release";
    for (const pattern of facts.unmatched) {
      findings.push(
        report8(
          failClosed ? "error" : "warning",
          `artifact pattern ${quoteExcerpt(pattern, MAX_PATTERN_EXCERPT)} matched no file, so the gate cannot check what this release ships. Build the artifacts before this step, or fix the artifacts input / --artifact path.`
        )
      );
    }
    for (const result of facts.results) {
      if (!result.identity) {
        findings.push(
          report8(
            "error",
            `${result.file} cannot be read: ${sentence(result.error ?? "unknown reason")} The gate cannot verify its identity, so it blocks (fail closed).`
          )
        );
        findings[findings.length - 1].artifact = result.file;
        continue;
      }
      findings.push(...checkArtifact(context, result.identity).map((f) => ({ ...f, artifact: result.file })));
    }
    for (const scope of context.apps) {
      if (!scope.shippedIn) continue;
      findings.push(
        report8(
          "notice",
          `${scope.app.id} is judged in this release, which did not select it (by its release.tags or the apps input), because ${listSome(scope.shippedIn, ", ")} among the artifacts ${scope.shippedIn.length === 1 ? "is its build" : "are its builds"}: a release ships its artifacts, so it judges their apps.`,
          { app: scope.app.id }
        )
      );
    }
    return findings;
  }
};
function checkArtifact(context, artifact) {
  const { platform } = artifact;
  const owner = artifactOwner(context.apps, artifact);
  if (!owner) return [unmatchedArtifact(context, artifact)];
  const { app: app2 } = owner;
  const at = (path) => ({
    app: app2.id,
    location: appLocation(context, owner, ["platforms", platform, ...path])
  });
  if (!owner.inScope)
    return [
      report8(
        "notice",
        `${artifact.file} is ${app2.id} (${artifact.id}), which this run does not judge (${owner.reason ?? "out of scope"}).`,
        { app: app2.id }
      )
    ];
  if (!boundForMainland(owner, artifact)) {
    const store = channelStoreOf(app2, artifact);
    return [
      report8(
        "notice",
        `${artifact.file} is the ${quoteExcerpt(artifact.channel)} channel package of ${app2.id}, for ${store} (release.channels), which is outside mainland China; its signature is not checked against a filing.`,
        { app: app2.id, location: appLocation(context, owner, ["release", "channels", artifact.channel]) }
      )
    ];
  }
  if (owner.mainlandStores.length === 0) {
    return [
      report8(
        "notice",
        `${artifact.file} is ${app2.id}, which is not distributed in mainland China in this run; its signature is not checked against a filing.`,
        { app: app2.id }
      )
    ];
  }
  const findings = [];
  const declared = declaredCertificate(app2, platform);
  const isBundle = artifact.type === "aab";
  findings.push(
    ...artifact.notes.filter((note) => !isBundle || !isBundleSigningNote(note)).map((note) => report8("notice", `${artifact.file}: ${note}`, { app: app2.id }))
  );
  const signer = artifact.signers[artifact.effectiveSigner];
  if (artifact.signers.length === 0) {
    findings.push(
      report8(
        "error",
        `${named(artifact, app2.id)} is not signed. Stores install only signed builds, and the filing records the signing certificate: sign it with the filed key.`,
        at(["certificate"])
      )
    );
  } else if (!signer && artifact.type === "apk") {
    findings.push(
      report8(
        "error",
        `${named(artifact, app2.id)} is signed by ${artifact.signers.length} certificates together (${listSome(artifact.signers.map((s) => `${s.subject} SHA-256 ${s.sha256}`))}). Android takes them together as the app's identity, but a filing records one signing certificate, so the gate cannot match this build to it. Sign the release with the filed key alone.`,
        at(["certificate"])
      )
    );
  } else if (!signer && isBundle) {
    findings.push(
      report8(
        "warning",
        `${named(artifact, app2.id)} is signed by ${artifact.signers.length} certificates together (${listSome(artifact.signers.map((s) => `${s.subject} SHA-256 ${s.sha256}`))}). A bundle is uploaded with one upload key, and the gate cannot tell which of these it is. Sign the bundle with the upload key alone, and check the APKs built from it (inspect them): what users in China install must carry the filed key.`,
        at(["certificate"])
      )
    );
  } else if (!signer) {
    const matching2 = artifact.signers.filter((s) => certificateMismatches(declared, s).length === 0);
    if (matching2.length !== artifact.signers.length) {
      findings.push(
        report8(
          "error",
          `${named(artifact, app2.id)} may be signed by any of ${artifact.signers.length} certificates (${listSome(artifact.signers.map((s) => `${s.subject} SHA-1 ${s.sha1}`))}), and the gate cannot tell which one signed it${matching2.length ? "; only some of them are the filed certificate" : "; none is the filed certificate"}. Ship a build whose signature names only the filed certificate.`,
          at(["certificate"])
        )
      );
    }
  } else {
    const mismatches = certificateMismatches(declared, signer);
    if (mismatches.length > 0) {
      const first = mismatches[0];
      const detail = mismatches.map((m) => `${LABEL2[m.key]}: filed ${m.declared}, artifact ${m.actual}`).join("; ");
      const base = `${named(artifact, app2.id)} is signed by ${signerName(artifact, signer)}, not the certificate the filing records (${detail}).`;
      findings.push(
        isBundle ? report8(
          "warning",
          `${base} An AAB carries the upload key; what users in China install is the APK signed by whoever signs the APKs, and that key must be the filed one. Check the APKs built from this bundle (inspect them), or fix apps[${owner.index}].platforms.${platform}.certificate.${first.key}.`,
          at(["certificate", first.key])
        ) : report8(
          "error",
          `${base} Sign the release with the filed key, or, if the key really changed, file a change (变更备案) and update apps[${owner.index}].platforms.${platform}.certificate.${first.key}.`,
          at(["certificate", first.key])
        )
      );
    } else if (isBundle) {
      findings.push(
        report8(
          "warning",
          `${named(artifact, app2.id)} is an AAB: its signature is the upload key. It matches the filing, but stores in China distribute APKs, signed by whoever signs them; make sure that key is the filed one (inspect the APKs).`,
          { app: app2.id }
        )
      );
    }
  }
  findings.push(...versionFindings(context, owner, artifact));
  return findings;
}
var VERSION_FIELD = {
  apk: "android:versionName",
  aab: "android:versionName",
  ipa: "CFBundleShortVersionString",
  hap: "app.versionName",
  app: "app.versionName"
  // a HarmonyOS .app, as a .hap
};
function versionFindings(context, owner, artifact) {
  const { app: app2 } = owner;
  const version = artifact.version;
  const range = app2.release?.versions;
  if (!version) {
    if (context.mode !== "release" || !owner.shippedIn || range === void 0) return [];
    return [
      report8(
        "error",
        `${named(artifact, app2.id)} carries no version the gate can read${artifact.notes.some(isVersionReferenceNote) ? " (its notices say why)" : ""}, so this release cannot tell whether release.versions ${range}, the versions the filing covers, includes the build it ships. Give the build a literal ${VERSION_FIELD[artifact.type]}${artifact.platform === "android" ? ", or one in its default resource configuration" : ""}, or remove release.versions.`,
        { app: app2.id, location: appLocation(context, owner, ["release", "versions"]) }
      )
    ];
  }
  const findings = [];
  const semverish = buildVersion(version);
  if (range && !semverish) {
    findings.push(
      report8(
        context.mode === "release" ? "error" : "warning",
        `${named(artifact, app2.id)} is version ${quoteExcerpt(version)}, which is not a semver version (x.y.z), so the gate cannot tell whether release.versions ${range}, the versions the filing covers, includes it. Build it with an x.y.z version, or remove release.versions.`,
        { app: app2.id, location: appLocation(context, owner, ["release", "versions"]) }
      )
    );
  } else if (range && semverish && !versionInRange(semverish, range)) {
    findings.push(
      report8(
        "error",
        `${named(artifact, app2.id)} is version ${version}, outside release.versions ${range}, the versions the filing covers.`,
        {
          app: app2.id,
          location: appLocation(context, owner, ["release", "versions"])
        }
      )
    );
  }
  const releaseVersion2 = context.version ?? (context.tag ? versionFromTag(context.tag) : void 0);
  if (context.mode === "release" && !owner.shippedIn && releaseVersion2 && semverish && semverish !== releaseVersion2) {
    findings.push(
      report8(
        "warning",
        `${named(artifact, app2.id)} is version ${version}, but this release is ${releaseVersion2}. Is it a stale build?`,
        { app: app2.id }
      )
    );
  }
  return findings;
}
function boundForMainland(owner, artifact) {
  const store = channelStoreOf(owner.app, artifact);
  return !(store !== void 0 && findStore(store)?.mainland === false);
}
function channelStoreOf(app2, artifact) {
  const names = artifact.channelMarks?.map((mark) => mark.name) ?? (artifact.channel !== void 0 ? [artifact.channel] : []);
  const stores = new Set(names.map((name) => channelStore(app2, name)));
  return stores.size === 1 ? [...stores][0] : void 0;
}
function unmatchedArtifact(context, artifact) {
  const key = IDENTITY_KEYS[artifact.platform];
  const candidates = context.judged.filter((s) => filedIdentity(s.app, artifact.platform) !== void 0);
  const declared = candidates.map((s) => `${filedIdentity(s.app, artifact.platform)} (${s.app.id})`).join(", ");
  if (context.judged.length === 0) {
    return report8(
      "notice",
      `${artifact.file} (${artifact.id}) matches no declared app; no mainland store is in scope, so it is not checked.`
    );
  }
  const only = candidates.length === 1 ? candidates[0] : void 0;
  return report8(
    "error",
    `${artifact.file} is ${artifact.platform} ${key} ${artifact.id}, which no declared app files${declared ? ` (declared: ${declared})` : ""}. An app with an unfiled identity cannot be distributed in mainland China: build it with the filed ${key}, or declare and file this app.`,
    only ? { app: only.app.id, location: appLocation(context, only, ["platforms", artifact.platform, key]) } : {}
  );
}
var WECHAT_TOURIST_APPID = "touristappid";
function isUnsetIdentity(identity) {
  return identity.value.trim() === "" || identity.platform === "wechat" && identity.value === WECHAT_TOURIST_APPID;
}
function declaredScanOf(facts, appId) {
  return Object.hasOwn(facts.declared, appId) ? facts.declared[appId] : void 0;
}
function rebaseSourceFacts(facts, prefix) {
  if (prefix === "" || prefix === ".") return facts;
  const file = (f) => `${prefix}/${f}`;
  const at = (item) => ({
    ...item,
    location: { ...item.location, file: file(item.location.file) }
  });
  const part = (item) => ({
    ...item,
    ...item.parts ? { parts: item.parts.map(at) } : {},
    ...item.base ? { base: at(item.base) } : {}
  });
  const scan = (s) => ({
    ...s,
    identities: s.identities.map((i) => part(at({ ...i, ...i.module ? { module: file(i.module) } : {} }))),
    signing: s.signing.map(at),
    files: s.files.map(file),
    ...s.unresolved ? {
      unresolved: s.unresolved.map(
        (u) => part(at({ ...u, ...u.module ? { module: file(u.module) } : {} }))
      )
    } : {},
    ...s.notes ? {
      notes: s.notes.map(
        (n) => n.kind === "invalid-path" ? n : {
          ...n,
          file: n.file === "." ? prefix : file(n.file),
          // Messages start with the file they are about: name it from the workspace too.
          message: n.message.startsWith(n.file) ? file(n.file) + n.message.slice(n.file.length) : n.message
        }
      )
    } : {}
  });
  return {
    ...facts,
    declared: Object.fromEntries(Object.entries(facts.declared).map(([id, s]) => [id, scan(s)])),
    ...facts.detected ? { detected: scan(facts.detected) } : {},
    changes: facts.changes.map((c) => ({
      ...c,
      file: file(c.file),
      ...c.location ? { location: { ...c.location, file: file(c.location.file) } } : {}
    }))
  };
}
var SECONDARY_MODULE_WORDS = /* @__PURE__ */ new Set([
  "sample",
  "samples",
  "catalog",
  "demo",
  "demos",
  "example",
  "examples",
  "benchmark",
  "benchmarks",
  "baselineprofile",
  "playground",
  "showcase",
  "testapp",
  "test",
  "tests",
  "sandbox"
]);
var pathSegments = (p) => p.split("/").filter((s) => s !== "" && s !== ".");
function isSecondaryModule(module2) {
  if (!module2) return false;
  return pathSegments(module2).some(
    (segment) => segment.split(/[-_.]|(?<=[a-z])(?=[A-Z])/).some((word) => SECONDARY_MODULE_WORDS.has(word.toLowerCase()))
  );
}
var meta9 = {
  id: "source-identity",
  description: "The source tree (Gradle applicationId, Xcode bundle id, mini-program appid, HarmonyOS bundleName) must build the identity that was filed.",
  defaultSeverity: "error"
};
var report9 = reporter(meta9);
var SOURCE_PLATFORMS = ["android", "ios", "harmony", "wechat", "alipay"];
function quote(value, max = 120) {
  const shown = escapeControls(value.slice(0, max + 1));
  return shown.length > max ? `${shown.slice(0, max)}… (${value.length} characters)` : shown;
}
function filingReference(app2) {
  return app2.filing.number ? `filing ${app2.filing.number}` : `the declaration (filing ${app2.filing.status})`;
}
var sameLocation = (change, identity) => change.kind === "identity" && change.file === identity.location.file && change.key === identity.key && (change.after === identity.value || change.location?.line === identity.location.line);
var sourceIdentity = {
  meta: meta9,
  check(context) {
    const facts = context.sources;
    if (!facts) return [];
    const findings = [];
    const detected = facts.detected;
    const detectedAny = detected !== void 0 && (detected.identities.length > 0 || (detected.unresolved?.length ?? 0) > 0);
    const attribution = detected && detectedAny ? attributeModules(context, detected) : void 0;
    const lookAtApps = detectedAny || hasKeys(facts.declared);
    const uncompared = /* @__PURE__ */ new Map();
    for (const scope of context.judged) {
      const declared = lookAtApps ? declaredScanOf(facts, scope.app.id) : void 0;
      const scan = declared ?? (attribution && facts.detected ? ownedScan(facts.detected, attribution, scope) : void 0);
      if (scan) findings.push(...checkApp(context, scope, scan, declared !== void 0, facts.changes));
      for (const platform of SOURCE_PLATFORMS) {
        if (filedIdentity(scope.app, platform) === void 0 || scan && compared(scan, platform)) continue;
        const apps = uncompared.get(platform);
        if (apps) apps.push(scope.app.id);
        else uncompared.set(platform, [scope.app.id]);
      }
    }
    const notes = facts.detected?.notes ?? [];
    const said = new Set(notes.filter((n) => n.platform !== void 0).map((n) => n.platform));
    const walkStopped = notes.some((n) => n.platform === void 0 && n.kind === "too-large");
    for (const platform of uncompared.keys())
      if (said.has(platform) || walkStopped) uncompared.delete(platform);
    findings.push(...uncomparedFindings(uncompared));
    if (facts.detected) findings.push(...scanNoteFindings(context, facts.detected, attribution));
    findings.push(...changeFindings(context, facts.changes));
    if (facts.baseProblem && context.mode === "pull-request") {
      findings.push(report9("notice", `cannot compare with the pull request's base: ${facts.baseProblem}`));
    }
    return findings;
  }
};
function compared(scan, platform) {
  const isIt = (item) => item.platform === platform && item.release !== false;
  return scan.identities.some(isIt) || (scan.unresolved ?? []).some(isIt) || (scan.notes ?? []).some((n) => n.platform === platform);
}
var PROJECT_KIND = {
  android: "Android (Gradle)",
  ios: "iOS (Xcode)",
  harmony: "HarmonyOS",
  wechat: "WeChat mini program",
  alipay: "Alipay mini program"
};
function uncomparedFindings(uncompared) {
  if (uncompared.size === 0) return [];
  const what = [...uncompared].map(([platform, apps]) => `${PROJECT_KIND[platform]}: ${listSome(apps, ", ")}`);
  const generated = uncompared.has("ios") ? " (a generated Xcode project, from XcodeGen or Tuist, has none to read)" : "";
  return [
    report9(
      "notice",
      `no source project was found in the source tree for these filed ids, so they were not compared with sources: ${what.join("; ")}. If a project is in this repository, name its files under the app's sources:; otherwise the built artifacts are what is checked${generated}.`
    )
  ];
}
function hasKeys(object) {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}
var moduleKey = (platform, module2, file) => `${platform}\0${module2 ?? file}`;
var segmentsOf = pathSegments;
var normalizeName = (s) => s.toLowerCase().replace(/[-_.\s]/g, "");
function attributeModules(context, scan) {
  const owners = /* @__PURE__ */ new Map();
  const sources = context.sources;
  const undeclared = context.apps.filter((s) => !sources || !declaredScanOf(sources, s.app.id));
  const declared = context.apps.filter((s) => sources && declaredScanOf(sources, s.app.id));
  const values = /* @__PURE__ */ new Map();
  for (const item of [...scan.identities, ...scan.unresolved ?? []]) {
    const key = moduleKey(item.platform, item.module, item.location.file);
    const entry = values.get(key) ?? {
      platform: item.platform,
      module: item.module ?? item.location.file,
      ids: /* @__PURE__ */ new Set()
    };
    if ("value" in item) entry.ids.add(item.value);
    values.set(key, entry);
  }
  for (const [key, { platform, module: module2, ids }] of values) {
    const byId = context.apps.find((s) => {
      const filed = filedIdentity(s.app, platform);
      return filed !== void 0 && ids.has(filed);
    });
    if (byId) {
      owners.set(key, byId.app.id);
      continue;
    }
    const moduleSegments = segmentsOf(module2);
    let nearest;
    for (const scope of declared) {
      for (const hint of Object.values(scope.app.sources ?? {})) {
        const hintPath = typeof hint === "string" ? hint : hint.path;
        const hintSegments = segmentsOf(hintPath);
        let depth = 0;
        while (depth < hintSegments.length && hintSegments[depth] === moduleSegments[depth]) depth++;
        if (depth > 0 && (!nearest || depth > nearest.depth)) nearest = { app: scope.app.id, depth };
      }
    }
    if (nearest) {
      owners.set(key, nearest.app);
      continue;
    }
    const byFolder = undeclared.filter(
      (s) => moduleSegments.some((segment) => normalizeName(segment) === normalizeName(s.app.id))
    );
    if (byFolder.length === 1) {
      owners.set(key, byFolder[0].app.id);
      continue;
    }
    const candidates = undeclared.filter((s) => filedIdentity(s.app, platform) !== void 0);
    if (candidates.length === 1) {
      owners.set(key, candidates[0].app.id);
      continue;
    }
    const judged = candidates.filter((s) => s.inScope);
    if (judged.length === 1) {
      owners.set(key, judged[0].app.id);
      continue;
    }
    const closest = closestApp(judged.length > 0 ? judged : candidates, platform, [...ids]);
    owners.set(key, closest);
  }
  return owners;
}
function closestApp(candidates, platform, ids) {
  let best;
  let tie = false;
  for (const scope of candidates) {
    const filed = filedIdentity(scope.app, platform);
    for (const id of ids) {
      const distance = editDistance(id.slice(0, 256), filed.slice(0, 256));
      if (distance > Math.max(2, Math.floor(filed.length / 5))) continue;
      if (!best || distance < best.distance) {
        best = { app: scope.app.id, distance };
        tie = false;
      } else if (distance === best.distance && best.app !== scope.app.id) tie = true;
    }
  }
  return best && !tie ? best.app : void 0;
}
function ownedScan(scan, owners, scope) {
  const owned = (item) => owners.get(moduleKey(item.platform, item.module, item.location.file)) === scope.app.id;
  return {
    ...scan,
    identities: scan.identities.filter(owned),
    unresolved: (scan.unresolved ?? []).filter(owned),
    notes: []
  };
}
function noteText(note) {
  return note.message.includes(note.file) ? note.message : `${note.file}: ${note.message}`;
}
function scanNoteFindings(context, scan, owners) {
  const findings = [];
  for (const note of scan.notes ?? []) {
    if (note.kind === "no-identity") {
      const platform = note.platform;
      if (platform && context.judged.some((s) => filedIdentity(s.app, platform) !== void 0))
        findings.push(
          report9(
            "notice",
            `${noteText(note)}; the filed ${PROJECT_KIND[platform]} id was not compared with the sources.`
          )
        );
      continue;
    }
    const limit = note.kind === "too-large" || note.kind === "unreadable";
    if (!limit && !["parse-error", "invalid-path", "symlink"].includes(note.kind)) continue;
    const severity = note.kind === "symlink" ? "notice" : limit && context.mode === "release" ? "error" : "warning";
    findings.push(report9(severity, noteText(note)));
  }
  if (owners && context.apps.length > 1) {
    const owned = /* @__PURE__ */ new Set();
    for (const item of [...scan.identities, ...scan.unresolved ?? []]) {
      const owner = owners.get(moduleKey(item.platform, item.module, item.location.file));
      if (owner !== void 0) owned.add(`${owner}\0${item.platform}`);
    }
    const orphaned = (platform) => context.apps.some(
      (s) => s.inScope && filedIdentity(s.app, platform) !== void 0 && !owned.has(`${s.app.id}\0${platform}`)
    );
    const reported = /* @__PURE__ */ new Set();
    for (const identity of scan.identities.filter((i) => i.release)) {
      const key = moduleKey(identity.platform, identity.module, identity.location.file);
      if (owners.get(key) !== void 0 || reported.has(key)) continue;
      reported.add(key);
      const severity = !orphaned(identity.platform) ? "notice" : context.mode === "release" ? "error" : "warning";
      findings.push(
        report9(
          severity,
          `${identity.location.file}: ${identity.key} builds ${quote(identity.value)}, which no app in the declaration files for ${identity.platform}; it was not judged against any app. If it ships, name it under that app's sources:.`,
          { location: identity.location }
        )
      );
    }
  }
  return findings;
}
function describeSetting(item) {
  if (item.target) return `${item.key} of target ${item.target}${item.variant ? ` (${item.variant})` : ""}`;
  return `${item.key}${item.variant ? ` (${item.variant})` : ""}`;
}
function checkApp(context, scope, scan, declaredSources, changes) {
  const { app: app2 } = scope;
  const findings = [];
  const at = { app: app2.id };
  for (const platform of SOURCE_PLATFORMS) {
    const filed = filedIdentity(app2, platform);
    if (!filed) continue;
    const release = scan.identities.filter((i) => i.platform === platform && i.release);
    const unresolved = (scan.unresolved ?? []).filter((u) => u.platform === platform && u.release);
    if (release.length === 0 && unresolved.length === 0) continue;
    const keyPath = identityKeyPath(scope.index, platform);
    const tourist = (i) => i.platform === "wechat" && i.value === WECHAT_TOURIST_APPID;
    const blank = release.filter(isUnsetIdentity);
    const candidates = release.filter((i) => !isUnsetIdentity(i));
    for (const identity of blank) {
      const what = tourist(identity) ? `"${WECHAT_TOURIST_APPID}", WeChat DevTools' placeholder for a project without an AppID: it is not set` : "not set (empty)";
      findings.push(
        report9(
          context.mode === "release" ? "error" : "notice",
          `${identity.location.file}: ${describeSetting(identity)} is ${what}; ${filingReference(app2)} records ${filed} (${keyPath}). Set it to the filed id before a release.`,
          { ...at, location: identity.location }
        )
      );
    }
    const moduleOf2 = (i) => i.module ?? i.location.file;
    const matchingModules = new Set(candidates.filter((i) => i.value === filed).map(moduleOf2));
    const mismatches = candidates.filter((i) => i.value !== filed && !matchingModules.has(moduleOf2(i)));
    const primaryExists = matchingModules.size > 0 || unresolved.some((u) => !isSecondaryModule(moduleOf2(u))) || mismatches.some((i) => !isSecondaryModule(i.module));
    for (const identity of candidates.filter((i) => i.value !== filed)) {
      const module2 = moduleOf2(identity);
      const shipped = !matchingModules.has(module2) && (declaredSources || matchingModules.size === 0) && (declaredSources || !isSecondaryModule(identity.module) || !primaryExists);
      if (!shipped) {
        findings.push(
          report9(
            "notice",
            `${identity.location.file}: ${describeSetting(identity)} builds ${quote(identity.value)}, which is not filed; that is fine only if ${matchingModules.has(module2) ? "this variant" : "this module"} is never shipped to mainland China.`,
            { ...at, location: identity.location }
          )
        );
        continue;
      }
      const change = changes.find((c) => sameLocation(c, identity));
      const where = describeSetting(identity);
      const suffix = extraSuffix(identity, filed);
      const location = suffix?.location ?? identity.location;
      const message = change?.before ? `this PR changes ${where} from ${quote(change.before)} to ${quote(identity.value)}; ${filingReference(app2)} records ${filed}: file an amendment (变更备案) before merging, then update ${keyPath}.` : `${location.file}: ${where} is ${quote(identity.value)}${composition(identity)}, but ${filingReference(app2)} records ${filed} (${keyPath}). ${suffix ? `Build the shipped variant without the ${suffix.key} ${quote(suffix.value)}${suffix === identity.parts.at(-1) ? "" : " and the suffixes after it"}, or file an amendment (变更备案) and update the declaration.` : "Build with the filed id, or file an amendment (变更备案) and update the declaration."}`;
      findings.push(report9("error", message, { ...at, location }));
    }
    for (const item of unresolved) {
      if (item.base && wrongBase(item, filed) && !matchingModules.has(moduleOf2(item))) {
        findings.push(
          report9(
            "error",
            `${item.base.location.file}: ${describeSetting(item)}: the base ${item.base.key} is ${quote(item.base.value)} and only the suffix (${quote(item.expression)}) is computed when Gradle runs, so the id starts with ${quote(item.base.value)}; ${filingReference(app2)} records ${filed} (${keyPath}). Build with the filed id, or file an amendment (变更备案).`,
            { ...at, location: item.base.location }
          )
        );
        continue;
      }
      findings.push(
        report9(
          "notice",
          `${item.location.file}: ${describeSetting(item)} is ${quote(item.expression)}, which cannot be read without running the build (${quote(item.reason, 300)}); check it builds ${filed}, or check the built artifact with the artifacts input.`,
          { ...at, location: item.location }
        )
      );
    }
  }
  if (declaredSources) {
    for (const note of scan.notes ?? []) {
      const declaredPath = note.kind === "invalid-path" || note.kind === "missing";
      const limit = note.kind === "too-large" || note.kind === "unreadable" || note.kind === "unknown-variant";
      findings.push(
        report9(declaredPath || limit && context.mode === "release" ? "error" : "warning", noteText(note), {
          ...at,
          location: appLocation(context, scope, ["sources"], "key")
        })
      );
    }
  }
  return findings;
}
function composition(identity) {
  if (!identity.parts || identity.parts.length < 2) return "";
  const written = identity.parts.map(
    (p) => `${p.key} ${quote(p.value)} at ${p.location.file}:${p.location.line}`
  );
  return ` (${written.join(" + ")})`;
}
function extraSuffix(identity, filed) {
  const [base, ...suffixes] = identity.parts ?? [];
  if (!base) return void 0;
  return suffixes.find(
    (_, k) => composeApplicationId(
      base.value,
      suffixes.slice(0, k).map((p) => p.value)
    ) === filed
  );
}
function wrongBase(item, filed) {
  if (!item.base) return false;
  const base = item.base.value;
  return filed !== base && !filed.startsWith(`${base}.`);
}
function changeFindings(context, changes) {
  const findings = [];
  for (const change of changes) {
    const location = change.location ? { location: change.location } : {};
    const app2 = change.app ? { app: change.app } : {};
    if (change.kind === "signing") {
      findings.push(
        report9(
          "notice",
          `this PR changes the release signing configuration (${change.key}${change.variant ? ` of ${change.variant}` : ""}: ${change.before ?? "unset"} → ${change.after ?? "removed"}). The filing records the signing certificate: check the new key's certificate matches (china-filing inspect on a release build), or file an amendment.`,
          { ...app2, ...location }
        )
      );
    } else if (change.kind === "declaration") {
      findings.push(
        report9(
          "warning",
          `this PR changes ${change.key} from ${change.before ?? "unset"} to ${change.after ?? "unset"}. The filing records this value: make sure the amendment (变更备案) is approved before a release ships it.`,
          { ...app2, ...location }
        )
      );
    } else if (context.mode === "pull-request") {
      const owner = context.judged.find(
        (s) => SOURCE_PLATFORMS.some((p) => filedIdentity(s.app, p) === change.after)
      );
      if (owner) {
        findings.push(
          report9(
            "notice",
            `this PR changes ${change.key} in ${change.file} from ${change.before ?? "unset"} to ${change.after}, which is the filed identity of ${owner.app.id}.`,
            {
              app: owner.app.id,
              ...location
            }
          )
        );
      }
    }
  }
  return findings;
}
var meta10 = {
  id: "channel-packages",
  description: "The channel APKs (渠道包) of a release must all carry the same package, versionCode, versionName and signer, and each channel should map to a store in release.channels.",
  defaultSeverity: "error"
};
var report10 = reporter(meta10);
var effectiveSigner = (a) => a.signers[a.effectiveSigner];
var SCHEME_ORDER = ["v1", "v2", "v3", "v3.1"];
var schemesOf = (a) => [...new Set(a.signers.flatMap((s) => s.schemes))].sort(
  (x, y) => SCHEME_ORDER.indexOf(x) - SCHEME_ORDER.indexOf(y)
);
var ATTRIBUTES = [
  {
    label: "signer",
    // No effective signer with signers: v1/v2 signers together (apk/index.ts), compared as a set.
    value: (a) => effectiveSigner(a)?.sha256 ?? (a.signers.length ? a.signers.map((s) => s.sha256).sort().join(" + ") : "unsigned"),
    describe: (a) => {
      const s = effectiveSigner(a);
      if (s) return `signed by ${s.subject} (SHA-256 ${s.sha256})`;
      return a.signers.length ? `signed by ${a.signers.length} signers together (${listSome(a.signers.map((t) => `SHA-256 ${t.sha256}`))})` : "not signed";
    },
    severity: () => "error",
    fix: "A step after the build (hardening 加固, re-signing, a channel tool run on another build) used another key: re-sign it with the filed key, as the others are."
  },
  {
    // Some hardening tools re-sign with the JAR scheme only, which also drops the APK Signing Block and
    // with it a Walle or VasDolly channel written before hardening.
    label: "signature schemes",
    value: (a) => schemesOf(a).join("+"),
    describe: (a) => `signed with ${schemesOf(a).join("+") || "no scheme"}`,
    severity: () => "warning",
    fix: "A step after the build (hardening 加固, re-signing) signed it with other signature schemes: re-sign it as the others are, then write its channel again.",
    // An unsigned APK is reported as a different signer already.
    applies: (a) => a.signers.length > 0
  },
  {
    label: "package",
    value: (a) => a.id,
    describe: (a) => `package ${a.id}`,
    severity: () => "error",
    fix: "It comes from another build or flavour: write its channel into the release build."
  },
  {
    label: "versionCode",
    value: (a) => a.build ?? "—",
    describe: (a) => `versionCode ${a.build ?? "(none)"}`,
    severity: (context) => context.mode === "release" ? "error" : "warning",
    fix: "It is a stale build: write its channel into this release build."
  },
  {
    label: "versionName",
    value: (a) => a.version ?? "—",
    describe: (a) => `versionName ${a.version ?? "(unresolved)"}`,
    severity: (context) => context.mode === "release" ? "error" : "warning",
    fix: "It is a stale build: write its channel into this release build."
  }
];
var channelPackages = {
  meta: meta10,
  check(context) {
    const channelApks = (context.artifacts?.results ?? []).map((r) => r.identity).filter((a) => a?.type === "apk" && a.channel !== void 0);
    if (channelApks.length === 0) return [];
    const owner = (apk) => artifactOwner(context.apps, apk);
    const findings = [];
    for (const apk of channelApks) findings.push(...channelMarkFindings(apk, owner(apk)));
    findings.push(...mappingFindings(context, channelApks, owner));
    for (const set of channelSets(channelApks, owner)) findings.push(...setFindings(context, set));
    return findings;
  }
};
var byChannel = (a, b) => compareText(a.channel ?? "", b.channel ?? "") || compareText(a.file, b.file);
function label2(a) {
  return `${a.file} (channel ${a.channel})`;
}
function channelMarkFindings(apk, owner) {
  const marks = apk.channelMarks ?? [];
  const names = [...new Set(marks.map((m) => m.name))];
  if (names.length < 2) return [];
  return [
    {
      ...report10(
        "warning",
        `${apk.file} carries ${names.length} different channels (${listSome(marks.map((m) => `${quoteExcerpt(m.name)} in ${m.where}`))}): which one the app reports depends on the channel SDK it bundles, so the store it is for is unclear. Write one channel per APK.`,
        owner ? { app: owner.app.id } : {}
      ),
      artifact: apk.file
    }
  ];
}
function mappingFindings(context, apks, appOf) {
  const unmapped = /* @__PURE__ */ new Map();
  for (const apk of apks) {
    const owner = appOf(apk);
    if (!owner?.inScope) continue;
    if (channelStore(owner.app, apk.channel) !== void 0) continue;
    unmapped.set(owner, [...unmapped.get(owner) ?? [], apk]);
  }
  return [...unmapped].map(([owner, unsorted]) => {
    const list3 = [...unsorted].sort(byChannel);
    const channels = [...new Set(list3.map((a) => a.channel))];
    const declared = owner.app.release?.channels !== void 0;
    return report10(
      "notice",
      `${list3.map(label2).join(", ")}: ${channels.length === 1 ? `channel ${quoteExcerpt(channels[0])} maps` : `channels ${channels.map((c) => quoteExcerpt(c)).join(", ")} map`} to no store${declared ? " in release.channels" : " (release.channels is not declared)"}, so ${list3.length === 1 ? "it is" : "they are"} judged for all of ${owner.app.id}'s stores (${owner.stores.join(", ")}). Map each channel to the store its APK is uploaded to, e.g. release.channels: { ${escapeControls(channels[0])}: ${owner.stores[0] ?? "xiaomi"} }.`,
      {
        app: owner.app.id,
        location: appLocation(context, owner, declared ? ["release", "channels"] : ["stores"])
      }
    );
  });
}
function channelSets(apks, appOf) {
  const byOwner = /* @__PURE__ */ new Map();
  for (const apk of apks) {
    const owner = appOf(apk);
    byOwner.set(owner, [...byOwner.get(owner) ?? [], apk]);
  }
  const orphans = byOwner.get(void 0) ?? [];
  byOwner.delete(void 0);
  const sets = [...byOwner].map(([owner, list3]) => ({ owner, apks: list3 }));
  const largest = sets.reduce(
    (best, s) => !best || s.apks.length > best.apks.length ? s : best,
    void 0
  );
  if (largest) largest.apks.push(...orphans);
  else sets.push({ owner: void 0, apks: orphans });
  return sets.filter((s) => s.apks.length >= 2 && (s.owner === void 0 || s.owner.inScope));
}
function setFindings(context, set) {
  const findings = [];
  const where = set.owner ? { app: set.owner.app.id } : {};
  for (const attribute of ATTRIBUTES) {
    const groups = /* @__PURE__ */ new Map();
    for (const apk of set.apks.filter(attribute.applies ?? (() => true))) {
      const value = attribute.value(apk);
      groups.set(value, [...groups.get(value) ?? [], apk]);
    }
    if (groups.size < 2) continue;
    const ordered = [...groups.values()].sort(
      (a, b) => b.length - a.length || compareText(a[0].file, b[0].file)
    );
    const common = [...ordered[0]].sort(byChannel);
    for (const odd of ordered.slice(1).flat()) {
      findings.push({
        ...report10(
          attribute.severity(context),
          `${label2(odd)} is ${attribute.describe(odd)}, but ${common.length === 1 ? `${label2(common[0])} is` : `the other ${common.length} channel APKs (${common.map((a) => a.channel).join(", ")}) are`} ${attribute.describe(common[0])}. Every channel APK of a release must carry the same ${attribute.label}. ${attribute.fix}`,
          where
        ),
        artifact: odd.file
      });
    }
  }
  return findings;
}
var meta11 = {
  id: "certificate-expiry",
  description: "An iOS build signed by an expired distribution certificate cannot be uploaded; an iOS or HarmonyOS certificate about to expire will change the filed identity when it is renewed.",
  defaultSeverity: "error"
};
var report11 = reporter(meta11);
var DEFAULT_CERTIFICATE_EXPIRY_DAYS = 30;
var certificateExpiry = {
  meta: meta11,
  check(context) {
    const findings = [];
    for (const result of context.artifacts?.results ?? []) {
      const artifact = result.identity;
      if (!artifact) continue;
      const owner = artifactOwner(context.judged, artifact);
      if (!owner) continue;
      for (const signer of signersToJudge(artifact)) {
        const finding = judge(context, artifact, signer);
        if (finding) {
          findings.push({
            ...finding,
            app: owner.app.id,
            location: appLocation(context, owner, ["platforms", artifact.platform, "certificate"])
          });
        }
      }
    }
    return findings;
  }
};
function signersToJudge(artifact) {
  const effective = artifact.signers[artifact.effectiveSigner];
  return effective ? [effective] : artifact.signers;
}
function chinaDate(iso) {
  return chinaDateOf(Date.parse(iso));
}
function judge(context, artifact, signer) {
  const who = `${artifact.file} is signed by ${signer.subject} (SHA-1 ${signer.sha1})`;
  if (signer.notAfter === void 0) return unknownValidity(context, artifact, who);
  const last = chinaDate(signer.notAfter);
  const left = daysBetween(context.today, last);
  const window = context.certificateExpiryDays ?? DEFAULT_CERTIFICATE_EXPIRY_DAYS;
  if (artifact.platform === "android") {
    if (left >= 0) return void 0;
    return report11(
      "notice",
      `${who}, whose certificate expired on ${last}. Android does not check signing-certificate validity (apksigner and devices ignore it), so the APK still installs and updates; keep signing with this key, because a new key would change the filed identity.`
    );
  }
  const platform = artifact.platform === "ios" ? "iOS distribution" : "HarmonyOS release";
  if (left < 0) {
    if (artifact.platform === "ios") {
      return report11(
        context.mode === "release" ? "error" : "warning",
        `${who}, an ${platform} certificate that expired on ${last}: App Store Connect does not accept a build signed by an expired certificate. Re-sign with a valid distribution certificate; a new certificate has new fingerprints, so file a change (变更备案) and update the declared certificate.`
      );
    }
    return report11(
      "warning",
      `${who}, a ${platform} certificate that expired on ${last}. Re-sign with a valid certificate; a new certificate has new fingerprints, so file a change (变更备案) and update the declared certificate.`
    );
  }
  if (left <= window) {
    return report11(
      "warning",
      `${who}, ${artifact.platform === "ios" ? "an" : "a"} ${platform} certificate that expires on ${last} (${left === 0 ? "today" : `in ${left} day${left === 1 ? "" : "s"}`}, within certificate-expiry-days ${window}). Renewing it changes the certificate the filing records: plan the filing amendment (变更备案), applied for 30 days in advance, before you renew.`
    );
  }
  return void 0;
}
function unknownValidity(context, artifact, who) {
  if (artifact.platform === "android") return void 0;
  const severity = artifact.platform === "ios" && context.mode === "release" ? "error" : "warning";
  return report11(
    severity,
    `${who}, whose certificate's validity period cannot be read, so whether it has expired is unknown. Read its dates with OpenSSL (for an IPA: \`codesign -d --extract-certificates Payload/<App>.app\`, then \`openssl x509 -inform DER -noout -dates -in codesign0\`). If OpenSSL reads them and they are current, waive certificate-expiry for this app with that reason and report the certificate to china-filing-gate; if it cannot, re-sign with a well-formed certificate.`
  );
}
var meta12 = {
  id: "waiver",
  description: "A waiver needs a known rule, a known app, a reason and an expiry that has not passed.",
  defaultSeverity: "error"
};
var report12 = reporter(meta12);
var UNWAIVABLE_RULES = ["declaration-syntax", "declaration-schema", "waiver"];
var REMINDER_DAYS = 14;
function waiverInForce(waiver2, today) {
  return !!waiver2.reason?.trim() && waiver2.expires !== void 0 && daysBetween(today, waiver2.expires) >= 0 && !UNWAIVABLE_RULES.includes(waiver2.rule);
}
function createWaiverRule(knownRules) {
  return {
    meta: meta12,
    check(context) {
      const findings = [];
      const appIds = context.declaration.data.apps.map((a) => a.id);
      const waivable = knownRules().filter((id) => !UNWAIVABLE_RULES.includes(id));
      (context.declaration.data.waivers ?? []).forEach((waiver2, i) => {
        const at = (key) => ({
          ...waiver2.app && appIds.includes(waiver2.app) ? { app: waiver2.app } : {},
          location: context.declaration.locate(["waivers", i, key])
        });
        const name = `waivers[${i}] (${waiver2.rule}${waiver2.app ? ` for ${waiver2.app}` : ""})`;
        if (UNWAIVABLE_RULES.includes(waiver2.rule)) {
          findings.push(
            report12(
              "error",
              `${name}: ${waiver2.rule} cannot be waived; fix the declaration instead.`,
              at("rule")
            )
          );
        } else if (!waivable.includes(waiver2.rule)) {
          const near = closestMatch(waiver2.rule, waivable);
          findings.push(
            report12(
              "error",
              `${name}: unknown rule ${quoteExcerpt(waiver2.rule)}.${near ? ` Did you mean "${near}"?` : ` Rules: ${waivable.join(", ")}.`}`,
              at("rule")
            )
          );
        }
        if (waiver2.app !== void 0 && !appIds.includes(waiver2.app)) {
          const near = closestMatch(waiver2.app, appIds);
          findings.push(
            report12(
              "error",
              `${name}: unknown app ${quoteExcerpt(waiver2.app)}.${near ? ` Did you mean "${near}"?` : ` Apps: ${appIds.join(", ")}.`}`,
              at("app")
            )
          );
        }
        if (!waiver2.reason?.trim()) {
          findings.push(
            report12(
              "error",
              `${name}: a waiver needs a reason (who accepted the risk and why, e.g. a ticket), so it is never silent. Add reason: …`,
              at(waiver2.reason === void 0 ? "rule" : "reason")
            )
          );
        }
        if (waiver2.expires === void 0) {
          findings.push(
            report12("error", `${name}: a waiver needs an expiry date. Add expires: YYYY-MM-DD.`, at("rule"))
          );
        } else {
          const left = daysBetween(context.today, waiver2.expires);
          if (left < 0) {
            findings.push(
              report12(
                "error",
                `${name}: expired on ${waiver2.expires}, so it no longer applies. Fix the finding, or renew the waiver with a new date and reason.`,
                at("expires")
              )
            );
          } else if (left <= REMINDER_DAYS) {
            findings.push(
              report12("notice", `${name}: expires in ${left} days (${waiver2.expires}).`, at("expires"))
            );
          }
        }
      });
      return findings;
    }
  };
}
var RULES = [
  declarationSyntax,
  declarationSchema,
  filingRequired,
  filingApproved,
  filingNumberFormat,
  filingHolder,
  filingChannel,
  hostingMainland,
  releaseVersion,
  artifactIdentity,
  channelPackages,
  certificateExpiry,
  sourceIdentity,
  createWaiverRule(() => RULES.map((r) => r.meta.id))
];
function runRules(context) {
  return RULES.flatMap((rule) => rule.check?.(context) ?? []);
}

// esbuild's helpers
var __create2 = Object.create;
var __defProp2 = Object.defineProperty;
var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
var __getOwnPropNames2 = Object.getOwnPropertyNames;
var __getProtoOf2 = Object.getPrototypeOf;
var __hasOwnProp2 = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps2 = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames2(from))
      if (!__hasOwnProp2.call(to, key) && key !== except)
        __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM2 = (mod, isNodeMode, target) => (target = mod != null ? __create2(__getProtoOf2(mod)) : {}, __copyProps2(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// cfg-builtin:node:fs, cfg-builtin:node:buffer
var builtin = __require("node:fs");
var node_fs_default = builtin;
var fstatSync = builtin.fstatSync;
var writeSync = builtin.writeSync;
var constants = builtin.constants;
var readFileSync = builtin.readFileSync;
var statSync = builtin.statSync;
var closeSync = builtin.closeSync;
var openSync = builtin.openSync;
var readSync = builtin.readSync;
var existsSync = builtin.existsSync;
var appendFileSync = builtin.appendFileSync;
var builtin2 = __require("node:buffer");
var isUtf8 = builtin2.isUtf8;

// cfg-builtin:node:path, cfg-builtin:node:util, src/promised-fs.ts
var builtin3 = __require("node:path");
var node_path_default = builtin3;
var join = builtin3.join;
var basename = builtin3.basename;
var sep = builtin3.sep;
var builtin22 = __require("node:util");
var promisify = builtin22.promisify;
var parseArgs = builtin22.parseArgs;
var access = promisify(node_fs_default.access);
var appendFile = promisify(node_fs_default.appendFile);
var lstat = promisify(node_fs_default.lstat);
var mkdir = promisify(node_fs_default.mkdir);
var mkdtemp = promisify(node_fs_default.mkdtemp);
var readdir = promisify(node_fs_default.readdir);
var readFile = promisify(node_fs_default.readFile);
var realpath = promisify(node_fs_default.realpath.native);
var rm = promisify(node_fs_default.rm);
var stat = promisify(node_fs_default.stat);
var openDescriptor = promisify(node_fs_default.open);
var closeDescriptor = promisify(node_fs_default.close);
var fstat = promisify(node_fs_default.fstat);
var readDescriptor = promisify(node_fs_default.read);
var writeDescriptor = promisify(node_fs_default.write);
var writeWholeFile = promisify(node_fs_default.writeFile);
var OpenFile = class {
  /** @param path what the descriptor was opened from, for an error that names the file. */
  constructor(fd, path) {
    this.fd = fd;
    this.path = path;
  }
  fd;
  path;
  closing;
  /** Calls still running: close() waits for them, as FileHandle's does. */
  pending = /* @__PURE__ */ new Set();
  /** Runs a call on the descriptor, refused once close() has begun (the number may be reused). */
  use(call) {
    if (this.closing) return Promise.reject(Object.assign(new Error("file closed"), { code: "EBADF" }));
    const running = call();
    this.pending.add(running);
    const done = () => this.pending.delete(running);
    running.then(done, done);
    return running;
  }
  /** Reads up to `length` bytes at `position` into `buffer` at `offset`. */
  read(buffer, offset, length, position) {
    return this.use(() => readDescriptor(this.fd, buffer, offset, length, position));
  }
  /** Reads from the current position to the end. */
  readFile() {
    return this.use(() => readFile(this.fd));
  }
  /**
   * Writes all of `data` at the current position: a short write is continued, not dropped, and each
   * part goes through use(), so a write after close() is refused and close() waits for a running one.
   */
  async write(data) {
    for (let done = 0; done < data.length; ) {
      const { bytesWritten } = await this.use(() => writeDescriptor(this.fd, data, done, data.length - done));
      if (bytesWritten === 0)
        throw Object.assign(new Error(`ENOSPC: no bytes written, write '${this.path}'`), {
          code: "ENOSPC",
          syscall: "write",
          path: this.path
        });
      done += bytesWritten;
    }
  }
  /** Writes all of `data` at the current position. */
  writeFile(data) {
    return this.use(() => writeWholeFile(this.fd, data));
  }
  stat() {
    return this.use(() => fstat(this.fd));
  }
  /** Closes the descriptor once the calls still running have finished; later calls share that close. */
  close() {
    this.closing ??= Promise.allSettled([...this.pending]).then(() => closeDescriptor(this.fd));
    return this.closing;
  }
};
async function open(path, flags, mode) {
  return new OpenFile(await openDescriptor(path, flags, mode), path);
}

// src/usage-error.ts, src/workspace.ts
var UsageError = class extends Error {
  constructor(message, setting) {
    super(setting ? message.replace(/\{input\}/g, `input ${setting}`) : message);
    this.setting = setting;
    this.name = "UsageError";
    this.template = message;
  }
  setting;
  template;
  /** The message as the CLI (`flag`) or the action (`input`) should say it. */
  describe(style) {
    if (!this.setting) return this.message;
    return this.template.replace(
      /\{input\}/g,
      style === "flag" ? `--${this.setting}` : `input ${this.setting}`
    );
  }
};
function leadsOutside(relative) {
  return relative === ".." || relative.startsWith(`..${node_path_default.sep}`) || node_path_default.isAbsolute(relative);
}
function displayPath(workspace, absolute) {
  const relative = node_path_default.relative(workspace, absolute);
  const shown = leadsOutside(relative) ? absolute : relative;
  return shown.split(node_path_default.sep).join("/") || ".";
}
function isInside(workspace, absolute) {
  return !leadsOutside(node_path_default.relative(workspace, absolute));
}
function resolveInWorkspace(workspace, input, what) {
  const absolute = node_path_default.resolve(workspace, input);
  if (!isInside(workspace, absolute)) {
    throw new UsageError(
      `${what} "${input}" is outside the workspace ${workspace}; use a path inside the repository`
    );
  }
  return absolute;
}
async function realPathInWorkspace(workspace, absolute) {
  try {
    return isInside(await realpath(workspace), await realpath(absolute));
  } catch {
    return true;
  }
}
function isInGitDirectory(absolute) {
  return absolute.split(node_path_default.sep).includes(".git");
}
async function assertRealPathInside(workspace, absolute, what, input) {
  const real = await realpath(absolute).catch(() => void 0);
  if (real !== void 0 && !isInside(await realpath(workspace), real)) {
    throw new UsageError(
      `${what} "${input}" is a symbolic link to outside the workspace; name a file inside the repository`
    );
  }
}
async function assertReadable(workspace, absolute, what, input, confine) {
  const real = await realpath(absolute).catch(() => void 0);
  if (real === void 0) return;
  if (isInGitDirectory(node_path_default.resolve(absolute)) || isInGitDirectory(real)) {
    throw new UsageError(
      `${what} "${input}" is inside a .git folder${real !== node_path_default.resolve(absolute) ? " (through a symbolic link)" : ""}; the gate never reads git's own files. Name a file in the repository tree`
    );
  }
  if (confine) await assertRealPathInside(workspace, absolute, what, input);
}
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var MAX_WALK_ENTRIES = 2e5;
async function expandGlobs(workspace, patterns, options) {
  const { default: picomatch2 } = await Promise.resolve().then(() => __toESM(require("./check/picomatch-QDSI7HOC.js")));
  const rules = patterns.map((p) => p.trim()).filter(Boolean).map((p) => {
    const exclude = p.startsWith("!");
    const absolute = toPosix(node_path_default.resolve(workspace, exclude ? p.slice(1).trim() : p));
    return { pattern: p, exclude, isMatch: picomatch2(absolute, { dot: true }) };
  });
  const included = (file) => {
    let keep = false;
    for (const rule of rules) if (rule.isMatch(toPosix(file))) keep = !rule.exclude;
    return keep;
  };
  const files = /* @__PURE__ */ new Set();
  const unmatched = [];
  for (const rule of rules.filter((r) => !r.exclude)) {
    const matches = (await matchPattern(picomatch2, workspace, rule.pattern, options.confine)).filter(included);
    if (matches.length === 0) unmatched.push(rule.pattern);
    matches.forEach((m) => files.add(m));
  }
  return { files: [...files].sort(), unmatched };
}
function toPosix(file) {
  return file.split(node_path_default.sep).join("/");
}
async function matchPattern(picomatch2, workspace, pattern, confine) {
  const absolutePattern = toPosix(node_path_default.resolve(workspace, pattern));
  const scan = picomatch2.scan(absolutePattern);
  const base = node_path_default.resolve(scan.isGlob ? scan.base || "/" : absolutePattern);
  if (confine && !isInside(workspace, base)) {
    throw new UsageError(
      `artifact path "${pattern}" is outside the workspace ${workspace}; use a path inside the repository`
    );
  }
  const info = await stat(base).catch(() => void 0);
  if (!info) return [];
  await assertReadable(workspace, base, "artifact path", pattern, confine);
  if (!scan.isGlob) {
    if (info.isDirectory()) {
      const folder = displayPath(workspace, base);
      throw new UsageError(
        `artifact path "${pattern}" is a directory; give a glob such as ${folder}/*.apk (or ${folder}/**/*.{apk,aab,ipa,hap})`
      );
    }
    return info.isFile() ? [base] : [];
  }
  const isMatch = picomatch2(absolutePattern, { dot: true });
  const matches = [];
  const links = [];
  await walk(base, (file, isLink) => {
    if (isMatch(toPosix(file))) (isLink ? links : matches).push(file);
  });
  for (const link of links) {
    await assertReadable(workspace, link, "artifact path", displayPath(workspace, link), confine);
    if ((await stat(link).catch(() => void 0))?.isFile()) matches.push(link);
  }
  return matches;
}
async function walk(dir, visit) {
  let seen = 0;
  const queue = [dir];
  for (let next = 0; next < queue.length; next++) {
    const current = queue[next];
    const entries = await readdir(current, { withFileTypes: true }).catch((error) => {
      throw new UsageError(
        `artifact globs cannot list ${current} (${error.code ?? String(error)}); fix its permissions or narrow the pattern`
      );
    });
    for (const entry of entries) {
      if (++seen > MAX_WALK_ENTRIES)
        throw new UsageError(`artifact globs match too much below ${dir}; narrow the pattern`);
      const full = node_path_default.join(current, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) queue.push(full);
      else if (entry.isFile()) visit(full, false);
      else if (entry.isSymbolicLink()) visit(full, true);
    }
  }
}

// src/declaration/shape.ts, src/declaration/valid.ts, src/declaration/yaml-scalars.ts, src/declaration/plain-yaml.ts, src/declaration/load.ts
var APP_KINDS = ["app", "mini-program", "quick-app"];
var FILING_STATUSES = ["approved", "pending", "not-filed"];
var PLATFORMS_BY_KIND = {
  app: ["android", "ios", "harmony"],
  "mini-program": MINI_PROGRAM_PLATFORMS,
  "quick-app": ["quickApp"]
};
var packageName = (what) => ({
  pattern: /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_][A-Za-z0-9_]*)+$/,
  message: `${what} must be dot-separated identifiers like com.example.shop`
});
var bundleId = (what) => ({
  pattern: /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/,
  message: `${what} must be a reverse-DNS id like com.example.shop`
});
var WECHAT_APP_ID = {
  pattern: /^wx[0-9a-f]{16}$/,
  message: 'a WeChat AppID is "wx" followed by 16 hex digits'
};
var ALIPAY_APP_ID = { pattern: /^\d{16}$/, message: "an Alipay AppID is 16 digits" };
var DOUYIN_APP_ID = { pattern: /^tt[0-9a-z]+$/, message: 'a Douyin AppID starts with "tt"' };
var APP_ID = {
  pattern: /^[a-z0-9-]+$/,
  message: "app ids are lowercase letters, digits and hyphens"
};
var GRADLE_VARIANT = {
  pattern: /^[A-Za-z][A-Za-z0-9]*$/,
  message: "a Gradle variant name such as prodRelease"
};
function dateProblem(value) {
  if (isCalendarDate(value)) return void 0;
  return {
    message: `${quoteExcerpt(value)} is not a date`,
    hint: "write dates as YYYY-MM-DD, e.g. 2024-03-31"
  };
}
var FINGERPRINT_SEPARATOR = /[\s:]/;
var FINGERPRINT_SEPARATORS = /[\s:]/g;
var HEX_DIGITS = /^[0-9a-fA-F]*$/;
function fingerprintProblem(name, hexLength, value) {
  const hex = FINGERPRINT_SEPARATOR.test(value) ? value.replace(FINGERPRINT_SEPARATORS, "") : value;
  if (!HEX_DIGITS.test(hex)) {
    return {
      message: `${name} must be hexadecimal`,
      hint: `copy the ${name} fingerprint as keytool or openssl prints it`
    };
  }
  if (hex.length !== hexLength) {
    return {
      message: `${name} has ${hex.length} hex digits; ${name === "MD5" ? "an" : "a"} ${name} fingerprint has ${hexLength}`,
      hint: `check you copied the whole ${name} value (run \`china-filing inspect <artifact>\` to print it)`
    };
  }
  return void 0;
}
var FINGERPRINTS = [
  { key: "md5", name: "MD5", hexLength: 32 },
  { key: "sha1", name: "SHA-1", hexLength: 40 },
  { key: "sha256", name: "SHA-256", hexLength: 64 }
];
function publicKeyProblem(value) {
  const body = value.replace(/-----[A-Z ]+-----/g, "").replace(/[\s:]/g, "");
  if (!body || !(/^[0-9a-fA-F]+$/.test(body) || /^[A-Za-z0-9+/]+={0,2}$/.test(body))) {
    return {
      message: "publicKey must be hex (RSA modulus or SubjectPublicKeyInfo) or base64 (SubjectPublicKeyInfo)"
    };
  }
  return void 0;
}
function certificateProblem(cert) {
  if (!cert.md5 && !cert.sha1 && !cert.sha256 && !cert.publicKey) {
    return {
      message: "certificate names no fingerprint",
      hint: "add md5, sha1 or sha256 of the signing certificate as filed"
    };
  }
  return void 0;
}
function hostingProblems(h) {
  const problems = [];
  if (h.provider === "self-hosted") {
    if (!h.location)
      problems.push({
        message: "self-hosted hosting needs a location",
        hint: "add location: <city>",
        path: ["location"]
      });
    if (h.mainland === void 0)
      problems.push({ message: "self-hosted hosting needs mainland: true or false", path: ["mainland"] });
    if (h.region)
      problems.push({
        message: "self-hosted hosting has no region",
        hint: "use location: <city> instead",
        path: ["region"]
      });
  } else {
    if (!h.region)
      problems.push({
        message: `hosting on ${escapeControls(h.provider)} needs a region`,
        hint: "add region: <region id>, e.g. cn-shanghai"
      });
    if (h.location !== void 0 || h.mainland !== void 0) {
      problems.push({
        message: "location and mainland are only for provider: self-hosted",
        hint: "for a cloud provider, the (provider, region) pair decides",
        path: [h.location !== void 0 ? "location" : "mainland"]
      });
    }
  }
  return problems;
}
function storeProblem(value) {
  if (STORE_IDS.includes(value)) return void 0;
  const near = closestMatch(value, STORE_IDS);
  return {
    message: `unknown store ${quoteExcerpt(value)}`,
    hint: near ? `did you mean "${near}"?` : `use one of: ${STORE_IDS.join(", ")}`
  };
}
var PLAIN_VERSION = "(?:0|[1-9]\\d{0,14})\\.(?:0|[1-9]\\d{0,14})\\.(?:0|[1-9]\\d{0,14})";
var PLAIN_COMPARATOR = `(?:>=|<=|>|<|=|\\^|~)?${PLAIN_VERSION}`;
var PLAIN_SET = `${PLAIN_COMPARATOR}(?: ${PLAIN_COMPARATOR})*`;
var PLAIN_RANGE = new RegExp(`^${PLAIN_SET}(?: \\|\\| ${PLAIN_SET})*$`);
function isPlainRange(value) {
  return value.length <= 256 && PLAIN_RANGE.test(value);
}
function rangeProblem(value, validRange) {
  if (isPlainRange(value) || validRange(value) !== null) return void 0;
  return {
    message: `${quoteExcerpt(value)} is not a semver range`,
    hint: 'write a range like ">=2.0.0" or "^2.3.0 || ^3.0.0"'
  };
}
function platformProblems(app2) {
  const allowed = PLATFORMS_BY_KIND[app2.kind];
  const declared = Object.keys(app2.platforms).filter((k) => app2.platforms[k]);
  const problems = declared.filter((key) => !allowed.includes(key)).map((key) => ({
    message: `a ${app2.kind} cannot declare platform ${escapeControls(key)}`,
    hint: `platforms of a ${app2.kind}: ${allowed.join(", ")}`,
    path: ["platforms", key]
  }));
  if (declared.length === 0) {
    problems.push({
      message: "platforms declares no platform",
      hint: `add one of: ${allowed.join(", ")}`,
      path: ["platforms"]
    });
  }
  return problems;
}
function channelProblems(app2) {
  const channels = app2.release?.channels;
  if (!channels) return [];
  return Object.keys(channels).filter((channel) => !app2.stores.includes(channels[channel])).map((channel) => ({
    message: `channel ${quoteExcerpt(channel)} maps to ${quoteExcerpt(channels[channel])}, which is not in this app's stores`,
    hint: `add ${escapeControls(channels[channel])} to stores, or map the channel to one of: ${app2.stores.map(escapeControls).join(", ")}`,
    path: ["release", "channels", channel]
  }));
}
function platformsAreValid(app2) {
  const allowed = PLATFORMS_BY_KIND[app2.kind];
  let declared = 0;
  for (const key in app2.platforms) {
    if (!Object.hasOwn(app2.platforms, key) || !app2.platforms[key]) continue;
    if (!allowed.includes(key)) return false;
    declared++;
  }
  return declared > 0;
}
function provinceProblem(value) {
  if (resolveProvince(value)) return void 0;
  const near = closestMatch(value, provinceSpellings());
  return {
    message: `unknown province ${quoteExcerpt(value)}`,
    hint: near ? `did you mean "${near}"?` : "use the one-character abbreviation (沪, 京, 粤 …) or its pinyin (shanghai)"
  };
}
function creditCodeIssue(value) {
  const problem = creditCodeProblem(value);
  return problem ? { message: problem, hint: "copy the 统一社会信用代码 from the business licence" } : void 0;
}
function duplicateIdProblems(apps) {
  const seen = /* @__PURE__ */ new Map();
  const problems = [];
  apps.forEach((app2, index) => {
    const first = seen.get(app2.id);
    if (first !== void 0) {
      problems.push({
        message: `app id ${quoteExcerpt(app2.id)} is also used by apps[${first}]`,
        hint: "give every app a unique id",
        path: ["apps", index, "id"]
      });
    } else seen.set(app2.id, index);
  });
  return problems;
}
var CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
var CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCodeProblem(code) {
  const chars = [...code];
  if (chars.length !== 18) return `creditCode has ${chars.length} characters; a 统一社会信用代码 has 18`;
  const capital = (c) => c >= "a" && c <= "z" ? c.toUpperCase() : c;
  const values = chars.map((c) => CREDIT_CODE_ALPHABET.indexOf(capital(c)));
  const bad = values.findIndex((v) => v < 0);
  if (bad >= 0)
    return `creditCode character ${bad + 1} (${quoteExcerpt(chars[bad])}) is not allowed (I, O, Z, S and V never occur)`;
  const sum = CREDIT_CODE_WEIGHTS.reduce((acc, weight, i) => acc + weight * values[i], 0);
  const expected = CREDIT_CODE_ALPHABET[(31 - sum % 31) % 31];
  if (capital(chars[17]) !== expected) {
    return `creditCode check character is ${quoteExcerpt(chars[17])} but the first 17 characters give "${expected}": a typo?`;
  }
  return void 0;
}
var isString = (value) => typeof value === "string";
var nonEmpty = (value) => isString(value) && value.length >= 1;
var matching = ({ pattern }) => (value) => isString(value) && pattern.test(value);
var checked = (problem) => (value) => isString(value) && !problem(value);
var oneOf = (options) => (value) => options.includes(value);
var optional = (check) => ({ check, optional: true });
var required = (check) => ({ check });
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isPlainObject(value) {
  if (!isObject(value)) return false;
  const constructor = value.constructor;
  if (constructor === void 0 || typeof constructor !== "function") return true;
  const prototype = constructor.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, "isPrototypeOf");
}
function strict(fields, refine) {
  const specs = new Map(Object.entries(fields));
  const requiredCount = [...specs.values()].filter((field) => !field.optional).length;
  return (value) => {
    if (!isObject(value)) return false;
    let requiredPresent = 0;
    for (const key in value) {
      const field = specs.get(key);
      if (!field || !Object.hasOwn(value, key)) return false;
      const item = value[key];
      if (item === void 0) continue;
      if (!field.check(item)) return false;
      if (!field.optional) requiredPresent++;
    }
    return requiredPresent === requiredCount && (refine ? refine(value) : true);
  };
}
var list = (item, minLength = 0) => (value) => Array.isArray(value) && value.length >= minLength && value.every(item);
var isoDate = checked(dateProblem);
var certificate = strict(
  {
    ...Object.fromEntries(
      FINGERPRINTS.map(({ key, name, hexLength }) => [
        key,
        optional(checked((value) => fingerprintProblem(name, hexLength, value)))
      ])
    ),
    publicKey: optional(checked(publicKeyProblem))
  },
  (cert) => !certificateProblem(cert)
);
var platforms = strict({
  android: optional(
    strict({ package: required(matching(packageName(""))), certificate: required(certificate) })
  ),
  ios: optional(strict({ bundleId: required(matching(bundleId(""))), certificate: required(certificate) })),
  harmony: optional(
    strict({ bundleName: required(matching(packageName(""))), certificate: required(certificate) })
  ),
  wechat: optional(strict({ appId: required(matching(WECHAT_APP_ID)) })),
  alipay: optional(strict({ appId: required(matching(ALIPAY_APP_ID)) })),
  baidu: optional(strict({ appKey: required(nonEmpty) })),
  douyin: optional(strict({ appId: required(matching(DOUYIN_APP_ID)) })),
  quickApp: optional(strict({ package: required(matching(packageName(""))) }))
});
var hosting = strict(
  {
    provider: required(nonEmpty),
    region: optional(nonEmpty),
    location: optional(nonEmpty),
    mainland: optional((value) => typeof value === "boolean")
  },
  (h) => hostingProblems(h).length === 0
);
var storeId = checked(storeProblem);
var app = strict(
  {
    id: required(matching(APP_ID)),
    name: required(nonEmpty),
    kind: required(oneOf(APP_KINDS)),
    launchedOn: optional(isoDate),
    filing: required(
      strict({
        number: optional(nonEmpty),
        status: required(oneOf(FILING_STATUSES)),
        approvedOn: optional(isoDate),
        via: optional(nonEmpty)
      })
    ),
    hosting: optional(list(hosting)),
    platforms: required(platforms),
    stores: required(list(storeId, 1)),
    release: optional(
      strict({
        tags: optional((value) => nonEmpty(value) || list(nonEmpty, 1)(value)),
        // Plain ranges only: any other goes to the schema, where semver decides (shape.ts).
        versions: optional((value) => isString(value) && isPlainRange(value)),
        channels: optional(
          (value) => isPlainObject(value) && Object.entries(value).every(([k, v]) => nonEmpty(k) && storeId(v))
        )
      })
    ),
    sources: optional(
      strict({
        android: optional(
          (value) => nonEmpty(value) || strict({ path: required(nonEmpty), variant: optional(matching(GRADLE_VARIANT)) })(value)
        ),
        ios: optional(nonEmpty),
        harmony: optional(nonEmpty),
        wechat: optional(nonEmpty),
        alipay: optional(nonEmpty)
      })
    )
  },
  (a) => platformsAreValid(a) && (a.release === void 0 || channelProblems(a).length === 0)
);
var holder = strict({
  name: required(nonEmpty),
  province: required(checked(provinceProblem)),
  creditCode: optional(checked(creditCodeProblem)),
  mainNumber: optional(nonEmpty)
});
var waiver = strict({
  rule: required(nonEmpty),
  app: optional(nonEmpty),
  reason: optional(isString),
  expires: optional(isoDate)
});
var declaration = strict(
  {
    $schema: optional(isString),
    version: required((value) => value === 1),
    holder: required(holder),
    apps: required(list(app, 1)),
    waivers: optional(list(waiver))
  },
  (decl) => duplicateIdProblems(decl.apps).length === 0
);
function isValidDeclaration(raw) {
  return declaration(raw);
}
var NULL = /^(?:~|null|Null|NULL)$/;
var TRUE = /^(?:true|True|TRUE)$/;
var FALSE = /^(?:false|False|FALSE)$/;
var DECIMAL = /^[-+]?[0-9]+$/;
var OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
function plainIsString(source) {
  return ![NULL, TRUE, FALSE, DECIMAL, OTHER_NUMBER].some((pattern) => pattern.test(source));
}
var NotPlain = class extends Error {
};
function asciiTable(characters) {
  const table = new Uint8Array(128);
  for (const c of characters) table[c.charCodeAt(0)] = 1;
  return table;
}
var MAYBE_NOT_STRING = asciiTable("~nNtTfF0123456789+-.");
var NUMBER_START = asciiTable("0123456789+-.");
var FLOW_INDICATOR = asciiTable(",[]{}");
var INDICATOR = asciiTable("-?:,[]{}#&*!|>'\"%@`");
var MAX_DEPTH = 64;
var MAX_LINE_LENGTH = 65536;
var PLAIN_KEY = /(?:[^:#\r\n]|:(?![ \r\n]|$)|(?<! )#)*:(?=[ \r\n]|$)/y;
var PLAIN_VALUE = /(?:[^:#\r\n]|:(?![ \r\n]|$)|(?<! )#)*/y;
var FLOW_PLAIN = /(?:[^:#,[\]{}\r\n]|(?<! )#)*/y;
var SINGLE_QUOTED = /(?:[^'\r\n]|'')*'/y;
var DOUBLE_QUOTED = /(?:[^"\\\r\n]|\\[\\"])*"/y;
var NOT_ASCII = /[\u0080-\uffff]/;
var CARRIAGE_RETURN = 13;
var SPACE = 32;
var DASH = 45;
var HASH = 35;
var SINGLE_QUOTE = 39;
var COLON = 58;
function stringKey(key) {
  if (typeof key !== "string" || key === "__proto__" || key === "<<") throw new NotPlain();
  return key;
}
function noDuplicateKeys(mapping, entries) {
  let properties = 0;
  for (const _ in mapping) properties++;
  if (properties !== entries) throw new NotPlain();
}
function readPlainYaml(text, maxEntries) {
  return readValue(new Reader(text, maxEntries, false), () => text, maxEntries);
}
function readPlainYamlBytes(bytes, maxEntries, text) {
  return readValue(new Reader(bytes.toString("latin1"), maxEntries, false, bytes), text, maxEntries);
}
function readValue(reader, text, maxEntries) {
  let value;
  try {
    value = reader.read();
  } catch (error) {
    if (error instanceof NotPlain) return void 0;
    throw error;
  }
  let root;
  return {
    value,
    // The same text read the same way succeeds again (decoded text reads as its bytes do: every
    // character the reader decides on is ASCII); this time every node is kept.
    get root() {
      if (!root) {
        const reader2 = new Reader(text(), maxEntries, true);
        reader2.read();
        root = reader2.tree();
      }
      return root;
    }
  };
}
var Reader = class {
  /**
   * @param keepNodes whether a node is built for everything read (the tree, for positions). Without
   * them no node is built, and the value is the same.
   * @param bytes the UTF-8 bytes `text` is the Latin-1 reading of (readPlainYamlBytes); a string
   * value with a byte from 0x80 up is decoded from them.
   */
  constructor(text, maxEntries, keepNodes, bytes) {
    this.text = text;
    this.maxEntries = maxEntries;
    this.keepNodes = keepNodes;
    this.bytes = bytes;
  }
  text;
  maxEntries;
  keepNodes;
  bytes;
  /**
   * The content lines, one entry per line in each array: the column (0-based) and offset of its first
   * content character, and the offset after its content (before `\r\n` / `\n`); the line starts at
   * the content's offset minus its column. Typed arrays rather than an object per line: they live as long as the
   * reading, and a large declaration has tens of thousands of lines that every young-generation
   * collection would otherwise copy; and the fields are read in place, without a call per read.
   */
  indents = new Int32Array(0);
  contents = new Int32Array(0);
  ends = new Int32Array(0);
  lineCount = 0;
  next = 0;
  entries = 0;
  depth = 0;
  /**
   * What the methods return besides a value, in fields rather than in an object per call: a value-only
   * read (every passing run) then allocates nothing but the value (issue 10). `node` is the node of
   * what was read last, kept only with keepNodes; `stop` where it ends (a quoted scalar's closing
   * quote + 1, a flow collection's closing bracket + 1, a flow scalar's next token); `colon` the
   * offset of the colon after the key read last.
   */
  node;
  stop = 0;
  colon = 0;
  read() {
    if (this.hasByteOrderMark()) throw new NotPlain();
    this.splitLines();
    if (this.lineCount === 0) throw new NotPlain();
    const value = this.block(this.indents[0]);
    if (this.next < this.lineCount) throw new NotPlain();
    return value;
  }
  /**
   * A byte order mark anywhere in the text (U+FEFF; its UTF-8 bytes in the Latin-1 reading of a
   * file). The library drops one that starts the text, or a line before the document begins (after
   * blank or comment lines; a third in a file, or one in a text given as it is, such as a base
   * commit's declaration), where this reader would read it into a key; a mark elsewhere is rare
   * enough to leave to the library too.
   */
  hasByteOrderMark() {
    return this.text.includes(this.bytes ? "ï»¿" : "\uFEFF");
  }
  /** The root node of the text read, with keepNodes. */
  tree() {
    return this.node;
  }
  /** Content lines only: blank lines and whole-line comments carry no structure. */
  splitLines() {
    const text = this.text;
    if (text.includes("	") || text.includes("\r") && /\r(?!\n)/.test(text)) throw new NotPlain();
    this.grow(256);
    let offset = 0;
    while (offset < text.length) {
      const newline = text.indexOf("\n", offset);
      const lineEnd = newline === -1 ? text.length : newline;
      const end = text.charCodeAt(lineEnd - 1) === CARRIAGE_RETURN ? lineEnd - 1 : lineEnd;
      if (end - offset > MAX_LINE_LENGTH) throw new NotPlain();
      let contentStart = offset;
      while (contentStart < end && text.charCodeAt(contentStart) === SPACE) contentStart++;
      if (contentStart < end && text.charCodeAt(contentStart) !== HASH) {
        if (contentStart === offset && /^(?:---|\.\.\.|%)/.test(text.slice(offset, offset + 3)))
          throw new NotPlain();
        const line = this.lineCount++;
        if (line === this.contents.length) this.grow(line * 2);
        this.indents[line] = contentStart - offset;
        this.contents[line] = contentStart;
        this.ends[line] = end;
      }
      offset = lineEnd + 1;
    }
  }
  /** Room for `size` lines in the line arrays, keeping the lines read so far. */
  grow(size) {
    const grown = (from) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.indents = grown(this.indents);
    this.contents = grown(this.contents);
    this.ends = grown(this.ends);
  }
  count() {
    if (++this.entries > this.maxEntries) throw new NotPlain();
  }
  /** A block collection whose first line is the next line, at `indent`. */
  block(indent) {
    const line = this.next;
    if (this.indents[line] !== indent) throw new NotPlain();
    if (++this.depth > MAX_DEPTH) throw new NotPlain();
    const block = this.isSeqItem(line) ? this.seq(indent) : this.map(indent);
    this.depth--;
    return block;
  }
  /** Whether the line is a sequence item: `-` then a space or the end of the line (asked of every line). */
  isSeqItem(line) {
    const at = this.contents[line];
    if (this.text.charCodeAt(at) !== DASH) return false;
    return at + 1 >= this.ends[line] || this.text.charCodeAt(at + 1) === SPACE;
  }
  /** Whether the character at `at` is a space or the end of the line. */
  isBlankOrEnd(at, end) {
    return at >= end || this.text.charCodeAt(at) === SPACE;
  }
  map(indent) {
    const node = this.keepNodes ? { kind: "map", start: this.contents[this.next], items: [] } : void 0;
    const value = {};
    let entries = 0;
    while (this.next < this.lineCount) {
      const line = this.next;
      const lineIndent = this.indents[line];
      if (lineIndent < indent) break;
      if (lineIndent > indent || this.isSeqItem(line)) throw new NotPlain();
      this.count();
      entries++;
      const name = stringKey(this.key(line));
      const keyNode = this.node;
      const end = this.ends[line];
      const rest = this.skipSpaces(this.colon + 1, end);
      this.next++;
      let entry;
      if (rest >= end || this.text[rest] === "#") entry = this.nested(indent, true);
      else entry = this.inline(rest, end, indent);
      if (node) node.items.push({ key: keyNode, value: this.node });
      value[name] = entry;
    }
    noDuplicateKeys(value, entries);
    this.node = node;
    return value;
  }
  /** The value of `key:` or `-` with nothing after it: a block on the following lines. */
  nested(indent, inMap) {
    const line = this.next;
    if (line >= this.lineCount) throw new NotPlain();
    const lineIndent = this.indents[line];
    if (lineIndent > indent) return this.block(lineIndent);
    if (inMap && lineIndent === indent && this.isSeqItem(line)) return this.seq(indent);
    throw new NotPlain();
  }
  seq(indent) {
    const node = this.keepNodes ? { kind: "seq", start: this.contents[this.next], items: [] } : void 0;
    const value = [];
    while (this.next < this.lineCount) {
      const line = this.next;
      const lineIndent = this.indents[line];
      if (lineIndent < indent || lineIndent === indent && !this.isSeqItem(line)) break;
      if (lineIndent > indent) throw new NotPlain();
      this.count();
      const end = this.ends[line];
      const rest = this.skipSpaces(this.contents[line] + 1, end);
      let entry;
      if (rest >= end || this.text[rest] === "#") {
        this.next++;
        entry = this.nested(indent, false);
      } else if (this.startsMapEntry(rest, end)) {
        const column = rest - (this.contents[line] - this.indents[line]);
        this.indents[line] = column;
        this.contents[line] = rest;
        entry = this.map(column);
      } else {
        this.next++;
        entry = this.inline(rest, end, indent);
      }
      if (node) node.items.push(this.node);
      value.push(entry);
    }
    this.node = node;
    return value;
  }
  /** Whether the text at `at` is `key:` followed by a space or the end of the line. */
  startsMapEntry(at, end) {
    const quote2 = this.text[at];
    if (quote2 === '"' || quote2 === "'") {
      this.quoted(at);
      return this.text[this.stop] === ":" && this.isBlankOrEnd(this.stop + 1, end);
    }
    return this.plainKeyEnd(at, end) !== -1;
  }
  /**
   * Whether a plain scalar may start at `at`: not with an indicator, except `-`, `?` and `:` followed
   * by a character that is not a space (`-7`, `:x`), as YAML allows.
   */
  startsPlain(at, end, flow = false) {
    const c = this.text[at];
    if (c === void 0 || at >= end) return false;
    if (INDICATOR[this.text.charCodeAt(at)] !== 1) return true;
    if (c !== "-" && c !== "?" && c !== ":") return false;
    const next = this.text[at + 1];
    return at + 1 < end && next !== " " && !(flow && FLOW_INDICATOR[next.charCodeAt(0)] === 1);
  }
  /** Where a plain key ends (its `:`), or -1 when the text is no plain key. */
  plainKeyEnd(at, end) {
    if (!this.startsPlain(at, end)) return -1;
    PLAIN_KEY.lastIndex = at;
    return PLAIN_KEY.test(this.text) ? PLAIN_KEY.lastIndex - 1 : -1;
  }
  /** A mapping key: its value; its node in `node`, its colon in `colon`. */
  key(line) {
    const at = this.contents[line];
    const end = this.ends[line];
    const quote2 = this.text[at];
    if (quote2 === '"' || quote2 === "'") {
      const value = this.quoted(at);
      const close = this.stop;
      if (this.text[close] !== ":" || !this.isBlankOrEnd(close + 1, end)) throw new NotPlain();
      this.colon = close;
      return value;
    }
    const colon = this.plainKeyEnd(at, end);
    if (colon === -1 || this.text[colon - 1] === " ") throw new NotPlain();
    this.colon = colon;
    return this.plain(at, colon);
  }
  /** A value written on the line of its key or dash: a scalar or a flow list. */
  inline(at, end, indent) {
    const c = this.text[at];
    let value;
    let after;
    if (c === '"' || c === "'") {
      value = this.quoted(at);
      after = this.stop;
    } else if (c === "[") {
      value = this.flowSeq(at, end);
      after = this.stop;
    } else if (c === "{") {
      value = this.flowMap(at, end);
      after = this.stop;
    } else {
      if (!this.startsPlain(at, end)) throw new NotPlain();
      const text = this.text;
      PLAIN_VALUE.lastIndex = at;
      PLAIN_VALUE.test(text);
      const stop = PLAIN_VALUE.lastIndex;
      if (stop < end && text.charCodeAt(stop) === COLON) throw new NotPlain();
      let last = stop;
      while (last > at && text.charCodeAt(last - 1) === SPACE) last--;
      value = this.plain(at, last);
      after = stop;
    }
    if (after < end) this.expectLineEnd(after, end);
    if (this.next < this.lineCount && this.indents[this.next] > indent) throw new NotPlain();
    return value;
  }
  /** After a value only spaces and a comment may follow. */
  expectLineEnd(at, end) {
    const rest = this.skipSpaces(at, end);
    if (rest < end && !(this.text[rest] === "#" && this.text[rest - 1] === " ")) throw new NotPlain();
  }
  skipSpaces(at, end) {
    while (at < end && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }
  /** `[a, 'b', "c"]` on one line: scalars only. Ends (`stop`) after its `]`. */
  flowSeq(at, end) {
    const node = this.keepNodes ? { kind: "seq", start: at, items: [] } : void 0;
    const value = [];
    this.count();
    let i = this.skipSpaces(at + 1, end);
    if (this.text[i] === "]" && i < end) return this.flowEnd(node, value, i + 1);
    for (; ; ) {
      this.count();
      const item = this.flowScalar(i, end, false);
      if (node) node.items.push(this.node);
      value.push(item);
      i = this.stop;
      if (this.text[i] === "]" && i < end) return this.flowEnd(node, value, i + 1);
      if (this.text[i] !== "," || i >= end) throw new NotPlain();
      i = this.skipSpaces(i + 1, end);
      if (i >= end || this.text[i] === "]") throw new NotPlain();
    }
  }
  /** `{ key: value, … }` on one line: scalar keys and values only. Ends (`stop`) after its `}`. */
  flowMap(at, end) {
    const node = this.keepNodes ? { kind: "map", start: at, items: [] } : void 0;
    const value = {};
    this.count();
    let i = this.skipSpaces(at + 1, end);
    if (this.text[i] === "}" && i < end) return this.flowEnd(node, value, i + 1);
    for (let entries = 1; ; entries++) {
      this.count();
      const name = stringKey(this.flowScalar(i, end, true));
      const keyNode = this.node;
      const next = this.stop;
      if (this.text[next] !== ":" || this.text[next + 1] !== " " || next + 1 >= end) throw new NotPlain();
      const item = this.flowScalar(this.skipSpaces(next + 1, end), end, false);
      if (node) node.items.push({ key: keyNode, value: this.node });
      value[name] = item;
      i = this.stop;
      if (this.text[i] === "}" && i < end) {
        noDuplicateKeys(value, entries);
        return this.flowEnd(node, value, i + 1);
      }
      if (this.text[i] !== "," || i >= end) throw new NotPlain();
      i = this.skipSpaces(i + 1, end);
      if (i >= end || this.text[i] === "}") throw new NotPlain();
    }
  }
  /** A flow collection read: its node (with keepNodes) and where it ends, then its value. */
  flowEnd(node, value, stop) {
    this.node = node;
    this.stop = stop;
    return value;
  }
  /**
   * A scalar inside a flow collection; where the next token starts in `stop`. A plain one ends at a
   * flow indicator (`,[]{}`) or, for a key, at `: `; any other `:` or a comment is left to the library.
   */
  flowScalar(at, end, isKey) {
    const c = this.text[at];
    if (c === '"' || c === "'") {
      const value2 = this.quoted(at);
      this.stop = this.skipSpaces(this.stop, end);
      return value2;
    }
    if (!this.startsPlain(at, end, true)) throw new NotPlain();
    const text = this.text;
    FLOW_PLAIN.lastIndex = at + 1;
    FLOW_PLAIN.test(text);
    const stop = FLOW_PLAIN.lastIndex;
    if (stop < end) {
      const code = text.charCodeAt(stop);
      if (code === HASH) throw new NotPlain();
      if (code === COLON && !(isKey && text.charCodeAt(stop + 1) === SPACE)) throw new NotPlain();
    }
    let last = stop;
    while (last > at && text.charCodeAt(last - 1) === SPACE) last--;
    const value = this.plain(at, last);
    this.stop = this.skipSpaces(stop, end);
    return value;
  }
  /** A plain scalar from `start` to `end` (trailing spaces already excluded): its value. */
  plain(start, end) {
    const source = this.text.slice(start, end);
    if (source === "" || source.includes(" #")) throw new NotPlain();
    let value = source;
    const first = source.charCodeAt(0);
    if (MAYBE_NOT_STRING[first] === 1) {
      if (NUMBER_START[first] === 1) {
        if (DECIMAL.test(source)) {
          const digits = parseInt(source.replace(/^[-+]/, ""), 10);
          value = source.startsWith("-") ? -1 * digits : digits;
        } else if (OTHER_NUMBER.test(source)) throw new NotPlain();
      } else if (NULL.test(source)) value = null;
      else if (TRUE.test(source)) value = true;
      else if (FALSE.test(source)) value = false;
    }
    if (value === source && this.bytes && NOT_ASCII.test(source))
      value = this.bytes.toString("utf8", start, end);
    if (this.keepNodes) this.node = { kind: "scalar", start, end, value };
    return value;
  }
  /** A quoted scalar's value, unescaped: escapes are ASCII, so its UTF-8 sequences are whole. */
  decodedQuoted(value) {
    return !this.bytes || !NOT_ASCII.test(value) ? value : Buffer.from(value, "latin1").toString("utf8");
  }
  /** A scalar's value, its node kept (with keepNodes) in `node`. */
  scalar(start, end, value) {
    if (this.keepNodes) this.node = { kind: "scalar", start, end, value };
    return value;
  }
  /**
   * A quoted scalar closed on the same line: its value, and in `stop` the offset after the closing
   * quote. Escapes other than `\\` and `\"` are left to the library.
   */
  quoted(start) {
    const single = this.text.charCodeAt(start) === SINGLE_QUOTE;
    const pattern = single ? SINGLE_QUOTED : DOUBLE_QUOTED;
    pattern.lastIndex = start + 1;
    if (!pattern.test(this.text)) throw new NotPlain();
    const close = pattern.lastIndex;
    let value = this.text.slice(start + 1, close - 1);
    if (single) {
      if (value.includes("''")) value = value.replaceAll("''", "'");
    } else if (value.includes("\\")) value = value.replace(/\\(.)/g, "$1");
    this.stop = close;
    return this.scalar(start, close, this.decodedQuoted(value));
  }
};
var MAX_DECLARATION_BYTES = 1024 * 1024;
var MAX_DECLARATION_NODES = 1e5;
function syntaxFinding(message, location) {
  return { rule: "declaration-syntax", severity: "error", message, ...location ? { location } : {} };
}
async function loadDeclaration(path, displayPath2) {
  const start = { file: displayPath2, line: 1, column: 1 };
  const cannotRead = async (error) => {
    const code = error.code;
    const sibling = code === "ENOENT" ? await otherExtension(path) : void 0;
    const message = code === "ENOENT" ? sibling ? `${displayPath2} does not exist, but ${sibling} does beside it. Rename it to ${basename(path)}, or point the config input / --config at it.` : `${displayPath2} does not exist. Create it (\`china-filing init\` writes a starter) or set the config input / --config to its path.` : `${displayPath2} cannot be read (${code ?? String(error)}). Check the path and its permissions.`;
    return { findings: [syntaxFinding(message, start)] };
  };
  let real;
  try {
    real = await realpath(path);
  } catch (error) {
    return cannotRead(error);
  }
  if (real.split(sep).includes(".git") || path.split(sep).includes(".git")) {
    return {
      findings: [
        syntaxFinding(
          `${displayPath2} is inside a .git folder${real !== path ? " (through a symbolic link)" : ""}; the gate never reads git's own files. Point --config / the config input at china-filing.yml in the repository tree.`,
          start
        )
      ]
    };
  }
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    return cannotRead(error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      return {
        findings: [
          syntaxFinding(
            `${displayPath2} is not a file. Point --config / the config input at china-filing.yml.`,
            start
          )
        ]
      };
    }
    if (info.size > MAX_DECLARATION_BYTES) {
      return {
        findings: [
          syntaxFinding(
            `${displayPath2} is ${info.size} bytes; a declaration is at most ${MAX_DECLARATION_BYTES} bytes. Is --config pointing at the right file?`,
            start
          )
        ]
      };
    }
    let bytes;
    try {
      bytes = await handle.readFile();
    } catch (error) {
      return {
        findings: [syntaxFinding(`${displayPath2} cannot be read (${error.message}).`, start)]
      };
    }
    return await parseDeclarationBytes(bytes, displayPath2);
  } finally {
    await handle.close();
  }
}
async function otherExtension(file) {
  const match = /\.(ya?ml)$/i.exec(file);
  if (!match) return void 0;
  const other = file.slice(0, -match[1].length) + (match[1].toLowerCase() === "yml" ? "yaml" : "yml");
  const exists = await stat(other).then(
    (info) => info.isFile(),
    () => false
  );
  return exists ? basename(other) : void 0;
}
async function parseDeclarationBytes(bytes, file) {
  const start = { file, line: 1, column: 1 };
  if (bytes.includes(0)) {
    return {
      findings: [
        syntaxFinding(`${file} is a binary file, not YAML. Point the config at china-filing.yml.`, start)
      ]
    };
  }
  if (!isUtf8(bytes)) {
    return {
      findings: [
        syntaxFinding(
          `${file} is not UTF-8 text. Save it as UTF-8 (the filing number contains Chinese characters).`,
          start
        )
      ]
    };
  }
  let body = bytes;
  for (let i = 0; i < 2 && body[0] === 239 && body[1] === 187 && body[2] === 191; i++)
    body = body.subarray(3);
  let text;
  const decoded = () => text ??= body.toString("utf8");
  return judgeReading(readPlainYamlBytes(body, MAX_DECLARATION_NODES, decoded), decoded, file);
}
async function parseDeclaration(text, file) {
  return judgeReading(readPlainYaml(text, MAX_DECLARATION_NODES), () => text, file);
}
async function judgeReading(plain, text, file) {
  const read = plain ?? (await Promise.resolve().then(() => __toESM(require("./check/yaml-library-WN7R263Q.js")))).readWithYamlLibrary(text(), file);
  if ("findings" in read) return read;
  return acceptDeclaration(read, text, file) ?? (await Promise.resolve().then(() => __toESM(require("./check/diagnose-LQ642OCH.js")))).diagnoseDeclaration(read, text(), file);
}
function acceptDeclaration(read, text, file) {
  if (!isValidDeclaration(read.value)) return void 0;
  return { declaration: { file, data: read.value, locate: locator(read, text, file) }, findings: [] };
}
function locator(read, text, file) {
  let lineStarts;
  const at = (offset, end) => toLocation(file, lineStarts ??= lineStartsOf(text()), offset, end);
  return (path, part = "value") => locateNode(read.root, path, part, at);
}
function lineStartsOf(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function linePos(lineStarts, offset) {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, col: offset - lineStarts[low] + 1 };
}
function toLocation(file, lineStarts, offset, end) {
  const startPos = linePos(lineStarts, offset);
  const location = { file, line: startPos.line, column: startPos.col };
  if (end !== void 0 && end > offset) {
    const endPos = linePos(lineStarts, end);
    location.endLine = endPos.line;
    location.endColumn = endPos.col;
  }
  return location;
}
function locateNode(root, path, part, at) {
  let node = root;
  let best = root.kind === "map" || root.kind === "seq" ? root : void 0;
  let bestKey;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (node?.kind === "map") {
      const pair = node.items.find(
        (p) => p.key && String(p.key.value) === String(segment)
      );
      if (!pair) break;
      const key = pair.key;
      if (last && part === "key") return rangeOf(key, at);
      bestKey = key;
      node = pair.value;
      best = !pair.value || pair.value.kind === "map" || pair.value.kind === "seq" ? key : pair.value;
    } else if (node?.kind === "seq" && typeof segment === "number") {
      const item = node.items[segment];
      if (!item) break;
      node = item;
      best = item;
      bestKey = void 0;
    } else break;
  }
  const target = best ?? bestKey;
  return target ? rangeOf(target, at) : at(0);
}
function rangeOf(node, at) {
  return node.kind === "map" || node.kind === "seq" ? at(node.start) : at(node.start, node.end);
}

// src/sources/file-types.ts
var FILE_TYPE_PLATFORM = {
  gradle: "android",
  "android-manifest": "android",
  "xcode-project": "ios",
  "info-plist": "ios",
  "wechat-project-config": "wechat",
  "alipay-project": "alipay",
  "uni-app-manifest": "wechat",
  "harmony-app": "harmony",
  "harmony-build-profile": "harmony"
};
function identityFileType(relPath) {
  const name = relPath.split(/[\\/]/).pop() ?? "";
  if (name === "build.gradle" || name === "build.gradle.kts") return "gradle";
  if (name === "AndroidManifest.xml") return "android-manifest";
  if (name === "project.pbxproj") return "xcode-project";
  if (name === "Info.plist" || name.endsWith("-Info.plist")) return "info-plist";
  if (name === "project.config.json" || name === "project.private.config.json") return "wechat-project-config";
  if (name === "mini.project.json") return "alipay-project";
  if (name === "manifest.json") return "uni-app-manifest";
  if (name === "app.json5") return "harmony-app";
  if (name === "build-profile.json5") return "harmony-build-profile";
  return void 0;
}

// src/cli/fs-errors.ts, src/sources/scan.ts, src/report/evidence.ts, src/scope.ts, src/gate.ts, src/check.ts, src/cli/commands.ts, src/settle.ts, src/cli/program.ts, src/cli/options.ts, src/cli/check.ts, src/cli/programs/check.ts
var REASONS = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EEXIST: "it already exists",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long"
};
var FIXES = {
  ENOENT: "create the folder first, or choose a path in an existing folder",
  ENOTDIR: "choose a path whose folders are folders",
  EISDIR: "give a file name inside the folder",
  EACCES: "check the permissions, or choose another path",
  EPERM: "check the permissions, or choose another path",
  EROFS: "choose a writable path",
  ENOSPC: "free some space, or choose another path",
  EEXIST: "remove it, or choose another path",
  ELOOP: "point at the real file",
  ENAMETOOLONG: "choose a shorter path"
};
function fileSystemProblem(error) {
  const e = error;
  if (!e || typeof e !== "object" || typeof e.code !== "string" || !(e.code in REASONS)) return void 0;
  const target = e.path ? `${e.path}: ` : "";
  return `${target}${REASONS[e.code]} (${e.code}${e.syscall ? ` on ${e.syscall}` : ""}); ${FIXES[e.code]}.`;
}
var detectors = () => Promise.resolve().then(() => __toESM(require("./check/detectors-GCALXRGF.js")));
var MAX_SOURCE_FILE_BYTES = 2 * 1024 * 1024;
var MAX_WALK_DEPTH = 6;
var MAX_WALK_ENTRIES2 = 1e5;
var MAX_SYMLINK_NOTES = 5;
var WALK_PREFETCH = 32;
var MAX_BUILD_LOGIC_FILES = 500;
var SKIPPED_DIRS2 = /* @__PURE__ */ new Set([
  "node_modules",
  "build",
  "Build",
  // Carthage/Build, Xcode
  "xcuserdata",
  "Pods",
  "dist",
  "DerivedData",
  "unpackage",
  // uni-app build output
  "miniprogram_npm",
  // WeChat npm build output
  "oh_modules",
  // HarmonyOS ohpm dependencies
  // uni-app plugins (DCloud's plugin market), dependencies as node_modules are: uni-ui's uni-scss
  // ships a manifest.json with an empty mp-weixin.appid that read as the app's (yudao-mall-uniapp).
  "uni_modules",
  "ephemeral",
  // Flutter generated platform files
  "Carthage"
]);
var PLATFORMS = ["android", "ios", "wechat", "alipay", "harmony"];
var EXPECTED_FILES = {
  android: "build.gradle, build.gradle.kts or AndroidManifest.xml",
  ios: "project.pbxproj (or the .xcodeproj directory) or Info.plist",
  wechat: "project.config.json, project.private.config.json or a uni-app manifest.json",
  alipay: "mini.project.json",
  harmony: "AppScope/app.json5 or build-profile.json5"
};
var ScanResult = class {
  scan = { identities: [], signing: [], files: [], unresolved: [], notes: [] };
  /**
   * Adds what one file gave. The file is listed in `files` when it contributed something, or when
   * it is `listed` anyway: a declared file, or a companion the identity depends on (an Info.plist
   * that defers to the project file today can pin a literal id in a pull request tomorrow).
   */
  add(detected, file, listed = false, module2) {
    if (module2 !== void 0) {
      for (const identity of detected.identities) identity.module ??= module2;
      for (const unresolved of detected.unresolved) unresolved.module ??= module2;
    }
    this.scan.identities.push(...detected.identities);
    this.scan.signing.push(...detected.signing);
    this.scan.unresolved.push(...detected.unresolved);
    this.scan.notes.push(...detected.notes);
    const contributed = detected.identities.length + detected.signing.length + detected.unresolved.length + detected.notes.length > 0;
    if ((contributed || listed) && !this.scan.files.includes(file)) this.scan.files.push(file);
  }
  note(note) {
    this.scan.notes.push(note);
  }
};
var toPosix2 = (p) => p.split(node_path_default.sep).join("/");
async function scanSources(workspace, hints = {}, limits = {}) {
  const root = node_path_default.resolve(workspace);
  const result = new ScanResult();
  const reader = new SourceReader(root, result);
  const hinted = PLATFORMS.filter((p) => hints[p] !== void 0);
  if (hinted.length > 0) {
    for (const platform of hinted) {
      const hint = hints[platform];
      const input = typeof hint === "string" ? hint : hint.path;
      const variant = typeof hint === "string" ? void 0 : hint.variant;
      for (const rel of await reader.resolveDeclared(platform, input))
        await scanFile(reader, result, rel, platform, true, variant);
    }
  } else {
    for (const { rel, type } of await findIdentityFiles(
      root,
      result,
      limits.maxEntries ?? MAX_WALK_ENTRIES2
    )) {
      await scanFile(reader, result, rel, FILE_TYPE_PLATFORM[type], false);
    }
  }
  const byPlace = (a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column;
  result.scan.identities.sort(byPlace);
  result.scan.signing.sort(byPlace);
  result.scan.unresolved.sort(byPlace);
  return result.scan;
}
var SourceReader = class {
  constructor(root, result) {
    this.root = root;
    this.result = result;
  }
  root;
  result;
  /** The root's real path, resolved once for every file the scan reads. */
  realRoot;
  resolvedRoot() {
    return this.realRoot ??= realpath(this.root).catch(() => this.root);
  }
  /**
   * A declared path, validated and resolved to the identity file(s) it names (a folder may hold
   * several Android application modules); empty after a note.
   */
  async resolveDeclared(platform, input) {
    const invalid = (message) => {
      this.result.note({ kind: "invalid-path", file: input, platform, message });
      return [];
    };
    if (input.trim() === "")
      return invalid(`sources.${platform} is empty; name the ${EXPECTED_FILES[platform]} file`);
    const absolute = node_path_default.resolve(this.root, input);
    const relative = node_path_default.relative(this.root, absolute);
    if (leadsOutside(relative)) {
      return invalid(
        `sources.${platform} "${input}" is outside the workspace; use a path relative to the repository root, e.g. ${exampleHint(platform)}`
      );
    }
    if (!await realPathInWorkspace(this.root, absolute)) {
      return invalid(
        `sources.${platform} "${input}" is a symbolic link to outside the workspace; name the file itself`
      );
    }
    const info = await stat(absolute).catch(() => void 0);
    if (!info) {
      this.result.note({
        kind: "missing",
        file: toPosix2(relative) || input,
        platform,
        message: `sources.${platform} "${input}" does not exist; fix the path (expected ${EXPECTED_FILES[platform]})`
      });
      return [];
    }
    let rel = toPosix2(relative);
    if (info.isDirectory()) {
      if (platform === "android") {
        const modules = await this.applicationModules(rel);
        if (modules.length > 0) return modules;
      }
      const inside = await this.fileInDirectory(platform, rel);
      if (!inside) {
        return invalid(
          `sources.${platform} "${input}" is a directory without a ${EXPECTED_FILES[platform]} file; name the file`
        );
      }
      rel = inside;
    }
    const type = identityFileType(rel);
    if (!type || FILE_TYPE_PLATFORM[type] !== platform) {
      return invalid(
        `sources.${platform} "${input}" is not a ${platform} identity file; expected ${EXPECTED_FILES[platform]}`
      );
    }
    return [rel];
  }
  /**
   * The Android application module(s) in a declared folder: `android` is a Gradle root whose
   * `build.gradle` only configures plugins; the app is `android/app` (or any module applying
   * com.android.application within two levels).
   */
  async applicationModules(dir) {
    const { detectGradle } = await detectors();
    const found = [];
    const visit = async (folder, depth) => {
      for (const name of ["build.gradle.kts", "build.gradle"]) {
        const rel = [folder, name].filter((p) => p !== "").join("/");
        if (!await this.isFile(rel)) continue;
        const text = await this.read(rel, "android", false);
        if (text !== void 0 && isApplicationScript(detectGradle(rel, text))) found.push(rel);
        break;
      }
      if (depth >= 2) return;
      const entries = await readdir(node_path_default.join(this.root, folder), { withFileTypes: true }).catch(() => []);
      entries.sort((a, b) => compareText(a.name, b.name));
      for (const entry of entries) {
        if (!entry.isDirectory() || entry.name.startsWith(".") || SKIPPED_DIRS2.has(entry.name)) continue;
        await visit([folder, entry.name].filter((p) => p !== "").join("/"), depth + 1);
      }
    };
    await visit(dir, 0);
    return found;
  }
  symbolCache = /* @__PURE__ */ new Map();
  /**
   * The constants a module's script may use from outside it: gradle.properties of the module and of
   * the Gradle root, and `const val` / enum properties of the build logic (buildSrc, build-logic,
   * every `includeBuild`). Read once per Gradle root.
   */
  async gradleSymbols(moduleRel) {
    const { SymbolTable, readGradleProperties, readKotlinConstants, readScriptConstants } = await detectors();
    const moduleDir = node_path_default.posix.dirname(moduleRel);
    const gradleRoot = await this.gradleRoot(moduleDir);
    const key = `${gradleRoot}\0${moduleDir}`;
    const cached = this.symbolCache.get(key);
    if (cached) return cached;
    const table = new SymbolTable();
    const join2 = (...parts) => node_path_default.posix.join(...parts.filter((p) => p !== "" && p !== ".")) || ".";
    for (const dir of [.../* @__PURE__ */ new Set([moduleDir, gradleRoot])]) {
      const file = join2(dir, "gradle.properties");
      const text = await this.read(file, "android", false);
      if (text !== void 0) readGradleProperties(file, text, table);
    }
    if (gradleRoot !== moduleDir) {
      for (const name of ["build.gradle.kts", "build.gradle"]) {
        const file = join2(gradleRoot, name);
        const text = await this.read(file, "android", false);
        if (text === void 0) continue;
        readScriptConstants(file, text, table);
        break;
      }
    }
    const logicDirs = /* @__PURE__ */ new Set([join2(gradleRoot, "buildSrc"), join2(gradleRoot, "build-logic")]);
    for (const name of ["settings.gradle.kts", "settings.gradle"]) {
      const text = await this.read(join2(gradleRoot, name), "android", false);
      if (text === void 0) continue;
      for (const match of text.matchAll(/includeBuild\s*\(?\s*["']([^"'$]+)["']/g)) {
        const dir = join2(gradleRoot, match[1]);
        if (dir !== ".." && !dir.startsWith("../")) logicDirs.add(dir);
      }
      break;
    }
    for (const dir of logicDirs) {
      for (const file of await this.kotlinFiles(dir)) {
        const text = await this.read(file, "android", false);
        if (text !== void 0) readKotlinConstants(file, text, table);
      }
    }
    this.symbolCache.set(key, table.lookup);
    return table.lookup;
  }
  /** The nearest folder at or above a module holding settings.gradle(.kts), within the workspace. */
  async gradleRoot(moduleDir) {
    for (let dir = moduleDir; ; dir = node_path_default.posix.dirname(dir)) {
      for (const name of ["settings.gradle.kts", "settings.gradle"]) {
        if (await this.isFile(dir === "." ? name : `${dir}/${name}`)) return dir;
      }
      if (dir === "." || dir === "") return moduleDir;
    }
  }
  /** Kotlin sources of build logic: bounded, so a huge included build cannot stall the scan. */
  async kotlinFiles(dir) {
    const files = [];
    const queue = [dir];
    let entriesSeen = 0;
    while (queue.length > 0 && files.length < MAX_BUILD_LOGIC_FILES && entriesSeen < MAX_WALK_ENTRIES2) {
      const folder = queue.shift();
      const entries = await readdir(node_path_default.join(this.root, folder), { withFileTypes: true }).catch(() => []);
      entries.sort((a, b) => compareText(a.name, b.name));
      for (const entry of entries) {
        entriesSeen++;
        const rel = `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!entry.name.startsWith(".") && !SKIPPED_DIRS2.has(entry.name)) queue.push(rel);
        } else if (entry.isFile() && entry.name.endsWith(".kt")) files.push(rel);
      }
    }
    return files.slice(0, MAX_BUILD_LOGIC_FILES);
  }
  async fileInDirectory(platform, dir) {
    const join2 = (...parts) => [dir, ...parts].filter((p) => p !== "").join("/");
    const candidates = {
      android: ["build.gradle.kts", "build.gradle", "app/build.gradle.kts", "app/build.gradle"],
      ios: ["project.pbxproj"],
      wechat: ["project.config.json"],
      alipay: ["mini.project.json"],
      harmony: ["AppScope/app.json5"]
    };
    for (const candidate of candidates[platform]) {
      if (await this.isFile(join2(candidate))) return join2(candidate);
    }
    if (platform === "ios") {
      const entries = await readdir(node_path_default.join(this.root, dir), { withFileTypes: true }).catch(() => []);
      const projects = entries.filter(
        (e) => e.isDirectory() && e.name.endsWith(".xcodeproj") && e.name !== "Pods.xcodeproj"
      );
      if (projects.length === 1 && await this.isFile(join2(projects[0].name, "project.pbxproj"))) {
        return join2(projects[0].name, "project.pbxproj");
      }
    }
    return void 0;
  }
  async isFile(rel) {
    return (await stat(node_path_default.join(this.root, rel)).catch(() => void 0))?.isFile() ?? false;
  }
  /**
   * The text of a workspace file. `required` files that are missing get a note; companions that
   * are missing are normal (most modules have no manifest package, most apps no private config).
   */
  async read(rel, platform, required2) {
    const absolute = node_path_default.join(this.root, rel);
    const real = await realpath(absolute).catch(() => void 0);
    const realRoot = await this.resolvedRoot();
    if (isInGitDirectory(node_path_default.relative(this.root, absolute)) || real !== void 0 && isInGitDirectory(node_path_default.relative(realRoot, real))) {
      this.result.note({
        kind: "invalid-path",
        file: rel,
        platform,
        message: `${rel} is inside a .git folder; the source scan never reads git's own files`
      });
      return void 0;
    }
    if (real !== void 0 && !isInside(realRoot, real)) {
      this.result.note({
        kind: "invalid-path",
        file: rel,
        platform,
        message: `${rel} is a symbolic link to outside the workspace; it was not read`
      });
      return void 0;
    }
    const info = await stat(absolute).catch(() => void 0);
    if (!info?.isFile()) {
      if (required2)
        this.result.note({ kind: "missing", file: rel, platform, message: `${rel} does not exist` });
      return void 0;
    }
    if (info.size > MAX_SOURCE_FILE_BYTES) {
      this.result.note({
        kind: "too-large",
        file: rel,
        platform,
        message: `${rel} is ${(info.size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_SOURCE_FILE_BYTES / 1024 / 1024} MiB limit for identity files; it was skipped`
      });
      return void 0;
    }
    try {
      return await readFile(absolute, "utf8");
    } catch (error) {
      this.result.note({
        kind: "unreadable",
        file: rel,
        platform,
        message: `${rel} could not be read (${error.code ?? String(error)})`
      });
      return void 0;
    }
  }
};
function exampleHint(platform) {
  return {
    android: "android/app/build.gradle.kts",
    ios: "ios/Runner.xcodeproj/project.pbxproj",
    wechat: "project.config.json",
    alipay: "mini.project.json",
    harmony: "AppScope/app.json5"
  }[platform];
}
async function scanFile(reader, result, rel, platform, declared, variant) {
  const { detectIdentities } = await detectors();
  const text = await reader.read(rel, platform, true);
  if (text === void 0) return;
  if (declared) result.add(empty(), rel, true);
  const type = identityFileType(rel);
  if (type === "gradle") return scanGradleModule(reader, result, rel, text, declared, variant);
  if (type === "xcode-project") return scanXcodeProject(reader, result, rel, text);
  if (type === "wechat-project-config") return scanWeChatProject(reader, result, rel, text);
  if (type === "harmony-app") return scanHarmonyApp(reader, result, rel, text);
  const detected = detectIdentities(rel, text);
  if (declared && type === "android-manifest" && detected.identities.length + detected.unresolved.length === 0) {
    detected.notes.push({
      kind: "no-identity",
      file: rel,
      platform,
      message: `${rel} has no package attribute`
    });
  }
  result.add(detected, rel, false, moduleOf(rel));
}
function moduleOf(rel) {
  const dir = node_path_default.posix.dirname(rel);
  if (rel.endsWith(".xcodeproj/project.pbxproj")) return dir;
  if (/(^|\/)AppScope$/.test(dir)) return node_path_default.posix.dirname(dir);
  return dir;
}
function isApplicationScript({ model, identities, unresolved }) {
  return model !== void 0 && (model.appliesApplicationPlugin || identities.length + unresolved.length > 0);
}
function needsManifestPackage(model) {
  if (model.defaultConfig.applicationId) return false;
  return model.flavors.size === 0 || [...model.flavors.values()].some((f) => !f.applicationId);
}
async function scanGradleModule(reader, result, rel, text, declared, variant) {
  const { detectAndroidManifest, detectGradle, readManifestPackage } = await detectors();
  const options = {
    ...variant ? { variant } : {},
    ...declared ? { applicationModule: true } : {}
  };
  let { model, ...detected } = detectGradle(rel, text, options);
  const isAppModule = model !== void 0 && (model.appliesApplicationPlugin || detected.identities.length + detected.unresolved.length > 0);
  if (!declared && !isAppModule && detected.notes.length === 0) return;
  if (detected.unresolved.length > 0) {
    options.symbols = await reader.gradleSymbols(rel);
    ({ model, ...detected } = detectGradle(rel, text, options));
  }
  const namespaceGaveId = model?.namespace !== void 0 && detected.identities.length + detected.unresolved.length > 0;
  if (model && needsManifestPackage(model) && !namespaceGaveId) {
    const manifestRel = node_path_default.posix.join(node_path_default.posix.dirname(rel), "src/main/AndroidManifest.xml");
    const manifestText = await reader.read(manifestRel, "android", false);
    const manifestPackage = manifestText === void 0 ? void 0 : readManifestPackage(manifestRel, manifestText);
    if (manifestPackage && !/\$\{/.test(manifestPackage.value)) {
      ;
      ({ model, ...detected } = detectGradle(rel, text, { ...options, manifestPackage }));
      result.add(empty(), manifestRel, true);
    } else if (manifestText !== void 0) {
      result.add(
        manifestPackage ? detectAndroidManifest(manifestRel, manifestText) : empty(),
        manifestRel,
        true
      );
    }
    if (detected.identities.length + detected.unresolved.length === 0 && (declared || model?.appliesApplicationPlugin)) {
      detected.notes.push({
        kind: "no-identity",
        file: rel,
        platform: "android",
        message: `${rel} sets no applicationId (defaultConfig or product flavours) and ${manifestRel} has no package attribute; the application id could not be found`
      });
    }
  }
  result.add(detected, rel, false, moduleOf(rel));
}
async function scanXcodeProject(reader, result, rel, text) {
  const { detectInfoPlist, detectXcodeProject } = await detectors();
  const srcRoot = node_path_default.posix.dirname(node_path_default.posix.dirname(rel));
  let { infoPlists, xcconfigs, ...detected } = detectXcodeProject(rel, text);
  if (xcconfigs.length > 0) {
    const loaded = /* @__PURE__ */ new Map();
    for (const reference of xcconfigs) {
      const fileRel = node_path_default.posix.normalize(node_path_default.posix.join(srcRoot, reference));
      if (fileRel.startsWith("../")) continue;
      loaded.set(reference, await readXcconfigSettings(reader, result, fileRel));
    }
    ;
    ({ infoPlists, xcconfigs, ...detected } = detectXcodeProject(rel, text, (p) => loaded.get(p)));
  }
  const module2 = moduleOf(rel);
  result.add(detected, rel, false, module2);
  const seen = /* @__PURE__ */ new Set();
  for (const reference of infoPlists) {
    const plistRel = node_path_default.posix.normalize(node_path_default.posix.join(srcRoot, reference.path));
    if (plistRel.startsWith("../") || node_path_default.posix.isAbsolute(plistRel)) continue;
    if (seen.has(`${reference.target}\0${plistRel}`)) continue;
    seen.add(`${reference.target}\0${plistRel}`);
    const plistText = await reader.read(plistRel, "ios", true);
    if (plistText === void 0) continue;
    const context = { target: reference.target, variant: reference.variant };
    result.add(detectInfoPlist(plistRel, plistText, context), plistRel, true, module2);
  }
}
var MAX_XCCONFIG_INCLUDES = 8;
async function readXcconfigSettings(reader, result, fileRel, depth = 0, seen = /* @__PURE__ */ new Set()) {
  const { parseXcconfig } = await detectors();
  const settings = /* @__PURE__ */ new Map();
  if (depth > MAX_XCCONFIG_INCLUDES || seen.has(fileRel)) return settings;
  seen.add(fileRel);
  const text = await reader.read(fileRel, "ios", false);
  if (text === void 0) return settings;
  result.add(empty(), fileRel, true);
  for (const entry of parseXcconfig(fileRel, text).entries) {
    if (entry.kind === "setting") settings.set(entry.key, entry.setting);
    else {
      const included = node_path_default.posix.normalize(node_path_default.posix.join(node_path_default.posix.dirname(fileRel), entry.path));
      if (included.startsWith("../") || node_path_default.posix.isAbsolute(included)) continue;
      for (const [key, value] of await readXcconfigSettings(reader, result, included, depth + 1, seen))
        settings.set(key, value);
    }
  }
  return settings;
}
async function scanWeChatProject(reader, result, rel, text) {
  const { detectIdentities } = await detectors();
  const shared = detectIdentities(rel, text);
  if (!rel.endsWith("project.private.config.json")) {
    const privateRel = node_path_default.posix.join(node_path_default.posix.dirname(rel), "project.private.config.json");
    const privateText = await reader.read(privateRel, "wechat", false);
    if (privateText !== void 0) {
      const overrides = detectIdentities(privateRel, privateText);
      if (overrides.identities.length + overrides.unresolved.length > 0) {
        for (const identity of shared.identities) identity.release = false;
        for (const unresolved of shared.unresolved) unresolved.release = false;
      }
      result.add(shared, rel, false, moduleOf(rel));
      result.add(overrides, privateRel, true, moduleOf(rel));
      return;
    }
  }
  result.add(shared, rel, false, moduleOf(rel));
}
async function scanHarmonyApp(reader, result, rel, text) {
  const { detectIdentities, everyProductSetsBundleName } = await detectors();
  const module2 = moduleOf(rel);
  const app2 = detectIdentities(rel, text);
  if (!rel.endsWith("app.json5")) {
    result.add(app2, rel, false, module2);
    return;
  }
  const projectDir = node_path_default.posix.dirname(node_path_default.posix.dirname(rel));
  const profileRel = projectDir === "." ? "build-profile.json5" : `${projectDir}/build-profile.json5`;
  const profileText = await reader.read(profileRel, "harmony", false);
  const profile = profileText === void 0 ? void 0 : detectIdentities(profileRel, profileText);
  if (profileText !== void 0 && everyProductSetsBundleName(profileRel, profileText))
    app2.identities = app2.identities.map((identity) => ({ ...identity, release: false }));
  result.add(app2, rel, false, module2);
  if (profile) result.add(profile, profileRel, true, module2);
}
function empty() {
  return { identities: [], signing: [], unresolved: [], notes: [] };
}
async function findIdentityFiles(root, result, maxEntries) {
  let symlinkNotes = 0;
  const found = [];
  const queue = [{ dir: "", depth: 0 }];
  const listDirectory = (dir) => readdir(node_path_default.join(root, dir), { withFileTypes: true }).catch(() => []);
  const prefetch = (from) => {
    for (let k = from; k < Math.min(queue.length, from + WALK_PREFETCH); k++)
      queue[k].entries ??= listDirectory(queue[k].dir);
  };
  let seen = 0;
  for (let head = 0; head < queue.length; head++) {
    prefetch(head);
    const { dir, depth } = queue[head];
    const entries = await queue[head].entries;
    queue[head].entries = void 0;
    entries.sort((a, b) => compareText(a.name, b.name));
    for (const entry of entries) {
      if (++seen > maxEntries) {
        result.note({
          kind: "too-large",
          file: ".",
          message: `the workspace has more than ${maxEntries} entries within depth ${MAX_WALK_DEPTH} (outside ${[...SKIPPED_DIRS2].slice(0, 4).join(", ")}, …); auto-detection stopped at ${dir || "."}, so identity files after it were not checked: name them under sources:`
        });
        return found;
      }
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        if (symlinkNotes < MAX_SYMLINK_NOTES && !await realPathInWorkspace(root, node_path_default.join(root, rel))) {
          symlinkNotes++;
          result.note({
            kind: "symlink",
            file: rel,
            message: `${rel} is a symbolic link to outside the workspace; the source scan does not follow it`
          });
        }
        continue;
      }
      if (entry.isDirectory()) {
        if (entry.name.startsWith(".") || SKIPPED_DIRS2.has(entry.name)) continue;
        if (depth + 1 < MAX_WALK_DEPTH) queue.push({ dir: rel, depth: depth + 1 });
        continue;
      }
      if (!entry.isFile()) continue;
      const type = autoDetectedType(rel);
      if (type) found.push({ rel, type });
    }
  }
  return found;
}
function autoDetectedType(rel) {
  const type = identityFileType(rel);
  switch (type) {
    case "gradle":
    case "wechat-project-config":
    case "alipay-project":
      return rel.endsWith("project.private.config.json") ? void 0 : type;
    case "xcode-project":
      return /\.xcodeproj\/project\.pbxproj$/.test(rel) ? type : void 0;
    case "harmony-app":
      return /(^|\/)AppScope\/app\.json5$/.test(rel) ? type : void 0;
    case "uni-app-manifest":
      return type;
    default:
      return void 0;
  }
}
var MAX_EVIDENCE_VALUE = 300;
var bounded = (text) => truncate(text, MAX_EVIDENCE_VALUE);
var boundedOrNull = (text) => text === null ? null : bounded(text);
function collectEvidence(input) {
  return {
    artifacts: (input.artifacts?.results ?? []).map((result) => {
      const identity = result.identity;
      if (!identity) {
        return {
          file: result.file,
          app: null,
          type: null,
          platform: null,
          id: null,
          version: null,
          build: null,
          signers: [],
          // Already bounded as a message (boundMessage) by the reader.
          error: result.error ?? "cannot be read"
        };
      }
      const owner = artifactOwner(input.apps, identity);
      const certificate2 = owner?.app.platforms[identity.platform]?.certificate;
      const declared = {};
      for (const key of ["sha256", "sha1", "md5"]) {
        const value = certificate2?.[key];
        if (value !== void 0) declared[key] = normalizeFingerprint(value);
      }
      return {
        file: result.file,
        app: owner?.app.id ?? null,
        type: identity.type,
        platform: identity.platform,
        id: bounded(identity.id),
        version: boundedOrNull(identity.version),
        build: boundedOrNull(identity.build),
        signers: identity.signers.map((signer, index) => ({
          subject: bounded(signer.subject),
          sha256: signer.sha256,
          sha1: signer.sha1,
          md5: signer.md5,
          schemes: signer.schemes,
          effective: index === identity.effectiveSigner,
          matchesFiling: certificate2 ? certificateMismatches(certificate2, signer).length === 0 : null,
          declared
        }))
      };
    }),
    sources: sourceEvidence(input.sources)
  };
}
function sourceEvidence(facts) {
  if (!facts) return [];
  const scans = [
    ...Object.entries(facts.declared).map(([app2, scan]) => ({ app: app2, scan })),
    ...facts.detected ? [{ app: null, scan: facts.detected }] : []
  ];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const { app: app2, scan } of scans) {
    for (const identity of scan.identities) {
      const entry = {
        file: identity.location.file,
        line: identity.location.line,
        column: identity.location.column,
        platform: identity.platform,
        key: bounded(identity.key),
        variant: boundedOrNull(identity.variant ?? null),
        value: bounded(identity.value),
        release: identity.release,
        app: app2
      };
      const key = JSON.stringify(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(entry);
    }
  }
  return out;
}
var MODES = ["release", "pull-request", "audit"];
function resolveScope(declaration2, options) {
  const ids = declaration2.apps.map((a) => a.id);
  for (const id of options.apps ?? []) {
    if (!ids.includes(id)) {
      const near = closestMatch(id, ids);
      throw new UsageError(
        `{input} names unknown app "${id}"${near ? `; did you mean "${near}"?` : ""} Declared apps: ${ids.join(", ")}`,
        "apps"
      );
    }
  }
  for (const id of options.stores ?? []) {
    if (!findStore(id)) {
      const near = closestMatch(
        id,
        STORES.map((s) => s.id)
      );
      throw new UsageError(
        `{input} names unknown store "${id}"${near ? `; did you mean "${near}"?` : ""} See the stores table in the README.`,
        "stores"
      );
    }
  }
  return declaration2.apps.map((app2, index) => {
    const stores = options.stores ? options.stores.filter((id) => findStore(id)?.kinds.includes(app2.kind)) : app2.stores.slice();
    const mainlandStores = stores.filter((id) => findStore(id)?.mainland);
    const reason = outOfScopeReason(app2, options);
    const storesOfRun = options.stores ? true : void 0;
    if (reason !== void 0)
      return { app: app2, index, inScope: false, reason, stores, mainlandStores, storesOfRun };
    return { app: app2, index, inScope: true, stores, mainlandStores, storesOfRun };
  });
}
function outOfScopeReason(app2, options) {
  if (options.apps && options.apps.length > 0) {
    return options.apps.includes(app2.id) ? void 0 : "not among the apps selected (--apps / the apps input)";
  }
  if (options.mode === "release" && options.tag !== void 0) {
    const globs = tagGlobs(app2.release?.tags);
    if (!tagMatches(options.tag, globs))
      return `tag ${options.tag} does not match release.tags (${globs.join(", ")})`;
  }
  return void 0;
}
function runGate(input) {
  const declaration2 = input.load.declaration;
  const config = declaration2?.file ?? input.load.findings[0]?.location?.file ?? "china-filing.yml";
  if (!declaration2) {
    const findings2 = finalizeFindings(input.load.findings);
    const verdict2 = decideVerdict(findings2, input.failOn, { judged: [] });
    return {
      ...header(input, config),
      verdict: verdict2.verdict,
      enforced: verdict2.enforced,
      apps: [],
      findings: findings2,
      blocking: verdict2.blocking,
      filingNumbers: {},
      evidence: collectEvidence({ artifacts: input.artifacts, sources: input.sources, apps: [] })
    };
  }
  const scope = resolveScope(declaration2.data, {
    mode: input.mode,
    apps: input.apps,
    stores: input.stores,
    tag: input.tag
  });
  if (input.mode === "release" && input.artifacts) judgeShippedApps(scope, input.artifacts);
  const raw = runRules({
    declaration: declaration2,
    mode: input.mode,
    today: input.today,
    apps: scope,
    judged: scope.filter((s) => s.inScope && s.mainlandStores.length > 0),
    ...input.tag !== void 0 ? { tag: input.tag } : {},
    ...input.version !== void 0 ? { version: input.version } : {},
    ...input.artifacts ? { artifacts: input.artifacts } : {},
    ...input.certificateExpiryDays !== void 0 ? { certificateExpiryDays: input.certificateExpiryDays } : {},
    ...input.sources ? { sources: input.sources } : {}
  });
  const findings = finalizeFindings(applyWaivers(raw, declaration2.data, input.today));
  const verdict = decideVerdict(findings, input.failOn, {
    judged: scope.filter((s) => s.inScope).map((s) => s.app.id),
    notJudged: scope.filter((s) => !s.inScope).map((s) => s.app.id),
    release: input.mode === "release"
  });
  const blocked = new Set(verdict.blocking);
  const apps = scope.map((s) => appResult(s, blocked));
  if (verdict.blockedByRun.length > 0) {
    const byRun = new Set(verdict.blockedByRun);
    for (const app2 of apps) if (byRun.has(app2.id)) app2.blockedByRun = true;
  }
  return {
    ...header(input, config),
    verdict: verdict.verdict,
    enforced: verdict.enforced,
    apps,
    findings,
    blocking: verdict.blocking,
    evidence: collectEvidence({ artifacts: input.artifacts, sources: input.sources, apps: scope }),
    filingNumbers: filingNumbersOf(apps)
  };
}
function judgeShippedApps(scope, artifacts) {
  for (const result of artifacts.results) {
    if (!result.identity) continue;
    const owner = artifactOwner(scope, result.identity);
    if (!owner || owner.inScope && !owner.shippedIn) continue;
    if (owner.mainlandStores.length === 0 || !boundForMainland(owner, result.identity)) continue;
    owner.inScope = true;
    delete owner.reason;
    (owner.shippedIn ??= []).push(result.file);
  }
}
function filingNumbersOf(apps) {
  const numbers = /* @__PURE__ */ Object.create(null);
  for (const app2 of apps) if (app2.inScope && app2.filingNumber) numbers[app2.id] = app2.filingNumber;
  return numbers;
}
function finalizeFindings(findings) {
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const finding of findings) {
    const bounded2 = { ...finding, message: boundMessage(finding.message) };
    const place = findingPlace(bounded2);
    const key = JSON.stringify([
      bounded2.rule,
      bounded2.severity,
      bounded2.app ?? null,
      bounded2.message,
      place ? [place.file, place.line, place.column] : null
    ]);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(bounded2);
  }
  return unique.sort(compareFindings);
}
function header(input, config) {
  return {
    mode: input.mode,
    failOn: input.failOn,
    today: input.today,
    config,
    ...input.tag !== void 0 ? { tag: input.tag } : {},
    ...input.version !== void 0 ? { version: input.version } : {}
  };
}
function appResult(scope, blocked) {
  const { app: app2 } = scope;
  return {
    id: app2.id,
    name: app2.name,
    kind: app2.kind,
    inScope: scope.inScope,
    // Written out, undefined for an app in scope, rather than spread in: a spread in the middle of a
    // literal takes V8's slow path for it and for every key after it, for each app (issue 10).
    reason: scope.reason,
    filingNumber: app2.filing.number ?? null,
    filingStatus: app2.filing.status,
    stores: scope.stores,
    mainlandStores: scope.mainlandStores,
    hosting: (app2.hosting ?? []).map(
      (h) => h.provider === "self-hosted" ? `self-hosted ${h.location}` : `${h.provider} ${h.region}`
    ),
    verdict: !scope.inScope ? "skipped" : blocked.has(app2.id) ? "fail" : "pass"
  };
}
function applyWaivers(findings, declaration2, today) {
  const waivers = (declaration2.waivers ?? []).filter((w) => waiverInForce(w, today));
  return findings.map((finding) => {
    const waiver2 = waivers.find(
      (w) => w.rule === finding.rule && (w.app === void 0 || w.app === finding.app)
    );
    if (!waiver2 || finding.severity === "notice") return finding;
    return {
      ...finding,
      severity: "notice",
      message: `Waived until ${waiver2.expires} (${waiver2.reason.trim()}): ${finding.message}`,
      waived: { reason: waiver2.reason.trim(), expires: waiver2.expires }
    };
  });
}
async function runCheck(options) {
  const workspace = node_path_default.resolve(options.workspace);
  const configPath = options.confine ? resolveInWorkspace(workspace, options.config, "config") : node_path_default.resolve(workspace, options.config);
  if (options.confine) await assertRealPathInside(workspace, configPath, "config", options.config);
  const load = await loadDeclaration(configPath, displayPath(workspace, configPath));
  const artifacts = options.artifacts?.length ? await collectArtifacts(workspace, options.artifacts, options.confine) : void 0;
  const prefix = scanPrefix(workspace, node_path_default.dirname(configPath));
  const sources = load.declaration && options.sources !== false ? rebaseSourceFacts(
    await collectSourceFacts(
      workspace,
      node_path_default.dirname(configPath),
      load.declaration,
      configPath,
      options.mode === "pull-request" ? options.baseSha : void 0
    ),
    leadsOutside(node_path_default.relative(workspace, node_path_default.dirname(configPath))) ? "" : prefix
  ) : void 0;
  if (options.tag !== void 0) await loadTagMatcher();
  if (options.tag !== void 0 || options.version !== void 0 || options.artifacts?.length)
    await loadSemver();
  return runGate({
    load,
    mode: options.mode,
    failOn: options.failOn,
    today: options.today,
    ...options.apps?.length ? { apps: options.apps } : {},
    ...options.stores?.length ? { stores: options.stores } : {},
    ...options.tag !== void 0 ? { tag: options.tag } : {},
    ...options.version !== void 0 ? { version: options.version } : {},
    ...artifacts ? { artifacts } : {},
    ...options.certificateExpiryDays !== void 0 ? { certificateExpiryDays: options.certificateExpiryDays } : {},
    ...sources ? { sources } : {}
  });
}
async function collectSourceFacts(workspace, root, declaration2, configPath, baseSha) {
  const declared = /* @__PURE__ */ Object.create(null);
  for (const app2 of declaration2.data.apps) {
    if (app2.sources && Object.keys(app2.sources).length > 0)
      declared[app2.id] = await scanSources(root, app2.sources);
  }
  const needsDetection = declaration2.data.apps.some((a) => !Object.hasOwn(declared, a.id));
  const detected = needsDetection ? await scanSources(root, {}) : void 0;
  const facts = { declared, ...detected ? { detected } : {}, changes: [] };
  if (!baseSha) return facts;
  const files = [.../* @__PURE__ */ new Set([...detected?.files ?? [], ...Object.values(declared).flatMap((s) => s.files)])];
  const headFiles = await Promise.all(
    files.map(async (file) => ({
      file,
      text: await readFile(node_path_default.join(root, file), "utf8").catch(() => "")
    }))
  );
  const text = await readFile(configPath, "utf8");
  const { pullRequestChanges } = await Promise.resolve().then(() => __toESM(require("./check/drift-JO65H56G.js")));
  const { changes, problem } = await pullRequestChanges({ workspace, folder: root }, baseSha, headFiles, {
    file: node_path_default.relative(root, configPath).split(node_path_default.sep).join("/"),
    text,
    loaded: declaration2
  });
  return { ...facts, changes, ...problem ? { baseProblem: problem } : {} };
}
function scanPrefix(workspace, root) {
  return node_path_default.relative(workspace, root).split(node_path_default.sep).join("/");
}
async function collectArtifacts(workspace, patterns, confine) {
  const { files, unmatched } = await expandGlobs(workspace, patterns, { confine });
  const { readArtifact } = await Promise.resolve().then(() => __toESM(require("./check/read-EGTXIJOH.js")));
  const results = [];
  for (const file of files) {
    const shown = displayPath(workspace, file);
    try {
      results.push({ file: shown, identity: await readArtifact(file, shown) });
    } catch (error) {
      if (error instanceof ArtifactError) results.push({ file: shown, error: error.message });
      else if (error instanceof UsageError) throw error;
      else results.push({ file: shown, error: `cannot be read: ${error.message}` });
    }
  }
  return { patterns: [...patterns], unmatched, results };
}
function todayInChina(now = /* @__PURE__ */ new Date()) {
  return chinaDateOf(now.getTime());
}
function parseToday(input) {
  const value = input.trim();
  const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`{input} "${input}" is not a date; write YYYY-MM-DD`, "today");
  }
  return value;
}
function parseExpiryDays(what, value) {
  const days = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || days > 3650) {
    throw new UsageError(`${what} must be a whole number of days from 0 to 3650, not "${value}"`);
  }
  return days;
}
var COMMANDS = [
  {
    name: "check",
    summary: "Judge china-filing.yml (and built artifacts) against the filing rules",
    flags: [
      {
        name: "config",
        short: "c",
        value: "FILE",
        description: "the declaration (default china-filing.yml)"
      },
      {
        name: "mode",
        value: "release|pull-request|audit",
        description: "what the run is (default: release with --tag or --version, else audit)"
      },
      { name: "apps", value: "a,b", description: "judge only these declared apps", repeatable: true },
      { name: "stores", value: "s,t", description: "the stores this run uploads to", repeatable: true },
      { name: "tag", value: "TAG", description: "the release tag (implies --mode release)" },
      {
        name: "version",
        value: "SEMVER",
        description: "the release version (default: from --tag; implies --mode release)"
      },
      {
        name: "artifact",
        value: "GLOB",
        description: "built APK/AAB/IPA/HAP files to verify",
        repeatable: true
      },
      {
        name: "fail-on",
        value: "error|warning|never",
        description: "what blocks (never: report only, exit 0)"
      },
      { name: "today", value: "YYYY-MM-DD", description: "the date to judge on (default: today in China)" },
      {
        name: "certificate-expiry-days",
        value: "N",
        description: "warn when an iOS/HarmonyOS signing certificate expires within N days (default 30)"
      },
      {
        name: "format",
        short: "f",
        value: "text|json|sarif|github|junit|codequality",
        description: "the report format (default text)"
      },
      {
        name: "output",
        short: "o",
        value: "FILE",
        description: "write the report to FILE instead of stdout"
      },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: [
      "china-filing check",
      'china-filing check --tag v1.4.0 --artifact "build/*.apk"',
      "china-filing check --format sarif -o china-filing.sarif"
    ]
  },
  {
    name: "inspect",
    summary: "Print what the filing form asks for from built APK/AAB/IPA/HAP files",
    args: "FILE...",
    flags: [
      {
        name: "format",
        short: "f",
        value: "text|json|yaml",
        description: "the output format (default text)"
      },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: ["china-filing inspect app-release.apk", "china-filing inspect --format yaml App.ipa"]
  },
  {
    name: "init",
    summary: "Detect identities in the source tree and write a starter china-filing.yml",
    flags: [
      { name: "config", short: "c", value: "FILE", description: "where to write (default china-filing.yml)" },
      { name: "force", description: "overwrite an existing file" },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: ["china-filing init", "china-filing init --config mobile/china-filing.yml"]
  },
  {
    name: "schema",
    summary: "Print the JSON Schema of china-filing.yml (for editors)",
    flags: [{ name: "help", short: "h", description: "show this help" }],
    examples: ["china-filing schema > china-filing.schema.json"]
  },
  {
    name: "explain",
    summary: "Print a rule's documentation",
    args: "RULE",
    flags: [{ name: "help", short: "h", description: "show this help" }],
    examples: ["china-filing explain artifact-identity"]
  },
  {
    name: "help",
    summary: "Show the help of a command",
    args: "[COMMAND]",
    flags: [],
    examples: ["china-filing help check"]
  }
];
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}
function flagLabel(flag) {
  const long = `--${flag.name}${flag.value ? ` ${flag.value}` : ""}`;
  return flag.short ? `-${flag.short}, ${long}` : `    ${long}`;
}
function commandUsage(command) {
  const lines = [
    `Usage: china-filing ${command.name}${command.args ? ` ${command.args}` : ""}${command.flags.length ? " [options]" : ""}`,
    "",
    command.summary
  ];
  if (command.flags.length) {
    lines.push("", "Options:");
    const labels = command.flags.map(flagLabel);
    const width = Math.max(...labels.map((l) => l.length));
    command.flags.forEach(
      (flag, i) => lines.push(
        `  ${labels[i].padEnd(width)}  ${flag.description}${flag.repeatable ? " (repeatable)" : ""}`
      )
    );
  }
  lines.push("", "Examples:", ...command.examples.map((e) => `  ${e}`));
  lines.push("", "Exit codes: 0 pass, 1 blocked, 2 usage error.");
  return `${lines.join("\n")}
`;
}
function generalUsage() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: china-filing <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help     show help (also: china-filing COMMAND --help, china-filing help COMMAND)
  -V, --version  print the version of china-filing-gate

Exit codes: 0 pass, 1 blocked, 2 usage error.
`;
}
var REPORT_WITH = {
  "china-filing": "the command you ran",
  "china-filing-gate": "the step's log"
};
var ISSUES = `${PROJECT_URL}/issues`;
function internalErrorMessage(program, error) {
  const head = "internal error: ";
  const tail = `. The gate could not decide, so it blocks. Please report this at ${ISSUES} with ${REPORT_WITH[program]}.`;
  return `${head}${errorLine(error, MAX_MESSAGE - head.length - tail.length)}${tail}`;
}
function errorLine(error, max = 300) {
  return truncate(escapeControlsButLineBreaks(describeError(error).split(LINE_BREAKS, 1)[0]), max);
}
function describeError(error) {
  try {
    const { message, name } = error ?? {};
    if (typeof message === "string" && message !== "") return message;
    if (error instanceof Error) return typeof name === "string" && name !== "" ? name : "Error";
    return String(error);
  } catch {
    return "a thrown value that cannot be printed";
  }
}
var EXIT = { pass: 0, blocked: 1, usage: 2 };
function describeParseError(message, known) {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) {
    const flag = unknown[1];
    const near = flag.startsWith("--") ? closestMatch(flag.slice(2), known) : void 0;
    return `unknown option ${flag}${near ? `; did you mean --${near}?` : ""}`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  const noValue = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (noValue) return `${noValue[1]} takes no value`;
  return message.split(". ")[0];
}
function parse(args, commandName) {
  const command = findCommand(commandName);
  if (!command) throw new Error(`no command ${commandName} in commands.ts`);
  const options = {};
  for (const flag of command.flags) {
    if (flag.name === "help") continue;
    options[flag.name] = {
      type: flag.value !== void 0 ? "string" : "boolean",
      ...flag.short !== void 0 ? { short: flag.short } : {},
      ...flag.repeatable ? { multiple: true } : {}
    };
  }
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error.message, Object.keys(options)));
  }
}
function asksForHelp(args) {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === "-h" || a === "--help");
}
async function runCli(argv, io, runners) {
  const [command, ...rest] = argv;
  try {
    const known = command !== void 0 ? findCommand(command) : void 0;
    if (known && known.name !== "help" && asksForHelp(rest)) {
      io.stdout.write(commandUsage(known));
      return EXIT.pass;
    }
    switch (command) {
      case "check":
      case "inspect":
      case "init":
      case "schema":
      case "explain": {
        const runner = runners[command];
        if (!runner)
          throw new Error(`this program cannot run ${command} (src/cli/routes.ts routes it elsewhere)`);
        return await runner(rest, io);
      }
      case "help":
        return helpCommand(rest, io);
      case "-h":
      case "--help":
        io.stdout.write(generalUsage());
        return EXIT.pass;
      case "--version":
      case "-V":
      case "-v":
        io.stdout.write(`${TOOL_VERSION}
`);
        return EXIT.pass;
      case void 0:
        io.stderr.write(generalUsage());
        return EXIT.usage;
      default: {
        const near = closestMatch(
          command,
          COMMANDS.map((c) => c.name)
        );
        throw new UsageError(
          `unknown command "${command}"${near ? `; did you mean "${near}"?` : ""} Commands: ${COMMANDS.map((c) => c.name).join(", ")}`
        );
      }
    }
  } catch (error) {
    const known = command !== void 0 ? findCommand(command) : void 0;
    if (error instanceof UsageError) {
      const help = known ? `Run: china-filing ${known.name} --help` : "Run: china-filing --help";
      io.stderr.write(`china-filing: ${error.describe("flag")}
${help}
`);
      return EXIT.usage;
    }
    const fsProblem = fileSystemProblem(error);
    if (fsProblem) {
      io.stderr.write(`china-filing: ${fsProblem}
`);
      return EXIT.usage;
    }
    io.stderr.write(`china-filing: ${internalErrorMessage("china-filing", error)}
`);
    return EXIT.blocked;
  }
}
function helpCommand(args, io) {
  const { positionals } = parse(args, "help");
  if (positionals.length > 1) throw new UsageError("help takes one command: help check");
  const name = positionals[0];
  if (name === void 0) {
    io.stdout.write(generalUsage());
    return EXIT.pass;
  }
  const command = findCommand(name);
  if (!command) {
    const near = closestMatch(
      name,
      COMMANDS.map((c) => c.name)
    );
    throw new UsageError(`unknown command "${name}"${near ? `; did you mean "${near}"?` : ""}`);
  }
  io.stdout.write(commandUsage(command));
  return EXIT.pass;
}
function oneOf2(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (!allowed.includes(value)) {
    const near = closestMatch(value, allowed);
    throw new UsageError(
      `${flag} must be one of ${allowed.join(", ")}, not "${value}"${near ? `; did you mean "${near}"?` : ""}`
    );
  }
  return value;
}
function list2(value, separator = /[,\n]/) {
  if (value === void 0 || typeof value === "boolean") return void 0;
  const items = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(separator)).map((v) => v.trim()).filter(Boolean);
  return items.length ? items : void 0;
}
var FORMATS = ["text", "json", "sarif", "github", "junit", "codequality"];
async function checkCommand(args, io) {
  const { values, positionals } = parse(args, "check");
  if (positionals.length)
    throw new UsageError(
      `check takes no positional arguments (got "${positionals[0]}"); use --config and --artifact`
    );
  const tag = values.tag;
  const version = values.version;
  if (tag !== void 0 || version !== void 0) await loadSemver();
  const validated = version !== void 0 ? validVersion(version) : void 0;
  if (version !== void 0 && !validated)
    throw new UsageError(
      `--version "${version}" is not a semver version (e.g. 1.4.0); it is the release version, not this tool's (that is china-filing --version)`
    );
  const mode = oneOf2(
    "--mode",
    values.mode,
    MODES,
    tag !== void 0 || version !== void 0 ? "release" : "audit"
  );
  if (version !== void 0 && mode !== "release")
    throw new UsageError(
      `--version applies to a release; drop --mode ${mode}, or use --mode release to judge version ${version}`
    );
  const failOn = oneOf2("--fail-on", values["fail-on"], FAIL_ON_LEVELS, "error");
  const format = oneOf2("--format", values.format, FORMATS, "text");
  const today = values.today !== void 0 ? parseToday(values.today) : todayInChina();
  const releaseVersion2 = validated ?? (tag !== void 0 ? versionFromTag(tag) : void 0);
  const result = await runCheck({
    workspace: io.cwd,
    config: values.config ?? "china-filing.yml",
    mode,
    failOn,
    today,
    apps: list2(values.apps),
    stores: list2(values.stores),
    ...tag !== void 0 ? { tag } : {},
    ...releaseVersion2 !== void 0 ? { version: releaseVersion2 } : {},
    // Not split on commas: a comma belongs to a glob's braces (`*.{apk,aab}`).
    artifacts: list2(values.artifact, /\n/),
    ...values["certificate-expiry-days"] !== void 0 ? {
      certificateExpiryDays: parseExpiryDays(
        "--certificate-expiry-days",
        values["certificate-expiry-days"]
      )
    } : {},
    confine: false
  });
  const rendered = format === "json" ? (await Promise.resolve().then(() => __toESM(require("./check/json-DMPOUAKU.js")))).renderJson(result) : format === "sarif" ? (await Promise.resolve().then(() => __toESM(require("./check/sarif-WZSWGWVR.js")))).renderSarif(result) : format === "github" ? (await Promise.resolve().then(() => __toESM(require("./check/workflow-commands-L3N23UIR.js")))).renderWorkflowCommands(result) : format === "junit" ? (await Promise.resolve().then(() => __toESM(require("./check/junit-UDNOSPAH.js")))).renderJunit(result) : format === "codequality" ? (await Promise.resolve().then(() => __toESM(require("./check/codequality-T4VUR6TB.js")))).renderCodeQuality(result) : renderTextReport(result, !values.output, io);
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
function renderTextReport(result, toTerminal, io) {
  return renderText(result, { color: toTerminal && shouldUseColor(io.stdout, io.env) });
}
function main(argv, io) {
  return runCli(argv, io, { check: checkCommand });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __cfg10_TOOL_VERSION,
  __cfg11_checkedSummary,
  __cfg11_escapeCommandData,
  __cfg11_escapeCommandProperty,
  __cfg11_guardLines,
  __cfg11_oneLine,
  __cfg11_renderText,
  __cfg11_shouldUseColor,
  __cfg12_RULES,
  __cfg12_artifactOwner,
  __cfg12_boundForMainland,
  __cfg12_certificateMismatches,
  __cfg12_loadSemver,
  __cfg12_loadTagMatcher,
  __cfg12_normalizeFingerprint,
  __cfg12_rebaseSourceFacts,
  __cfg12_runRules,
  __cfg12_tagGlobs,
  __cfg12_tagMatches,
  __cfg12_validVersion,
  __cfg12_versionFromTag,
  __cfg12_waiverInForce,
  __cfg13_MAX_REFERENCE_HOPS,
  __cfg13_MAX_RESOURCE_TABLE,
  __cfg13_UNSIGNED_NOTE,
  __cfg13_UPLOAD_KEY_NOTE,
  __cfg13_bagProblem,
  __cfg13_isBundleSigningNote,
  __cfg13_isVersionReferenceNote,
  __cfg13_onlyQualifiedValues,
  __cfg13_readResourceTable,
  __cfg13_resolveVersion,
  __cfg13_resourceHex,
  __cfg13_severalSignersNote,
  __cfg13_variesByDevice,
  __cfg14_FAIL_ON_LEVELS,
  __cfg14_blockedByRunText,
  __cfg14_decideVerdict,
  __cfg14_groupByApp,
  __cfg14_isBlockingSeverity,
  __cfg17_compareFindings,
  __cfg17_compareText,
  __cfg17_findingPlace,
  __cfg17_formatPlace,
  __cfg17_keyOrdinals,
  __cfg17_runLevelGroup,
  __cfg23_UsageError,
  __cfg23_assertRealPathInside,
  __cfg23_displayPath,
  __cfg23_expandGlobs,
  __cfg23_isInGitDirectory,
  __cfg23_isInside,
  __cfg23_leadsOutside,
  __cfg23_realPathInWorkspace,
  __cfg23_resolveInWorkspace,
  __cfg24_ALIPAY_APP_ID,
  __cfg24_APP_ID,
  __cfg24_APP_KINDS,
  __cfg24_DOUYIN_APP_ID,
  __cfg24_FILING_STATUSES,
  __cfg24_GRADLE_VARIANT,
  __cfg24_MAX_DECLARATION_NODES,
  __cfg24_WECHAT_APP_ID,
  __cfg24_bundleId,
  __cfg24_certificateProblem,
  __cfg24_channelProblems,
  __cfg24_creditCodeIssue,
  __cfg24_dateProblem,
  __cfg24_duplicateIdProblems,
  __cfg24_fingerprintProblem,
  __cfg24_hostingProblems,
  __cfg24_lineStartsOf,
  __cfg24_loadDeclaration,
  __cfg24_locator,
  __cfg24_packageName,
  __cfg24_parseDeclaration,
  __cfg24_plainIsString,
  __cfg24_platformProblems,
  __cfg24_provinceProblem,
  __cfg24_publicKeyProblem,
  __cfg24_rangeProblem,
  __cfg24_storeProblem,
  __cfg24_syntaxFinding,
  __cfg24_toLocation,
  __cfg25_basename,
  __cfg25_join,
  __cfg25_lstat,
  __cfg25_mkdtemp,
  __cfg25_node_path_default,
  __cfg25_open,
  __cfg25_parseArgs,
  __cfg25_readFile,
  __cfg25_readdir,
  __cfg25_realpath,
  __cfg25_rm,
  __cfg25_sep,
  __cfg25_stat,
  __cfg26_LEGACY_PROVINCE_ALIASES,
  __cfg26_MINI_PROGRAM_PLATFORMS,
  __cfg26_PROVINCES,
  __cfg26_STORES,
  __cfg26_STORE_IDS,
  __cfg26_closestMatch,
  __cfg26_editDistance,
  __cfg26_findStore,
  __cfg26_isProvinceAbbreviation,
  __cfg26_provinceSpellings,
  __cfg26_resolveProvince,
  __cfg26_storeNamedBy,
  __cfg28_FILE_TYPE_PLATFORM,
  __cfg28_identityFileType,
  __cfg29_composeApplicationId,
  __cfg29_mergeSuffix,
  __cfg32_ArtifactError,
  __cfg32_messageOf,
  __cfg33_closeSync,
  __cfg33_constants,
  __cfg33_fstatSync,
  __cfg33_isUtf8,
  __cfg33_node_fs_default,
  __cfg33_openSync,
  __cfg33_readSync,
  __cfg33_statSync,
  __cfg34_ISO_DATE,
  __cfg34_chinaDateOf,
  __cfg34_daysBetween,
  __cfg34_daysInMonth,
  __cfg34_isCalendarDate,
  __cfg34_isoTimestamp,
  __cfg35_LINE_BREAKS,
  __cfg35_MAX_MESSAGE,
  __cfg35_boundMessage,
  __cfg35_escapeControls,
  __cfg35_escapeControlsButLineBreaks,
  __cfg35_quoteExcerpt,
  __cfg35_reportJson,
  __cfg35_truncate,
  __cfg36_listSome,
  __cfg37___commonJS,
  __cfg37___require,
  __cfg37___toESM,
  __cfg9_PROJECT_URL,
  __cfg9_ruleDocsUrl,
  main
});
//# sourceMappingURL=cli-check.js.map
