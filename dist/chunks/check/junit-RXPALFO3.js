// src/verdict.ts, from ../cli-check.js
import { __cfg11_FAIL_ON_LEVELS, __cfg11_decideVerdict, __cfg11_isBlockingSeverity } from "../cli-check.js";

// src/rules/declaration.ts, src/filing/timeline.ts, src/filing/number.ts, src/rules/rule.ts, src/rules/filing-required.ts, src/rules/filing-approved.ts, src/rules/filing-number-format.ts, src/rules/filing-holder.ts, src/catalog/regions.ts, src/rules/filing-channel.ts, src/rules/hosting-mainland.ts, src/release/version.ts, src/rules/release-version.ts, src/declaration/identity.ts, src/artifacts/fingerprint.ts, src/rules/artifact-identity.ts, src/sources/module-roles.ts, src/rules/source-identity.ts, src/rules/channel-packages.ts, src/rules/certificate-expiry.ts, src/rules/waiver.ts, src/rules/index.ts, from ../cli-check.js
import { __cfg12_RULES, __cfg12_certificateMismatches, __cfg12_loadSemver, __cfg12_loadTagMatcher, __cfg12_normalizeFingerprint, __cfg12_ownerOf, __cfg12_runRules, __cfg12_tagGlobs, __cfg12_tagMatches, __cfg12_validVersion, __cfg12_versionFromTag, __cfg12_waiverInForce } from "../cli-check.js";

// src/findings.ts, from ../cli-check.js
import { __cfg13_compareFindings, __cfg13_findingPlace, __cfg13_fingerprintKey, __cfg13_formatPlace, __cfg13_runLevelGroup } from "../cli-check.js";

// src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts, from ../cli-check.js
import { __cfg23_LEGACY_PROVINCE_ALIASES, __cfg23_MINI_PROGRAM_PLATFORMS, __cfg23_PROVINCES, __cfg23_STORES, __cfg23_STORE_IDS, __cfg23_closestMatch, __cfg23_editDistance, __cfg23_findStore, __cfg23_provinceSpellings, __cfg23_resolveProvince } from "../cli-check.js";

// src/excerpt.ts, from ../cli-check.js
import { __cfg24_boundMessage, __cfg24_escapeControls, __cfg24_escapeControlsButLineBreaks, __cfg24_quoteExcerpt, __cfg24_reportJson, __cfg24_truncate } from "../cli-check.js";

// src/artifacts/bounded-text.ts, from ../cli-check.js
import { __cfg30_listSome } from "../cli-check.js";

// src/china-time.ts, from ../cli-check.js
import { __cfg32_chinaDateOf, __cfg32_daysBetween, __cfg32_daysInMonth, __cfg32_isoTimestamp } from "../cli-check.js";

// esbuild's helpers, from ../cli-check.js
import { __cfg33___commonJS, __cfg33___require, __cfg33___toESM } from "../cli-check.js";

// src/report/junit.ts
function xml(text) {
  return __cfg24_escapeControlsButLineBreaks(text).replace(/[\ufffe\uffff]/g, "�").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\n/g, "&#10;");
}
var DECLARATION_RULES = ["declaration-syntax", "declaration-schema"];
function placeOf(finding, config) {
  return __cfg13_formatPlace(finding) || config;
}
function line(finding, config) {
  const waived = finding.waived ? ` (waived until ${finding.waived.expires}: ${finding.waived.reason})` : "";
  return `${placeOf(finding, config)}: ${finding.severity}: ${finding.message}${waived}`;
}
function fails(finding, result) {
  return finding.severity === "error" || __cfg11_isBlockingSeverity(finding, result.failOn);
}
function caseFor(rule, findings, result) {
  return {
    rule,
    failures: findings.filter((f) => fails(f, result)),
    others: findings.filter((f) => !fails(f, result))
  };
}
function suites(result) {
  const appRuleIds = __cfg12_RULES.map((r) => r.meta.id).filter((id) => !DECLARATION_RULES.includes(id));
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
//# sourceMappingURL=junit-RXPALFO3.js.map
