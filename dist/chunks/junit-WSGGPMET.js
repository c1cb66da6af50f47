import {
  isBlockingSeverity
} from "./chunk-J7ZGJ4LH.js";
import {
  RULES
} from "./chunk-RER54NU2.js";
import "./chunk-JCSDZ5K4.js";
import {
  formatPlace
} from "./chunk-U5YUOXJF.js";
import "./chunk-XX43KU6O.js";
import {
  escapeControlsButLineBreaks
} from "./chunk-YA34C2UJ.js";
import "./chunk-RS45BQ7I.js";
import "./chunk-6XKLYHM3.js";
import "./chunk-ZZLBI4GZ.js";
import "./chunk-ERADHNRU.js";

// src/report/junit.ts
function xml(text) {
  return escapeControlsButLineBreaks(text).replace(/[\ufffe\uffff]/g, "�").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\n/g, "&#10;");
}
var DECLARATION_RULES = ["declaration-syntax", "declaration-schema"];
function placeOf(finding, config) {
  return formatPlace(finding) || config;
}
function line(finding, config) {
  const waived = finding.waived ? ` (waived until ${finding.waived.expires}: ${finding.waived.reason})` : "";
  return `${placeOf(finding, config)}: ${finding.severity}: ${finding.message}${waived}`;
}
function fails(finding, result) {
  return finding.severity === "error" || isBlockingSeverity(finding, result.failOn);
}
function caseFor(rule, findings, result) {
  return {
    rule,
    failures: findings.filter((f) => fails(f, result)),
    others: findings.filter((f) => !fails(f, result))
  };
}
function suites(result) {
  const appRuleIds = RULES.map((r) => r.meta.id).filter((id) => !DECLARATION_RULES.includes(id));
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
  const apps = result.apps.map((app) => {
    const findings = result.findings.filter((f) => f.app === app.id);
    const rules = [.../* @__PURE__ */ new Set([...appRuleIds, ...findings.map((f) => f.rule)])];
    return {
      name: app.filingNumber ? `${app.id} (${app.filingNumber})` : app.id,
      classname: `china-filing.${app.id}`,
      ...app.inScope ? {} : { skipped: app.reason ?? "not in scope of this run" },
      cases: rules.map(
        (rule) => caseFor(
          rule,
          findings.filter((f) => f.rule === rule),
          result
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
export {
  renderJunit
};
