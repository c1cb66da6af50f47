
// src/verdict.ts
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
  return {
    verdict: blockingFindings.length > 0 ? "fail" : "pass",
    enforced: failOn !== "never",
    blocking: scope.judged.filter((id) => blocked.has(id)),
    blockingFindings: blockingFindings.length
  };
}

export {
  FAIL_ON_LEVELS,
  isBlockingSeverity,
  decideVerdict
};
