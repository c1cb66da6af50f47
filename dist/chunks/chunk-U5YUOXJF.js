
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
function formatPlace(finding) {
  const place = findingPlace(finding);
  if (!place) return "";
  return place.line !== void 0 ? `${place.file}:${place.line}:${place.column ?? 1}` : place.file;
}
function runLevelGroup(finding) {
  return finding.artifact !== void 0 || finding.rule === "artifact-identity" ? "Artifacts" : "Declaration";
}
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function compareFindings(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (findingPlace(a)?.file ?? "￿").localeCompare(findingPlace(b)?.file ?? "￿") || (a.location?.line ?? Infinity) - (b.location?.line ?? Infinity) || (a.location?.column ?? 0) - (b.location?.column ?? 0) || a.rule.localeCompare(b.rule);
}

export {
  findingPlace,
  fingerprintKey,
  formatPlace,
  runLevelGroup,
  compareFindings
};
