// src/verdict.ts, from ../cli-check.js
import { __cfg10_FAIL_ON_LEVELS, __cfg10_decideVerdict, __cfg10_isBlockingSeverity } from "../cli-check.js";

// node_modules/semver/functions/satisfies.js, node_modules/semver/functions/parse.js, node_modules/semver/functions/valid.js, src/rules/declaration.ts, src/filing/timeline.ts, src/filing/number.ts, src/rules/rule.ts, src/rules/filing-required.ts, src/rules/filing-approved.ts, src/rules/filing-number-format.ts, src/rules/filing-holder.ts, src/catalog/regions.ts, src/rules/filing-channel.ts, src/rules/hosting-mainland.ts, src/release/version.ts, src/rules/release-version.ts, src/declaration/identity.ts, src/artifacts/fingerprint.ts, src/rules/artifact-identity.ts, src/sources/module-roles.ts, src/rules/source-identity.ts, src/rules/channel-packages.ts, src/rules/certificate-expiry.ts, src/rules/waiver.ts, src/rules/index.ts, from ../cli-check.js
import { __cfg11_RULES, __cfg11_certificateMismatches, __cfg11_loadTagMatcher, __cfg11_normalizeFingerprint, __cfg11_ownerOf, __cfg11_require_valid, __cfg11_runRules, __cfg11_tagGlobs, __cfg11_tagMatches, __cfg11_versionFromTag, __cfg11_waiverInForce } from "../cli-check.js";

// src/findings.ts, from ../cli-check.js
import { __cfg12_compareFindings, __cfg12_findingPlace, __cfg12_fingerprintKey, __cfg12_formatPlace, __cfg12_runLevelGroup } from "../cli-check.js";

// node_modules/semver/internal/debug.js, node_modules/semver/internal/constants.js, node_modules/semver/internal/re.js, node_modules/semver/internal/parse-options.js, node_modules/semver/internal/identifiers.js, node_modules/semver/classes/semver.js, node_modules/semver/internal/lrucache.js, node_modules/semver/functions/compare.js, node_modules/semver/functions/eq.js, node_modules/semver/functions/neq.js, node_modules/semver/functions/gt.js, node_modules/semver/functions/gte.js, node_modules/semver/functions/lt.js, node_modules/semver/functions/lte.js, node_modules/semver/functions/cmp.js, node_modules/semver/classes/comparator.js, node_modules/semver/internal/trim-comparator-whitespace.js, node_modules/semver/classes/range.js, src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts, from ../cli-check.js
import { __cfg19_LEGACY_PROVINCE_ALIASES, __cfg19_MINI_PROGRAM_PLATFORMS, __cfg19_PROVINCES, __cfg19_STORES, __cfg19_STORE_IDS, __cfg19_closestMatch, __cfg19_editDistance, __cfg19_findStore, __cfg19_provinceSpellings, __cfg19_require_range, __cfg19_require_semver, __cfg19_resolveProvince } from "../cli-check.js";

// src/excerpt.ts, from ../cli-check.js
import { __cfg20_boundMessage, __cfg20_escapeControls, __cfg20_escapeControlsButLineBreaks, __cfg20_quoteExcerpt, __cfg20_reportJson, __cfg20_truncate } from "../cli-check.js";

// src/artifacts/bounded-text.ts, from ../cli-check.js
import { __cfg28_listSome } from "../cli-check.js";

// src/china-time.ts, from ../cli-check.js
import { __cfg30_chinaDateOf, __cfg30_daysBetween, __cfg30_daysInMonth, __cfg30_isoTimestamp } from "../cli-check.js";

// esbuild's helpers, from ../cli-check.js
import { __cfg31___commonJS, __cfg31___require, __cfg31___toESM } from "../cli-check.js";

// src/report/junit.ts
function xml(text) {
  return __cfg20_escapeControlsButLineBreaks(text).replace(/[\ufffe\uffff]/g, "�").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\n/g, "&#10;");
}
var DECLARATION_RULES = ["declaration-syntax", "declaration-schema"];
function placeOf(finding, config) {
  return __cfg12_formatPlace(finding) || config;
}
function line(finding, config) {
  const waived = finding.waived ? ` (waived until ${finding.waived.expires}: ${finding.waived.reason})` : "";
  return `${placeOf(finding, config)}: ${finding.severity}: ${finding.message}${waived}`;
}
function fails(finding, result) {
  return finding.severity === "error" || __cfg10_isBlockingSeverity(finding, result.failOn);
}
function caseFor(rule, findings, result) {
  return {
    rule,
    failures: findings.filter((f) => fails(f, result)),
    others: findings.filter((f) => !fails(f, result))
  };
}
function suites(result) {
  const appRuleIds = __cfg11_RULES.map((r) => r.meta.id).filter((id) => !DECLARATION_RULES.includes(id));
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
//# sourceMappingURL=junit-UZ2REXYR.js.map
