"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// merged-entry:merged-entry:dist/chunks/check/junit-UDNOSPAH.js
var junit_UDNOSPAH_exports = {};
__export(junit_UDNOSPAH_exports, {
  renderJunit: () => renderJunit
});
module.exports = __toCommonJS(junit_UDNOSPAH_exports);

// src/rules/declaration.ts, src/filing/timeline.ts, src/filing/number.ts, src/rules/rule.ts, src/rules/filing-required.ts, src/rules/filing-approved.ts, src/rules/filing-number-format.ts, src/rules/filing-holder.ts, src/catalog/regions.ts, src/rules/filing-channel.ts, src/rules/hosting-mainland.ts, src/release/version.ts, src/rules/release-version.ts, src/declaration/identity.ts, src/artifacts/fingerprint.ts, src/rules/artifact-identity.ts, src/sources/types.ts, src/sources/facts.ts, src/sources/module-roles.ts, src/rules/source-identity.ts, src/rules/channel-packages.ts, src/rules/certificate-expiry.ts, src/rules/waiver.ts, src/rules/index.ts, from ../cli-check.js
var import_cli_check = require("../cli-check.js");

// src/artifacts/bundle-notes.ts, src/artifacts/resource-reference.ts, from ../cli-check.js
var import_cli_check2 = require("../cli-check.js");

// src/verdict.ts, src/report/by-app.ts, from ../cli-check.js
var import_cli_check3 = require("../cli-check.js");

// src/findings.ts, from ../cli-check.js
var import_cli_check4 = require("../cli-check.js");

// src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts, from ../cli-check.js
var import_cli_check5 = require("../cli-check.js");

// src/sources/application-id.ts, from ../cli-check.js
var import_cli_check6 = require("../cli-check.js");

// src/artifacts/types.ts, from ../cli-check.js
var import_cli_check7 = require("../cli-check.js");

// src/china-time.ts, from ../cli-check.js
var import_cli_check8 = require("../cli-check.js");

// src/excerpt.ts, from ../cli-check.js
var import_cli_check9 = require("../cli-check.js");

// src/artifacts/bounded-text.ts, from ../cli-check.js
var import_cli_check10 = require("../cli-check.js");

// esbuild's helpers, from ../cli-check.js
var import_cli_check11 = require("../cli-check.js");

// src/report/junit.ts
function xml(text) {
  return (0, import_cli_check9.__cfg35_escapeControlsButLineBreaks)(text).replace(/[\ufffe\uffff]/g, "�").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\n/g, "&#10;");
}
var DECLARATION_RULES = ["declaration-syntax", "declaration-schema"];
function placeOf(finding, config) {
  return (0, import_cli_check4.__cfg17_formatPlace)(finding) || config;
}
function line(finding, config) {
  const waived = finding.waived ? ` (waived until ${finding.waived.expires}: ${finding.waived.reason})` : "";
  return `${placeOf(finding, config)}: ${finding.severity}: ${finding.message}${waived}`;
}
function fails(finding, result) {
  return finding.severity === "error" || (0, import_cli_check3.__cfg14_isBlockingSeverity)(finding, result.failOn);
}
function caseFor(rule, findings, result, judged = true) {
  if (!judged) return { rule, failures: [], others: findings };
  return {
    rule,
    failures: findings.filter((f) => fails(f, result)),
    others: findings.filter((f) => !fails(f, result))
  };
}
function suites(result) {
  const appRuleIds = import_cli_check.__cfg12_RULES.map((r) => r.meta.id).filter((id) => !DECLARATION_RULES.includes(id));
  const appIds = new Set(result.apps.map((a) => a.id));
  const declarationFindings = result.findings.filter((f) => f.app === void 0 || !appIds.has(f.app));
  const declarationRules = [
    .../* @__PURE__ */ new Set([...DECLARATION_RULES, "waiver", ...declarationFindings.map((f) => f.rule)])
  ];
  const declaration = {
    name: result.config,
    classname: "china-filing.declaration",
    cases: declarationRules.map(
      (rule) => caseFor(
        rule,
        declarationFindings.filter((f) => f.rule === rule),
        result
      )
    )
  };
  const findingsOf = (0, import_cli_check3.__cfg14_groupByApp)(result.findings);
  const apps = result.apps.map((app) => {
    const findings = findingsOf.get(app.id) ?? [];
    const rules = [.../* @__PURE__ */ new Set([...appRuleIds, ...findings.map((f) => f.rule)])];
    return {
      name: app.filingNumber ? `${app.id} (${app.filingNumber})` : app.id,
      classname: `china-filing.${app.id}`,
      ...app.inScope ? {} : { skipped: app.reason ?? "not in scope of this run" },
      cases: rules.map(
        (rule) => caseFor(
          rule,
          findings.filter((f) => f.rule === rule),
          result,
          app.inScope
        )
      )
    };
  });
  return [declaration, ...apps];
}
function renderCase(suite, c, config) {
  const open = `    <testcase name="${xml(c.rule)}" classname="${xml(suite.classname)}" time="0"`;
  const body = [];
  if (suite.skipped !== void 0 && c.failures.length === 0)
    body.push(`      <skipped message="${xml(suite.skipped)}"/>`);
  if (c.failures.length) {
    const first = c.failures[0];
    const message = c.failures.length === 1 ? line(first, config) : `${line(first, config)} (and ${c.failures.length - 1} more)`;
    body.push(
      `      <failure type="${xml(first.severity)}" message="${xml(message)}">${xml(
        c.failures.map((f) => line(f, config)).join("\n")
      )}</failure>`
    );
  }
  if (c.others.length)
    body.push(`      <system-out>${xml(c.others.map((f) => line(f, config)).join("\n"))}</system-out>`);
  return body.length ? `${open}>
${body.join("\n")}
    </testcase>` : `${open}/>`;
}
function renderJunit(result) {
  const all = suites(result);
  const count = (s) => ({
    tests: s.cases.length,
    failures: s.cases.filter((c) => c.failures.length).length,
    skipped: s.skipped !== void 0 ? s.cases.filter((c) => !c.failures.length).length : 0
  });
  const totals = all.map(count).reduce(
    (a, b) => ({
      tests: a.tests + b.tests,
      failures: a.failures + b.failures,
      skipped: a.skipped + b.skipped
    }),
    { tests: 0, failures: 0, skipped: 0 }
  );
  const body = all.map((suite) => {
    const n = count(suite);
    return [
      `  <testsuite name="${xml(suite.name)}" tests="${n.tests}" failures="${n.failures}" errors="0" skipped="${n.skipped}" time="0">`,
      ...suite.cases.map((c) => renderCase(suite, c, result.config)),
      "  </testsuite>"
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="china-filing-gate (${xml(result.mode)}, ${result.verdict})" tests="${totals.tests}" failures="${totals.failures}" errors="0" time="0">`,
    ...body,
    "</testsuites>",
    ""
  ].join("\n");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  renderJunit
});
//# sourceMappingURL=junit-UDNOSPAH.js.map
